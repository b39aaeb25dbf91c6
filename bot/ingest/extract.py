"""Article text out of a web page, with trafilatura, offline.

trafilatura is called on markup we already fetched (it never downloads here), in precision
mode, without comments or tables, and with its extraction timeout off (that timeout uses
``signal`` and only works in the main thread; the bot extracts in worker threads). When the
precise pass finds too little (short or no text, as on pages whose article body is split over
unusual markup), a recall-oriented pass is tried and the longer text is kept.
Paragraphs come back separated by blank lines. Text that is not HTML passes through
(``text/plain`` responses): whitespace is tidied and the same "is there an article" check
applies.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from newsbrief.summarizers.text import count_words
from newsbrief.summarizers.types import InputError

logger = logging.getLogger(__name__)

MIN_ARTICLE_WORDS = 40
"""Fewer words than this in lines of prose and the page is not treated as an article. Words are
counted by Unicode category for any script (``newsbrief.summarizers.text.count_words``): runs of letters
and digits, one per character in scripts written without spaces; dashes, bullets, symbols and
spaces are not words."""

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_DOC_START = re.compile(r"<(?:!doctype\s+html|html|head|body|\?xml|!--)", re.I)
_STRONG_TAG = re.compile(r"<(?:html|body|head|article|main)[\s>]", re.I)


@dataclass(frozen=True)
class ExtractedArticle:
    """The main text of a page; ``published`` is timezone-aware (midnight UTC for a bare date)."""

    title: str | None
    text: str
    published: datetime | None = None
    author: str | None = None
    site_name: str | None = None  # the outlet as the page names itself (og:site_name, publisher), if it does


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than prose, judged from its first 4 KB.

    A page is HTML when it opens with a doctype, ``<html>``, a comment or a tag and has
    several tags, or mentions ``<html>``/``<body>``/``<article>`` early on. Prose that merely
    contains one ``<`` is not.
    """
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return bool(_STRONG_TAG.search(head)) and len(_TAG.findall(head)) >= 3
    if _DOC_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 2


@cache
def _config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # a pass that finds nothing is expected (the recall pass follows): not a warning for the user
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return config


def _decode(data: bytes, charset: str | None = None) -> str:
    """Bytes to text: BOM, the given charset, the page's meta charset, UTF-8, then cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    declared = [charset] if charset else []
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.I)
    if match:
        declared.append(match.group(1).decode("ascii"))
    for name in declared:
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            continue
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _paragraphs(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


_PROSE_LINE_WORDS = 8
"""A line of fewer words is a link, a heading or a list item, not prose, and does not count."""


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def _prose_words(text: str) -> int:
    """Words in the lines of ``text`` that read as prose: ``_PROSE_LINE_WORDS`` words or more, or
    at least three words that end a sentence or go on in the next line (hard-wrapped text)."""
    lines = [line for line in text.splitlines() if line.strip()]
    total = 0
    for i, line in enumerate(lines):
        n = count_words(line)
        goes_on = i + 1 < len(lines) and lines[i + 1].lstrip()[:1].islower()
        if n >= _PROSE_LINE_WORDS or (n >= 3 and (goes_on or _SENTENCE_END.search(line))):
            total += n
    return total


def _long_enough(text: str) -> bool:
    return _prose_words(text) >= MIN_ARTICLE_WORDS


def _check_words(text: str, url: str | None) -> None:
    if not _long_enough(text):
        raise InputError(f"no article text found in {url or 'the input'}")


def _trafilatura(source: str, url: str | None, *, recall: bool) -> dict[str, Any] | None:
    """One trafilatura pass, precise or recall-oriented; ``None`` when it finds nothing."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            source,
            url=url,
            favor_precision=not recall,
            favor_recall=recall,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            config=_config(),
        )
    except (ValueError, TypeError) as exc:  # lxml rejects some inputs (e.g. an encoding declaration)
        logger.info("trafilatura failed on %s: %s", url, exc)
        return None
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _is_page_headline(line: str, source: str) -> bool:
    """Whether ``line`` (the first of the text) is a headline that the page's ``<title>`` holds."""
    n = len(line.split())
    if not 3 <= n <= 25 or line.rstrip()[-1:] in ".!?:;,":
        return False
    m = _TITLE_TAG.search(source[:20000])
    page_title = html_lib.unescape(" ".join(m.group(1).split())) if m else ""
    return len(page_title) > len(line) and line.casefold() in page_title.casefold()


def extract_article(
    html: str | bytes, url: str | None = None, *, charset: str | None = None
) -> ExtractedArticle:
    """The article in ``html`` (markup or plain text); ``url`` helps metadata and names errors.

    ``charset`` (from the HTTP Content-Type) decodes bytes before the page's own meta tag.
    The headline is returned as ``title`` and dropped from the top of ``text`` when repeated
    there.

    Raises ``InputError("no article text found in <url>")`` when there is no article: an
    empty page, a navigation or error page, fewer than ``MIN_ARTICLE_WORDS`` words in lines of prose.
    """
    source = _decode(html, charset) if isinstance(html, bytes) else html
    if not looks_like_html(source):
        text = _paragraphs(source)
        _check_words(text, url)
        return ExtractedArticle(title=None, text=text)

    data = _trafilatura(source, url, recall=False)
    if data is None or not _long_enough(data.get("text") or ""):
        # the precise pass found too little: try again favouring recall, keep the longer text
        wide = _trafilatura(source, url, recall=True)
        if wide is not None and (
            data is None or _prose_words(wide.get("text") or "") > _prose_words(data.get("text") or "")
        ):
            data = wide
    if data is None:
        raise InputError(f"no article text found in {url or 'the input'}")
    title = " ".join((data.get("title") or "").split()) or None
    text = _paragraphs(data.get("text") or "")
    paras = text.split("\n\n")
    if title and paras[0].casefold() == title.casefold():
        text = "\n\n".join(paras[1:])
    else:
        # the headline near the top of the text (after a menu the recall pass kept) that the
        # page's <title> holds beside the site's name, which the metadata took for the title
        for k, para in enumerate(paras[:6]):
            if _is_page_headline(para, source):
                title, text = para, "\n\n".join(paras[k + 1 :])
                break
    _check_words(text, url)
    author = " ".join((data.get("author") or "").split()) or None
    site = " ".join((data.get("sitename") or "").split()) or None
    return ExtractedArticle(
        title=title, text=text, published=_parse_date(data.get("date")), author=author, site_name=site
    )
