"""The store on real databases: every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

import pytest
from alembic.script import ScriptDirectory

from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.store import AsyncStore, Store
from newsbrief.bot.store.leader import lock_key
from newsbrief.bot.store.migrate import alembic_config
from newsbrief.bot.store.repository import ArticleEntry
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep
from tests.stores import raw_execute, raw_query, table_names

_T = TypeVar("_T")

HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

LONG_TEXT = (
    "The river burst its banks on Tuesday night after three days of rain. At least 12 people died and "
    "4,000 homes were flooded, the regional governor Maria Lopez said. Rescue teams from three provinces "
    "worked through the night. The national weather service expects more rain on Friday."
)
OTHER_TEXT = (
    "The central bank raised its main interest rate by half a point to 4.5 percent, its third increase this "
    "year. Governor Anders Berg said inflation was still too high. Markets had expected a smaller move, and "
    "the currency rose against the euro. The next rate decision is due in March."
)


def _head_revision() -> str:
    from alembic.script import ScriptDirectory

    from newsbrief.bot.store.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


HEAD = _head_revision()


def _briefing(title: str = "River floods town", article_ids: tuple[str, ...] = ("1",)) -> Briefing:
    return Briefing(
        title=title,
        summary=("At least 12 people died.", "4,000 homes were flooded."),
        actors=(
            Actor(
                name="Maria Lopez",
                role="regional governor",
                kind="PERSON",
                mentions=2,
                aliases=("Lopez", "Governor Lopez"),
                sentence="the regional governor Maria Lopez said.",
            ),
        ),
        figures=(Figure(value="12", context="people died", sentence="At least 12 people died."),),
        next_steps=(NextStep(text="more rain", sentence="expects more rain on Friday.", when="Friday"),),
        sources=("Daily Planet",),
        article_ids=article_ids,
        sentences=("The river burst its banks.", "At least 12 people died."),
    )


# ---------------------------------------------------------------------- migrations


def test_migrations_create_schema_and_reopen_is_idempotent(store_url: str) -> None:
    first = Store.open(store_url)
    first.set_kv("probe", "kept")
    first.close()
    tables = table_names(store_url)
    expected = {
        "feeds",
        "articles",
        "briefings",
        "stories",
        "story_changes",
        "article_sentences",
        "digests",
        "digest_stories",
        "deliveries",
        "processed_events",
        "kv",
        "channel_overrides",
        "alembic_version",
    }
    assert expected <= tables
    if store_url.startswith("sqlite"):
        assert "article_sentences_fts" in tables
    else:
        columns = raw_query(
            store_url,
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'article_sentences'",
        )
        assert ("tsv",) in columns
    again = Store.open(store_url)  # upgrade head on a migrated database: nothing to do, data intact
    try:
        assert again.get_kv("probe") == "kept"
        assert raw_query(store_url, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    finally:
        again.close()


def test_naive_datetime_is_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        store.upsert_article("f", "g", "https://x.example/a", "T", "text", published_at=datetime(2026, 1, 1))


# ---------------------------------------------------------------------- articles


def test_same_entry_twice_is_one_row(store: Store, store_url: str) -> None:
    first = store.upsert_article("feed-a", "guid-1", "https://a.example/story", "Flood", LONG_TEXT, T0, "A")
    second = store.upsert_article("feed-a", "guid-1", "https://a.example/story", "Flood", LONG_TEXT, T0, "A")
    assert first.created and not first.changed
    assert second == (first.article_id, False, False)
    assert raw_query(store_url, "SELECT count(*) FROM articles") == [(1,)]


def test_upsert_articles_in_one_call_matches_one_by_one(store: Store, store_url: str) -> None:
    old = store.upsert_article("feed-b", "b-1", "https://b.example/rates", "Rates", OTHER_TEXT, T0, "B")
    entries = [
        ArticleEntry("a-1", "https://a.example/flood?utm_source=x", "Flood", LONG_TEXT, T0),
        ArticleEntry("a-1", "https://a.example/flood", "Flood, updated", LONG_TEXT, T0),  # same guid again
        ArticleEntry("a-2", "https://a.example/rates-copy", "Rates", OTHER_TEXT, T0),  # hash of feed-b's
        ArticleEntry("a-3", None, "Short", "A one-line teaser.", None),
    ]
    first = store.upsert_articles("feed-a", entries, "A", now=T0)
    assert [(r.created, r.changed) for r in first] == [
        (True, False),
        (False, True),
        (False, False),
        (True, False),
    ]
    assert first[1].article_id == first[0].article_id and first[2].article_id == old.article_id
    again = store.upsert_articles("feed-a", entries, "A", now=T0)
    assert [r.article_id for r in again] == [r.article_id for r in first]
    assert [(r.created, r.changed) for r in again][2:] == [(False, False), (False, False)]
    assert raw_query(store_url, "SELECT count(*) FROM articles") == [(3,)]
    stored = store.get_article(first[0].article_id)
    assert stored is not None and stored.title == "Flood, updated" and stored.source == "A"
    assert store.upsert_articles("feed-a", []) == []


def test_updated_entry_updates_its_row(store: Store) -> None:
    article_id, created, _ = store.upsert_article(
        "feed-a", "guid-1", "https://a.example/s", "Flood", LONG_TEXT
    )
    assert created
    store.save_briefing(article_id, _briefing(), now=datetime.now(UTC))
    assert store.articles_without_briefing() == []
    later = datetime.now(UTC) + timedelta(seconds=5)
    result = store.upsert_article(
        "feed-a",
        "guid-1",
        "https://a.example/s",
        "Flood: toll rises",
        LONG_TEXT + " The toll rose to 15.",
        now=later,
    )
    assert result == (article_id, False, True)
    record = store.get_article(article_id)
    assert record is not None
    assert record.title == "Flood: toll rises"
    assert record.text.endswith("The toll rose to 15.")
    # its briefing is stale now, so it is briefed again
    assert [a.id for a in store.articles_without_briefing()] == [article_id]


def test_same_article_via_other_feed_with_tracking_params_is_deduped(store: Store, store_url: str) -> None:
    first = store.upsert_article(
        "feed-a", "a-1", "https://News.example.com/world/flood?id=7", "Flood", LONG_TEXT
    )
    second = store.upsert_article(
        "feed-b",
        "b-99",
        "https://news.example.com:443/world/flood?utm_source=rss&id=7&fbclid=XYZ#comments",
        "Flood (agency copy)",
        "A shorter teaser.",
    )
    assert second == (first.article_id, False, False)
    record = store.get_article(first.article_id)
    assert record is not None and record.title == "Flood"  # a copy from another feed changes nothing
    assert raw_query(store_url, "SELECT count(*) FROM articles") == [(1,)]


def test_same_text_under_another_url_is_deduped_by_hash(store: Store) -> None:
    first = store.upsert_article("feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT)
    copy = "  " + LONG_TEXT.upper().replace(". ", ".\n\n") + "  "  # same text, other case and spacing
    second = store.upsert_article("feed-b", "b-1", "https://b.example/2026/flood.html", "Floods", copy)
    assert second == (first.article_id, False, False)
    # short teasers are not merged by hash: two different articles can share one
    one = store.upsert_article("feed-a", "a-2", "https://a.example/x", "X", "Read more.")
    two = store.upsert_article("feed-a", "a-3", "https://a.example/y", "Y", "Read more.")
    assert one.article_id != two.article_id and two.created


def test_different_articles_are_different_rows(store: Store) -> None:
    a = store.upsert_article("feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT)
    b = store.upsert_article("feed-a", "a-2", "https://a.example/rates", "Rates", OTHER_TEXT)
    c = store.upsert_article(
        None, None, "https://c.example/rates-analysis", "Rates analysis", OTHER_TEXT + " More."
    )
    assert len({a.article_id, b.article_id, c.article_id}) == 3
    assert a.created and b.created and c.created


def test_briefing_round_trip(store: Store) -> None:
    article_id = store.upsert_article("feed-a", "g", "https://a.example/s", "Flood", LONG_TEXT).article_id
    assert store.get_briefing(article_id) is None
    briefing = _briefing(article_ids=(str(article_id),))
    store.save_briefing(article_id, briefing, model_version="v1")
    assert store.get_briefing(article_id) == briefing
    replaced = Briefing(title="New", summary=("One.",))
    store.save_briefing(article_id, replaced, model_version="v2")
    assert store.get_briefing(article_id) == replaced


def test_save_briefings_saves_and_indexes_in_one_call(store: Store) -> None:
    a = store.upsert_article("feed-a", "g1", "https://a.example/1", "Flood", LONG_TEXT).article_id
    b = store.upsert_article("feed-a", "g2", "https://a.example/2", "Rates", OTHER_TEXT).article_id
    store.save_briefing(b, _briefing("Old"), model_version="v0")
    store.index_sentences(b, ["A stale sentence about zeppelins."])
    flood = _briefing(article_ids=(str(a),))
    rates = Briefing(
        title="Rates",
        summary=("Inflation rose.",),
        sentences=("Inflation rose to 4 per cent.",),
        captions=("A dockside crane idles beside the grain silos",),
    )
    store.save_briefings([(a, _briefing("Superseded")), (a, flood), (b, rates)], model_version="v1")
    assert store.get_briefing(a) == flood  # an article given twice keeps its last briefing
    assert store.get_briefing(b) == rates
    assert not store.search_sentences("zeppelins")  # replaced, not added to
    hits = store.search_sentences("people died")
    assert [(h.article_id, h.sentence) for h in hits] == [(a, "At least 12 people died.")]
    assert [h.article_id for h in store.search_sentences("inflation")] == [b]
    # a caption the cleaning removed is searchable, after the article's sentences
    crane = store.search_sentences("crane silos")
    assert [(h.article_id, h.position) for h in crane] == [(b, 1)]
    assert [r.id for r in store.articles_without_briefing()] == []
    store.save_briefings([(a, flood), (b, rates)], model_version="v1")  # repeated: nothing doubles
    assert len(store.search_sentences("river banks")) == 1
    store.save_briefings([])


# ---------------------------------------------------------------------- full-text search


def _indexed(store: Store) -> tuple[int, int]:
    flood = store.upsert_article(
        "feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT, T0, "Daily Planet"
    )
    rates = store.upsert_article(
        "feed-b", "b-1", "https://b.example/rates", "Rates", OTHER_TEXT, T0 + timedelta(days=2), "Ledger"
    )
    store.index_sentences(flood.article_id, [s + "." for s in LONG_TEXT.rstrip(".").split(". ")])
    store.index_sentences(rates.article_id, [s + "." for s in OTHER_TEXT.rstrip(".").split(". ")])
    return flood.article_id, rates.article_id


def test_search_finds_sentence_by_word_and_ranks(store: Store) -> None:
    flood_id, rates_id = _indexed(store)
    hits = store.search_sentences("How many people died in the floods?")
    assert hits, "expected a hit"
    assert hits[0].article_id == flood_id
    assert "12 people died" in hits[0].sentence
    assert (
        hits[0].title == "Flood"
        and hits[0].source == "Daily Planet"
        and hits[0].url == "https://a.example/flood"
    )
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)
    # a sentence matching two query words outranks one matching one
    two = store.search_sentences("governor inflation")
    assert two[0].article_id == rates_id and "inflation" in two[0].sentence
    both = store.search_sentences("rain Friday")
    assert "Friday" in both[0].sentence


def test_search_filters_and_reindexing(store: Store) -> None:
    flood_id, rates_id = _indexed(store)
    assert {h.article_id for h in store.search_sentences("governor")} == {flood_id, rates_id}
    assert {h.article_id for h in store.search_sentences("governor", feed_ids=["feed-b"])} == {rates_id}
    assert {h.article_id for h in store.search_sentences("governor", since=T0 + timedelta(days=1))} == {
        rates_id
    }
    assert {h.article_id for h in store.search_sentences("governor", article_ids=[flood_id])} == {flood_id}
    store.index_sentences(flood_id, ["Nothing about the governor here, only boats."])
    store.index_sentences(flood_id, ["Nothing about the governor here, only boats."])  # idempotent
    hits = store.search_sentences("boats")
    assert [(h.article_id, h.position) for h in hits] == [(flood_id, 0)]
    assert store.search_sentences("rescue") == []


def test_search_filters_before_the_limit(store: Store) -> None:
    """The best ``limit`` sentences among the kept articles, not the best overall then filtered: a
    feed whose sentences all rank lower still gets its hits, in rank order, with their own titles."""
    loud = store.upsert_article("feed-a", "a-9", "https://a.example/q", "Quarry", "x", T0, "Daily Planet")
    store.index_sentences(
        loud.article_id, [f"The quarry pumps drained the quarry pond, report {i}." for i in range(6)]
    )
    quiet = store.upsert_article(
        "feed-b", "b-9", "https://b.example/q", "Pumps", "x", T0 + timedelta(days=3), "Ledger"
    )
    store.index_sentences(quiet.article_id, ["A pond was seen.", "Old pumps and a quarry pond failed."])
    assert {h.article_id for h in store.search_sentences("quarry pumps pond", limit=3)} == {loud.article_id}
    for kept in (
        store.search_sentences("quarry pumps pond", limit=2, feed_ids=["feed-b"]),
        store.search_sentences("quarry pumps pond", limit=2, since=T0 + timedelta(days=1)),
        store.search_sentences("quarry pumps pond", limit=2, article_ids=[quiet.article_id]),
    ):
        assert [(h.position, h.title, h.source) for h in kept] == [
            (1, "Pumps", "Ledger"),
            (0, "Pumps", "Ledger"),
        ]
        assert kept[0].rank > kept[1].rank


@pytest.mark.parametrize(
    "hostile",
    [
        '"AND OR NEAR(*',
        "'; DROP TABLE articles; --",
        "sentence: ^died* -people + {col}",
        'NOT "unbalanced',
        "",
        "   ",
        "()*:^\"'",
        "a" * 5000,
        "died\x00people",
    ],
)
def test_hostile_queries_do_not_break_search(store: Store, store_url: str, hostile: str) -> None:
    flood_id, _ = _indexed(store)
    hits = store.search_sentences(hostile)
    assert isinstance(hits, list)
    assert all(h.article_id in (flood_id, flood_id + 1) for h in hits)
    assert raw_query(store_url, "SELECT count(*) FROM articles") == [(2,)]
    # user text with operators still finds the words in it
    assert store.search_sentences("died AND NEAR(people*") and store.search_sentences('"died" OR')


# ---------------------------------------------------------------------- feeds


def test_feed_failure_backoff_and_recovery(store: Store) -> None:
    store.upsert_feed("feed-a", "https://a.example/rss", "A")
    first = store.record_fetch_failure("feed-a", "timeout", now=T0)
    second = store.record_fetch_failure("feed-a", "HTTP 500", now=T0)
    third = store.record_fetch_failure("feed-a", "HTTP 500", now=T0)
    assert (first - T0, second - T0, third - T0) == (
        timedelta(minutes=5),
        timedelta(minutes=10),
        timedelta(minutes=20),
    )
    slow = store.record_fetch_failure("feed-a", "HTTP 429", retry_after=timedelta(hours=2), now=T0)
    assert slow == T0 + timedelta(hours=2)
    for _ in range(20):
        capped = store.record_fetch_failure("feed-a", "HTTP 503", now=T0)
    assert capped == T0 + timedelta(hours=6)
    health = store.get_feed("feed-a")
    assert health is not None
    assert (
        health.consecutive_failures == 24 and health.last_error == "HTTP 503" and health.last_error_at == T0
    )
    store.record_fetch_success(
        "feed-a", '"etag-1"', "Wed, 18 Nov 2026 10:00:00 GMT", now=T0 + timedelta(hours=7)
    )
    health = store.get_feed("feed-a")
    assert health is not None
    assert health.consecutive_failures == 0 and health.next_poll_at is None
    assert health.etag == '"etag-1"' and health.last_success_at == T0 + timedelta(hours=7)
    store.record_fetch_success("feed-a", None, None, now=T0 + timedelta(hours=8))  # a 304 without validators
    health = store.get_feed("feed-a")
    assert health is not None and health.etag == '"etag-1"' and health.last_modified is not None


def test_feed_health_remembers_since_when_and_why(store: Store) -> None:
    store.upsert_feed("feed-a", "https://a.example/rss", "A")
    store.record_fetch_success("feed-a", None, None, now=T0)
    store.record_fetch_failure("feed-a", "HTTP 500", now=T0 + timedelta(hours=1))
    store.record_fetch_failure(
        "feed-a", "HTTP 429", retry_after=timedelta(hours=3), now=T0 + timedelta(hours=2)
    )
    health = store.get_feed("feed-a")
    assert health is not None
    assert health.failing_since == T0 + timedelta(hours=1)  # the first failure of the run, kept
    assert health.next_poll_reason == "Retry-After" and health.last_error == "HTTP 429"
    store.record_fetch_failure("feed-a", "HTTP 500", now=T0 + timedelta(hours=6))
    assert store.get_feed("feed-a").next_poll_reason == "back-off"  # type: ignore[union-attr]
    store.record_fetch_success("feed-a", None, None, now=T0 + timedelta(hours=7))
    health = store.get_feed("feed-a")
    assert health is not None and health.failing_since is None and health.next_poll_reason is None
    assert health.disabled_at is None
    store.disable_feed("feed-a", "HTTP 410 Gone", now=T0 + timedelta(hours=8))
    store.disable_feed("feed-a", "HTTP 410 Gone", now=T0 + timedelta(hours=9))
    assert store.get_feed("feed-a").disabled_at == T0 + timedelta(hours=8)  # type: ignore[union-attr]
    store.upsert_feed("feed-a", "https://a.example/new-rss", "A")  # a new URL: a fresh start
    health = store.get_feed("feed-a")
    assert health is not None and not health.disabled and health.disabled_at is None


def test_feed_redirect_disable_and_config_change(store: Store) -> None:
    store.upsert_feed("feed-a", "https://a.example/rss", "A")
    store.upsert_feed("feed-b", "https://b.example/rss", "B")
    store.record_fetch_success("feed-a", None, None, new_url="https://a.example/feed.xml")
    store.upsert_feed("feed-a", "https://a.example/rss", "A renamed")  # restart: config unchanged
    a = store.get_feed("feed-a")
    assert a is not None and a.url == "https://a.example/feed.xml" and a.name == "A renamed"
    store.disable_feed("feed-b", "HTTP 410 Gone")
    feeds = {f.id: f for f in store.list_feeds()}
    assert set(feeds) == {"feed-a", "feed-b"}
    assert feeds["feed-b"].disabled and feeds["feed-b"].disabled_reason == "HTTP 410 Gone"
    store.upsert_feed("feed-b", "https://b.example/new-rss", "B")  # new URL in config: fresh start
    b = store.get_feed("feed-b")
    assert b is not None and not b.disabled and b.url == "https://b.example/new-rss"
    with pytest.raises(KeyError):
        store.record_fetch_failure("nope", "x")
    with pytest.raises(NewsbriefError, match="unknown feed 'nope'"):  # under the one error root too
        store.record_fetch_failure("nope", "x")


# ---------------------------------------------------------------------- stories


def test_story_create_attach_and_changes(store: Store) -> None:
    a = store.upsert_article(
        "feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT, T0, "Daily Planet"
    )
    b = store.upsert_article(
        "feed-b", "b-1", "https://b.example/flood", "Floods", LONG_TEXT + " Extra.", T0, "Ledger"
    )
    story_id = store.create_story(_briefing(), [a.article_id], now=T0)
    story = store.get_story(story_id)
    assert story is not None
    assert (story.version, story.article_ids, story.source_count, story.headline) == (
        1,
        (a.article_id,),
        1,
        "River floods town",
    )
    assert story.briefing == _briefing()
    updated = _briefing(title="Floods: toll rises")
    version = store.attach_to_story(
        story_id, b.article_id, updated, {"figures": ["15 dead"]}, now=T0 + timedelta(hours=1)
    )
    assert version == 2
    again = store.attach_to_story(story_id, b.article_id, updated, {}, now=T0 + timedelta(hours=2))
    assert again == 2  # a repeated attach changes nothing
    story = store.get_story(story_id)
    assert story is not None
    assert story.version == 2 and set(story.article_ids) == {a.article_id, b.article_id}
    assert story.source_count == 2 and story.feed_ids == ("feed-a", "feed-b")
    assert story.briefing == updated and story.updated_at == T0 + timedelta(hours=1)
    changes = store.story_changes(story_id, after_version=1)
    assert [(c.version, c.what) for c in changes] == [(2, {"figures": ["15 dead"]})]
    record = store.get_article(b.article_id)
    assert record is not None and record.story_id == story_id


def test_recent_stories_and_articles(store: Store) -> None:
    a = store.upsert_article("feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT, T0)
    b = store.upsert_article(
        "feed-b", "b-1", "https://b.example/rates", "Rates", OTHER_TEXT, T0 + timedelta(days=1)
    )
    old = store.create_story(_briefing("Flood"), [a.article_id], now=T0)
    captions = ("Traders watch the screens in Morvik on Tuesday",)
    new = store.create_story(
        replace(_briefing("Rates"), captions=captions), [b.article_id], now=T0 + timedelta(days=1)
    )
    assert [s.id for s in store.recent_stories(T0)] == [new, old]
    assert [s.id for s in store.recent_stories(T0 + timedelta(hours=1))] == [new]
    assert [s.id for s in store.recent_stories(T0, feed_ids=["feed-a"])] == [old]
    assert [s.id for s in store.recent_stories(T0, limit=1)] == [new]
    # the full read (answers, clustering) keeps the captions the cleaning removed
    assert store.recent_stories(T0)[0].briefing.captions == captions
    story = store.get_story(new)
    assert story is not None and story.briefing.captions == captions
    # the digest's light read: same stories and members, briefings without sentences or captions
    light = store.recent_stories(T0, with_sentences=False)
    full = store.recent_stories(T0)
    assert [(s.id, s.article_ids, s.feed_ids, s.version) for s in light] == [
        (s.id, s.article_ids, s.feed_ids, s.version) for s in full
    ]
    assert full[0].briefing.sentences == _briefing().sentences
    assert light[0].briefing == replace(full[0].briefing, sentences=(), captions=())
    assert light[0].briefing.actors[0].aliases == ("Lopez", "Governor Lopez")
    limited = store.recent_stories(T0, limit=1, with_sentences=False)
    assert [(s.id, s.article_ids) for s in limited] == [(new, (b.article_id,))]
    assert [r.id for r in store.recent_articles(T0)] == [b.article_id, a.article_id]
    assert [r.id for r in store.recent_articles(T0, feed_ids=["feed-a"])] == [a.article_id]
    article = store.recent_articles(T0 + timedelta(hours=1))[0].to_article()
    assert (
        article.id == str(b.article_id)
        and article.title == "Rates"
        and article.published == T0 + timedelta(days=1)
    )


# ---------------------------------------------------------------------- digests and deliveries


def _story(store: Store) -> int:
    a = store.upsert_article("feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT, T0)
    return store.create_story(_briefing(), [a.article_id], now=T0)


def test_digest_is_unique_per_channel_and_slot(store: Store) -> None:
    story_id = _story(store)
    slot = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    first = store.create_digest("C1", slot, [(story_id, 1)], {"text": "digest"})
    assert first.created
    same_instant = slot.astimezone(UTC)
    second = store.create_digest("C1", same_instant, [(story_id, 1)], {"text": "other"})
    assert second == (first.digest_id, False)
    other_channel = store.create_digest("C2", slot, [], {"text": "c2"})
    assert other_channel.created and other_channel.digest_id != first.digest_id
    last = store.last_digest("C1")
    assert last is not None
    assert last.id == first.digest_id and last.rendered == {"text": "digest"} and last.slot == slot
    assert last.story_versions == {story_id: 1}
    assert store.last_digest("C3") is None
    store.attach_to_story(
        story_id, store.upsert_article("f", "g", None, "T", OTHER_TEXT).article_id, _briefing("U"), {"x": 1}
    )
    later = store.create_digest("C1", slot + timedelta(days=1), [(story_id, 2)], {"text": "d2"})
    assert later.created
    assert store.stories_in_digests("C1") == {story_id: 2}
    assert store.stories_in_digests("C2") == {}
    latest = store.last_digest("C1")
    assert latest is not None and latest.id == later.digest_id


def at_once(calls: Sequence[Callable[[], _T]], timeout: float = 30) -> list[_T]:
    """Run ``calls`` each in a thread of its own, released together (a barrier), and return their
    results in the order they finished; an exception in any of them fails the test."""
    barrier = threading.Barrier(len(calls))
    results: list[_T] = []
    errors: list[BaseException] = []

    def run(call: Callable[[], _T]) -> None:
        try:
            barrier.wait(timeout=10)
            results.append(call())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)
    assert not errors, errors
    return results


def test_concurrent_digest_creators_make_one_row(store_url: str) -> None:
    """Two processes' worth of engines race for the same slots; each slot gets exactly one digest."""
    stores = [Store.open(store_url), Store.open(store_url)]
    try:
        for round_ in range(8):
            slot = T0 + timedelta(hours=round_)
            results = at_once(
                [
                    functools.partial(s.create_digest, "C1", slot, [], {"round": slot.isoformat()})
                    for s in stores
                ]
            )
            assert sorted(created for _, created in results) == [False, True]
            assert len({digest_id for digest_id, _ in results}) == 1
        assert raw_query(store_url, "SELECT count(*) FROM digests") == [(8,)]
    finally:
        for s in stores:
            s.close()


