"""The stories the poller files do not depend on the order articles arrive in: the same
articles, polled one feed at a time in every order, give the same partition, equal to
``newsbrief.summarizers.cluster.partition`` over them, on SQLite and PostgreSQL. One article links two
stories (it covers both sides of a dispute): arriving last, it joins them, and a digest that
showed one of them now shows the joined story.

The briefings are hand-made (a stub engine keyed by title) so that which pairs are the same
story is known exactly; the feeds are local files (no network).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsbrief.bot.config import FeedConfig
from newsbrief.bot.ingest.fetch import FetchPolicy
from newsbrief.bot.ingest.poller import Poller
from newsbrief.bot.store import Store
from newsbrief.summarizers.cluster import partition
from tests.doubles import TitleEngine
from tests.stores import raw_query
from tests.stories import BRIDGE, HARBOUR_A, HARBOUR_B, LOOKALIKE, OTHER, PORT_BOARD

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ARTICLES = {  # guid: (briefing, hours after NOW it was published)
    "a": (HARBOUR_A, 0),
    "b": (HARBOUR_B, 1),
    "p": (PORT_BOARD, 2),
    "x": (BRIDGE, 3),
    "l": (LOOKALIKE, 1),
    "o": (OTHER, 0),
}


def _feed_file(folder: Path, guid: str) -> FeedConfig:
    briefing, hours = ARTICLES[guid]
    published = (NOW + timedelta(hours=hours)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>'
        f'<item><guid isPermaLink="false">{guid}</guid><title>{briefing.title}</title><link>https://{guid}.example/</link>'
        f"<pubDate>{published}</pubDate><description>{briefing.sentences[0]}</description></item>"
        "</channel></rss>"
    )
    path = folder / f"{guid}.xml"
    path.write_text(xml)
    return FeedConfig(id=f"feed-{guid}", url=f"file:{path}", name=guid)


def _stories(url: str) -> list[list[str]]:
    groups: dict[object, list[str]] = {}
    for guid, story in raw_query(url, "SELECT guid, story_id FROM articles"):
        assert story is not None, f"article {guid} is in no story"
        groups.setdefault(story, []).append(str(guid))
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


EXPECTED = partition([(g, b, NOW + timedelta(hours=h)) for g, (b, h) in ARTICLES.items()])
ORDERS = [
    ("a", "b", "p", "x", "l", "o"),
    ("x", "p", "o", "l", "b", "a"),
    ("p", "a", "x", "b", "o", "l"),
    ("a", "p", "l", "o", "b", "x"),  # the bridge last: it joins two stories
]


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(o) for o in ORDERS])
async def test_same_partition_in_any_arrival_order(
    order: tuple[str, ...], store: Store, store_url: str, tmp_path: Path
) -> None:
    assert EXPECTED == [["a", "b", "p", "x"], ["l"], ["o"]]  # the set has a bridge and a look-alike
    feeds = [_feed_file(tmp_path, guid) for guid in order]
    async with Poller(store, TitleEngine(b for b, _ in ARTICLES.values()), FetchPolicy(), feeds) as poller:
        for i, feed in enumerate(feeds):
            report = await poller.poll_feed(feed, now=NOW + timedelta(hours=4, minutes=i))
            assert report.status == "ok" and report.briefed == 1, report
            if feed.id == "feed-p" and "x" not in order[: i + 1]:
                # a digest shows the port board's story on its own
                story = store.get_article(
                    store.recent_articles(NOW - timedelta(days=1), feed_ids=["feed-p"])[0].id
                )
                assert story is not None and story.story_id is not None
                store.create_digest("news", NOW, [(story.story_id, 1)], {}, now=NOW + timedelta(hours=4))
    assert _stories(store_url) == EXPECTED
    count = raw_query(store_url, "SELECT count(*) FROM stories")[0][0]
    assert count == len(EXPECTED)  # a joined story leaves no empty one behind
    digest = store.last_digest("news")
    if digest is not None:  # the digest's story is the joined one now
        (shown,) = digest.story_versions
        members = store.get_story(shown)
        assert members is not None and len(members.article_ids) == 4


async def test_all_orders_agree_with_a_fresh_poller_per_article(
    store: Store, store_url: str, tmp_path: Path
) -> None:
    """A restart between articles (stories read back from the store) changes nothing either."""
    order = ("a", "p", "x", "o", "l", "b")
    feeds = [_feed_file(tmp_path, guid) for guid in order]
    for i, feed in enumerate(feeds):
        async with Poller(
            store, TitleEngine(b for b, _ in ARTICLES.values()), FetchPolicy(), [feed]
        ) as poller:
            await poller.poll_all(now=NOW + timedelta(hours=4, minutes=i))
    assert _stories(store_url) == EXPECTED
