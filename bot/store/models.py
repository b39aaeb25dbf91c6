"""SQLAlchemy 2 ORM models. The schema itself is created by the Alembic migrations in
``bot/store/migrations``; these classes only describe it for queries (no ``create_all`` in production).

The full-text parts are dialect-specific and live only in the migrations: on SQLite an FTS5 table
``article_sentences_fts`` (external content over ``article_sentences``, kept in step by triggers),
on PostgreSQL a generated ``tsv tsvector`` column on ``article_sentences`` with a GIN index.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend.

    PostgreSQL stores ``timestamptz``; SQLite stores naive UTC. Values read back are always aware UTC.
    Naive datetimes are refused on the way in: they are a bug in the caller, not something to guess.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime given to the store: {value!r}")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: sa.JSON}


class Feed(Base):
    __tablename__ = "feeds"

    id: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    url: Mapped[str] = mapped_column(sa.Text)
    config_url: Mapped[str] = mapped_column(sa.Text)
    name: Mapped[str] = mapped_column(sa.Text, default="")
    etag: Mapped[str | None] = mapped_column(sa.Text)
    last_modified: Mapped[str | None] = mapped_column(sa.Text)
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    last_error_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    disabled: Mapped[bool] = mapped_column(default=False)
    disabled_reason: Mapped[str | None] = mapped_column(sa.Text)
    next_poll_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]
    # when the current run of failures began (None while healthy)
    failing_since: Mapped[datetime | None]
    # why next_poll_at waits: newsbrief.bot.retry_policy.BACKOFF or RETRY_AFTER
    next_poll_reason: Mapped[str | None] = mapped_column(sa.String(20))
    disabled_at: Mapped[datetime | None]


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    first_seen: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)
    briefing: Mapped[dict[str, Any]]
    headline: Mapped[str] = mapped_column(sa.Text, default="")
    source_count: Mapped[int] = mapped_column(default=1)
    version: Mapped[int] = mapped_column(default=1)


class StoryChangeRow(Base):
    __tablename__ = "story_changes"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    at: Mapped[datetime]
    what: Mapped[dict[str, Any]]


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        sa.UniqueConstraint("feed_id", "guid", name="uq_articles_feed_guid"),
        # a channel's search keeps the articles of its feeds and recent times from this index alone
        # (an index-only scan on PostgreSQL), never visiting the wide article rows it does not return
        sa.Index("ix_articles_feed_time", "feed_id", "published_at", "fetched_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # Not a foreign key: articles briefed from a user's URL have no feed, and a feed removed from the
    # configuration keeps its articles.
    feed_id: Mapped[str | None] = mapped_column(sa.String(200))
    guid: Mapped[str | None] = mapped_column(sa.Text)
    url: Mapped[str | None] = mapped_column(sa.Text)
    canonical_url: Mapped[str | None] = mapped_column(sa.Text, unique=True)
    content_hash: Mapped[str] = mapped_column(sa.String(64), index=True)
    title: Mapped[str] = mapped_column(sa.Text, default="")
    source: Mapped[str | None] = mapped_column(sa.Text)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    fetched_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(sa.Text, default="")
    story_id: Mapped[int | None] = mapped_column(sa.ForeignKey("stories.id", ondelete="SET NULL"), index=True)


class BriefingRow(Base):
    __tablename__ = "briefings"

    article_id: Mapped[int] = mapped_column(
        sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    briefing: Mapped[dict[str, Any]]
    model_version: Mapped[str] = mapped_column(sa.String(100), default="")
    created_at: Mapped[datetime]


class ArticleSentence(Base):
    __tablename__ = "article_sentences"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    article_id: Mapped[int] = mapped_column(sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    sentence: Mapped[str] = mapped_column(sa.Text)


class DigestRow(Base):
    __tablename__ = "digests"
    __table_args__ = (sa.UniqueConstraint("channel_id", "slot", name="uq_digests_channel_slot"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    channel_id: Mapped[str] = mapped_column(sa.String(200))
    slot: Mapped[datetime]
    created_at: Mapped[datetime]
    rendered: Mapped[dict[str, Any]]


class DigestStoryRow(Base):
    __tablename__ = "digest_stories"

    digest_id: Mapped[int] = mapped_column(sa.ForeignKey("digests.id", ondelete="CASCADE"), primary_key=True)
    story_id: Mapped[int] = mapped_column(sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True)
    story_version: Mapped[int]


class DeliveryRow(Base):
    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    digest_id: Mapped[int | None] = mapped_column(sa.ForeignKey("digests.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[str] = mapped_column(sa.String(200))
    platform: Mapped[str] = mapped_column(sa.String(50))
    kind: Mapped[str] = mapped_column(sa.String(50), default="digest")
    state: Mapped[str] = mapped_column(sa.String(20), default="pending", index=True)
    txn_id: Mapped[str] = mapped_column(sa.String(200), unique=True)
    platform_message_id: Mapped[str | None] = mapped_column(sa.Text)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    payload: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    claimed_epoch: Mapped[int | None]  # the leader epoch that last claimed it for sending (fencing)


class LeaderEpoch(Base):
    """The epoch of the latest holder of a leader lock: bumped on every acquisition, checked (in
    the same transaction) by every delivery claim, so a leader that lost its lock cannot send."""

    __tablename__ = "leader_epochs"

    name: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    epoch: Mapped[int]
    taken_at: Mapped[datetime]


class ProcessedEvent(Base):
    __tablename__ = "processed_events"

    platform: Mapped[str] = mapped_column(sa.String(50), primary_key=True)
    event_id: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)
    # An answer in progress: claimed until ``lease_until``; None once answered (or for a plain claim).
    # ``payload`` is the message, so another process can answer it again after a crash.
    lease_until: Mapped[datetime | None] = mapped_column(index=True)
    payload: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")


class KeyValue(Base):
    __tablename__ = "kv"

    key: Mapped[str] = mapped_column(sa.String(255), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)


class ChannelOverride(Base):
    __tablename__ = "channel_overrides"

    channel_id: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    settings: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime]
