"""Plain-text rendering for the terminal and the console adapter."""

from __future__ import annotations

import re

from summarizers.types import Answer, Briefing

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x1b]")


def sanitize(text: str) -> str:
    """Strip control characters (terminal escapes from untrusted article text)."""
    return _CONTROL.sub("", text)


def render_briefing(b: Briefing) -> str:
    lines = [sanitize(b.title), "=" * min(len(b.title), 72), ""]
    lines += [sanitize(s) for s in b.summary]
    if b.actors:
        lines += ["", "Key actors:"]
        lines += [f"  - {sanitize(a.name)}" + (f" ({sanitize(a.role)})" if a.role else "") for a in b.actors]
    if b.figures:
        lines += ["", "Key figures:"]
        lines += [f"  - {sanitize(f.value)}: {sanitize(f.context)}" for f in b.figures]
    if b.next_steps:
        lines += ["", "Next steps:"]
        lines += [f"  - {sanitize(s.text)}" for s in b.next_steps]
    if b.sources:
        lines += ["", "Sources: " + ", ".join(sanitize(s) for s in b.sources)]
    return "\n".join(lines)


def render_answer(a: Answer) -> str:
    """The answer, then each source; a cited sentence is quoted only when the answer does not already hold it."""
    out = sanitize(a.text)
    for c in a.citations:
        where = sanitize(c.source or c.url or c.article_id)
        if c.title:
            where += f", \u201c{sanitize(c.title)}\u201d"
        if c.url and c.url != c.source:
            where += f", {sanitize(c.url)}"
        if c.sentence and c.sentence not in a.text:
            out += f"\n  [source: {where}] \u201c{sanitize(c.sentence)}\u201d"
        else:
            out += f"\n  [source: {where}]"
    return out
