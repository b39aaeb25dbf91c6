"""A key figure as a reader sees it: the number, and the phrase of its sentence that says what it
counts. When that phrase already holds the number ("turnout was 68%"), the phrase alone is the
line, with the number where it stands, so a line never says it twice ("68%: turnout was 68%");
otherwise the number comes first ("12%: rise in prices"). Shared by every renderer, which only
escapes and emphasises the parts."""

from __future__ import annotations

import re


def figure_parts(value: str, context: str) -> tuple[str, str, str] | None:
    """``(before, value, after)`` when ``context`` holds ``value`` (the context split around it),
    else None (the renderer puts the value first)."""
    at = context.find(value) if value else -1
    if at < 0:
        return None
    return context[:at], value, context[at + len(value) :]


def plain_figure(value: str, context: str, sep: str = ": ") -> str:
    """The line as plain text: the context when it holds the value and no other number (plain text
    cannot mark which one the line is about), else value, ``sep``, context."""
    parts = figure_parts(value, context)
    if parts is not None and not re.search(r"\d", parts[0] + parts[2]):
        return context
    return f"{value}{sep}{context}" if context else value
