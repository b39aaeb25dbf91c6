"""The bot's database: articles, briefings, stories, full-text search, digests and the delivery ledger.

Only this package imports SQLAlchemy. Open with ``Store.open(url)`` (runs the Alembic migrations
shipped in ``bot/store/migrations``). ``Store`` is the composition of a few repositories by table
group (``feeds``, ``articles``, ``stories``, ``deliveries``, ``state``; see ``newsbrief.bot.store.repository``);
every method is synchronous; async code awaits the same methods on ``AsyncStore(store)``
(``newsbrief.bot.store.facade``), which owns the hand-off to worker threads. Records returned are frozen dataclasses from ``newsbrief.bot.store.records``.
"""

from newsbrief.bot.retry_policy import backoff_delay
from newsbrief.bot.store.facade import AsyncStore, StoreLike
from newsbrief.bot.store.leader import AdvisoryLock, LeaderLock, StoreLeaderLock
from newsbrief.bot.store.records import (
    ArticleRecord,
    DeliveryRecord,
    DigestRecord,
    DigestResult,
    FeedHealth,
    SentenceHit,
    StoryChange,
    StoryRecord,
    UpsertResult,
    parse_article_id,
)
from newsbrief.bot.store.repository import Store
from newsbrief.bot.store.urls import canonical_url, content_hash

__all__ = [
    "AdvisoryLock",
    "AsyncStore",
    "ArticleRecord",
    "DeliveryRecord",
    "DigestRecord",
    "DigestResult",
    "FeedHealth",
    "LeaderLock",
    "SentenceHit",
    "Store",
    "StoreLeaderLock",
    "StoreLike",
    "StoryChange",
    "StoryRecord",
    "UpsertResult",
    "backoff_delay",
    "canonical_url",
    "content_hash",
    "parse_article_id",
]
