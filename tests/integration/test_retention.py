"""Retention: ``Store.prune`` deletes old news and keeps what open digest threads still need,
on SQLite and PostgreSQL; the app prunes after an ingest once per ``retention.every_hours``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsbrief.bot.app import NewsbriefApp
from newsbrief.bot.config import load_config
from newsbrief.bot.store import Store
from newsbrief.summarizers.types import Briefing
from tests.stores import raw_query

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
CUTOFF = NOW - timedelta(days=90)
OLD = NOW - timedelta(days=100)


def _story(store: Store, name: str, at: datetime, articles: int = 1) -> tuple[int, list[int]]:
    """A story of ``articles`` articles stored, briefed, indexed and filed at ``at``."""
    ids = []
    for i in range(articles):
        text = f"The {name} council met on Tuesday and approved plan number {i} for {name}ville harbour."
        ids.append(
            store.upsert_article("feed", f"{name}-{i}", f"https://x.example/{name}/{i}", name, text, now=at)[
                0
            ]
        )
    briefings = [
        (
            aid,
            Briefing(
                title=name,
                summary=(f"{name} news.",),
                article_ids=(str(aid),),
                sentences=(f"{name}ville harbour plan {aid}.",),
            ),
        )
        for aid in ids
    ]
    store.save_briefings(briefings, now=at)
    story_id = store.create_story(briefings[0][1], ids[:1], now=at)
    for aid, briefing in briefings[1:]:
        store.attach_to_story(story_id, aid, briefing, {"new": 1}, now=at)
    return story_id, ids


def _ids(url: str, table: str) -> set[int]:
    return {int(r[0]) for r in raw_query(url, f"SELECT id FROM {table}")}  # type: ignore[call-overload]


def test_prune_deletes_old_news_and_keeps_open_digests(store: Store, store_url: str) -> None:
    gone, gone_articles = _story(store, "Alder", OLD, articles=2)  # old, in no digest
    shown_long_ago, shown_articles = _story(store, "Birch", OLD)  # old, in a superseded digest
    latest_of_c2, latest_articles = _story(store, "Cedar", OLD)  # old, but in c2's latest digest
    refreshed, refreshed_articles = _story(store, "Dogwood", OLD)
    late = store.upsert_article(
        "feed",
        "Dogwood-late",
        "https://x.example/d/late",
        "D",
        "Dogwood late news item.",
        now=NOW - timedelta(days=10),
    )[0]
    store.attach_to_story(
        refreshed, late, Briefing(title="Dogwood", summary=("Dogwood news.",)), {"new": 1}, now=OLD
    )  # an old update time, a fresh member
    recent, recent_articles = _story(store, "Elm", NOW - timedelta(days=5))
    in_recent_digest, in_recent_articles = _story(store, "Fir", OLD)
    orphan_old = store.upsert_article(
        "feed", "o-old", "https://x.example/o1", "O", "Never briefed text.", now=OLD
    )[0]
    orphan_new = store.upsert_article(
        "feed", "o-new", "https://x.example/o2", "O", "Briefed later text.", now=NOW
    )[0]

    store.create_digest("c1", OLD, [(shown_long_ago, 1)], {}, now=OLD)
    store.create_digest(
        "c1", NOW - timedelta(days=10), [(in_recent_digest, 1)], {}, now=NOW - timedelta(days=10)
    )
    store.create_digest("c2", OLD, [(latest_of_c2, 1)], {}, now=OLD)
    assert store.claim_event("slack", "old-event", now=OLD) and store.claim_event(
        "slack", "new-event", now=NOW
    )
    assert store.search_sentences("Alderville")  # indexed before

    counts = store.prune(CUTOFF)

    assert _ids(store_url, "stories") == {latest_of_c2, refreshed, recent, in_recent_digest}
    kept_articles = {
        *latest_articles,
        *refreshed_articles,
        late,
        *recent_articles,
        *in_recent_articles,
        orphan_new,
    }
    assert _ids(store_url, "articles") == kept_articles
    assert counts["stories"] == 2 and counts["articles"] == len(gone_articles) + len(shown_articles) + 1
    assert orphan_old not in kept_articles and counts["events"] == 1
    briefed = {int(r[0]) for r in raw_query(store_url, "SELECT article_id FROM briefings")}  # type: ignore[call-overload]
    assert briefed == kept_articles - {late, orphan_new}
    indexed = {int(r[0]) for r in raw_query(store_url, "SELECT DISTINCT article_id FROM article_sentences")}  # type: ignore[call-overload]
    assert indexed and indexed <= kept_articles
    assert store.search_sentences("Alderville") == [] and store.search_sentences("Cedarville")
    assert store.story_changes(gone) == [] and store.story_changes(refreshed)
    assert raw_query(store_url, "SELECT story_id FROM digest_stories ORDER BY story_id") == sorted(
        [(latest_of_c2,), (in_recent_digest,)]
    )
    assert raw_query(store_url, "SELECT event_id FROM processed_events") == [("new-event",)]
    assert store.last_digest("c2") is not None  # digests themselves are kept
    assert all(v == 0 for v in store.prune(CUTOFF).values())  # a second pass finds nothing


async def test_app_prunes_after_ingest_once_per_interval(tmp_path: Path) -> None:
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        f"storage: {{url: 'sqlite:///{tmp_path / 'store.db'}'}}\nretention: {{days: 30, every_hours: 24}}\n"
    )
    app = NewsbriefApp(load_config(config_path, env={}))
    await app.open_store()
    try:
        _story(app.store, "Alder", NOW - timedelta(days=40))
        _story(app.store, "Birch", NOW - timedelta(days=20))
        first = await app.prune_if_due(now=NOW)
        assert first is not None and first["stories"] == 1
        _story(app.store, "Cedar", NOW - timedelta(days=40))
        assert await app.prune_if_due(now=NOW + timedelta(hours=23)) is None  # not due yet
        assert len(app.store.recent_stories(NOW - timedelta(days=400))) == 2
        later = await app.prune_if_due(now=NOW + timedelta(hours=25))
        assert later is not None and later["stories"] == 1
    finally:
        await app.stop()
