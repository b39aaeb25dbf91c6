"""Sizes every renderer keeps, whatever the platform: the longest headline and line a reader sees.

Platform limits (Slack's Block Kit and ``text`` limits, Matrix's 65,536-byte event) live in the
platform's renderer; these are the editorial caps below them, so a hostile page (a 96,000-character
headline) is shown as a readable line that ends in an ellipsis, on every platform and in every
message kind (digests, briefings, answers).
"""

from __future__ import annotations

ELLIPSIS = "\u2026"
MAX_TITLE_CHARS = 300  # a headline
MAX_LINE_CHARS = 1000  # a summary sentence, a list item, a quoted sentence
MAX_LIST_ITEMS = 10  # sources or changes listed under one story
MAX_URL_CHARS = 2000  # a longer URL is shown as text, never linked


def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS
