"""Where a story or an answer comes from, named as a reader names it: by the outlet (the feed's
configured name, "Example Times") and the article's title or link, never by a bare URL.

Shared by the Slack, Matrix and terminal renderers; they only escape and lay the pieces out.
A briefing stored before outlets were kept (``Briefing.outlets`` empty) is named by the site of each
link in ``Briefing.sources`` ("https://www.example.org/a" -> "example.org").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from newsbrief.bot.domain import Answer, Briefing, Citation
from newsbrief.bot.store.urls import canonical_url


def is_link(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().startswith(("http://", "https://"))


def site(url: str) -> str:
    """The site of a link: ``https://www.example.org/a?b`` -> ``example.org`` (the text itself when
    it is no http(s) link)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if parts.scheme.lower() in ("http", "https") and parts.hostname:
        return parts.hostname.removeprefix("www.")
    return url.strip()


@dataclass(frozen=True)
class Named:
    """One source as shown: ``label`` (the outlet's name, else the link's site) and the link, if any."""

    label: str
    url: str | None = None


def _shown(url: str | None) -> str | None:
    """A link as readers are shown it: tracking parameters removed (``?utm_source=rss``), as the store keeps it."""
    return canonical_url(url) if url else url


def shown_citation(c: Citation) -> Citation:
    """``c`` with its link as shown: the canonical URL (tracking parameters removed)."""
    return replace(c, url=_shown(c.url)) if c.url else c


def briefing_sources(b: Briefing) -> list[Named]:
    """Each distinct source of ``b`` by its outlet's name (an outlet named once, at its first link),
    its link shown without tracking parameters; the order is the briefing's."""
    if b.outlets:
        entries = [Named(o.name or site(o.url or ""), _shown(o.url)) for o in b.outlets if o.name or o.url]
    else:
        entries = [
            Named(site(s), _shown(s)) if is_link(s) else Named(s.strip()) for s in b.sources if s.strip()
        ]
    seen: dict[str, Named] = {}
    for e in entries:
        seen.setdefault(e.label, e)
    return list(seen.values())


def headline_url(b: Briefing) -> str | None:
    """The link a story's headline points to: its first article's link, tracking parameters removed
    (the article's canonical URL, as the store keeps it)."""
    links = [o.url for o in b.outlets if o.url] + [s for s in b.sources if is_link(s)]
    return canonical_url(links[0]) if links else None


def citation_outlet(c: Citation) -> str:
    """The outlet a citation names: its source (the outlet's name) unless that is only a link, else
    the link's site, else the article id."""
    if c.source and not is_link(c.source):
        return c.source
    if c.url or c.source:
        return site(c.url or c.source or "")
    return c.article_id


def quoted_sentence(a: Answer, c: Citation) -> str | None:
    """The cited sentence when the answer text does not already hold it (a short answer alone, such
    as a list of names or a number, could mislead without the sentence it comes from)."""
    sentence = " ".join(c.sentence.split())
    if not sentence or sentence in " ".join(a.text.split()):
        return None
    return sentence
