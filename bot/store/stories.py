"""Stories: one event across outlets, its merged briefing, its versions and what changed in each."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from newsbrief.bot.store.base import Repository, chunks, utcnow
from newsbrief.bot.store.codec import CAPTIONS_KEY, SENTENCES_KEY, briefing_from_dict, briefing_to_dict
from newsbrief.bot.store.errors import NotStored
from newsbrief.bot.store.models import ArticleRow, DigestStoryRow, StoryChangeRow, StoryRow
from newsbrief.bot.store.records import StoryChange, StoryRecord
from newsbrief.summarizers.types import Briefing

logger = logging.getLogger(__name__)


class StoryRepository(Repository):
    """The ``stories`` and ``story_changes`` tables (and ``articles.story_id``)."""

    def create_story(
        self, briefing: Briefing, article_ids: Sequence[int], *, now: datetime | None = None
    ) -> int:
        """A new story (version 1) from its articles, which are attached to it; returns the story id."""
        now = now or utcnow()
        with self._write() as session:
            story = StoryRow(
                first_seen=now,
                updated_at=now,
                briefing=briefing_to_dict(briefing),
                headline=briefing.title,
                source_count=1,
                version=1,
            )
            session.add(story)
            session.flush()
            if article_ids:
                session.execute(
                    sa.update(ArticleRow)
                    .where(ArticleRow.id.in_(list(article_ids)))
                    .values(story_id=story.id)
                )
            story.source_count = _source_count(session, story.id)
            return story.id

    def attach_to_story(
        self,
        story_id: int,
        article_id: int,
        new_briefing: Briefing,
        changes: dict[str, Any],
        *,
        now: datetime | None = None,
        absorb: Sequence[int] = (),
    ) -> int:
        """Add an article to a story with the story's updated briefing and what changed; returns the version.

        The version goes up by one and ``changes`` is recorded under it (see :meth:`story_changes`),
        unless nothing happened: the article was already attached, the briefing is the same and
        ``changes`` is empty (a repeated call, e.g. after a crash, changes nothing).

        ``absorb``: other stories the article links to this one. In the same transaction their
        articles move to this story, their rows in digests point to it (at version 0, so the
        next digest shows the joined story as updated) and they are deleted.
        """
        now = now or utcnow()
        new_json = briefing_to_dict(new_briefing)
        with self._write() as session:
            story = session.get(StoryRow, story_id, with_for_update=True)
            if story is None:
                raise NotStored(f"no story {story_id}")
            article = session.get(ArticleRow, article_id)
            if article is None:
                raise NotStored(f"no article {article_id}")
            others = sorted({s for s in absorb if s != story_id})
            if article.story_id == story_id and story.briefing == new_json and not changes and not others:
                return story.version
            article.story_id = story_id
            session.flush()
            if others:
                self._absorb_stories(session, story_id, others)
            story.version += 1
            story.briefing = new_json
            story.headline = new_briefing.title
            story.updated_at = now
            story.source_count = _source_count(session, story_id)
            session.add(StoryChangeRow(story_id=story_id, version=story.version, at=now, what=dict(changes)))
            return story.version

    def _absorb_stories(self, session: Session, story_id: int, others: Sequence[int]) -> None:
        session.execute(
            sa.update(ArticleRow).where(ArticleRow.story_id.in_(others)).values(story_id=story_id)
        )
        shown = sa.select(DigestStoryRow.digest_id).where(DigestStoryRow.story_id == story_id)
        for other in others:  # one at a time: two absorbed stories may share a digest
            session.execute(
                sa.update(DigestStoryRow)
                .where(DigestStoryRow.story_id == other, DigestStoryRow.digest_id.not_in(shown))
                .values(story_id=story_id, story_version=0)
                .execution_options(synchronize_session=False)
            )
        session.execute(sa.delete(DigestStoryRow).where(DigestStoryRow.story_id.in_(others)))
        session.execute(sa.delete(StoryChangeRow).where(StoryChangeRow.story_id.in_(others)))
        session.execute(sa.delete(StoryRow).where(StoryRow.id.in_(others)))
        logger.info("story %s absorbs stories %s", story_id, list(others))

    def get_story(self, story_id: int) -> StoryRecord | None:
        found = self.get_stories([story_id])
        return found[0] if found else None

    def get_stories(self, story_ids: Iterable[int]) -> list[StoryRecord]:
        """Stories by id, in the order given; unknown ids are left out. Two queries per
        :data:`~newsbrief.bot.store.base.IN_CHUNK` ids, whatever their number."""
        ids = list(dict.fromkeys(story_ids))
        if not ids:
            return []
        with self._read() as session:
            rows: dict[int, StoryRow] = {}
            for chunk in chunks(ids):
                rows.update(
                    (r.id, r) for r in session.scalars(sa.select(StoryRow).where(StoryRow.id.in_(chunk)))
                )
            members = _story_members(session, list(rows))
        return [
            _story_record(
                story.id,
                briefing_from_dict(story.briefing),
                story.headline,
                story.source_count,
                story.version,
                story.first_seen,
                story.updated_at,
                members.get(story.id, []),
            )
            for story in (rows[i] for i in ids if i in rows)
        ]

    def recent_stories(
        self,
        since: datetime,
        feed_ids: Iterable[str] | None = None,
        limit: int = 200,
        *,
        with_sentences: bool = True,
    ) -> list[StoryRecord]:
        """Stories created or updated at or after ``since``, newest update first; with ``feed_ids``,
        only stories with at least one article from those feeds.

        ``with_sentences=False`` returns briefings without their ``sentences`` and ``captions`` (left
        empty): the database drops them from the stored JSON before it is sent, so the read costs a
        fraction (digests rank and render the rest; clustering, which compares texts, and answers,
        which read both, need them).
        """
        briefing_col: Any = StoryRow.briefing
        if not with_sentences:
            briefing_col = self._without_sentences(StoryRow.briefing)
        query = sa.select(
            StoryRow.id,
            briefing_col.label("briefing"),
            StoryRow.headline,
            StoryRow.source_count,
            StoryRow.version,
            StoryRow.first_seen,
            StoryRow.updated_at,
        ).where(StoryRow.updated_at >= since)
        if feed_ids is not None:
            in_feeds = sa.select(ArticleRow.id).where(
                ArticleRow.story_id == StoryRow.id, ArticleRow.feed_id.in_(list(feed_ids))
            )
            query = query.where(in_feeds.exists())
        query = query.order_by(StoryRow.updated_at.desc(), StoryRow.id.desc()).limit(limit)
        # the members of exactly those stories, in the same transaction, in one query
        picked = query.with_only_columns(StoryRow.id).scalar_subquery()
        members_query = (
            sa.select(ArticleRow.story_id, ArticleRow.id, ArticleRow.feed_id)
            .where(ArticleRow.story_id.in_(picked))
            .order_by(ArticleRow.id)
        )
        with self._read() as session:
            conn = session.connection()  # plain Core rows: no ORM layer per row
            rows = conn.execute(query).all()
            members: dict[int, list[tuple[int, str | None]]] = {}
            if rows:
                for story_id, article_id, feed_id in conn.execute(members_query):
                    if story_id is not None:
                        members.setdefault(story_id, []).append((article_id, feed_id))
        return [
            _story_record(
                r.id,
                briefing_from_dict(r.briefing, with_sentences=with_sentences),
                r.headline,
                r.source_count,
                r.version,
                r.first_seen,
                r.updated_at,
                members.get(r.id, []),
            )
            for r in rows
        ]

    def _without_sentences(self, column: Any) -> sa.ColumnElement[Any]:
        """The stored briefing JSON minus its ``sentences`` and ``captions``, removed by the database."""
        if self.dialect == "postgresql":
            as_jsonb = sa.cast(column, postgresql.JSONB)
            without = as_jsonb.op("-", return_type=postgresql.JSONB)(sa.literal(SENTENCES_KEY))
            return without.op("-", return_type=postgresql.JSONB)(sa.literal(CAPTIONS_KEY))
        return sa.func.json_remove(column, f"$.{SENTENCES_KEY}", f"$.{CAPTIONS_KEY}", type_=sa.JSON)

    def story_changes(self, story_id: int, after_version: int = 0) -> list[StoryChange]:
        """What changed in a story after ``after_version`` (e.g. the version last shown in a digest), oldest first."""
        return self.story_changes_since({story_id: after_version}).get(story_id, [])

    def story_changes_since(self, after_versions: Mapping[int, int]) -> dict[int, list[StoryChange]]:
        """:meth:`story_changes` for several stories at once (story id -> version after which to
        look), in one query per :data:`~newsbrief.bot.store.base.IN_CHUNK` stories; stories without changes
        are left out."""
        out: dict[int, list[StoryChange]] = {}
        ids = sorted(after_versions)
        with self._read() as session:
            for chunk in chunks(ids):
                query = (
                    sa.select(StoryChangeRow)
                    .where(StoryChangeRow.story_id.in_(chunk))
                    .order_by(StoryChangeRow.story_id, StoryChangeRow.version)
                )
                for r in session.scalars(query):
                    if r.version > after_versions[r.story_id]:
                        out.setdefault(r.story_id, []).append(
                            StoryChange(r.story_id, r.version, r.at, dict(r.what))
                        )
        return out


def _source_count(session: Session, story_id: int) -> int:
    source = sa.func.coalesce(
        ArticleRow.source, ArticleRow.feed_id, ArticleRow.canonical_url, sa.cast(ArticleRow.id, sa.Text)
    )
    count = session.scalar(
        sa.select(sa.func.count(sa.distinct(source))).where(ArticleRow.story_id == story_id)
    )
    return max(int(count or 0), 1)


def _story_members(session: Session, story_ids: list[int]) -> dict[int, list[tuple[int, str | None]]]:
    members: dict[int, list[tuple[int, str | None]]] = {}
    if not story_ids:
        return members
    for chunk in chunks(story_ids):
        query = (
            sa.select(ArticleRow.story_id, ArticleRow.id, ArticleRow.feed_id)
            .where(ArticleRow.story_id.in_(chunk))
            .order_by(ArticleRow.id)
        )
        for story_id, article_id, feed_id in session.execute(query).all():
            if story_id is not None:
                members.setdefault(story_id, []).append((article_id, feed_id))
    return members


def _story_record(
    story_id: int,
    briefing: Briefing,
    headline: str,
    source_count: int,
    version: int,
    first_seen: datetime,
    updated_at: datetime,
    members: list[tuple[int, str | None]],
) -> StoryRecord:
    feed_ids = tuple(dict.fromkeys(f for _, f in members if f is not None))
    return StoryRecord(
        id=story_id,
        briefing=briefing,
        headline=headline,
        source_count=source_count,
        version=version,
        first_seen=first_seen,
        updated_at=updated_at,
        article_ids=tuple(a for a, _ in members),
        feed_ids=feed_ids,
    )
