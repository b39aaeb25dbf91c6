"""``python -m newsbrief``: the same as the ``newsbrief`` command."""

from newsbrief.bot.cli import main

if __name__ == "__main__":
    main()
