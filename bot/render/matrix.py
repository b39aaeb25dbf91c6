"""Digests and replies as Matrix message content: ``org.matrix.custom.html`` plus a plain ``body``.

Everything that comes from an article or a user (headlines, sentences, names, source names, the
text of a reply) is untrusted:

* in ``formatted_body`` it is HTML-escaped (``html.escape`` with quotes), so the only tags in the
  message are the ones emitted here (``p``, ``strong``, ``em``, ``a``, ``ul``, ``li``, ``br``,
  ``blockquote``); a link is emitted only for an ``http``/``https`` URL, and its ``href`` is escaped;
* in both bodies control characters are removed (:func:`newsbrief.bot.render.terminal.sanitize`) and
  ``@room`` is broken with a zero-width joiner (``@\u200droom``), so a client that still applies
  the legacy body-based push rules does not notify the room;
* every content carries ``"m.mentions": {}`` (intentional mentions): the message mentions nobody,
  whatever names or ``@room`` an article contains.

Functions return the content dict for ``m.room.message``; the adapter adds relations (threads).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from newsbrief.bot.domain import Answer, Briefing, Digest, DigestStory, Reply
from newsbrief.bot.render.digest_text import (
    MAX_ACTORS,
    MAX_FIGURES,
    MAX_NEXT_STEPS,
    MAX_SUMMARY_SENTENCES,
    render_digest_story,
)
from newsbrief.bot.render.figure_line import figure_parts
from newsbrief.bot.render.limits import MAX_LINE_CHARS, MAX_LIST_ITEMS, MAX_TITLE_CHARS, MAX_URL_CHARS, clip
from newsbrief.bot.render.sources import (
    briefing_sources,
    citation_outlet,
    headline_url,
    quoted_sentence,
    shown_citation,
)
from newsbrief.bot.render.terminal import render_answer, render_briefing, sanitize

__all__ = [
    "MSGTYPE",
    "defang",
    "escape",
    "render_answer_content",
    "render_briefing_content",
    "render_digest",
    "render_reply",
    "render_reply_parts",
    "render_text",
    "safe_url",
]

MSGTYPE = "m.notice"  # the convention for automated messages: other bots do not answer notices
HTML_FORMAT = "org.matrix.custom.html"
ZWJ = "\u200d"
# Of UTF-8 JSON content. Matrix events are at most 65,536 bytes; encryption (base64 of the Megolm
# ciphertext of the whole event, plus keys and ids) makes content about 4/3 as large plus ~1 KB.
MAX_CONTENT_BYTES = 40_000
_ROOM_MENTION = re.compile(r"@(room)\b", re.IGNORECASE)


def defang(text: str) -> str:
    """``text`` without control characters and with every ``@room`` broken by a zero-width joiner."""
    return _ROOM_MENTION.sub("@" + ZWJ + r"\1", sanitize(text))


def escape(text: str, limit: int = MAX_LINE_CHARS) -> str:
    """Untrusted text for ``formatted_body``: defanged, folded to one line, clipped to ``limit``
    characters (with an ellipsis), HTML-escaped."""
    return html.escape(clip(" ".join(defang(text).split()), limit), quote=True)


def _plain_block(text: str) -> str:
    """Untrusted free text (an answer, a text reply) for the plain ``body``: defanged, each line
    clipped to :data:`MAX_LINE_CHARS` as in ``formatted_body``, so both bodies show the same."""
    return "\n".join(clip(line, MAX_LINE_CHARS) for line in defang(text).split("\n"))


def _escape_block(text: str) -> str:
    """Like :func:`escape` but keeps line breaks (as ``<br>``), for free text such as answers."""
    lines = [
        html.escape(clip(" ".join(line.split()), MAX_LINE_CHARS), quote=True)
        for line in defang(text).split("\n")
    ]
    return "<br>".join(lines)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute ``http``/``https`` URL with a host, else None (no
    ``javascript:``, ``data:`` or relative links)."""
    if not url:
        return None
    url = url.strip()
    if len(url) > MAX_URL_CHARS or any(c in url for c in "\x00\n\r\t "):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _content(body: str, formatted: str) -> dict[str, Any]:
    return {
        "msgtype": MSGTYPE,
        "body": body,
        "format": HTML_FORMAT,
        "formatted_body": formatted,
        "m.mentions": {},
    }


def _link(text: str, url: str | None, limit: int = MAX_TITLE_CHARS) -> str:
    href = safe_url(url)
    if href is None:
        return escape(text, limit)
    return f'<a href="{html.escape(href, quote=True)}">{escape(text, limit)}</a>'


def _headline_url(b: Briefing) -> str | None:
    return safe_url(headline_url(b))


