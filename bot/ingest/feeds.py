"""RSS and Atom feeds from bytes we fetched: entries with plain text, published time and a GUID.

``parse_feed`` never touches the network: feedparser is handed an in-memory stream, so it can
neither fetch the URL nor open a file. Before feedparser sees the bytes, the document prolog is
checked for a ``<!DOCTYPE`` and the whole body for ``<!ENTITY``: a feed has no use for either, and
they are how XML bombs work (billion laughs expands nested entities, external entities read local
files or URLs). Such a feed is refused with :class:`FeedError`, as is a body feedparser cannot make
sense of (malformed XML with no entries, an HTML page).

Summaries and content are HTML in most feeds; they come back as plain text, with paragraphs
separated by blank lines.
"""

from __future__ import annotations

import html
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import feedparser

from newsbrief.bot.errors import NewsbriefError

logger = logging.getLogger(__name__)

FULL_CONTENT_MIN_WORDS = 40
"""``content:encoded`` / Atom ``content`` with at least this many words is the article's full text
(the same floor as ``newsbrief.bot.ingest.extract.MIN_ARTICLE_WORDS``: shorter is a teaser)."""
LONG_SUMMARY_MIN_WORDS = 150
"""A summary this long is taken as the full text (some feeds put the article in ``description``)."""

_PROLOG_SCAN_BYTES = 64 * 1024
_DOCTYPE = re.compile(r"<!\s*DOCTYPE", re.I)
_ENTITY_DECL = re.compile(rb"<!\s*ENTITY", re.I)
_ENTITY_DECL_WIDE = re.compile(r"<!\s*ENTITY", re.I)


class FeedError(NewsbriefError):
    """A body that is not a usable feed; ``str()`` is one line naming the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(url, reason)
        self.url = url
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot read feed {self.url}: {self.reason}"


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed.

    ``guid`` is the entry's id (falling back to its link, then its title); ``summary`` is plain
    text; ``content`` is the full article text when the feed carries it (``content:encoded``,
    Atom ``content`` or a long summary) and None when the article page must be fetched.
    ``published`` is timezone-aware UTC (published, else updated), None when absent or unparseable.
    """

    guid: str
    link: str | None
    title: str
    summary: str
    content: str | None
    published: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    entries: list[FeedEntry]


# --------------------------------------------------------------------------- HTML to text

_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table"}
    | {"tr", "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr"}
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: tags dropped (scripts and styles with their content),
    entities decoded, one blank line between blocks, runs of spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        text = markup
    else:
        collector = _TextCollector()
        try:
            collector.feed(markup)
            collector.close()
            text = "".join(collector.parts)
        except Exception:  # HTMLParser is lenient; this is a last resort for odd input
            text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _word_count(text: str) -> int:
    return len(text.split())


# --------------------------------------------------------------------------- safety checks


def _prolog_text(body: bytes) -> str:
    """The start of the document as text, enough to see its prolog, whatever the encoding."""
    head = body[:_PROLOG_SCAN_BYTES]
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        codec = "utf-32"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    elif head[:4] == b"\x00<\x00?" or head[:2] == b"\x00<":
        codec = "utf-16-be"
    elif head[:4] == b"<\x00?\x00" or head[:2] == b"<\x00":
        codec = "utf-16-le"
    else:
        codec = "latin-1"  # ASCII-compatible: markup characters are the same bytes in UTF-8
    return head.decode(codec, errors="replace")


def _prolog(text: str) -> str:
    """Everything before the root element's start tag (XML declaration, comments, PIs, DOCTYPE),
    comments blanked so a tag-like string inside one does not end the prolog early."""
    text = re.sub(r"<!--.*?(?:-->|$)", lambda m: " " * len(m.group(0)), text, flags=re.S)
    match = re.search(r"<[A-Za-z_:]", text)
    return text[: match.start()] if match else text


