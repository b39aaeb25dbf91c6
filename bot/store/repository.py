"""The store: every read and write the bot makes to its database, as plain data in and out.

The API is synchronous (SQLAlchemy's blocking engine). Async code calls it through
``await asyncio.to_thread(store.method, ...)``; one :class:`Store` is shared by all threads (each
call opens its own short session from the engine's pool). Every method is one transaction.

Writes are idempotent and safe against concurrent writers, including other processes on the same
PostgreSQL database: uniqueness lives in constraints (``INSERT .. ON CONFLICT DO NOTHING``), and a
write that loses a race is retried and then finds the winner's row.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.retry_policy import BACKOFF_BASE, BACKOFF_MAX, RetryPolicy
from bot.store.codec import SENTENCES_KEY, briefing_from_dict, briefing_to_dict
from bot.store.engine import WRITE_OPTIONS, create_store_engine
from bot.store.leader import LeaderLock
from bot.store.migrate import upgrade
from bot.store.models import (
    ArticleRow,
    ArticleSentence,
    BriefingRow,
    ChannelOverride,
    DeliveryRow,
    DigestRow,
    DigestStoryRow,
    Feed,
    KeyValue,
    LeaderEpoch,
    ProcessedEvent,
    StoryChangeRow,
    StoryRow,
)
from bot.store.records import (
    ArticleRecord,
    DeliveryRecord,
    DigestRecord,
    DigestResult,
    FeedHealth,
    SentenceHit,
    StoryChange,
    StoryRecord,
    UpsertResult,
)
from bot.store.search import fts5_query, tsquery_text
from bot.store.urls import canonical_url, content_hash, normalize_text
from summarizers.types import Briefing

logger = logging.getLogger(__name__)

# Texts shorter than this are not deduplicated by hash: many feeds carry the same one-line teaser.
MIN_HASH_DEDUPE_CHARS = 200
_RACE_RETRIES = 3
_IN_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's bound-parameter limits


class ArticleEntry(NamedTuple):
    """One article for :meth:`Store.upsert_articles`: the arguments of :meth:`Store.upsert_article`
    that differ between the entries of one feed."""

    guid: str | None
    url: str | None
    title: str
    text: str
    published_at: datetime | None = None


def utcnow() -> datetime:
    return datetime.now(UTC)


class Store:
    """The bot's database (SQLite or PostgreSQL). Create with :meth:`open`; close with :meth:`close`."""

    def __init__(self, engine: sa.Engine) -> None:
        """Wraps an engine whose schema is already at head; use :meth:`open` instead."""
        self._engine = engine
        self._write_engine = engine.execution_options(**WRITE_OPTIONS)
        self.dialect = engine.dialect.name

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url`` and bring the schema to the newest migration (Alembic ``upgrade head``).

        ``sqlite:///path/file.db`` (folder created if missing), ``sqlite://`` (memory, one connection)
        or ``postgresql://user@host/db`` (psycopg 3). Safe to call from several processes at once:
        on PostgreSQL the upgrade holds an advisory lock, on SQLite an immediate transaction.
        """
        engine = create_store_engine(url)
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        logger.info("store open: %s", engine.url.render_as_string(hide_password=True))
        return cls(engine)

    def close(self) -> None:
        self._engine.dispose()

    def leader_lock(self, name: str = "scheduler") -> LeaderLock:
        """A lock only one process holds at a time (PostgreSQL advisory lock; always granted on SQLite).

        Call ``try_acquire()`` periodically from the one task that wants leadership, ``check()``
        to learn if it was lost, ``release()`` on shutdown.
        """
        return LeaderLock(self._engine, name)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _insert(self, table: Any) -> Any:
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    # ------------------------------------------------------------------ articles

    def upsert_article(
        self,
        feed_id: str | None,
        guid: str | None,
        url: str | None,
        title: str,
        text: str,
        published_at: datetime | None = None,
        source: str | None = None,
        *,
        now: datetime | None = None,
    ) -> UpsertResult:
        """Store an article once, however often it is seen.

        Looks for an existing row by (feed_id, guid), then by canonical URL, then by content hash
        (texts of at least :data:`MIN_HASH_DEDUPE_CHARS` characters). A row found by guid, or by URL
        from the same feed, is that entry updated: a different title or text is written to the row
        and ``changed`` is True. A row found via another feed or by hash is a duplicate: untouched.
        """
        now = now or utcnow()
        canon = canonical_url(url) if url else None
        digest = content_hash(text)
        for attempt in range(_RACE_RETRIES):
            try:
                with self._write() as session:
                    return self._upsert_article(
                        session, feed_id, guid, url, canon, digest, title, text, published_at, source, now
                    )
            except IntegrityError:
                if attempt == _RACE_RETRIES - 1:
                    raise
                logger.debug("article insert raced another writer (%s, %s); retrying", feed_id, guid)
        raise AssertionError("unreachable")

    def upsert_articles(
        self,
        feed_id: str | None,
        entries: Sequence[ArticleEntry],
        source: str | None = None,
        *,
        now: datetime | None = None,
    ) -> list[UpsertResult]:
        """:meth:`upsert_article` for each of ``entries`` (one feed's), in order, in one transaction:
        the same deduplication (an entry also matches one stored earlier in the same call) and the
        same results, with one commit for the lot. All or nothing: on an error none is stored."""
        now = now or utcnow()
        prepared = [(e, canonical_url(e.url) if e.url else None, content_hash(e.text)) for e in entries]
        if not prepared:
            return []
        for attempt in range(_RACE_RETRIES):
            try:
                with self._write() as session:
                    return [
                        self._upsert_article(
                            session,
                            feed_id,
                            e.guid,
                            e.url,
                            canon,
                            digest,
                            e.title,
                            e.text,
                            e.published_at,
                            source,
                            now,
                        )
                        for e, canon, digest in prepared
                    ]
            except IntegrityError:
                if attempt == _RACE_RETRIES - 1:
                    raise
                logger.debug("article batch insert raced another writer (%s); retrying", feed_id)
        raise AssertionError("unreachable")

    def _upsert_article(
        self,
        session: Session,
        feed_id: str | None,
        guid: str | None,
        url: str | None,
        canon: str | None,
        digest: str,
        title: str,
        text: str,
        published_at: datetime | None,
        source: str | None,
        now: datetime,
    ) -> UpsertResult:
        row: ArticleRow | None = None
        updatable = False
        if guid:
            row = session.scalars(
                sa.select(ArticleRow).where(_eq_or_null(ArticleRow.feed_id, feed_id), ArticleRow.guid == guid)
            ).first()
            updatable = row is not None
        if row is None and canon:
            row = session.scalars(sa.select(ArticleRow).where(ArticleRow.canonical_url == canon)).first()
            updatable = row is not None and row.feed_id == feed_id
        if row is None and len(normalize_text(text)) >= MIN_HASH_DEDUPE_CHARS:
            row = session.scalars(
                sa.select(ArticleRow)
                .where(ArticleRow.content_hash == digest)
                .order_by(ArticleRow.id)
                .limit(1)
            ).first()
        if row is None:
            row = ArticleRow(
                feed_id=feed_id,
                guid=guid or None,
                url=url,
                canonical_url=canon,
                content_hash=digest,
                title=title,
                source=source,
                published_at=published_at,
                fetched_at=now,
                updated_at=now,
                text=text,
            )
            session.add(row)
            session.flush()
            return UpsertResult(row.id, True, False)
        if not updatable:
            return UpsertResult(row.id, False, False)
        if guid and row.guid is None:
            row.guid = guid
        changed = row.content_hash != digest or row.title != title
        if changed:
            row.title = title
            row.text = text
            row.content_hash = digest
            row.updated_at = now
            if published_at is not None:
                row.published_at = published_at
        if url and canon != row.canonical_url:
            taken = session.scalar(sa.select(ArticleRow.id).where(ArticleRow.canonical_url == canon))
            if taken is None:
                row.url = url
                row.canonical_url = canon
        if source and not row.source:
            row.source = source
        return UpsertResult(row.id, False, changed)

    def get_article(self, article_id: int) -> ArticleRecord | None:
        with self._read() as session:
            row = session.get(ArticleRow, article_id)
            return _article_record(row) if row else None

    def get_articles(self, article_ids: Iterable[int]) -> list[ArticleRecord]:
        """Articles by id, in the order given; unknown ids are left out."""
        ids = list(article_ids)
        if not ids:
            return []
        rows: dict[int, ArticleRow] = {}
        with self._read() as session:
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                rows.update(
                    (r.id, r) for r in session.scalars(sa.select(ArticleRow).where(ArticleRow.id.in_(chunk)))
                )
        return [_article_record(rows[i]) for i in ids if i in rows]

    def recent_articles(
        self, since: datetime, limit: int = 500, feed_ids: Iterable[str] | None = None
    ) -> list[ArticleRecord]:
        """Articles published (or, lacking a date, fetched) at or after ``since``, newest first."""
        when = sa.func.coalesce(ArticleRow.published_at, ArticleRow.fetched_at)
        query = (
            sa.select(ArticleRow)
            .where(when >= since)
            .order_by(when.desc(), ArticleRow.id.desc())
            .limit(limit)
        )
        if feed_ids is not None:
            query = query.where(ArticleRow.feed_id.in_(list(feed_ids)))
        with self._read() as session:
            return [_article_record(r) for r in session.scalars(query)]

    # ------------------------------------------------------------------ briefings

    def save_briefing(
        self, article_id: int, briefing: Briefing, model_version: str = "", *, now: datetime | None = None
    ) -> None:
        """Store (or replace) the briefing of one article, stamped ``now``: it is fresh until the article changes."""
        with self._write() as session:
            self._save_briefing(session, article_id, briefing, model_version, now or utcnow())

    def save_briefings(
        self,
        briefings: Sequence[tuple[int, Briefing]],
        model_version: str = "",
        *,
        now: datetime | None = None,
    ) -> None:
        """Store (or replace) the briefings of several articles and index their sentences, all in
        one transaction: the same rows as :meth:`save_briefing` plus :meth:`index_sentences` for
        each ``(article_id, briefing)``, with one commit instead of two per article. An article
        given twice keeps its last briefing."""
        latest = dict(briefings)  # an article given twice keeps its last briefing
        if not latest:
            return
        now = now or utcnow()
        with self._write() as session:
            for article_id, briefing in latest.items():
                self._save_briefing(session, article_id, briefing, model_version, now)
            self._index_sentences(session, [(a, b.sentences) for a, b in latest.items()])

    def _save_briefing(
        self, session: Session, article_id: int, briefing: Briefing, model_version: str, now: datetime
    ) -> None:
        values = {
            "article_id": article_id,
            "briefing": briefing_to_dict(briefing),
            "model_version": model_version,
            "created_at": now,
        }
        stmt = self._insert(BriefingRow).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[BriefingRow.article_id],
            set_={k: stmt.excluded[k] for k in ("briefing", "model_version", "created_at")},
        )
        session.execute(stmt)

    def get_briefing(self, article_id: int) -> Briefing | None:
        with self._read() as session:
            data = session.scalar(sa.select(BriefingRow.briefing).where(BriefingRow.article_id == article_id))
        return briefing_from_dict(data) if data is not None else None

    def articles_without_briefing(self, limit: int = 100) -> list[ArticleRecord]:
        """Articles with no briefing, or whose text changed after their briefing was made; oldest first."""
        query = (
            sa.select(ArticleRow)
            .outerjoin(BriefingRow, BriefingRow.article_id == ArticleRow.id)
            .where(sa.or_(BriefingRow.article_id.is_(None), ArticleRow.updated_at > BriefingRow.created_at))
            .order_by(ArticleRow.id)
            .limit(limit)
        )
        with self._read() as session:
            return [_article_record(r) for r in session.scalars(query)]

    def briefed_articles_without_story(self, limit: int = 100) -> list[tuple[ArticleRecord, Briefing]]:
        """Articles with an up-to-date briefing that are in no story, oldest first, with that briefing.

        Briefings are saved in one transaction and filed into stories after it; a process that dies
        in between leaves such articles, which the poller files at the start and end of every pass.
        """
        query = (
            sa.select(ArticleRow, BriefingRow.briefing)
            .join(BriefingRow, BriefingRow.article_id == ArticleRow.id)
            .where(ArticleRow.story_id.is_(None), ArticleRow.updated_at <= BriefingRow.created_at)
            .order_by(ArticleRow.id)
            .limit(limit)
        )
        with self._read() as session:
            rows = session.execute(query).all()
            return [(_article_record(row), briefing_from_dict(data)) for row, data in rows]

    # ------------------------------------------------------------------ full-text search

    def index_sentences(self, article_id: int, sentences: Sequence[str]) -> None:
        """Make an article's sentences searchable, replacing any indexed before (so re-indexing is safe)."""
        with self._write() as session:
            self._index_sentences(session, [(article_id, sentences)])

    def _index_sentences(self, session: Session, articles: Sequence[tuple[int, Sequence[str]]]) -> None:
        ids = [article_id for article_id, _ in articles]
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            session.execute(sa.delete(ArticleSentence).where(ArticleSentence.article_id.in_(chunk)))
        rows = [
            {"article_id": article_id, "position": i, "sentence": s}
            for article_id, sentences in articles
            for i, s in enumerate(sentences)
            if s.strip()
        ]
        if rows:
            session.execute(sa.insert(ArticleSentence), rows)

    def search_sentences(
        self,
        query: str,
        limit: int = 20,
        since: datetime | None = None,
        feed_ids: Iterable[str] | None = None,
        article_ids: Iterable[int] | None = None,
    ) -> list[SentenceHit]:
        """Sentences matching the words of ``query``, best first, through the full-text index.

        ``query`` is free user text: it is reduced to plain words (see ``bot.store.search``), so no
        input can break the query syntax. ``since`` filters on the article's published (else
        fetched) time; ``feed_ids`` and ``article_ids`` restrict to those feeds / articles.
        """
        when = sa.func.coalesce(ArticleRow.published_at, ArticleRow.fetched_at)
        if self.dialect == "sqlite":
            match = fts5_query(query)
            if match is None:
                return []
            fts = sa.table("article_sentences_fts", sa.column("rowid"))
            score: sa.ColumnElement[float] = sa.literal_column("bm25(article_sentences_fts)", sa.Float)
            stmt = (
                sa.select(
                    ArticleSentence.article_id,
                    ArticleSentence.sentence,
                    ArticleSentence.position,
                    (-score).label("rank"),
                    ArticleRow.title,
                    ArticleRow.url,
                    ArticleRow.source,
                    ArticleRow.published_at,
                )
                .select_from(fts)
                .join(ArticleSentence, ArticleSentence.id == fts.c.rowid)
                .join(ArticleRow, ArticleRow.id == ArticleSentence.article_id)
                .where(sa.text("article_sentences_fts MATCH :match").bindparams(match=match))
                .order_by(score, ArticleSentence.id)
            )
        else:
            terms = tsquery_text(query)
            if terms is None:
                return []
            tsq = sa.func.to_tsquery(sa.literal_column("'english'::regconfig"), sa.bindparam("terms", terms))
            tsv: sa.ColumnElement[Any] = sa.literal_column("article_sentences.tsv")
            # ts_rank, not ts_rank_cd: a question's words can match a sixth of all sentences, and
            # cover density costs ~5x more per matching row (p95 of a search over 10,000 articles
            # 111 -> 71 ms in benchmarks/bench_answer.py) for no better order within one sentence
            rank = sa.func.ts_rank(tsv, tsq)
            stmt = (
                sa.select(
                    ArticleSentence.article_id,
                    ArticleSentence.sentence,
                    ArticleSentence.position,
                    rank.label("rank"),
                    ArticleRow.title,
                    ArticleRow.url,
                    ArticleRow.source,
                    ArticleRow.published_at,
                )
                .join(ArticleRow, ArticleRow.id == ArticleSentence.article_id)
                .where(tsv.op("@@")(tsq))
                .order_by(rank.desc(), ArticleSentence.id)
            )
        if since is not None:
            stmt = stmt.where(when >= since)
        if feed_ids is not None:
            stmt = stmt.where(ArticleRow.feed_id.in_(list(feed_ids)))
        if article_ids is not None:
            stmt = stmt.where(ArticleRow.id.in_(list(article_ids)))
        stmt = stmt.limit(limit)
        with self._read() as session:
            rows = session.execute(stmt).all()
        return [
            SentenceHit(
                article_id=r.article_id,
                sentence=r.sentence,
                rank=float(r.rank),
                title=r.title,
                url=r.url,
                source=r.source,
                position=r.position,
                published_at=r.published_at,
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ feeds

    def upsert_feed(self, feed_id: str, url: str, name: str, *, now: datetime | None = None) -> None:
        """Register a configured feed, or refresh its name.

        The stored ``url`` may have moved on (a 301 rewrites it); it is reset only when the
        configuration's URL itself changes, which also clears the validators, the failure count and
        any disabling, since the new URL deserves a fresh start.
        """
        now = now or utcnow()
        with self._write() as session:
            feed = session.get(Feed, feed_id)
            if feed is None:
                stmt = self._insert(Feed).values(
                    id=feed_id,
                    url=url,
                    config_url=url,
                    name=name,
                    consecutive_failures=0,
                    disabled=False,
                    updated_at=now,
                )
                session.execute(stmt.on_conflict_do_nothing(index_elements=[Feed.id]))
                return
            feed.name = name
            if feed.config_url != url:
                logger.info("feed %s: configured URL changed to %s", feed_id, url)
                feed.url = feed.config_url = url
                feed.etag = feed.last_modified = None
                feed.consecutive_failures = 0
                feed.disabled = False
                feed.disabled_reason = None
                feed.disabled_at = None
                feed.next_poll_at = None
                feed.next_poll_reason = None
                feed.failing_since = None
            feed.updated_at = now

    def record_fetch_success(
        self,
        feed_id: str,
        etag: str | None,
        last_modified: str | None,
        new_url: str | None = None,
        *,
        now: datetime | None = None,
    ) -> None:
        """A fetch worked (200 or 304): store the validators, reset failures, and follow a permanent redirect.

        A validator given as None keeps the stored one (a 304 need not repeat its ETag; a stale
        validator costs at most one full fetch).
        """
        now = now or utcnow()
        with self._write() as session:
            feed = _feed(session, feed_id)
            if etag is not None:
                feed.etag = etag
            if last_modified is not None:
                feed.last_modified = last_modified
            if new_url and new_url != feed.url:
                logger.info("feed %s moved permanently: %s -> %s", feed_id, feed.url, new_url)
                feed.url = new_url
            feed.last_success_at = now
            feed.consecutive_failures = 0
            feed.failing_since = None
            feed.next_poll_at = None
            feed.next_poll_reason = None
            feed.updated_at = now

    def record_fetch_failure(
        self,
        feed_id: str,
        error: str,
        retry_after: timedelta | None = None,
        *,
        now: datetime | None = None,
        base: timedelta = BACKOFF_BASE,
        cap: timedelta = BACKOFF_MAX,
    ) -> datetime:
        """Count a failed fetch and return when the feed may be polled again.

        The wait follows :class:`bot.retry_policy.RetryPolicy`: it doubles with each consecutive
        failure (``base``, 2x, 4x, ... up to ``cap``); a server's ``Retry-After`` is honoured when
        it asks for longer (up to a week). The reason is stored beside the time.
        """
        now = now or utcnow()
        with self._write() as session:
            feed = _feed(session, feed_id)
            feed.consecutive_failures += 1
            feed.last_error = error[:2000]
            feed.last_error_at = now
            if feed.failing_since is None:
                feed.failing_since = now
            attempt = RetryPolicy(base, cap).after_failure(feed.consecutive_failures, now, retry_after)
            assert attempt.at is not None
            feed.next_poll_at = attempt.at
            feed.next_poll_reason = attempt.reason
            feed.updated_at = now
            logger.info(
                "feed %s failed %d time(s) in a row (%s); next poll in %s (%s)",
                feed_id,
                feed.consecutive_failures,
                error,
                attempt.at - now,
                attempt.reason,
            )
            return attempt.at

    def disable_feed(self, feed_id: str, reason: str, *, now: datetime | None = None) -> None:
        """Stop polling a feed (e.g. 410 Gone) until its configured URL changes."""
        with self._write() as session:
            feed = _feed(session, feed_id)
            feed.disabled = True
            feed.disabled_reason = reason
            feed.updated_at = now or utcnow()
            if feed.disabled_at is None:
                feed.disabled_at = feed.updated_at
        logger.warning("feed %s disabled: %s", feed_id, reason)

    def get_feed(self, feed_id: str) -> FeedHealth | None:
        with self._read() as session:
            feed = session.get(Feed, feed_id)
            return _feed_record(feed) if feed else None

    def list_feeds(self) -> list[FeedHealth]:
        """All feeds ever registered (including disabled ones and ones since removed from the config), by id."""
        with self._read() as session:
            return [_feed_record(f) for f in session.scalars(sa.select(Feed).order_by(Feed.id))]

    # ------------------------------------------------------------------ stories

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
                raise KeyError(f"no story {story_id}")
            article = session.get(ArticleRow, article_id)
            if article is None:
                raise KeyError(f"no article {article_id}")
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
        with self._read() as session:
            story = session.get(StoryRow, story_id)
            if story is None:
                return None
            members = _story_members(session, [story_id])
        return _story_record(
            story.id,
            briefing_from_dict(story.briefing),
            story.headline,
            story.source_count,
            story.version,
            story.first_seen,
            story.updated_at,
            members.get(story_id, []),
        )

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

        ``with_sentences=False`` returns briefings without their ``sentences`` (left empty): the
        database drops them from the stored JSON before it is sent, so the read costs a fraction
        (digests rank and render the rest; clustering, which compares texts, needs them).
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
        """The stored briefing JSON minus its ``sentences``, removed by the database."""
        if self.dialect == "postgresql":
            as_jsonb = sa.cast(column, postgresql.JSONB)
            return as_jsonb.op("-", return_type=postgresql.JSONB)(sa.literal(SENTENCES_KEY))
        return sa.func.json_remove(column, f"$.{SENTENCES_KEY}", type_=sa.JSON)

    def story_changes(self, story_id: int, after_version: int = 0) -> list[StoryChange]:
        """What changed in a story after ``after_version`` (e.g. the version last shown in a digest), oldest first."""
        query = (
            sa.select(StoryChangeRow)
            .where(StoryChangeRow.story_id == story_id, StoryChangeRow.version > after_version)
            .order_by(StoryChangeRow.version)
        )
        with self._read() as session:
            return [StoryChange(r.story_id, r.version, r.at, dict(r.what)) for r in session.scalars(query)]

    # ------------------------------------------------------------------ digests and deliveries

    def create_digest(
        self,
        channel_id: str,
        slot: datetime,
        story_versions: Sequence[tuple[int, int]],
        rendered: dict[str, Any],
        *,
        now: datetime | None = None,
    ) -> DigestResult:
        """Record the digest for a channel's scheduled ``slot`` unless one exists already.

        Returns ``(digest_id, True)`` for the caller that created it and ``(existing_id, False)`` for
        every other caller, in this or any other process: the unique (channel, slot) row decides.
        ``slot`` is compared as an instant (stored in UTC).
        """
        now = now or utcnow()
        stmt = (
            self._insert(DigestRow)
            .values(channel_id=channel_id, slot=slot, created_at=now, rendered=rendered)
            .on_conflict_do_nothing(index_elements=[DigestRow.channel_id, DigestRow.slot])
            .returning(DigestRow.id)
        )
        with self._write() as session:
            digest_id = session.scalar(stmt)
            if digest_id is None:
                existing = session.scalar(
                    sa.select(DigestRow.id).where(DigestRow.channel_id == channel_id, DigestRow.slot == slot)
                )
                if existing is None:  # pragma: no cover - the conflicting row is committed by then
                    raise RuntimeError(f"digest for {channel_id} at {slot} conflicted but cannot be read")
                return DigestResult(existing, False)
            rows = {sid: ver for sid, ver in story_versions}
            if rows:
                session.execute(
                    sa.insert(DigestStoryRow),
                    [{"digest_id": digest_id, "story_id": s, "story_version": v} for s, v in rows.items()],
                )
            logger.info(
                "digest %d recorded for %s at %s (%d stories)", digest_id, channel_id, slot, len(rows)
            )
            return DigestResult(digest_id, True)

    def get_digest(self, digest_id: int) -> DigestRecord | None:
        with self._read() as session:
            row = session.get(DigestRow, digest_id)
            return _digest_record(session, row) if row else None

    def last_digest(self, channel_id: str) -> DigestRecord | None:
        """The channel's digest with the latest slot."""
        query = (
            sa.select(DigestRow)
            .where(DigestRow.channel_id == channel_id)
            .order_by(DigestRow.slot.desc(), DigestRow.id.desc())
            .limit(1)
        )
        with self._read() as session:
            row = session.scalars(query).first()
            return _digest_record(session, row) if row else None

    def stories_in_digests(self, channel_id: str) -> dict[int, int]:
        """For each story a channel has been shown, the highest version shown."""
        query = (
            sa.select(DigestStoryRow.story_id, sa.func.max(DigestStoryRow.story_version))
            .join(DigestRow, DigestRow.id == DigestStoryRow.digest_id)
            .where(DigestRow.channel_id == channel_id)
            .group_by(DigestStoryRow.story_id)
        )
        with self._read() as session:
            return {int(sid): int(ver) for sid, ver in session.execute(query).all()}

    def add_delivery(
        self,
        digest_id: int | None,
        channel_id: str,
        platform: str,
        txn_id: str,
        kind: str = "digest",
        payload: dict[str, Any] | None = None,
        *,
        now: datetime | None = None,
    ) -> int:
        """A pending delivery, recorded before sending; returns its id.

        ``txn_id`` names the send (Matrix transaction id, or any key the adapter derives) and is
        unique: calling again with the same one returns the existing delivery and changes nothing.
        """
        stmt = (
            self._insert(DeliveryRow)
            .values(
                digest_id=digest_id,
                channel_id=channel_id,
                platform=platform,
                kind=kind,
                state="pending",
                txn_id=txn_id,
                attempts=0,
                created_at=now or utcnow(),
                payload=payload,
            )
            .on_conflict_do_nothing(index_elements=[DeliveryRow.txn_id])
            .returning(DeliveryRow.id)
        )
        with self._write() as session:
            delivery_id = session.scalar(stmt)
            if delivery_id is None:
                delivery_id = session.scalar(sa.select(DeliveryRow.id).where(DeliveryRow.txn_id == txn_id))
            assert delivery_id is not None
            return int(delivery_id)

    def mark_sent(self, delivery_id: int, message_id: str | None, *, now: datetime | None = None) -> None:
        """The platform accepted the message (``message_id``: Slack ``ts``, Matrix event id)."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.state = "sent"
            row.platform_message_id = message_id
            row.attempts += 1
            row.sent_at = now or utcnow()
            row.last_error = None

    def mark_failed(self, delivery_id: int, error: str, *, permanent: bool = False) -> int:
        """Count a failed attempt and return the attempt count. The delivery stays ``pending`` (it
        is retried) unless ``permanent``, which sets ``failed`` (it is then never retried)."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.attempts += 1
            row.last_error = error[:2000]
            if permanent:
                row.state = "failed"
            return row.attempts

    def claim_delivery(self, delivery_id: int, fence: tuple[str, int] | None = None) -> bool:
        """Claim a pending delivery for sending; False when it is no longer pending, or when
        ``fence`` (``(lock name, epoch)`` of the caller's leadership) is not the lock's current
        epoch: a leader that lost its lock must not send. The epoch is read (and on PostgreSQL
        locked against a concurrent bump) in the same transaction that records the claim."""
        with self._write() as session:
            if fence is not None:
                name, epoch = fence
                current = session.scalar(
                    sa.select(LeaderEpoch.epoch).where(LeaderEpoch.name == name).with_for_update()
                )
                if current != epoch:
                    logger.warning(
                        "delivery %d not claimed: leader epoch %s of %r is stale (current %s)",
                        delivery_id,
                        epoch,
                        name,
                        current,
                    )
                    return False
            row = _delivery(session, delivery_id)
            if row.state != "pending":
                return False
            row.claimed_epoch = fence[1] if fence is not None else None
            return True

    def give_up_delivery(self, delivery_id: int, error: str) -> list[int]:
        """The platform refused the delivery for good: mark it ``failed`` and return its digest's
        stories to the pool (the digest keeps its slot, so it is not built again, but its stories no
        longer count as shown, so the next digest carries them). One transaction; returns the
        released story ids."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.attempts += 1
            row.last_error = error[:2000]
            row.state = "failed"
            if row.digest_id is None:
                return []
            released = list(
                session.scalars(
                    sa.select(DigestStoryRow.story_id)
                    .where(DigestStoryRow.digest_id == row.digest_id)
                    .order_by(DigestStoryRow.story_id)
                )
            )
            session.execute(sa.delete(DigestStoryRow).where(DigestStoryRow.digest_id == row.digest_id))
            return [int(s) for s in released]

    def get_delivery(self, delivery_id: int) -> DeliveryRecord | None:
        with self._read() as session:
            row = session.get(DeliveryRow, delivery_id)
            return _delivery_record(row) if row else None

    def pending_deliveries(self, platform: str | None = None) -> list[DeliveryRecord]:
        """Deliveries not yet sent (nor given up), oldest first: what to reconcile on start."""
        query = sa.select(DeliveryRow).where(DeliveryRow.state == "pending").order_by(DeliveryRow.id)
        if platform is not None:
            query = query.where(DeliveryRow.platform == platform)
        with self._read() as session:
            return [_delivery_record(r) for r in session.scalars(query)]

    # ------------------------------------------------------------------ events, key-value, overrides

    def claim_event(self, platform: str, event_id: str, *, now: datetime | None = None) -> bool:
        """True for the first caller to claim this event (across threads, processes and restarts),
        False for every repeat: Slack retries and duplicate Matrix events are answered once."""
        stmt = (
            self._insert(ProcessedEvent)
            .values(platform=platform, event_id=event_id, seen_at=now or utcnow())
            .on_conflict_do_nothing(index_elements=[ProcessedEvent.platform, ProcessedEvent.event_id])
            .returning(ProcessedEvent.event_id)
        )
        with self._write() as session:
            return session.scalar(stmt) is not None

    def claim_answer(
        self,
        platform: str,
        event_id: str,
        payload: dict[str, Any],
        lease: timedelta,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Claim a message for answering, for ``lease``: True for the first caller, and again for
        a caller that finds an earlier claim whose lease ran out unanswered (the claimer crashed);
        False while the claim is live or once it is answered (:meth:`finish_answer`). The
        ``payload`` (the message) is kept so :meth:`expired_answers` can hand it to another taker."""
        now = now or utcnow()
        stmt = (
            self._insert(ProcessedEvent)
            .values(
                platform=platform,
                event_id=event_id,
                seen_at=now,
                lease_until=now + lease,
                payload=payload,
                attempts=1,
            )
            .on_conflict_do_nothing(index_elements=[ProcessedEvent.platform, ProcessedEvent.event_id])
            .returning(ProcessedEvent.event_id)
        )
        with self._write() as session:
            if session.scalar(stmt) is not None:
                return True
            row = session.scalars(
                sa.select(ProcessedEvent)
                .where(ProcessedEvent.platform == platform, ProcessedEvent.event_id == event_id)
                .with_for_update()
            ).first()
            if row is None or row.lease_until is None or row.lease_until > now:
                return False
            row.lease_until = now + lease
            row.attempts += 1
            return True

    def finish_answer(self, platform: str, event_id: str) -> None:
        """The message is answered (or the asker told why not): its claim ends for good."""
        with self._write() as session:
            session.execute(
                sa.update(ProcessedEvent)
                .where(ProcessedEvent.platform == platform, ProcessedEvent.event_id == event_id)
                .values(lease_until=None, payload=None)
            )

    def expired_answers(
        self, platform: str, *, now: datetime | None = None, limit: int = 100
    ) -> list[tuple[str, dict[str, Any], int]]:
        """Claimed messages whose lease ran out unanswered, oldest first: ``(event_id, payload,
        attempts)``. Take one over with :meth:`claim_answer`."""
        now = now or utcnow()
        query = (
            sa.select(ProcessedEvent.event_id, ProcessedEvent.payload, ProcessedEvent.attempts)
            .where(
                ProcessedEvent.platform == platform,
                ProcessedEvent.lease_until.is_not(None),
                ProcessedEvent.lease_until <= now,
            )
            .order_by(ProcessedEvent.seen_at)
            .limit(limit)
        )
        with self._read() as session:
            return [(str(e), dict(p or {}), int(a)) for e, p, a in session.execute(query).all()]

    def prune_events(self, older_than: datetime) -> int:
        """Forget claimed events seen before ``older_than``; returns how many."""
        with self._write() as session:
            result = session.connection().execute(
                sa.delete(ProcessedEvent).where(ProcessedEvent.seen_at < older_than)
            )
            return int(result.rowcount)

    def prune(self, older_than: datetime) -> dict[str, int]:
        """Delete stored news older than ``older_than``, in one transaction; returns row counts.

        A story goes when it was last updated before ``older_than``, none of its articles was
        stored or changed since, and no *open* digest shows it (one created since
        ``older_than``, or a channel's latest digest: a question in that digest's thread is
        answered from those stories' articles). With it go its articles, their briefings and
        searchable sentences, its change records and its rows in old digests. Articles in no
        story (never briefed) go when they are that old, and so do processed chat events.
        Digests and deliveries themselves are kept (they are small, and the ledger needs them).
        """
        counts = dict.fromkeys(
            ("stories", "articles", "briefings", "sentences", "story_changes", "digest_stories", "events"), 0
        )
        with self._write() as session:
            conn = session.connection()
            open_digests = set(
                conn.scalars(sa.select(DigestRow.id).where(DigestRow.created_at >= older_than))
            )
            latest = (
                sa.select(DigestRow.channel_id, sa.func.max(DigestRow.slot).label("slot"))
                .group_by(DigestRow.channel_id)
                .subquery()
            )
            open_digests.update(
                conn.scalars(
                    sa.select(DigestRow.id).join(
                        latest,
                        sa.and_(DigestRow.channel_id == latest.c.channel_id, DigestRow.slot == latest.c.slot),
                    )
                )
            )
            kept: set[int] = set()
            ids = sorted(open_digests)
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                kept.update(
                    conn.scalars(
                        sa.select(DigestStoryRow.story_id).where(DigestStoryRow.digest_id.in_(chunk))
                    )
                )
            fresh_member = sa.select(ArticleRow.id).where(
                ArticleRow.story_id == StoryRow.id, ArticleRow.updated_at >= older_than
            )
            old_stories = conn.scalars(
                sa.select(StoryRow.id).where(StoryRow.updated_at < older_than, ~fresh_member.exists())
            )
            doomed = sorted(set(old_stories) - kept)
            articles: list[int] = []
            for start in range(0, len(doomed), _IN_CHUNK):
                chunk = doomed[start : start + _IN_CHUNK]
                articles.extend(conn.scalars(sa.select(ArticleRow.id).where(ArticleRow.story_id.in_(chunk))))
            articles.extend(
                conn.scalars(
                    sa.select(ArticleRow.id).where(
                        ArticleRow.story_id.is_(None), ArticleRow.updated_at < older_than
                    )
                )
            )
            for start in range(0, len(articles), _IN_CHUNK):
                chunk = articles[start : start + _IN_CHUNK]
                counts["sentences"] += _deleted(
                    conn, sa.delete(ArticleSentence).where(ArticleSentence.article_id.in_(chunk))
                )
                counts["briefings"] += _deleted(
                    conn, sa.delete(BriefingRow).where(BriefingRow.article_id.in_(chunk))
                )
                counts["articles"] += _deleted(conn, sa.delete(ArticleRow).where(ArticleRow.id.in_(chunk)))
            for start in range(0, len(doomed), _IN_CHUNK):
                chunk = doomed[start : start + _IN_CHUNK]
                counts["story_changes"] += _deleted(
                    conn, sa.delete(StoryChangeRow).where(StoryChangeRow.story_id.in_(chunk))
                )
                counts["digest_stories"] += _deleted(
                    conn, sa.delete(DigestStoryRow).where(DigestStoryRow.story_id.in_(chunk))
                )
                counts["stories"] += _deleted(conn, sa.delete(StoryRow).where(StoryRow.id.in_(chunk)))
            counts["events"] = _deleted(
                conn, sa.delete(ProcessedEvent).where(ProcessedEvent.seen_at < older_than)
            )
        if any(counts.values()):
            logger.info("pruned data older than %s: %s", older_than, counts)
        return counts

    def get_kv(self, key: str) -> str | None:
        with self._read() as session:
            return session.scalar(sa.select(KeyValue.value).where(KeyValue.key == key))

    def set_kv(self, key: str, value: str) -> None:
        """Set a small piece of state (e.g. the Matrix sync token), replacing any previous value."""
        stmt = self._insert(KeyValue).values(key=key, value=value)
        stmt = stmt.on_conflict_do_update(index_elements=[KeyValue.key], set_={"value": stmt.excluded.value})
        with self._write() as session:
            session.execute(stmt)

    def get_channel_override(self, channel_id: str) -> dict[str, Any] | None:
        """Settings an admin changed in chat for this channel (feeds, schedule), or None."""
        with self._read() as session:
            data = session.scalar(
                sa.select(ChannelOverride.settings).where(ChannelOverride.channel_id == channel_id)
            )
        return dict(data) if data is not None else None

    def set_channel_override(
        self, channel_id: str, settings: dict[str, Any], *, now: datetime | None = None
    ) -> None:
        """Replace the channel's overrides with ``settings`` (JSON-serialisable)."""
        stmt = self._insert(ChannelOverride).values(
            channel_id=channel_id, settings=settings, updated_at=now or utcnow()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[ChannelOverride.channel_id],
            set_={"settings": stmt.excluded.settings, "updated_at": stmt.excluded.updated_at},
        )
        with self._write() as session:
            session.execute(stmt)


# ---------------------------------------------------------------------- helpers


def _deleted(conn: sa.Connection, statement: Any) -> int:
    return int(conn.execute(statement).rowcount)


def _eq_or_null(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value


def _feed(session: Session, feed_id: str) -> Feed:
    feed = session.get(Feed, feed_id)
    if feed is None:
        raise KeyError(f"unknown feed {feed_id!r}: call upsert_feed first")
    return feed


def _delivery(session: Session, delivery_id: int) -> DeliveryRow:
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise KeyError(f"no delivery {delivery_id}")
    return row


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
    for start in range(0, len(story_ids), _IN_CHUNK):
        chunk = story_ids[start : start + _IN_CHUNK]
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


def _article_record(row: ArticleRow) -> ArticleRecord:
    return ArticleRecord(
        id=row.id,
        feed_id=row.feed_id,
        guid=row.guid,
        url=row.url,
        canonical_url=row.canonical_url,
        content_hash=row.content_hash,
        title=row.title,
        source=row.source,
        published_at=row.published_at,
        fetched_at=row.fetched_at,
        updated_at=row.updated_at,
        text=row.text,
        story_id=row.story_id,
    )


def _feed_record(feed: Feed) -> FeedHealth:
    return FeedHealth(
        id=feed.id,
        url=feed.url,
        config_url=feed.config_url,
        name=feed.name,
        etag=feed.etag,
        last_modified=feed.last_modified,
        last_success_at=feed.last_success_at,
        last_error=feed.last_error,
        last_error_at=feed.last_error_at,
        consecutive_failures=feed.consecutive_failures,
        disabled=feed.disabled,
        disabled_reason=feed.disabled_reason,
        next_poll_at=feed.next_poll_at,
        updated_at=feed.updated_at,
        failing_since=feed.failing_since,
        next_poll_reason=feed.next_poll_reason,
        disabled_at=feed.disabled_at,
    )


def _digest_record(session: Session, row: DigestRow) -> DigestRecord:
    versions = session.execute(
        sa.select(DigestStoryRow.story_id, DigestStoryRow.story_version).where(
            DigestStoryRow.digest_id == row.id
        )
    ).all()
    return DigestRecord(
        id=row.id,
        channel_id=row.channel_id,
        slot=row.slot,
        created_at=row.created_at,
        rendered=dict(row.rendered),
        story_versions={int(s): int(v) for s, v in versions},
    )


def _delivery_record(row: DeliveryRow) -> DeliveryRecord:
    return DeliveryRecord(
        id=row.id,
        digest_id=row.digest_id,
        channel_id=row.channel_id,
        platform=row.platform,
        kind=row.kind,
        state=row.state,
        txn_id=row.txn_id,
        platform_message_id=row.platform_message_id,
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        sent_at=row.sent_at,
        payload=dict(row.payload) if row.payload is not None else None,
    )
