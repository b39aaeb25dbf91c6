"""Digests, briefings, answers and plain replies as Slack messages (Block Kit plus a ``text`` fallback).

Every string that comes from an article, a feed or a user goes through :func:`escape_mrkdwn`
(``&`` -> ``&amp;``, ``<`` -> ``&lt;``, ``>`` -> ``&gt;``), so a headline holding ``<!channel>``,
``<!here>``, ``<@U123>`` or ``<http://x|bank>`` is shown as text: it cannot notify anyone or fake
a link. Control characters are dropped and headlines folded to one line. Links are only made by
:func:`mrkdwn_link`, for http(s) URLs.

Slack's limits are kept here, so nothing the adapter sends is refused for size:
at most 50 blocks per message (a long digest becomes several messages), 3,000 characters per
section text, 150 characters of ``plain_text`` in a header, 75 in a button, and a fallback
``text`` of at most 3,000 characters. Clipping happens on the raw text before escaping, so an
entity such as ``&amp;`` is never cut in half.

Each digest story carries two buttons, "More" (:data:`ACTION_MORE`) and "Sources"
(:data:`ACTION_SOURCES`), whose value is the story id; the adapter answers them in the story's thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsbrief.bot.domain import Answer, Briefing, Digest, DigestStory
from newsbrief.bot.render.figure_line import figure_parts, plain_figure
from newsbrief.bot.render.limits import clip
from newsbrief.bot.render.sources import (
    briefing_sources,
    citation_outlet,
    headline_url,
    quoted_sentence,
    shown_citation,
)

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER_TEXT = 150
MAX_BUTTON_TEXT = 75
MAX_FALLBACK_TEXT = 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_URL = 1000
MAX_LINKS = 10  # sources linked under one briefing

ACTION_MORE = "newsbrief_story_more"
ACTION_SOURCES = "newsbrief_story_sources"

# Digest stories are compact; "More" shows the whole briefing.
MAX_SUMMARY_SENTENCES = 2
MAX_ACTORS = 3
MAX_FIGURES = 3
MAX_NEXT_STEPS = 2
MAX_HEADLINE = 300  # raw characters before escaping

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_ESCAPE_RE = re.compile(r"[&<>]")
_URL_OK = re.compile(r"^https?://[^\s]+$", re.I)


@dataclass(frozen=True)
class SlackMessage:
    """One ``chat.postMessage``: a notification/fallback ``text`` and the ``blocks`` shown."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)


# ------------------------------------------------------------------ escaping


def escape_mrkdwn(text: str) -> str:
    """Escape untrusted text for a mrkdwn field (and for ``text``): control characters dropped,
    ``&``, ``<`` and ``>`` replaced by entities."""
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], _CONTROL.sub("", text))


def one_line(text: str) -> str:
    """Control characters dropped and whitespace folded: a newline in a headline cannot forge a line."""
    return " ".join(_CONTROL.sub(" ", text).split())


def escape_clipped(text: str, limit: int) -> str:
    """``escape_mrkdwn(text)`` kept within ``limit`` characters *after* escaping; cut on the raw
    text, so an entity is never split."""
    escaped = escape_mrkdwn(text)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    used = 0
    for ch in _CONTROL.sub("", text):
        piece = _ESCAPES.get(ch, ch)
        if used + len(piece) > limit - 1:
            break
        out.append(piece)
        used += len(piece)
    return "".join(out).rstrip() + "\u2026"


def safe_url(url: str | None) -> str | None:
    """The URL ready for ``<url|label>``, or None when it is no plain http(s) URL we will link."""
    if not url:
        return None
    url = url.strip()
    if len(url) > MAX_URL or not _URL_OK.match(url) or _CONTROL.search(url):
        return None
    href = escape_mrkdwn(url).replace("|", "%7C")
    return href if len(href) <= MAX_URL * 3 // 2 else None


def mrkdwn_link(url: str | None, label: str, limit: int = 1200) -> str:
    """``<url|label>`` with the label escaped; just the escaped label when the URL is unusable."""
    text = escape_clipped(one_line(label), limit) or "(untitled)"
    href = safe_url(url)
    return f"<{href}|{text}>" if href else text


