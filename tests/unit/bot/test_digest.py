"""Digest selection (pure), the stored form, terminal rendering, and build_digest over a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsbrief.bot.config import ChannelConfig
from newsbrief.bot.digest import (
    build_digest,
    describe_change,
    digest_dry_run,
    digest_from_dict,
    digest_to_dict,
    freshness,
    rank_stories,
    select_stories,
)
from newsbrief.bot.domain import Digest, DigestStory, Story
from newsbrief.bot.render.digest_text import render_digest
from newsbrief.bot.store import Store
from newsbrief.bot.store.records import StoryRecord
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep
from tests.doubles import channel_config

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def stored_story(story_id: int, briefing: Briefing, **fields: Any) -> StoryRecord:
    """A story as the store returns it: one source, version 1, seen and updated ``NOW`` unless ``fields`` say otherwise."""
    defaults: dict[str, Any] = {"source_count": 1, "version": 1, "first_seen": NOW, "updated_at": NOW}
    return StoryRecord(id=story_id, briefing=briefing, headline=briefing.title, **{**defaults, **fields})


def rich(
    title: str, summary: str = "A summary sentence that says quite a lot about what happened today."
) -> Briefing:
    return Briefing(
        title=title,
        summary=(summary, "A second sentence with more detail on the matter at hand."),
        actors=tuple(Actor(name=f"Actor {i}") for i in range(4)),
        figures=tuple(Figure(value=str(10 * i), context="people", sentence="s") for i in range(1, 4)),
        next_steps=(NextStep(text="Talks resume on Monday", sentence="s"),),
        sources=("Outlet A", "Outlet B"),
    )


def thin(title: str) -> Briefing:
    return Briefing(title=title, summary=("Short.",), sources=("Outlet A",))


def test_richer_multi_source_story_ranks_first() -> None:
    stories = [
        stored_story(1, thin("Minor note"), source_count=1),
        stored_story(2, rich("Ceasefire agreed"), source_count=3),
        stored_story(3, rich("Budget passes"), source_count=1),
    ]
    picked = select_stories(stories, {}, NOW, 5)
    assert [ds.story.id for ds in picked] == [2, 3, 1]
    assert all(not ds.is_update for ds in picked)


def test_freshness_decays_and_can_outweigh_richness() -> None:
    assert freshness(NOW, NOW) == pytest.approx(1.0)
    assert freshness(NOW - timedelta(hours=12), NOW) == pytest.approx(0.5)
    assert freshness(NOW + timedelta(hours=1), NOW) == pytest.approx(1.0)
    old = stored_story(1, rich("Old but rich"), updated_at=NOW - timedelta(days=3))
    new = stored_story(2, rich("New and rich"), updated_at=NOW - timedelta(minutes=5))
    assert [ds.story.id for ds in select_stories([old, new], {}, NOW, 5)] == [2, 1]


def test_cap_and_duplicates() -> None:
    stories = [stored_story(i, rich(f"Story {i}")) for i in range(1, 11)]
    picked = select_stories(stories + stories[:3], {}, NOW, 4)
    assert len(picked) == 4
    assert len({ds.story.id for ds in picked}) == 4
    assert select_stories(stories, {}, NOW, 0) == []


def test_ties_are_deterministic() -> None:
    stories = [stored_story(i, rich("Same")) for i in (5, 3, 9)]
    assert [ds.story.id for ds in select_stories(stories, {}, NOW, 5)] == [3, 5, 9]


def test_topic_keywords_match_title_summary_and_actors_as_words() -> None:
    a = stored_story(1, thin("Ceasefire holds in the north"))
    b = stored_story(2, Briefing(title="Markets", summary=("The central bank raised rates.",)))
    c = stored_story(
        3, Briefing(title="Talks", summary=("Nothing.",), actors=(Actor(name="Bank of England"),))
    )
    d = stored_story(4, thin("Bankruptcy filings rise"))  # "bank" must not match inside "Bankruptcy"
    picked = select_stories([a, b, c, d], {}, NOW, 10, topics=["bank", "CEASEFIRE"])
    assert sorted(ds.story.id for ds in picked) == [1, 2, 3]
    assert len(select_stories([a, b, c, d], {}, NOW, 10, topics=[" ", ""])) == 4


def test_posted_story_returns_only_when_its_version_grew() -> None:
    same = stored_story(1, rich("Posted, unchanged"), version=2)
    grown = stored_story(2, rich("Posted, then updated"), version=3, source_count=2)
    fresh = stored_story(3, rich("Never posted"))
    picked = select_stories(
        [same, grown, fresh], {1: 2, 2: 2}, NOW, 10, changes={2: ["Death toll rose to 40."]}
    )
    by_id = {ds.story.id: ds for ds in picked}
    assert set(by_id) == {2, 3}
    assert by_id[2].is_update and by_id[2].changes == ("Death toll rose to 40.",)
    assert by_id[2].story.version == 3
    assert not by_id[3].is_update and by_id[3].changes == ()
    # without recorded changes an update still says something
    generic = select_stories([grown], {2: 1}, NOW, 10)
    assert generic[0].is_update and generic[0].changes == ("New reporting: now 2 sources.",)


def test_scores_are_in_unit_range_and_sorted() -> None:
    stories = [
        stored_story(i, rich(f"S{i}") if i % 2 else thin(f"S{i}"), source_count=i) for i in range(1, 30)
    ]
    ranked = rank_stories(stories, {}, NOW, 30)
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_describe_change_reads_common_shapes() -> None:
    assert describe_change({"changes": ["Toll rose."]}) == ["Toll rose."]
    lines = describe_change(
        {"new_figures": [{"value": "40", "context": "dead"}], "new_sources": ["Outlet C"]}
    )
    assert lines == ["New figures: 40 dead", "New sources: Outlet C"]
    assert describe_change({"headline": "x"}) == ["Updated: headline."]


def test_stored_form_round_trips() -> None:
    b = rich("Round trip")
    digest = Digest(
        channel_id="news",
        slot=NOW,
        stories=(
            DigestStory(Story(7, b, (1, 2), version=2, updated_at=NOW), is_update=True, changes=("More.",)),
            DigestStory(Story(8, thin("Other"), (3,))),
        ),
    )
    back = digest_from_dict(digest_to_dict(digest), digest_id=11)
    assert back.id == 11 and back.slot == NOW and back.channel_id == "news"
    assert [ds.story.id for ds in back.stories] == [7, 8]
    assert back.stories[0].story.briefing.figures == b.figures
    assert back.stories[0].changes == ("More.",) and back.stories[0].is_update
    assert back.stories[0].story.article_ids == (1, 2)


# ----------------------------------------------------------------------------------- rendering


def test_render_strips_terminal_escapes_and_forged_lines() -> None:
    hostile = Briefing(
        title="Evil \x1b[2J\x1b[31mheadline\nNEW ITEM: fake",
        summary=("Summary \x07with bell.",),
        actors=(Actor(name="Ms \x1b]0;pwned\x07 X", role="minister"),),
        sources=("Outlet\x1b[0m",),
    )
    text = render_digest(Digest("news", NOW, (DigestStory(Story(1, hostile, ())),)))
    assert "\x1b" not in text and "\x07" not in text
    assert "\nNEW ITEM" not in text
    assert "1. Evil [2J[31mheadline NEW ITEM: fake" in text
    assert "Key actors: Ms ]0;pwned X (minister)" in text


def test_render_compact_story_and_update_marker() -> None:
    b = rich("Ceasefire agreed")
    text = render_digest(
        Digest(
            "news",
            NOW,
            (
                DigestStory(Story(1, b, ()), is_update=True, changes=("Toll rose to 40.",)),
                DigestStory(Story(2, thin("Other"), ())),
            ),
        )
    )
    assert text.startswith("News digest for news")
    assert "2 stories (1 updated)" in text
    assert "1. [update] Ceasefire agreed" in text
    assert "What changed:" in text and "Toll rose to 40." in text
    assert "Key figures: 10: people; 20: people; 30: people" in text
    assert "Sources (2): Outlet A, Outlet B" in text
    assert "2. Other" in text
    assert "Actor 3" not in text  # at most three actors in the compact form


def test_render_empty_digest() -> None:
    assert "No new stories" in render_digest(Digest("news", NOW, ()))


# ----------------------------------------------------------------------------------- with the store


def channel(**fields: Any) -> ChannelConfig:
    """A console channel whose digest holds three stories at most."""
    return channel_config(**{"max_stories": 3, **fields})


def _seed(store: Store, feed: str, title: str, at: datetime, briefing: Briefing | None = None) -> int:
    aid = store.upsert_article(feed, title, f"https://example.org/{feed}/{title}", title, title * 30, now=at)[
        0
    ]
    return store.create_story(briefing or rich(title), [aid], now=at)


def test_build_digest_from_store_filters_feeds_and_updates(store: Store) -> None:
    t0 = NOW - timedelta(hours=6)
    s1 = _seed(store, "world", "Ceasefire", t0)
    s2 = _seed(store, "world", "Election", t0 + timedelta(minutes=1))
    s3 = _seed(store, "sport", "Cup final", t0 + timedelta(minutes=2))
    _seed(store, "world", "Ancient", NOW - timedelta(days=5))  # older than the first digest's lookback
    ch = channel(feeds=("world",))
    first = build_digest(store, ch, NOW, NOW)
    assert {ds.story.id for ds in first.stories} == {s1, s2}
    assert s3 not in {ds.story.id for ds in first.stories}
    store.create_digest(
        "news", NOW, [(ds.story.id, ds.story.version) for ds in first.stories], digest_to_dict(first), now=NOW
    )

    # an hour later: s1 got a second outlet; s2 unchanged
    later = NOW + timedelta(hours=1)
    aid = store.upsert_article(
        "world", "c2", "https://example.org/other/c2", "Ceasefire (2)", "x" * 300, now=later
    )[0]
    store.attach_to_story(
        s1, aid, rich("Ceasefire widens"), {"changes": ["A second outlet confirms."]}, now=later
    )
    second = build_digest(store, ch, later, later)
    assert [ds.story.id for ds in second.stories] == [s1]
    upd = second.stories[0]
    assert upd.is_update and upd.changes == ("A second outlet confirms.",) and upd.story.version == 2
    # another channel (no digest yet) naming no feeds gets all feeds
    assert {s1, s2, s3} == {
        ds.story.id for ds in build_digest(store, channel(id="all"), later, later).stories
    }
    # explicit feed ids win over the channel's own
    only_sport = build_digest(store, channel(id="other", feeds=("world",)), later, later, feed_ids=["sport"])
    assert [ds.story.id for ds in only_sport.stories] == [s3]


def test_dry_run_prints_and_writes_nothing(store: Store) -> None:
    _seed(store, "world", "Ceasefire", NOW - timedelta(hours=1))
    text = digest_dry_run(store, channel(), NOW)
    assert "1. Ceasefire" in text
    assert store.last_digest("news") is None


def test_describe_change_reads_what_cluster_diff_records() -> None:
    from newsbrief.summarizers.cluster import diff_briefings

    old = Briefing(title="Quake", summary=("A quake hit.",), sources=("Outlet A",))
    new = Briefing(
        title="Quake",
        summary=("A quake hit.",),
        figures=(Figure(value="40", context="dead", sentence="40 dead."),),
        actors=(Actor(name="Red Cross"),),
        sources=("Outlet A", "Outlet B"),
    )
    lines = describe_change(diff_briefings(old, new))
    assert "New figures: 40 dead" in lines
    assert "New actors: Red Cross" in lines
    assert "New sources: Outlet B" in lines


def test_render_sources_by_host_and_long_items_cut() -> None:
    b = Briefing(
        title="T",
        summary=("S.",),
        next_steps=(NextStep(text="word " * 100, sentence="s"),),
        sources=(
            "https://www.northern-wire.example/world/x?utm_source=rss",
            "https://northern-wire.example/y",
            "Local paper",
        ),
    )
    text = render_digest(Digest("news", NOW, (DigestStory(Story(1, b, ())),)))
    assert "Sources (3): northern-wire.example, Local paper" in text
    next_line = next(line for line in text.splitlines() if "Next:" in line)
    assert next_line.endswith("\u2026") and len(next_line) < 220


def test_story_articles_from_the_store(tmp_path: Path) -> None:
    from newsbrief.bot.digest import ArticleLink, story_with_articles

    now = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    with Store.open(f"sqlite:///{tmp_path / 'links.db'}") as store:
        a1 = store.upsert_article(
            "w", "g1", "https://one.example/a", "Dam opens", "Text one. " * 30, now=now
        )[0]
        a2 = store.upsert_article(
            "w", "g2", "https://two.example/b", "Dam opens late", "Text two. " * 30, now=now
        )[0]
        b = Briefing(title="Dam opens", summary=("The dam opened.",))
        sid = store.create_story(b, [a1, a2], now=now)
        record = store.get_story(sid)
        assert record is not None
        found = story_with_articles(store, sid)
        assert found is not None
        briefing, articles = found
        assert briefing.title == "Dam opens"
        assert sorted(a.url or "" for a in articles) == ["https://one.example/a", "https://two.example/b"]
        assert all(isinstance(a, ArticleLink) and a.title.startswith("Dam opens") for a in articles)
        # positive control of the None: an unknown story
        assert story_with_articles(store, sid + 100) is None
