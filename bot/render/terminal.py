"""Plain-text rendering for the terminal and the console adapter."""

from __future__ import annotations

import re

from newsbrief.bot.render.figure_line import plain_figure
from newsbrief.bot.render.limits import MAX_LINE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, clip
from newsbrief.bot.render.sources import briefing_sources, citation_outlet, quoted_sentence, shown_citation
from newsbrief.summarizers.types import Answer, Briefing

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x1b]")


def sanitize(text: str) -> str:
    """Strip control characters (terminal escapes from untrusted article text)."""
    return _CONTROL.sub("", text)


def _line(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """Sanitised and clipped to ``limit`` characters (with an ellipsis)."""
    return clip(sanitize(text), limit)


def render_briefing(b: Briefing) -> str:
    """The whole briefing; the title and every line clipped (:mod:`newsbrief.bot.render.limits`)."""
    title = _line(b.title, MAX_TITLE_CHARS)
    lines = [title, "=" * min(len(title), 72), ""]
    lines += [_line(s) for s in b.summary]
    if b.actors:
        lines += ["", "Key actors:"]
        lines += [_line(f"  - {a.name}" + (f" ({a.role})" if a.role else "")) for a in b.actors]
    if b.figures:
        lines += ["", "Key figures:"]
        lines += [_line("  - " + plain_figure(f.value, f.context)) for f in b.figures]
    if b.next_steps:
        lines += ["", "Next steps:"]
        lines += [_line(f"  - {s.text}") for s in b.next_steps]
    named = briefing_sources(b)
    if named:
        shown = [f"{n.label} ({n.url})" if n.url and n.url != n.label else n.label for n in named]
        lines += ["", _line("Sources: " + ", ".join(shown))]
    return "\n".join(lines)


def render_answer(a: Answer) -> str:
    """The answer, then each source by its outlet's name, the article's title and link; a cited
    sentence is quoted only when the answer does not already hold it."""
    out = sanitize(a.text)
    for c in a.citations:
        c = shown_citation(c)  # its link without tracking parameters
        where = _line(citation_outlet(c), MAX_TITLE_CHARS)
        if c.title:
            where += f", \u201c{_line(c.title, MAX_TITLE_CHARS)}\u201d"
        if c.url:
            where += f", {_line(c.url, MAX_URL_CHARS)}"
        quote = quoted_sentence(a, c)
        if quote:
            out += f"\n  [source: {where}] \u201c{_line(quote)}\u201d"
        else:
            out += f"\n  [source: {where}]"
    return out