def _sources_html(b: Briefing) -> str:
    """Each source by its outlet's name, linked to its article when there is a link."""
    return ", ".join(_link(n.label, n.url, MAX_LINE_CHARS) for n in briefing_sources(b)[:MAX_LIST_ITEMS])


def _story_html(ds: DigestStory, number: int) -> str:
    b = ds.story.briefing
    tag = "<em>[update]</em> " if ds.is_update else ""
    title = _link(b.title or "(untitled)", _headline_url(b))
    parts = [f"<p><strong>{number}. {tag}{title}</strong></p>"]
    summary = " ".join(escape(s) for s in b.summary[:MAX_SUMMARY_SENTENCES])
    items: list[str] = []
    if ds.is_update and ds.changes:
        changes = ds.changes[:MAX_LIST_ITEMS]
        items.append("<strong>What changed:</strong> " + "; ".join(escape(c) for c in changes))
    if b.actors:
        actors = [escape(a.name) + (f" ({escape(a.role)})" if a.role else "") for a in b.actors[:MAX_ACTORS]]
        items.append("<strong>Key actors:</strong> " + "; ".join(actors))
    if b.figures:
        figures = [_figure_html(f.value, f.context) for f in b.figures[:MAX_FIGURES]]
        items.append("<strong>Key figures:</strong> " + "; ".join(figures))
    if b.next_steps:
        items.append(
            "<strong>Next:</strong> " + "; ".join(escape(s.text) for s in b.next_steps[:MAX_NEXT_STEPS])
        )
    if b.sources:
        items.append(f"<strong>Sources ({len(b.sources)}):</strong> " + _sources_html(b))
    if summary:
        parts.append(f"<p>{summary}</p>")
    if items:
        parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    return "".join(parts)


def render_digest(digest: Digest, max_bytes: int = MAX_CONTENT_BYTES) -> list[dict[str, Any]]:
    """A digest as one message, or several when one would exceed ``max_bytes`` (UTF-8 JSON content):
    a header, then the stories (headline linked to its first ``http(s)`` source, summary, key actors,
    figures, next steps, sources). Later messages start with "News digest, continued (i/n)".

    Headlines and lines are clipped (:mod:`newsbrief.bot.render.limits`), so every story fits in a message;
    each message is also passed through :func:`fit` as a last guard."""
    slot = digest.slot.strftime("%Y-%m-%d %H:%M %Z").strip()
    header = f"News digest for {digest.channel_id} \u2014 {slot}"
    if not digest.stories:
        body = f"{header}\nNo new stories since the last digest."
        formatted = f"<p><strong>{escape(header)}</strong></p><p>No new stories since the last digest.</p>"
        return [fit(_content(defang(body), formatted), max_bytes)]
    n = len(digest.stories)
    n_updates = sum(1 for ds in digest.stories if ds.is_update)
    count = f"{n} stor{'y' if n == 1 else 'ies'}" + (f" ({n_updates} updated)" if n_updates else "")
    first_header = f"{header} \u2014 {count}"
    # Pack numbered stories greedily; the "continued" header is as long for any i/n below 100.
    groups: list[list[tuple[int, DigestStory]]] = [[]]
    for number, ds in enumerate(digest.stories, 1):
        candidate = [*groups[-1], (number, ds)]
        head = first_header if len(groups) == 1 else _continued(99, 99)
        if groups[-1] and _size(_digest_content(head, candidate)) > max_bytes:
            groups.append([(number, ds)])
        else:
            groups[-1] = candidate
    total = len(groups)
    return [
        fit(_digest_content(first_header if i == 1 else _continued(i, total), group), max_bytes)
        for i, group in enumerate(groups, 1)
    ]


def _continued(i: int, total: int) -> str:
    return f"News digest, continued ({i}/{total})"


def _size(content: dict[str, Any]) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode())


def fit(content: dict[str, Any], max_bytes: int = MAX_CONTENT_BYTES) -> dict[str, Any]:
    """``content`` unchanged when within ``max_bytes``; else its plain ``body`` cut (with an
    ellipsis) to fit and shown escaped as ``formatted_body`` too. The renderers' clipping keeps
    messages far below the limit; this is the guard that makes "too large" impossible."""
    if _size(content) <= max_bytes:
        return content
    body = str(content.get("body", ""))
    lo, hi = 0, len(body)
    best = _content(clip(body, 1), "")
    while lo <= hi:  # the longest prefix whose content fits (escaping makes the size non-linear)
        mid = (lo + hi) // 2
        cut = clip(body, mid) if mid < len(body) else body
        candidate = {**content, "body": cut, "formatted_body": _escape_block_unclipped(cut)}
        if _size(candidate) <= max_bytes:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best


