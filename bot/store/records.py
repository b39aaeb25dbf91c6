"""Plain, frozen records returned by the store: no ORM object ever leaves ``newsbrief.bot.store``.

Ids are integers assigned by the database (articles, stories, digests, deliveries), except
feed ids, which are the feed ids from the configuration. ``Article.id`` in the pure core is a
string, so :meth:`ArticleRecord.to_article` carries ``str(id)``; :func:`parse_article_id` turns it back.
All datetimes are timezone-aware UTC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from newsbrief.summarizers.types import Article, Briefing


def parse_article_id(article_id: str | int) -> int:
    """The store's integer id from ``Article.id`` / ``Briefing.article_ids`` (which are strings)."""
    return int(article_id)


class UpsertResult(NamedTuple):
    """Outcome of :meth:`Store.upsert_article`; unpacks as ``(article_id, created, changed)``.

    ``created`` is True for a new row; ``changed`` is True when an existing row's title or text was
    updated (its briefing is then stale and it shows up again in ``articles_without_briefing``).
    """

    article_id: int
    created: bool
    changed: bool


class DigestResult(NamedTuple):
    """Outcome of :meth:`Store.create_digest`; unpacks as ``(digest_id, created)``."""

    digest_id: int
    created: bool


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    feed_id: str | None
    guid: str | None
    url: str | None
    canonical_url: str | None
    content_hash: str
    title: str
    source: str | None
    published_at: datetime | None
    fetched_at: datetime
    updated_at: datetime
    text: str
    story_id: int | None

    def to_article(self) -> Article:
        """The pure-core ``Article`` (id as a string) for the summarizers."""
        return Article(
            id=str(self.id),
            text=self.text,
            title=self.title,
            url=self.url,
            source=self.source,
            published=self.published_at,
        )


@dataclass(frozen=True)
class FeedHealth:
    """A feed's polling state. ``url`` may differ from ``config_url`` after a permanent redirect."""

    id: str
    url: str
    config_url: str
    name: str
    etag: str | None
    last_modified: str | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    disabled: bool
    disabled_reason: str | None
    next_poll_at: datetime | None
    updated_at: datetime
    failing_since: datetime | None = None
    """When the current run of failures began (None while healthy)."""
    next_poll_reason: str | None = None
    """Why ``next_poll_at`` waits: ``newsbrief.bot.retry_policy.BACKOFF`` or ``RETRY_AFTER``."""
    disabled_at: datetime | None = None


@dataclass(frozen=True)
class SentenceHit:
    """One sentence found by full-text search; ``rank`` is higher for better matches (scale is backend-specific)."""

    article_id: int
    sentence: str
    rank: float
    title: str
    url: str | None
    source: str | None
    position: int = 0
    published_at: datetime | None = None


@dataclass(frozen=True)
class StoryChange:
    story_id: int
    version: int
    at: datetime
    what: dict[str, Any]


@dataclass(frozen=True)
class StoryRecord:
    """A story (same event, possibly several outlets) with its current briefing and articles."""

    id: int
    briefing: Briefing
    headline: str
    source_count: int
    version: int
    first_seen: datetime
    updated_at: datetime
    article_ids: tuple[int, ...] = ()
    feed_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestRecord:
    """A digest as written before delivery; ``story_versions`` maps story id to the version shown."""

    id: int
    channel_id: str
    slot: datetime
    created_at: datetime
    rendered: dict[str, Any]
    story_versions: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DeliveryRecord:
    """One message to send (a digest or a reply). ``state`` is ``pending``, ``sent`` or ``failed``."""

    id: int
    digest_id: int | None
    channel_id: str
    platform: str
    kind: str
    state: str
    txn_id: str
    platform_message_id: str | None
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    payload: dict[str, Any] | None = None
    claimed_epoch: int | None = None  # the leader epoch that last claimed it for sending