def plain_text(text: str, limit: int) -> dict[str, Any]:
    """A ``plain_text`` object, folded and clipped. Slack does not parse it for mentions or links, and
    whether it decodes entities is not documented, so instead of escaping, ``<`` and ``>`` become the
    look-alikes ``\u2039`` and ``\u203a``: nothing in it can be read as ``<!channel>`` either way."""
    shown = clip(one_line(text), limit).replace("<", "\u2039").replace(">", "\u203a")
    return {"type": "plain_text", "text": shown or " ", "emoji": True}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:MAX_SECTION_TEXT]}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:MAX_SECTION_TEXT]}]}


def _cut_escaped(escaped: str, limit: int) -> str:
    """An already escaped string cut to ``limit`` characters (with an ellipsis), never inside an entity."""
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    amp = cut.rfind("&", max(0, len(cut) - 5))
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "\u2026"


def _pack_lines(lines: Iterable[str], limit: int = MAX_SECTION_TEXT) -> list[str]:
    """Join escaped ``lines`` into texts of at most ``limit`` characters (a longer line is cut)."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        if len(line) > limit:
            line = _cut_escaped(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


# ------------------------------------------------------------------ digests


def _list_line(label: str, items: Sequence[str]) -> str:
    return f"*{label}:* " + "; ".join(items)


def story_text(ds: DigestStory, link: str | None = None) -> str:
    """The mrkdwn of one digest story, within one section's 3,000 characters. The headline links to
    ``link``, by default to the story's first article (:func:`newsbrief.bot.render.sources.headline_url`)."""
    b = ds.story.briefing
    link = link or headline_url(b)
    headline = mrkdwn_link(link, clip(one_line(b.title), MAX_HEADLINE), 600)
    tag = ":arrows_counterclockwise: *Update:* " if ds.is_update else ""
    lines = [f"{tag}*{headline}*"]
    summary = " ".join(one_line(s) for s in b.summary[:MAX_SUMMARY_SENTENCES])
    if summary:
        lines.append(escape_clipped(summary, 800))
    if ds.is_update and ds.changes:
        lines.append(_list_line("What changed", [escape_clipped(one_line(c), 300) for c in ds.changes[:5]]))
    if b.actors:
        actors = [
            escape_clipped(one_line(a.name) + (f" ({one_line(a.role)})" if a.role else ""), 150)
            for a in b.actors[:MAX_ACTORS]
        ]
        lines.append(_list_line("Key actors", actors))
    if b.figures:
        figures = [
            escape_clipped(plain_figure(one_line(f.value), one_line(f.context), " "), 150)
            for f in b.figures[:MAX_FIGURES]
        ]
        lines.append(_list_line("Key figures", figures))
    if b.next_steps:
        steps = [escape_clipped(one_line(s.text), 200) for s in b.next_steps[:MAX_NEXT_STEPS]]
        lines.append(_list_line("Next", steps))
    n = source_count(ds)
    if n:
        names = escape_clipped(", ".join(one_line(x.label) for x in briefing_sources(b)), 300)
        lines.append(f"_{n} source{'s' if n != 1 else ''}{': ' + names if names else ''}_")
    out = ""
    for line in lines:  # drop whole trailing lines rather than cut one
        candidate = f"{out}\n{line}" if out else line
        if len(candidate) > MAX_SECTION_TEXT:
            break
        out = candidate
    return out


def source_count(ds: DigestStory) -> int:
    b = ds.story.briefing
    return max(len(set(b.sources)), len(ds.story.article_ids))


def story_actions(ds: DigestStory) -> dict[str, Any]:
    value = str(ds.story.id)
    return {
        "type": "actions",
        "block_id": f"story-{ds.story.id}",
        "elements": [
            {
                "type": "button",
                "action_id": ACTION_MORE,
                "value": value,
                "text": plain_text("More", MAX_BUTTON_TEXT),
            },
            {
                "type": "button",
                "action_id": ACTION_SOURCES,
                "value": value,
                "text": plain_text("Sources", MAX_BUTTON_TEXT),
            },
        ],
    }


