"""The file stage: a briefed article joins its story, or starts one.

A story is a connected group of same-story article pairs (``newsbrief.summarizers.cluster.linked``, a
property of the pair alone), so the stories do not depend on the order articles arrive in: an
article joins the story of every recent article it tells the same story as, and one that links
two stories joins them into the older one (in the same transaction as its own filing). Only
stories sharing an actor or figure with the article are looked at (``StoryIndex``); their
articles are compared one by one. A batch is filed oldest first, and an update's "what changed"
is computed against the story as it stood at the update's publication time
(``newsbrief.summarizers.cluster.update_changes``).

Recent stories are kept in memory (read from the store once per process, their articles on
first use); decisions are taken one at a time. Briefed articles left in no story by a process
that died between saving briefings and filing them are filed by :meth:`StoryFiler.file_backlog`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsbrief.bot.ingest.context import IngestContext, Pending, aware, utc
from newsbrief.bot.ingest.reports import FeedReport, Timings
from newsbrief.bot.store import StoryRecord, parse_article_id
from newsbrief.summarizers.cluster import (
    DEFAULT_WINDOW,
    StoryFeatures,
    StoryIndex,
    linked,
    merge_briefings,
    story_key_features,
    update_changes,
)
from newsbrief.summarizers.types import Briefing

logger = logging.getLogger(__name__)

BACKLOG_BATCH = 200
"""Briefed articles in no story read at a time by :meth:`StoryFiler.file_backlog`."""


@dataclass(frozen=True)
class Member:
    """One article of a story, as clustering compares it: its own briefing and features, and its
    time (published, else stored)."""

    article_id: int
    briefing: Briefing
    features: StoryFeatures
    when: datetime | None


@dataclass
class StoryState:
    briefing: Briefing
    members: list[Member] | None  # None: not read from the store yet
    when: datetime
    features: StoryFeatures | None = None


class StoryFiler:
    """Files briefed articles into stories (see the module docstring); one per process."""

    def __init__(self, ctx: IngestContext, story_window: timedelta = DEFAULT_WINDOW) -> None:
        self.ctx = ctx
        self.story_window = story_window
        self._lock = asyncio.Lock()
        self._stories: dict[int, StoryState] = {}
        self._index = StoryIndex()
        self._loaded_at: datetime | None = None

    async def file_all(
        self,
        briefed: Sequence[tuple[Pending, Briefing]],
        now: datetime,
        report: FeedReport | None,
        timings: Timings,
    ) -> None:
        """File a batch, oldest first: a feed lists its newest first, and each article's "what
        changed" is against the reports published before it, so they must be filed before it."""
        for item, briefing in sorted(briefed, key=lambda pair: aware(pair[0].article.published) or now):
            created, updated = await self.file(
                parse_article_id(item.article.id), item, briefing, now, timings
            )
            if report is not None:
                report.stories_created += created
                report.stories_updated += updated

    async def load(self, now: datetime, timings: Timings) -> None:
        """Recent stories into memory (once per process; later ones are added as they are made)."""
        if self._loaded_at is not None:
            self._forget_old_stories(now)
            return
        records = await self.ctx.db(
            timings, self.ctx.store.recent_stories, now - 2 * self.story_window, None, 1000
        )
        ids = [a for r in records for a in r.article_ids]
        articles = {a.id: a for a in await self.ctx.db(timings, self.ctx.store.get_articles, ids)}
        with self.ctx.timed("cluster", timings):
            for record in records:
                times = [articles[a].published_at for a in record.article_ids if a in articles]
                when = max((utc(t) for t in times if t is not None), default=utc(record.updated_at))
                self._remember(record.id, StoryState(record.briefing, None, when))
        self._loaded_at = now

    def _remember(self, story_id: int, state: StoryState) -> None:
        state.features = story_key_features(state.briefing)
        self._stories[story_id] = state
        self._index.add(story_id, state.features, [m.features for m in state.members or ()])

    def _forget_old_stories(self, now: datetime) -> None:
        horizon = now - 2 * self.story_window
        for story_id in [s for s, st in self._stories.items() if st.when < horizon]:
            del self._stories[story_id]
            self._index.remove(story_id)

    async def _members(self, story_id: int, state: StoryState, timings: Timings) -> list[Member]:
        """The story's articles with their briefings, features and times (read once, then kept)."""
        if state.members is not None:
            return state.members
        record: StoryRecord | None = await self.ctx.db(timings, self.ctx.store.get_story, story_id)
        ids = list(record.article_ids) if record else []
        articles = {a.id: a for a in await self.ctx.db(timings, self.ctx.store.get_articles, ids)}
        members: list[Member] = []
        for article_id in ids:
            got = await self.ctx.db(timings, self.ctx.store.get_briefing, article_id)
            if got is None:
                continue
            stored = articles.get(article_id)
            when = aware(stored.published_at) or aware(stored.fetched_at) if stored else None
            with self.ctx.timed("cluster", timings):
                members.append(Member(article_id, got, story_key_features(got), when))
        state.members = members
        if state.features is not None and self._stories.get(story_id) is state:
            self._index.add(story_id, state.features, [m.features for m in members])
        return members

    async def file(
        self, article_id: int, item: Pending, briefing: Briefing, now: datetime, timings: Timings
    ) -> tuple[int, int]:
        """Attach to the story of every article it tells the same story as, or start one; returns
        (created, updated) counts.

        A story is a connected group of same-story article pairs (``newsbrief.summarizers.cluster.linked``,
        a property of the pair alone), so the stories do not depend on the order articles arrive
        in: an article that links two stories joins them into the older one (in the same
        transaction as its own filing). Only stories sharing an actor or figure with the article
        are looked at (``StoryIndex``); their articles are compared one by one.
        """
        when = aware(item.article.published) or now
        async with self._lock:  # one decision at a time, or two outlets could start twin stories
            current: int | None = None
            if not item.created:  # a changed article, or one from the backlog, may have a story already
                record = await self.ctx.db(timings, self.ctx.store.get_article, article_id)
                current = record.story_id if record is not None else None
            with self.ctx.timed("cluster", timings):
                mine = story_key_features(briefing)
            targets: list[int] = []
            if current is not None and current in self._stories:
                targets = [current]
            else:
                for sid in sorted(self._index.candidates(mine)):
                    members = await self._members(sid, self._stories[sid], timings)
                    with self.ctx.timed("cluster", timings):
                        if any(
                            m.article_id != article_id
                            and linked(mine, m.features, when, m.when, self.story_window)
                            for m in members
                        ):
                            targets.append(sid)
            me = Member(article_id, briefing, mine, when)
            if not targets:
                if current is not None:  # in a story that is no longer recent: leave it there
                    return 0, 0
                new_id = await self.ctx.db(
                    timings, self.ctx.store.create_story, briefing, [article_id], now=now
                )
                with self.ctx.timed("cluster", timings):
                    self._remember(new_id, StoryState(briefing, [me], when))
                logger.debug("article %s starts story %s", article_id, new_id)
                return 1, 0
            story_id, absorbed = targets[0], targets[1:]
            others: list[Member] = []
            for sid in targets:
                others.extend(
                    m
                    for m in await self._members(sid, self._stories[sid], timings)
                    if m.article_id != article_id
                )
            members = sorted([*others, me], key=_member_order)
            with self.ctx.timed("cluster", timings):
                merged = merge_briefings([m.briefing for m in members])
                # what it adds to the story as it stood when it was published, not in feed order
                # (nothing when filing it again changes nothing, e.g. after a crash)
                changes = (
                    {}
                    if merged == self._stories[story_id].briefing
                    else update_changes(
                        [(m.briefing, m.when) for m in members if m is not me], briefing, when
                    )
                )
            await self.ctx.db(
                timings,
                self.ctx.store.attach_to_story,
                story_id,
                article_id,
                merged,
                changes,
                now=now,
                absorb=absorbed,
            )
            latest = max([when, *(self._stories[sid].when for sid in targets)])
            with self.ctx.timed("cluster", timings):
                for sid in absorbed:
                    del self._stories[sid]
                    self._index.remove(sid)
                self._remember(story_id, StoryState(merged, members, latest))
            logger.debug(
                "article %s joins story %s%s (%s)",
                article_id,
                story_id,
                f", which absorbs {absorbed}" if absorbed else "",
                ", ".join(changes) or "no news",
            )
            return 0, 1

    async def file_backlog(self, now: datetime, timings: Timings) -> int:
        """File briefed articles that are in no story (a process died between saving a batch of
        briefings and filing them); returns how many were filed."""
        filed = 0
        while True:
            waiting = await self.ctx.db(timings, self.ctx.store.briefed_articles_without_story, BACKLOG_BATCH)
            progress = 0
            for record, briefing in waiting:
                try:
                    created, updated = await self.file(
                        record.id, Pending(record.to_article(), False), briefing, now, timings
                    )
                except Exception:  # one article must not stop the pass; it stays in the backlog
                    logger.exception("article %s: filing from the backlog failed", record.id)
                    continue
                progress += created + updated
            filed += progress
            if len(waiting) < BACKLOG_BATCH or not progress:
                return filed


def _member_order(member: Member) -> tuple[bool, datetime, int]:
    """Oldest first (by time, then id): a story's merged briefing does not depend on arrival order."""
    return (member.when is None, member.when or datetime.min.replace(tzinfo=UTC), member.article_id)
