"""When to try again: one back-off and Retry-After policy for everything that polls or sends.

Feeds use it through the store (``record_fetch_failure``) and the poller (``is_due``);
platform sends can use :func:`parse_retry_after` and :meth:`RetryPolicy.after_failure` alike.

* Back-off after ``n`` consecutive failures: ``base * 2**(n-1)``, capped at ``cap``.
* A server's ``Retry-After`` (delta-seconds or an HTTP date) is honoured when it asks for longer
  than the back-off, up to ``max_retry_after`` (a hostile or broken value cannot park a feed for
  years, nor overflow a date).
* A healthy feed is due its poll interval after its last success.

Every decision carries its reason (:class:`NextAttempt`), so ``sources`` can say why a feed waits.
"""

from __future__ import annotations

import email.utils
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.store.records import FeedHealth

BACKOFF_BASE = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=6)
RETRY_AFTER_MAX = timedelta(days=7)

# reasons for a next attempt
NEW = "new"  # never fetched: due now
INTERVAL = "interval"  # the poll interval after the last success
BACKOFF = "back-off"  # growing wait after consecutive failures
RETRY_AFTER = "Retry-After"  # the server asked for this wait
DISABLED = "disabled"  # never again (410 Gone) until the configured URL changes
REASONS = (NEW, INTERVAL, BACKOFF, RETRY_AFTER, DISABLED)


@dataclass(frozen=True)
class NextAttempt:
    """When something may be tried again (``None``: never), and why (one of :data:`REASONS`)."""

    at: datetime | None
    reason: str

    def due(self, now: datetime) -> bool:
        return self.at is not None and _utc(self.at) <= now


def backoff_delay(failures: int, base: timedelta = BACKOFF_BASE, cap: timedelta = BACKOFF_MAX) -> timedelta:
    """Wait after ``failures`` consecutive failures: base, 2*base, 4*base, ... capped at ``cap``."""
    if failures <= 0:
        return timedelta(0)
    return min(base * (2 ** min(failures - 1, 30)), cap)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds from ``now`` (delta-seconds or HTTP-date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    base: timedelta = BACKOFF_BASE
    cap: timedelta = BACKOFF_MAX
    max_retry_after: timedelta = RETRY_AFTER_MAX

    def after_failure(
        self, failures: int, now: datetime, retry_after: timedelta | float | None = None
    ) -> NextAttempt:
        """The next attempt after the ``failures``-th failure in a row at ``now``; ``retry_after``
        (seconds or a timedelta) is the server's wish, honoured when longer than the back-off."""
        delay = backoff_delay(failures, self.base, self.cap)
        if retry_after is not None:
            asked = retry_after if isinstance(retry_after, timedelta) else _seconds(retry_after)
            asked = min(max(asked, timedelta(0)), self.max_retry_after)
            if asked > delay:
                return NextAttempt(now + asked, RETRY_AFTER)
        return NextAttempt(now + delay, BACKOFF)


DEFAULT_POLICY = RetryPolicy()


def next_poll(state: FeedHealth | None, poll_minutes: int) -> NextAttempt:
    """When a feed is next due: never when disabled; at the stored back-off or Retry-After time
    after a failure; else ``poll_minutes`` after its last success; now when never fetched."""
    if state is None:
        return NextAttempt(datetime.min.replace(tzinfo=UTC), NEW)
    if state.disabled:
        return NextAttempt(None, DISABLED)
    if state.next_poll_at is not None:
        return NextAttempt(_utc(state.next_poll_at), state.next_poll_reason or BACKOFF)
    if state.last_success_at is not None:
        return NextAttempt(_utc(state.last_success_at) + timedelta(minutes=poll_minutes), INTERVAL)
    return NextAttempt(datetime.min.replace(tzinfo=UTC), NEW)


def _seconds(value: float) -> timedelta:
    try:
        return timedelta(seconds=value)
    except OverflowError:
        return timedelta.max


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
