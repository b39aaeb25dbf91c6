"""A digest as plain text for the terminal (console adapter, ``newsbrief digest --dry-run``).

Each story is a compact briefing: headline, one or two summary sentences, up to three key actors,
three key figures and two next steps, and its sources. All article text goes through
:func:`newsbrief.bot.render.terminal.sanitize`, so a headline cannot carry terminal escape sequences.
The full briefing of a story is :func:`newsbrief.bot.render.terminal.render_briefing`.
"""

from __future__ import annotations

from datetime import datetime

from newsbrief.bot.domain import Digest, DigestStory
from newsbrief.bot.render.figure_line import plain_figure
from newsbrief.bot.render.limits import MAX_LINE_CHARS, MAX_LIST_ITEMS, MAX_TITLE_CHARS, clip
from newsbrief.bot.render.sources import briefing_sources
from newsbrief.bot.render.terminal import sanitize

MAX_SUMMARY_SENTENCES = 2
MAX_ACTORS = 3
MAX_FIGURES = 3
MAX_NEXT_STEPS = 2
RULE = "-" * 72


MAX_ITEM_CHARS = 200


def _one_line(text: str) -> str:
    """Sanitised and folded to a single line (a newline in a headline must not forge a new item)."""
    return " ".join(sanitize(text).split())


def _item(text: str) -> str:
    """One list item: a single line, cut at a word boundary when long."""
    line = _one_line(text)
    if len(line) <= MAX_ITEM_CHARS:
        return line
    return line[: MAX_ITEM_CHARS - 1].rsplit(" ", 1)[0] + "…"


def render_digest_story(ds: DigestStory, number: int | None = None) -> str:
    b = ds.story.briefing
    prefix = f"{number}. " if number is not None else ""
    tag = "[update] " if ds.is_update else ""
    lines = [f"{prefix}{tag}{clip(_one_line(b.title), MAX_TITLE_CHARS) or '(untitled)'}"]
    indent = " " * len(prefix) if prefix else "  "
    for s in b.summary[:MAX_SUMMARY_SENTENCES]:
        lines.append(indent + clip(_one_line(s), MAX_LINE_CHARS))
    if ds.is_update and ds.changes:
        lines.append(indent + "What changed:")
        lines += [f"{indent}  - {_item(c)}" for c in ds.changes[:MAX_LIST_ITEMS]]
    if b.actors:
        actors = [_item(a.name) + (f" ({_item(a.role)})" if a.role else "") for a in b.actors[:MAX_ACTORS]]
        lines.append(indent + "Key actors: " + "; ".join(actors))
    if b.figures:
        figures = [_item(plain_figure(f.value, f.context)) for f in b.figures[:MAX_FIGURES]]
        lines.append(indent + "Key figures: " + "; ".join(figures))
    if b.next_steps:
        steps = [_item(s.text) for s in b.next_steps[:MAX_NEXT_STEPS]]
        lines.append(indent + "Next: " + "; ".join(steps))
    if b.sources:
        names = [_one_line(n.label) for n in briefing_sources(b)][:MAX_LIST_ITEMS]
        lines.append(indent + clip(f"Sources ({len(b.sources)}): " + ", ".join(names), MAX_LINE_CHARS))
    return "\n".join(lines)


def _slot_text(slot: datetime) -> str:
    return slot.strftime("%Y-%m-%d %H:%M %Z").strip()


def render_digest(digest: Digest) -> str:
    """The whole digest: a header line, then the stories numbered, best first."""
    header = f"News digest for {_one_line(digest.channel_id)} \u2014 {_slot_text(digest.slot)}"
    if not digest.stories:
        return "\n".join([header, RULE, "No new stories since the last digest."])
    n_updates = sum(1 for ds in digest.stories if ds.is_update)
    count = f"{len(digest.stories)} stor{'y' if len(digest.stories) == 1 else 'ies'}"
    if n_updates:
        count += f" ({n_updates} updated)"
    parts = [header + f" \u2014 {count}", RULE]
    for i, ds in enumerate(digest.stories, 1):
        parts.append(render_digest_story(ds, i))
        parts.append("")
    return "\n".join(parts).rstrip("\n")