def test_delivery_pending_then_sent(store: Store) -> None:
    digest_id = store.create_digest("C1", T0, [], {"text": "d"}).digest_id
    delivery_id = store.add_delivery(digest_id, "C1", "slack", "txn-1", payload={"blocks": []})
    assert store.add_delivery(digest_id, "C1", "slack", "txn-1") == delivery_id  # idempotent on txn_id
    other = store.add_delivery(None, "!room:hs", "matrix", "txn-2", kind="reply")
    pending = store.pending_deliveries()
    assert [(d.id, d.state, d.attempts) for d in pending] == [
        (delivery_id, "pending", 0),
        (other, "pending", 0),
    ]
    assert pending[0].payload == {"blocks": []} and pending[0].digest_id == digest_id
    assert [d.id for d in store.pending_deliveries(platform="matrix")] == [other]
    assert store.mark_failed(delivery_id, "HTTP 429") == 1
    still = store.get_delivery(delivery_id)
    assert still is not None and still.state == "pending" and still.last_error == "HTTP 429"
    store.mark_sent(delivery_id, "1700000000.000100", now=T0)
    sent = store.get_delivery(delivery_id)
    assert sent is not None
    assert (sent.state, sent.platform_message_id, sent.attempts, sent.sent_at) == (
        "sent",
        "1700000000.000100",
        2,
        T0,
    )
    store.mark_failed(other, "M_FORBIDDEN", permanent=True)
    assert store.pending_deliveries() == []
    gone = store.get_delivery(other)
    assert gone is not None and gone.state == "failed"


