"""The root of every error newsbrief raises on purpose: :class:`NewsbriefError`.

It lives here, in the pure core, because ``summarizers`` must not import ``bot`` (see
``../shared/DESIGN.md``) while ``bot`` may import ``summarizers``; ``newsbrief.bot.errors`` re-exports it
beside the bot's own kinds. Catch ``NewsbriefError`` for "newsbrief refused or could not do this,
and said why"; anything else is a bug or an error from below (the OS, a library).
"""

from __future__ import annotations


class NewsbriefError(Exception):
    """Newsbrief refused or could not do something, with a message meant for the person running it."""
