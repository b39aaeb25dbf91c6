"""newsbrief: a news-briefing chatbot for Slack, Matrix and the terminal.

The one import namespace the distribution installs. Its two parts live in the repository's
``bot/`` and ``summarizers/`` folders and are installed as :mod:`newsbrief.bot` (the async bot:
adapters, fetching, storage, scheduling) and :mod:`newsbrief.summarizers` (the pure, synchronous
briefing engine), by the ``package-dir`` mapping in ``pyproject.toml``. In a source checkout the
links ``newsbrief/bot`` and ``newsbrief/summarizers`` point at those folders, so the same names
import with the checkout on ``sys.path`` (tests, benchmarks, ``PYTHONPATH=.``) and type-check.

Importing this package loads nothing else; the command line is ``newsbrief`` or
``python -m newsbrief`` (:func:`newsbrief.bot.cli.main`).
"""