def check_safe_xml(body: bytes, url: str) -> None:
    """Raise :class:`FeedError` when the document declares a DOCTYPE or any ENTITY.

    A DOCTYPE can only stand in the prolog, so only the prolog is searched for it (an article
    quoting ``<!DOCTYPE html>`` inside CDATA is fine); an ENTITY declaration is refused wherever it
    appears, in any of the encodings an XML parser would detect.
    """
    text = _prolog_text(body)
    if _DOCTYPE.search(_prolog(text)):
        raise FeedError(url, "DOCTYPE declarations are refused in feeds (XML bomb protection)")
    if _ENTITY_DECL.search(body) or _ENTITY_DECL_WIDE.search(text.replace("\x00", "")):
        raise FeedError(url, "ENTITY declarations are refused in feeds (XML bomb protection)")


# --------------------------------------------------------------------------- parsing


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                year, month, day, hour, minute, second = value[:6]
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _entry_content(entry: Any) -> str:
    """The longest ``content`` block of the entry, as plain text ("" when none)."""
    best = ""
    for block in entry.get("content") or ():
        value = block.get("value") or ""
        kind = (block.get("type") or "text/html").lower()
        text = html_to_text(value) if "html" in kind else " ".join(value.split())
        if len(text) > len(best):
            best = text
    return best


def _entry(raw: Any) -> FeedEntry | None:
    link = (raw.get("link") or "").strip() or None
    title = html_to_text(raw.get("title") or "")
    summary = html_to_text(raw.get("summary") or raw.get("description") or "")
    content_text = _entry_content(raw)
    if content_text and content_text == summary:
        content_text = content_text if _word_count(content_text) >= LONG_SUMMARY_MIN_WORDS else ""
    content: str | None = None
    if content_text and _word_count(content_text) >= FULL_CONTENT_MIN_WORDS:
        content = content_text
    elif _word_count(summary) >= LONG_SUMMARY_MIN_WORDS:
        content = summary
    if not summary and content_text:
        summary = content_text.split("\n\n", 1)[0]
    guid = (raw.get("id") or raw.get("guid") or "").strip() or link or title
    if not guid:
        return None
    return FeedEntry(
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        content=content,
        published=_entry_time(raw),
    )


def parse_feed(body: bytes, url: str) -> ParsedFeed:
    """Parse an RSS 0.9x/1.0/2.0 or Atom document held in ``body``.

    ``url`` resolves relative links and names the feed in errors. Raises :class:`FeedError` for a
    DOCTYPE or ENTITY declaration, for an empty body, and for a document feedparser flags as
    malformed ("bozo") that yields no entries; a malformed feed that still has entries is used
    (a wrong declared charset is common) and the problem logged. Entries without a GUID, link or
    title are skipped; duplicate GUIDs keep the first.
    """
    if not body.strip():
        raise FeedError(url, "empty body")
    check_safe_xml(body, url)
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url},
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in parsed.get("entries") or ():
        entry = _entry(raw)
        if entry is None or entry.guid in seen:
            continue
        seen.add(entry.guid)
        entries.append(entry)
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        if not entries:
            reason = " ".join(str(problem).split()) if problem else "not a feed"
            raise FeedError(url, f"malformed feed ({type(problem).__name__}: {reason})")
        logger.info("feed %s is not well-formed but has %d entries: %s", url, len(entries), problem)
    version = parsed.get("version") or ""
    if not entries and not version:
        raise FeedError(url, "not an RSS or Atom feed")
    title = html_to_text(parsed.get("feed", {}).get("title") or "")
    logger.debug("parsed feed %s (%s): %d entries", url, version or "unknown", len(entries))
    return ParsedFeed(title=title, entries=entries)


# --------------------------------------------------------------------------- filters


def _word_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    cleaned = [" ".join(w.split()) for w in words if w.strip()]
    if not cleaned:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in cleaned)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def matches_filters(entry: FeedEntry, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> bool:
    """Whether a feed's include/exclude keywords let ``entry`` through.

    Words match whole words (or whole phrases) in the title, summary or content, ignoring case:
    ``strike`` matches "Strike" but not "strikes" or "striker". With ``include`` words, at least
    one must appear; any ``exclude`` word appearing drops the entry (exclude wins).
    """
    text = "\n".join(part for part in (entry.title, entry.summary, entry.content or "") if part)
    excluded = _word_pattern(exclude)
    if excluded is not None and excluded.search(text):
        return False
    included = _word_pattern(include)
    return included is None or included.search(text) is not None