# ---------------------------------------------------------------------- events, kv, overrides


def test_claim_event_once_even_across_reopen(store_url: str) -> None:
    first = Store.open(store_url)
    try:
        assert first.claim_event("slack", "Ev123") is True
        assert first.claim_event("slack", "Ev123") is False
        assert first.claim_event("matrix", "Ev123") is True  # other platform, other namespace
    finally:
        first.close()
    reopened = Store.open(store_url)
    try:
        assert reopened.claim_event("slack", "Ev123") is False
        assert reopened.prune_events(datetime.now(UTC) + timedelta(seconds=1)) == 2
        assert reopened.claim_event("slack", "Ev123") is True
    finally:
        reopened.close()


def test_claim_event_race_has_one_winner(store_url: str) -> None:
    stores = [Store.open(store_url) for _ in range(3)]
    try:
        wins = at_once([functools.partial(s.claim_event, "slack", "EvRace") for s in stores])
        assert sorted(wins) == [False, False, True]
    finally:
        for s in stores:
            s.close()


def test_kv_and_channel_overrides(store: Store) -> None:
    assert store.get_kv("matrix.sync_token") is None
    store.set_kv("matrix.sync_token", "s1")
    store.set_kv("matrix.sync_token", "s2")
    assert store.get_kv("matrix.sync_token") == "s2"
    assert store.get_channel_override("C1") is None
    store.set_channel_override("C1", {"feeds_added": ["feed-x"], "schedule": "0 8 * * *"})
    store.set_channel_override("C1", {"feeds_removed": ["feed-a"]})
    assert store.get_channel_override("C1") == {"feeds_removed": ["feed-a"]}


