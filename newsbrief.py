"""``python -m newsbrief``: the same as the ``newsbrief`` command.

A single module named after the distribution, so ``-m`` works without adding a package. The
code lives in the ``bot`` and ``summarizers`` packages (moving them under one ``newsbrief``
namespace is a later, separate change; this file then becomes ``newsbrief/__main__.py``).
"""

from bot.cli import main

if __name__ == "__main__":
    main()
