"""The store: every read and write the bot makes to its database, as plain data in and out.

:class:`Store` is the composition of the repositories, one per group of tables, over one engine:
``store.feeds`` (:class:`~newsbrief.bot.store.feeds.FeedRepository`), ``store.articles`` (articles,
briefings, the search index), ``store.stories``, ``store.deliveries`` (digests and the delivery
ledger) and ``store.state`` (claimed events, key-value state, channel overrides). Each of their
methods is also a method of the store itself under the same name (``store.get_kv`` is
``store.state.get_kv``), and :meth:`Store.prune` spans them all.

The API is synchronous (SQLAlchemy's blocking engine); async code uses
:class:`newsbrief.bot.store.facade.AsyncStore`, which runs each call in a worker thread. One :class:`Store`
is shared by all threads (each call opens its own short session from the engine's pool). Every
method is one transaction.

Writes are idempotent and safe against concurrent writers, including other processes on the same
PostgreSQL database: uniqueness lives in constraints (``INSERT .. ON CONFLICT DO NOTHING``), and a
write that loses a race is retried and then finds the winner's row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import sqlalchemy as sa

from newsbrief.bot.store.articles import ArticleEntry, ArticleRepository
from newsbrief.bot.store.base import Repository, chunks, deleted
from newsbrief.bot.store.deliveries import DeliveryRepository
from newsbrief.bot.store.engine import create_store_engine
from newsbrief.bot.store.feeds import FeedRepository
from newsbrief.bot.store.leader import AdvisoryLock
from newsbrief.bot.store.migrate import upgrade
from newsbrief.bot.store.models import (
    ArticleRow,
    ArticleSentence,
    BriefingRow,
    DigestRow,
    DigestStoryRow,
    ProcessedEvent,
    StoryChangeRow,
    StoryRow,
)
from newsbrief.bot.store.state import StateRepository
from newsbrief.bot.store.stories import StoryRepository

__all__ = ["ArticleEntry", "Store"]

logger = logging.getLogger(__name__)

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _Part(Generic[_P, _R]):
    """A method of :class:`Store` that is the method of the same name of one of its repositories."""

    def __init__(self, part: str, method: Callable[Concatenate[Any, _P], _R]) -> None:
        self.part = part
        self.name = method.__name__
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _Part[_P, _R]: ...
    @overload
    def __get__(self, obj: object, owner: type[Any]) -> Callable[_P, _R]: ...
    def __get__(self, obj: object | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        return getattr(getattr(obj, self.part), self.name)

    def __call__(self, store: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        """Called on the class (``Store.get_kv(store, key)``), as a plain method can be."""
        method: Callable[_P, _R] = getattr(getattr(store, self.part), self.name)
        return method(*args, **kwargs)


class Store(Repository):
    """The bot's database (SQLite or PostgreSQL). Create with :meth:`open`; close with :meth:`close`."""

    def __init__(self, engine: sa.Engine) -> None:
        """Wraps an engine whose schema is already at head; use :meth:`open` instead."""
        super().__init__(engine)
        self.feeds = FeedRepository(engine)
        self.articles = ArticleRepository(engine)
        self.stories = StoryRepository(engine)
        self.deliveries = DeliveryRepository(engine)
        self.state = StateRepository(engine)

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

    def advisory_lock(self, name: str = "scheduler") -> AdvisoryLock:
        """A blocking lock only one process holds at a time (PostgreSQL advisory lock; always
        granted on SQLite). Async code holds it as a ``LeaderLock``: ``AsyncStore.leader_lock``."""
        return AdvisoryLock(self._engine, name)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ the repositories' methods

    upsert_feed = _Part("feeds", FeedRepository.upsert_feed)
    record_fetch_success = _Part("feeds", FeedRepository.record_fetch_success)
    record_fetch_failure = _Part("feeds", FeedRepository.record_fetch_failure)
    disable_feed = _Part("feeds", FeedRepository.disable_feed)
    get_feed = _Part("feeds", FeedRepository.get_feed)
    list_feeds = _Part("feeds", FeedRepository.list_feeds)

    upsert_article = _Part("articles", ArticleRepository.upsert_article)
    upsert_articles = _Part("articles", ArticleRepository.upsert_articles)
    get_article = _Part("articles", ArticleRepository.get_article)
    get_articles = _Part("articles", ArticleRepository.get_articles)
    recent_articles = _Part("articles", ArticleRepository.recent_articles)
    save_briefing = _Part("articles", ArticleRepository.save_briefing)
    save_briefings = _Part("articles", ArticleRepository.save_briefings)
    get_briefing = _Part("articles", ArticleRepository.get_briefing)
    get_briefings = _Part("articles", ArticleRepository.get_briefings)
    articles_without_briefing = _Part("articles", ArticleRepository.articles_without_briefing)
    briefed_articles_without_story = _Part("articles", ArticleRepository.briefed_articles_without_story)
    index_sentences = _Part("articles", ArticleRepository.index_sentences)
    search_sentences = _Part("articles", ArticleRepository.search_sentences)

    create_story = _Part("stories", StoryRepository.create_story)
    attach_to_story = _Part("stories", StoryRepository.attach_to_story)
    get_story = _Part("stories", StoryRepository.get_story)
    get_stories = _Part("stories", StoryRepository.get_stories)
    recent_stories = _Part("stories", StoryRepository.recent_stories)
    story_changes = _Part("stories", StoryRepository.story_changes)
    story_changes_since = _Part("stories", StoryRepository.story_changes_since)

    create_digest = _Part("deliveries", DeliveryRepository.create_digest)
    get_digest = _Part("deliveries", DeliveryRepository.get_digest)
    last_digest = _Part("deliveries", DeliveryRepository.last_digest)
    stories_in_digests = _Part("deliveries", DeliveryRepository.stories_in_digests)
    add_delivery = _Part("deliveries", DeliveryRepository.add_delivery)
    mark_sent = _Part("deliveries", DeliveryRepository.mark_sent)
    mark_failed = _Part("deliveries", DeliveryRepository.mark_failed)
    claim_delivery = _Part("deliveries", DeliveryRepository.claim_delivery)
    give_up_delivery = _Part("deliveries", DeliveryRepository.give_up_delivery)
    get_delivery = _Part("deliveries", DeliveryRepository.get_delivery)
    pending_deliveries = _Part("deliveries", DeliveryRepository.pending_deliveries)

    claim_event = _Part("state", StateRepository.claim_event)
    claim_answer = _Part("state", StateRepository.claim_answer)
    finish_answer = _Part("state", StateRepository.finish_answer)
    expired_answers = _Part("state", StateRepository.expired_answers)
    prune_events = _Part("state", StateRepository.prune_events)
    get_kv = _Part("state", StateRepository.get_kv)
    set_kv = _Part("state", StateRepository.set_kv)
    get_channel_override = _Part("state", StateRepository.get_channel_override)
    set_channel_override = _Part("state", StateRepository.set_channel_override)

    # ------------------------------------------------------------------ retention (every group)

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
            for chunk in chunks(ids):
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
            for chunk in chunks(doomed):
                articles.extend(conn.scalars(sa.select(ArticleRow.id).where(ArticleRow.story_id.in_(chunk))))
            articles.extend(
                conn.scalars(
                    sa.select(ArticleRow.id).where(
                        ArticleRow.story_id.is_(None), ArticleRow.updated_at < older_than
                    )
                )
            )
            # children before parents: (count, column whose ids are deleted), per id list
            by_article = (
                ("sentences", ArticleSentence.article_id),
                ("briefings", BriefingRow.article_id),
                ("articles", ArticleRow.id),
            )
            by_story = (
                ("story_changes", StoryChangeRow.story_id),
                ("digest_stories", DigestStoryRow.story_id),
                ("stories", StoryRow.id),
            )
            for ids, columns in ((articles, by_article), (doomed, by_story)):
                for chunk in chunks(ids):
                    for key, column in columns:
                        counts[key] += deleted(conn, sa.delete(column.table).where(column.in_(chunk)))
            counts["events"] = deleted(
                conn, sa.delete(ProcessedEvent).where(ProcessedEvent.seen_at < older_than)
            )
        if any(counts.values()):
            logger.info("pruned data older than %s: %s", older_than, counts)
        return counts