# ---------------------------------------------------------------------- concurrency, migrations, leader


def test_concurrent_upserts_of_one_article_make_one_row(store_url: str) -> None:
    stores = [Store.open(store_url) for _ in range(3)]
    try:
        for round_ in range(5):
            entry = ("feed-a", f"g{round_}", f"https://a.example/{round_}", "T", f"{round_} {LONG_TEXT}")
            results = at_once([functools.partial(s.upsert_article, *entry) for s in stores])
            assert sorted(created for _, created, _ in results) == [False, False, True]
            assert len({article_id for article_id, _, _ in results}) == 1
        assert raw_query(store_url, "SELECT count(*) FROM articles") == [(5,)]
    finally:
        for s in stores:
            s.close()


def test_concurrent_open_of_empty_database_migrates_once(store_url: str) -> None:
    opened = at_once([functools.partial(Store.open, store_url)] * 3, timeout=60)
    try:
        assert len(opened) == 3
        assert raw_query(store_url, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        assert opened[0].claim_event("slack", "E1") and not opened[1].claim_event("slack", "E1")
    finally:
        for s in opened:
            s.close()


def test_downgrade_to_base_and_upgrade_again(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    from newsbrief.bot.store.migrate import alembic_config

    Store.open(store_url).close()
    monkeypatch.setenv("NEWSBRIEF_DATABASE_URL", store_url)  # the command-line path through env.py
    command.downgrade(alembic_config(), "base")
    assert table_names(store_url) <= {"alembic_version"}
    reopened = Store.open(store_url)
    try:
        article_id = reopened.upsert_article("f", "g", None, "T", LONG_TEXT).article_id
        reopened.index_sentences(article_id, ["At least 12 people died."])
        assert [h.article_id for h in reopened.search_sentences("died")] == [article_id]
    finally:
        reopened.close()


def test_search_on_postgresql_matches_on_rare_words_once_analysed(store_url: str) -> None:
    """Once the table's statistics say a question's words are common, PostgreSQL matches on its rare
    words only (the common ones still rank); with too few such hits, or before any statistics, every
    word matches, ranked as before. SQLite ranks by BM25, which weighs words by rarity itself."""
    store = Store.open(store_url)
    try:
        common = store.upsert_article("f", "c", None, "Harbour", "x", T0).article_id
        store.index_sentences(common, ["The harbour pilots met at the harbour office."] * 60)
        rare = store.upsert_article("f", "r", None, "Bakery", "x", T0).article_id
        store.index_sentences(rare, [f"Quillon opened bakery number {i}." for i in range(6)])
        filler = store.upsert_article("f", "z", None, "Weather", "x", T0).article_id
        store.index_sentences(filler, [f"Rain fell on field {i} near the old mill." for i in range(140)])
        question = "Which harbour pilots did Quillon hire?"
        first = store.search_sentences(question, limit=5)[0].article_id
        if store.dialect == "sqlite":
            assert first == rare  # BM25: the rare word weighs most
            return
        assert first == common  # no statistics yet: two words matched outrank one
        raw_execute(store_url, "ANALYZE article_sentences")
        assert {h.article_id for h in store.search_sentences(question, limit=5)} == {rare}
        # fewer rare-word hits than asked for: every word again, in the same order as before
        ten = store.search_sentences(question, limit=10)
        assert [h.article_id for h in ten] == [common] * 10
        assert {h.article_id for h in store.search_sentences("harbour pilots", limit=5)} == {common}
    finally:
        store.close()


def test_leader_lock_is_exclusive_on_postgresql(store_url: str) -> None:
    first, second = Store.open(store_url), Store.open(store_url)
    try:
        name = f"scheduler-{uuid.uuid4().hex}"  # unique: the lock is per database, not per schema
        lock_a, lock_b = first.advisory_lock(name), second.advisory_lock(name)
        assert lock_a.try_acquire() and lock_a.check()
        if first.dialect == "sqlite":  # one process per SQLite file: always granted
            assert lock_b.try_acquire()
            return
        assert not lock_b.try_acquire()
        assert second.advisory_lock("other").try_acquire()  # another name, another lock
        lock_a.release()
        assert not lock_a.held and lock_b.try_acquire()
        # the leader's connection dies (process killed): the lock is free again
        raw_query(
            store_url,
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s",
            (lock_key(name),),
        )
        assert not lock_b.check()
        assert lock_a.try_acquire()
        lock_a.release()
    finally:
        first.close()
        second.close()


def test_get_articles_keeps_order_across_chunks(store: Store) -> None:
    ids = [
        store.upsert_article("feed-a", f"g{i}", f"https://a.example/{i}", f"T{i}", f"short {i}").article_id
        for i in range(3)
    ]
    wanted = [ids[2], 999_999, ids[0]] + [10_000_000 + i for i in range(1200)] + [ids[1]]
    assert [a.id for a in store.get_articles(wanted)] == [ids[2], ids[0], ids[1]]
    assert store.get_articles([]) == []


def test_batch_reads_match_one_by_one_reads(store: Store) -> None:
    a = store.upsert_article("feed-a", "a-1", "https://a.example/flood", "Flood", LONG_TEXT, T0)
    b = store.upsert_article("feed-b", "b-1", "https://b.example/rates", "Rates", OTHER_TEXT, T0)
    unbriefed = store.upsert_article("feed-b", "b-2", "https://b.example/x", "X", "short", T0)
    store.save_briefings([(a.article_id, _briefing("Flood")), (b.article_id, _briefing("Rates"))])
    ids = [b.article_id, unbriefed.article_id, a.article_id, 999_999] + [10_000_000 + i for i in range(1200)]
    briefings = store.get_briefings(ids)
    assert briefings == {a.article_id: _briefing("Flood"), b.article_id: _briefing("Rates")}
    assert briefings[a.article_id] == store.get_briefing(a.article_id)
    assert store.get_briefings([]) == {}

    flood = store.create_story(_briefing("Flood"), [a.article_id], now=T0)
    rates = store.create_story(_briefing("Rates"), [b.article_id], now=T0)
    stories = store.get_stories([rates, 999_999, flood, rates])
    assert stories == [store.get_story(rates), store.get_story(flood)]  # order given, once each
    assert store.get_stories([]) == [] and store.get_story(999_999) is None

    later = T0 + timedelta(hours=1)
    store.attach_to_story(flood, unbriefed.article_id, _briefing("Flood 2"), {"figures": ["2"]}, now=later)
    store.attach_to_story(flood, unbriefed.article_id, _briefing("Flood 3"), {"figures": ["3"]}, now=later)
    store.attach_to_story(rates, unbriefed.article_id, _briefing("Rates 2"), {"actors": ["x"]}, now=later)
    since = store.story_changes_since({flood: 2, rates: 0, 999_999: 0})
    assert since == {flood: store.story_changes(flood, 2), rates: store.story_changes(rates)}
    assert [c.version for c in since[flood]] == [3] and [c.version for c in since[rates]] == [2]


def test_store_is_the_composition_of_its_repositories(store: Store) -> None:
    store.set_kv("k", "v")
    assert store.state.get_kv("k") == "v"  # one database, whichever door
    store.feeds.upsert_feed("feed-a", "https://a.example/rss", "A")
    assert [f.id for f in store.list_feeds()] == ["feed-a"]
    assert Store.get_kv.__doc__ == type(store.state).get_kv.__doc__
    assert Store.get_kv(store, "k") == "v"  # through the class too, as a plain method (wrappers do that)


async def test_async_store_awaits_the_same_methods_in_worker_threads(store: Store) -> None:
    callers: list[int] = []

    class Watched:
        """The real store, noting the thread of each get_kv (a wrapper, as a test's crash injector is)."""

        def __getattr__(self, name: str) -> Any:
            return getattr(store, name)

        def get_kv(self, key: str) -> str | None:
            callers.append(threading.get_ident())
            return store.get_kv(key)

    db = AsyncStore(Watched())
    await db.set_kv("k", "v")
    assert await db.get_kv("k") == "v" == store.get_kv("k")
    assert callers and threading.get_ident() not in callers  # never on the event loop's thread
    assert await db.run(lambda s, key: s.get_kv(key), "k") == "v"
    article = await db.upsert_article("feed-a", "a-1", "https://a.example/x", "X", LONG_TEXT, T0)
    assert [a.id for a in await db.get_articles([article.article_id])] == [article.article_id]
    # code handed either a store or the facade awaits one facade (never a facade over a facade)
    assert AsyncStore.of(db) is db
    assert AsyncStore.of(store).store is store


def test_in_memory_sqlite_store() -> None:
    with Store.open("sqlite://") as memory:
        assert memory.claim_event("slack", "E1") and not memory.claim_event("slack", "E1")
        article_id = memory.upsert_article(None, None, "https://x.example/a", "T", LONG_TEXT).article_id
        memory.index_sentences(article_id, ["At least 12 people died."])
        assert [h.article_id for h in memory.search_sentences("died")] == [article_id]


def test_models_match_the_migrations(store_url: str) -> None:
    from newsbrief.bot.store.migrate import schema_drift

    Store.open(store_url).close()
    assert schema_drift(store_url) == []


def test_migration_0002_backfills_feed_health_from_0001(store_url: str) -> None:
    import sqlalchemy as sa
    from alembic import command

    from newsbrief.bot.store.engine import create_store_engine

    engine = create_store_engine(store_url)
    try:
        with engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "0001")
            rows = [
                ("failing", 2, False, T0, T0 + timedelta(hours=1)),
                ("gone", 0, True, None, T0 + timedelta(hours=2)),
                ("fine", 0, False, None, T0),
            ]
            for feed_id, failures, disabled, error_at, updated in rows:
                connection.execute(
                    sa.text(
                        "INSERT INTO feeds (id, url, config_url, name, consecutive_failures, disabled, "
                        "last_error_at, updated_at) VALUES (:id, 'u', 'u', 'n', :f, :d, :e, :u)"
                    ),
                    {"id": feed_id, "f": failures, "d": disabled, "e": error_at, "u": updated},
                )
    finally:
        engine.dispose()
    opened = Store.open(store_url)  # upgrades 0001 -> head
    try:
        feeds = {f.id: f for f in opened.list_feeds()}
        assert feeds["failing"].failing_since == T0 and feeds["failing"].disabled_at is None
        assert feeds["gone"].disabled_at == T0 + timedelta(hours=2) and feeds["gone"].failing_since is None
        assert feeds["fine"].failing_since is None and feeds["fine"].disabled_at is None
    finally:
        opened.close()


def test_answer_claims_have_a_lease_and_are_taken_over_only_when_it_ran_out(store_url: str) -> None:
    t0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    lease = timedelta(minutes=10)
    msg = {"channel": "C1", "user": "U1", "text": "what happened?"}
    with Store.open(store_url) as s:
        assert s.claim_answer("slack", "m1", msg, lease, now=t0) is True
        assert s.claim_answer("slack", "m1", msg, lease, now=t0 + timedelta(minutes=5)) is False  # live
        assert s.expired_answers("slack", now=t0 + timedelta(minutes=5)) == []
        # the claimer died: after the lease the message is listed with its payload and taken over once
        later = t0 + timedelta(minutes=11)
        assert s.expired_answers("slack", now=later) == [("m1", msg, 1)]
        assert s.claim_answer("slack", "m1", msg, lease, now=later) is True
        assert s.claim_answer("slack", "m1", msg, lease, now=later) is False
        assert s.expired_answers("slack", now=later + timedelta(minutes=11)) == [("m1", msg, 2)]
        s.finish_answer("slack", "m1")
        assert s.expired_answers("slack", now=later + timedelta(days=1)) == []
        assert s.claim_answer("slack", "m1", msg, lease, now=later + timedelta(days=1)) is False  # answered
        assert s.claim_event("slack", "m1") is False  # one namespace with plain claims
        assert s.claim_answer("matrix", "m1", msg, lease, now=t0) is True  # other platform