def _escape_block_unclipped(text: str) -> str:
    return "<br>".join(html.escape(line, quote=True) for line in text.split("\n"))


def _digest_content(header: str, stories: Sequence[tuple[int, DigestStory]]) -> dict[str, Any]:
    plain = [header, ""]
    for i, ds in stories:
        lines = render_digest_story(ds, i).split("\n")
        url = _headline_url(ds.story.briefing)
        if url:
            lines.insert(1, " " * len(f"{i}. ") + url)
        plain += [*lines, ""]
    formatted = f"<p><strong>{escape(header)}</strong></p>" + "".join(_story_html(ds, i) for i, ds in stories)
    return _content(defang("\n".join(plain).rstrip("\n")), formatted)


def render_text(text: str) -> dict[str, Any]:
    """Free text (help, errors, confirmations) as a notice; line breaks kept."""
    return fit(_content(_plain_block(text), _escape_block(text)))


def _answer_html(a: Answer) -> str:
    """The answer, then each source: the outlet's name and the article's title linked to it, and the
    cited sentence when the answer does not already hold it."""
    out = f"<p>{_escape_block(a.text)}</p>"
    if a.citations:
        items = []
        for c in a.citations:
            c = shown_citation(c)  # its link without tracking parameters
            where = escape(citation_outlet(c), MAX_TITLE_CHARS)
            if c.title:
                where += ", " + _link(f"\u201c{c.title}\u201d", c.url)
            elif safe_url(c.url):
                where = _link(citation_outlet(c), c.url)
            quote = quoted_sentence(a, c)
            items.append(f"<li>{where}" + (f": \u201c{escape(quote)}\u201d" if quote else "") + "</li>")
        out += "<ul>" + "".join(items) + "</ul>"
    return out


def _briefing_html(b: Briefing) -> str:
    parts = [f"<p><strong>{_link(b.title or '(untitled)', _headline_url(b))}</strong></p>"]
    if b.summary:
        parts.append("<p>" + " ".join(escape(s) for s in b.summary) + "</p>")
    items: list[str] = []
    if b.actors:
        items.append(
            "<strong>Key actors:</strong> "
            + "; ".join(escape(a.name) + (f" ({escape(a.role)})" if a.role else "") for a in b.actors)
        )
    if b.figures:
        items.append(
            "<strong>Key figures:</strong> " + "; ".join(_figure_html(f.value, f.context) for f in b.figures)
        )
    if b.next_steps:
        items.append("<strong>Next steps:</strong> " + "; ".join(escape(s.text) for s in b.next_steps))
    if b.sources:
        items.append("<strong>Sources:</strong> " + _sources_html(b))
    if items:
        parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    return "".join(parts)


def render_answer_content(a: Answer) -> dict[str, Any]:
    return fit(_content(_plain_block(render_answer(a)), _answer_html(a)))


def render_briefing_content(b: Briefing) -> dict[str, Any]:
    return fit(_content(defang(render_briefing(b)), _briefing_html(b)))


def render_reply_parts(reply: Reply) -> list[dict[str, Any]]:
    """A conversation reply as messages: a digest's parts (:func:`render_digest`), or one message
    (:func:`render_reply`)."""
    if reply.digest is not None:
        return render_digest(reply.digest)
    return [render_reply(reply)]


def render_reply(reply: Reply) -> dict[str, Any]:
    """A conversation reply (text, an answer with citations, and/or briefings) as one message
    within :data:`MAX_CONTENT_BYTES`. A digest is rendered by :func:`render_reply_parts`."""
    plain: list[str] = []
    formatted: list[str] = []
    if reply.answer is not None:
        plain.append(_plain_block(render_answer(reply.answer)))
        formatted.append(_answer_html(reply.answer))
    elif reply.text:
        plain.append(_plain_block(reply.text))
        formatted.append(f"<p>{_escape_block(reply.text)}</p>")
    for b in reply.briefings:
        plain.append(render_briefing(b))
        formatted.append(_briefing_html(b))
    return fit(_content(defang("\n\n".join(plain)), "".join(formatted)))


def _figure_html(value: str, context: str) -> str:
    """A figure line in HTML: the number in bold, where the context says it, else first."""
    parts = figure_parts(value, context)
    if parts is None:
        return f"<strong>{escape(value)}</strong> {escape(context)}".rstrip()
    before, number, after = parts
    gap_before = " " if before[-1:].isspace() else ""  # escape() trims each part's ends
    gap_after = " " if after[:1].isspace() else ""
    return f"{escape(before)}{gap_before}<strong>{escape(number)}</strong>{gap_after}{escape(after)}"
