"""An update's "what changed" is computed against its story as it stood at the update's
publication time, whatever order the feeds deliver the articles in.

Three reports of one event, published an hour apart, each adding a figure to what the one
before it said, are served by a loopback HTTP server (one feed each, or all in one feed) and
polled by the real poller in several orders. For every report filed into an existing story the
recorded change (``Store.story_changes``, one row per version; the report's own link is its
``new_sources``) lists exactly the figures it adds to the reports *published before it* that
were already filed: a report that arrives late is compared with those before it, never with a
later one that arrived first (which would make it look as if it added nothing).

The briefings are hand-made (a stub engine keyed by title), so what each report says is known.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsbrief.bot.config import FeedConfig
from newsbrief.bot.ingest.fetch import FetchPolicy
from newsbrief.bot.ingest.poller import Poller
from newsbrief.bot.store import Store
from tests.doubles import TitleEngine
from tests.integration.http_server import LoopbackHTTPServer, Route
from tests.stories import briefing_of

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
POLICY = FetchPolicy(allowed_networks=("127.0.0.0/8",), connect_timeout=1.0, read_timeout=1.0, deadline=1.5)
PEOPLE = ("Ilse Marren", "Tomas Vell")
REPORTS = {  # guid: (briefing, hours after NOW it was published)
    "first": (
        briefing_of(
            "Ferry crews walk out", PEOPLE, "Ferry crews walked out over pay, 600 of them.", ("600",)
        ),
        0,
    ),
    "second": (
        briefing_of(
            "Ferry strike offer refused",
            PEOPLE,
            "The 600 ferry crews refused a 9% pay offer, Ilse Marren and Tomas Vell said.",
            ("600", "9%"),
        ),
        1,
    ),
    "third": (
        briefing_of(
            "Ferry strike cancels sailings",
            PEOPLE,
            "The strike by 600 crews over the 9% offer cancelled 30 sailings, Ilse Marren and Tomas Vell said.",
            ("600", "9%", "30"),
        ),
        2,
    ),
}


def _rss(guids: tuple[str, ...]) -> bytes:
    items = []
    for guid in guids:
        briefing, hours = REPORTS[guid]
        published = (NOW + timedelta(hours=hours)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f'<item><guid isPermaLink="false">{guid}</guid><title>{briefing.title}</title>'
            f"<link>https://{guid}.example/</link><pubDate>{published}</pubDate>"
            f"<description>{briefing.sentences[0]}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Ferries</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def Feed(id: str, url: str) -> FeedConfig:  # noqa: N802 - reads like the config entry it builds
    return FeedConfig(id=id, url=url, name=id)


def _expected(arrival: list[str]) -> dict[str, list[str]]:
    """For each report after the first to be filed: the figures it adds to the reports filed
    before it that were published no later than it."""
    out: dict[str, list[str]] = {}
    for i, guid in enumerate(arrival[1:], 1):
        briefing, hours = REPORTS[guid]
        earlier = {f.value for g in arrival[:i] if REPORTS[g][1] <= hours for f in REPORTS[g][0].figures}
        out[guid] = [f.value for f in briefing.figures if f.value not in earlier]
    return out


def _recorded(store: Store) -> dict[str, list[str]]:
    """For each report filed into an existing story: the figures its change lists."""
    (record,) = store.recent_stories(NOW - timedelta(days=1), None, 10)  # one story
    out: dict[str, list[str]] = {}
    for change in store.story_changes(record.id):
        (source,) = change.what["new_sources"]
        guid = source.removeprefix("https://").removesuffix(".example/")
        out[guid] = [f["value"] for f in change.what.get("new_figures", [])]
    return out


ORDERS = [
    ("first", "second", "third"),
    ("first", "third", "second"),  # the middle report late: compared with the first alone
    ("third", "first", "second"),
    ("third", "second", "first"),
]


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(o) for o in ORDERS])
async def test_what_changed_is_against_the_story_at_publication_time_one_feed_each(
    order: tuple[str, ...], store: Store, loopback_server: LoopbackHTTPServer
) -> None:
    feeds = []
    for guid in order:
        loopback_server.route(f"/{guid}.xml", Route(body=_rss((guid,))))
        feeds.append(Feed(f"feed-{guid}", loopback_server.url(f"/{guid}.xml")))
    async with Poller(store, TitleEngine(b for b, _ in REPORTS.values()), POLICY, feeds) as poller:
        for i, feed in enumerate(feeds):
            report = await poller.poll_feed(feed, now=NOW + timedelta(hours=3, minutes=i))
            assert report.status == "ok" and report.briefed == 1, report
    expected = _expected(list(order))
    assert _recorded(store) == expected
    if order == ("first", "third", "second"):
        assert expected["second"] == ["9%"]  # the case feed order gets wrong: it would say nothing


async def test_what_changed_when_one_feed_lists_its_reports_newest_first(
    store: Store, loopback_server: LoopbackHTTPServer
) -> None:
    """All three in one feed, newest first (as most feeds list them), in one pass: the batch is
    filed oldest first, so every report's change is against the reports published before it."""
    loopback_server.route("/all.xml", Route(body=_rss(("third", "second", "first"))))
    feed = Feed("ferries", loopback_server.url("/all.xml"))
    async with Poller(store, TitleEngine(b for b, _ in REPORTS.values()), POLICY, [feed]) as poller:
        report = await poller.poll_all(now=NOW + timedelta(hours=3))
    assert report.briefed == 3 and report.feeds[0].stories_created == 1
    recorded = _recorded(store)
    # a batch is filed oldest first, so each report is compared with the ones before it
    assert recorded == _expected(["first", "second", "third"]) == {"second": ["9%"], "third": ["30"]}
