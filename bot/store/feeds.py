"""Feeds: the configured sources, their HTTP validators and their health (failures, back-off, disabling)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsbrief.bot.retry_policy import BACKOFF_BASE, BACKOFF_MAX, RetryPolicy
from newsbrief.bot.store.base import Repository, record_of, utcnow
from newsbrief.bot.store.errors import NotStored
from newsbrief.bot.store.models import Feed
from newsbrief.bot.store.records import FeedHealth

logger = logging.getLogger(__name__)


class FeedRepository(Repository):
    """The ``feeds`` table."""

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
                feed.disabled = False
                feed.disabled_reason = None
                feed.disabled_at = None
                _healthy(feed)
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
            _healthy(feed)
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

        The wait follows :class:`newsbrief.bot.retry_policy.RetryPolicy`: it doubles with each consecutive
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


def _feed(session: Session, feed_id: str) -> Feed:
    feed = session.get(Feed, feed_id)
    if feed is None:
        raise NotStored(f"unknown feed {feed_id!r}: call upsert_feed first")
    return feed


def _healthy(feed: Feed) -> None:
    """No failures counted and no wait: the feed is polled at its own interval again."""
    feed.consecutive_failures = 0
    feed.failing_since = None
    feed.next_poll_at = None
    feed.next_poll_reason = None


def _feed_record(feed: Feed) -> FeedHealth:
    return record_of(FeedHealth, feed)