def _slot_text(slot: datetime) -> str:
    return slot.strftime("%Y-%m-%d %H:%M %Z").strip()


def digest_fallback(digest: Digest) -> str:
    """The notification text: a count and the headlines, escaped, within 3,000 characters."""
    n = len(digest.stories)
    head = f"News digest \u2014 {n} stor{'y' if n == 1 else 'ies'}"
    if not n:
        return head + ": no new stories."
    headlines = "; ".join(one_line(ds.story.briefing.title) for ds in digest.stories)
    return escape_clipped(f"{head}: {headlines}", MAX_FALLBACK_TEXT)


def render_digest(
    digest: Digest, links: Mapping[int, str] | None = None, *, max_blocks: int = MAX_BLOCKS
) -> list[SlackMessage]:
    """The digest as one or more messages, each within ``max_blocks`` blocks.

    The first message opens with a header and a context line; later ones with a
    "continued (i/n)" context line. ``links`` maps a story id to the URL its headline links to.
    """
    if max_blocks < 4:
        raise ValueError("max_blocks must leave room for a header, a context line and one story")
    links = links or {}
    n = len(digest.stories)
    n_updates = sum(1 for ds in digest.stories if ds.is_update)
    count = f"{n} stor{'y' if n == 1 else 'ies'}" + (f", {n_updates} updated" if n_updates else "")
    header = {
        "type": "header",
        "text": plain_text(f"News digest \u2014 {_slot_text(digest.slot)}", MAX_HEADER_TEXT),
    }
    intro = _context(f"{escape_mrkdwn(count)} \u00b7 newsbrief \u00b7 _{escape_mrkdwn(digest.channel_id)}_")
    fallback = digest_fallback(digest)
    if not digest.stories:
        return [
            SlackMessage(text=fallback, blocks=[header, _section("No new stories since the last digest.")])
        ]

    pages: list[list[dict[str, Any]]] = [[header, intro]]
    for ds in digest.stories:
        story_blocks = [_section(story_text(ds, links.get(ds.story.id))), story_actions(ds)]
        if len(pages[-1]) + len(story_blocks) > max_blocks:
            pages.append([{}])  # room for the "continued" line, filled in once the count is known
        pages[-1].extend(story_blocks)
    total = len(pages)
    messages: list[SlackMessage] = []
    for i, blocks in enumerate(pages, 1):
        if i > 1:
            blocks[0] = _context(f"News digest, continued ({i}/{total})")
            text = f"News digest, continued ({i}/{total})"
        else:
            text = fallback
        messages.append(SlackMessage(text=text, blocks=blocks))
    return messages


# ------------------------------------------------------------------ replies


