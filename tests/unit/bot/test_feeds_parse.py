"""bot/ingest/feeds.py: parsing fetched bytes, refusing XML bombs, plain text, keyword filters."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsbrief.bot.ingest.feeds import FeedEntry, FeedError, html_to_text, matches_filters, parse_feed

DATA = Path(__file__).resolve().parents[2] / "data"


def _read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_rss2_entries_with_full_content_and_plain_text() -> None:
    feed = parse_feed(_read("feed_rss2_content.xml"), "https://harbour-times.example/rss")
    assert feed.title == "Harbour Times & Co"
    assert [e.guid for e in feed.entries] == ["ht-rail-1", "ht-port-2", "Entry without guid or link"]
    rail = feed.entries[0]
    assert rail.published == datetime(2026, 11, 23, 7, 15, tzinfo=UTC)
    assert rail.summary == "About 4,300 train drivers at Brenmoor Rail stopped work on Monday."
    assert rail.content is not None
    assert "<p>" not in rail.content and "trackReader" not in rail.content
    assert rail.content.count("\n\n") == 2  # three paragraphs
    assert "Dana Kessler" in rail.content
    # a one-line description is not the article: the page must be fetched
    assert feed.entries[1].content is None
    assert feed.entries[1].published == datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
    assert feed.entries[2].link is None


def test_atom_relative_links_and_timezones() -> None:
    feed = parse_feed(_read("feed_atom_summary.xml"), "https://valley-courier.example/atom.xml")
    assert feed.title == "Valley Courier"
    first, second = feed.entries
    assert first.link == "https://valley-courier.example/stories/commuters-stranded"
    assert first.published == datetime(2026, 11, 23, 8, 40, tzinfo=UTC)
    assert first.summary == "Stations stood empty across Brenmoor on Monday."
    assert first.content is None
    # no <published>: the updated time stands in
    assert second.published == datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", ["feed_billion_laughs.xml", "feed_external_entity.xml"])
def test_xml_bombs_refused_before_parsing(name: str) -> None:
    with pytest.raises(FeedError, match="DOCTYPE"):
        parse_feed(_read(name), "https://bad.example/feed")


def test_entity_refused_in_utf16_and_without_doctype() -> None:
    body = codecs.BOM_UTF16_LE + _read("feed_billion_laughs.xml").decode().encode("utf-16-le")
    with pytest.raises(FeedError):
        parse_feed(body, "https://bad.example/feed")
    bare = b'<?xml version="1.0"?><rss version="2.0"><!ENTITY x "y"><channel></channel></rss>'
    with pytest.raises(FeedError, match="ENTITY"):
        parse_feed(bare, "https://bad.example/feed")


def test_doctype_quoted_inside_content_is_not_a_declaration() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>g1</guid>'
        b"<title>About HTML</title><description><![CDATA[Pages begin with <!DOCTYPE html> today.]]>"
        b"</description></item></channel></rss>"
    )
    feed = parse_feed(body, "https://ok.example/feed")
    assert [e.title for e in feed.entries] == ["About HTML"]
    assert feed.entries[0].summary.startswith("Pages begin with")


@pytest.mark.parametrize(
    "body",
    [
        _read("feed_malformed.xml"),
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><description>off <b',
        b"<html><body><p>Not a feed at all</p></body></html>",
        b"   \n",
        b"\x00\x01\x02 binary",
    ],
)
def test_malformed_or_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError):
        parse_feed(body, "https://broken.example/feed")


def test_html_page_with_doctype_is_refused() -> None:
    with pytest.raises(FeedError):
        parse_feed(b"<!DOCTYPE html><html><body>hi</body></html>", "https://x.example/")


def test_duplicate_guids_keep_first_and_long_summary_is_content() -> None:
    long_text = " ".join(["The council voted on the harbour budget again."] * 25)
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><guid>same</guid><title>First</title><description>{long_text}</description></item>"
        "<item><guid>same</guid><title>Second</title><description>short</description></item>"
        "</channel></rss>"
    ).encode()
    feed = parse_feed(body, "https://ok.example/feed")
    assert [e.title for e in feed.entries] == ["First"]
    assert feed.entries[0].content == long_text


def test_html_to_text_blocks_entities_and_scripts() -> None:
    text = html_to_text("<div>One &amp; two<br>three</div><style>p{}</style><p>  four\n five </p>")
    assert text == "One & two\n\nthree\n\nfour five"


def _entry(title: str, summary: str = "", content: str | None = None) -> FeedEntry:
    return FeedEntry(guid=title, link=None, title=title, summary=summary, content=content, published=None)


def test_filters_whole_words_case_insensitive() -> None:
    rail = _entry("Rail STRIKE halts trains", "Drivers walk out")
    striker = _entry("Striker scores twice", "Cup final report")
    assert matches_filters(rail, include=["strike"])
    assert not matches_filters(striker, include=["strike"])
    assert matches_filters(striker)  # no filters: everything passes
    assert not matches_filters(rail, include=["strike"], exclude=["trains"])  # exclude wins
    assert matches_filters(rail, include=["walk out"])  # phrases match across spaces
    assert matches_filters(_entry("x", content="the cup final"), include=["cup final"])
    assert not matches_filters(rail, include=["football", "cup"])


def test_doctype_after_a_comment_with_a_tag_is_still_found() -> None:
    body = (
        b'<?xml version="1.0"?><!-- see <rss> below --><!DOCTYPE rss SYSTEM "http://x.example/d.dtd"><rss/>'
    )
    with pytest.raises(FeedError, match="DOCTYPE"):
        parse_feed(body, "https://bad.example/feed")