def render_briefing(b: Briefing, link: str | None = None) -> SlackMessage:
    """A full briefing: title, every summary sentence, actors, figures, next steps, sources."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": plain_text(b.title or "Briefing", MAX_HEADER_TEXT)}
    ]
    if link and safe_url(link):
        blocks.append(_context(mrkdwn_link(link, one_line(b.title) or link)))
    lines: list[str] = [escape_mrkdwn(one_line(s)) for s in b.summary]
    if b.actors:
        lines.append("*Key actors*")
        lines += [
            "\u2022 "
            + escape_mrkdwn(one_line(a.name))
            + (f" ({escape_mrkdwn(one_line(a.role))})" if a.role else "")
            for a in b.actors
        ]
    if b.figures:
        lines.append("*Key figures*")
        lines += ["\u2022 " + _figure_mrkdwn(one_line(f.value), one_line(f.context)) for f in b.figures]
    if b.next_steps:
        lines.append("*Next steps*")
        lines += [
            "\u2022 "
            + escape_mrkdwn(one_line(s.text))
            + (f" _({escape_mrkdwn(one_line(s.when))})_" if s.when else "")
            for s in b.next_steps
        ]
    named = briefing_sources(b)
    if named:
        lines.append(
            "_Sources: " + ", ".join(mrkdwn_link(n.url, n.label, 300) for n in named[:MAX_LINKS]) + "_"
        )
    room = MAX_BLOCKS - len(blocks)
    blocks += [_section(chunk) for chunk in _pack_lines(lines)[:room]]
    return SlackMessage(
        text=escape_clipped(one_line(b.title) or "Briefing", MAX_FALLBACK_TEXT), blocks=blocks
    )


@dataclass(frozen=True)
class SourceLink:
    """One article of a story, for the "Sources" answer."""

    title: str
    url: str | None = None
    source: str | None = None


def render_sources(b: Briefing, articles: Sequence[SourceLink]) -> SlackMessage:
    """The "Sources" answer: each article linked, with its outlet; the briefing's source names otherwise."""
    lines = [f"*Sources for {escape_clipped(one_line(b.title) or 'this story', 600)}*"]
    if articles:
        for a in articles:
            outlet = f" \u2014 _{escape_mrkdwn(one_line(a.source))}_" if a.source else ""
            lines.append("\u2022 " + mrkdwn_link(a.url, a.title or a.url or "(untitled)", 600) + outlet)
    else:
        lines += ["\u2022 " + mrkdwn_link(n.url, n.label, 600) for n in briefing_sources(b)] or [
            "No sources recorded."
        ]
    chunks = _pack_lines(lines)[:MAX_BLOCKS]
    return SlackMessage(
        text=escape_clipped("Sources: " + one_line(b.title), MAX_FALLBACK_TEXT),
        blocks=[_section(c) for c in chunks],
    )


def render_answer(a: Answer) -> SlackMessage:
    """An answer, then each source: the outlet's name and the article's title linked to it, after the
    cited sentence when the answer does not already hold it."""
    blocks: list[dict[str, Any]] = [_section(c) for c in _pack_lines([escape_mrkdwn(a.text)])]
    for c in a.citations[: MAX_BLOCKS - len(blocks)]:
        c = shown_citation(c)  # its link without tracking parameters
        outlet = escape_clipped(one_line(citation_outlet(c)), 300)
        if c.title:
            where = f"*{outlet}*, " + mrkdwn_link(c.url, f"\u201c{one_line(c.title)}\u201d", 600)
        else:
            where = mrkdwn_link(c.url, citation_outlet(c), 300) if safe_url(c.url) else f"*{outlet}*"
        quote = quoted_sentence(a, c)
        if quote:
            blocks.append(_context(f"\u201c{escape_clipped(quote, 2000)}\u201d \u2014 {where}"))
        else:
            blocks.append(_context(f"Source: {where}"))
    return SlackMessage(text=escape_clipped(a.text, MAX_FALLBACK_TEXT), blocks=blocks[:MAX_BLOCKS])


def render_text(text: str) -> SlackMessage:
    """A plain reply (help, errors, confirmations), escaped; long text split into sections."""
    lines = [escape_mrkdwn(line) for line in text.splitlines()] or [""]
    chunks = _pack_lines(lines)[:MAX_BLOCKS]
    return SlackMessage(
        text=escape_clipped(text, MAX_FALLBACK_TEXT), blocks=[_section(c) for c in chunks if c]
    )


def render_reply_parts(text: str, answer: Answer | None, briefings: Sequence[Briefing]) -> list[SlackMessage]:
    """The messages of a reply (without a digest): the answer or the text, then each briefing."""
    out: list[SlackMessage] = []
    if answer is not None:
        out.append(render_answer(answer))
    elif text:
        out.append(render_text(text))
    out += [render_briefing(b) for b in briefings]
    return out


def _figure_mrkdwn(value: str, context: str) -> str:
    """A figure line in mrkdwn: the number in bold, where the context says it, else first."""
    parts = figure_parts(value, context)
    if parts is None:
        return f"*{escape_mrkdwn(value)}* {escape_mrkdwn(context)}".rstrip()
    before, number, after = parts
    return f"{escape_mrkdwn(before)}*{escape_mrkdwn(number)}*{escape_mrkdwn(after)}"
