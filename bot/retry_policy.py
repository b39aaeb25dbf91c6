"""When to try again: one back-off and Retry-After policy for everything that polls or sends.

Feeds use it through the store (``record_fetch_failure``) and the poller (``is_due``); platform
sends and connections use the policies below (:data:`DIGEST_SENDS`, :data:`ANSWER_SENDS`,
:data:`PLATFORM_CONNECT`, the Matrix adapter's own from its settings), and every ``Retry-After``
header, a feed's or Slack's, is read by :func:`parse_retry_after` (:func:`retry_after_header`).

* Back-off after ``n`` consecutive failures: ``base * 2**(n-1)``, capped at ``cap``, optionally
  scaled by a random factor in ``[1 - jitter, 1]`` (clients that failed together do not all
  retry together).
* A server's ``Retry-After`` (delta-seconds or an HTTP date) is honoured, up to
  ``max_retry_after`` (a hostile or broken value cannot park a feed for years, nor overflow a
  date): for a feed when it asks for longer than the back-off; for a platform send
  (``retry_after_wins``) always, as the rate limit says exactly when a send may go again.
* A healthy feed is due its poll interval after its last success.

Every decision carries its reason (:class:`NextAttempt`), so ``sources`` can say why a feed waits.
"""

from __future__ import annotations

import email.utils
import random
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsbrief.bot.store.records import FeedHealth

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

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


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
    if _NUMBER.fullmatch(value):  # delta-seconds (a fraction accepted, as some platforms send one)
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def retry_after_header(headers: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> float | None:
    """The ``Retry-After`` header of a response (any case; a value may be a list, as some clients
    give them) as seconds (:func:`parse_retry_after`), or None when absent or unusable."""
    if not headers:
        return None
    items = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in items:
        if str(key).lower() == "retry-after":
            raw = value[0] if isinstance(value, list | tuple) and value else value
            return parse_retry_after(raw if isinstance(raw, str) else str(raw))
    return None


def retry_after_delta(seconds: float | None, cap: timedelta = RETRY_AFTER_MAX) -> timedelta | None:
    """A server's Retry-After (seconds) as a wait to store, within ``[0, cap]`` (a hostile value
    cannot overflow a date); None when the server gave none."""
    if seconds is None:
        return None
    return min(max(_seconds(seconds), timedelta(0)), cap)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait after consecutive failures (see the module docstring)."""

    base: timedelta = BACKOFF_BASE
    cap: timedelta = BACKOFF_MAX
    max_retry_after: timedelta = RETRY_AFTER_MAX
    retry_after_wins: bool = False
    """True: the server's wait replaces the back-off even when shorter (platform rate limits);
    False: it is honoured only when longer than the back-off (feeds)."""
    jitter: float = 0.0
    """The back-off is scaled by a random factor in ``[1 - jitter, 1]``."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")

    def wait(
        self,
        failures: int,
        retry_after: timedelta | float | None = None,
        *,
        rand: Callable[[], float] = random.random,
    ) -> tuple[timedelta, str]:
        """The wait after the ``failures``-th failure in a row and its reason (:data:`BACKOFF` or
        :data:`RETRY_AFTER`); ``retry_after`` (seconds or a timedelta) is the server's wish."""
        delay = backoff_delay(failures, self.base, self.cap)
        if self.jitter:
            delay *= 1.0 - self.jitter * rand()
        if retry_after is not None:
            asked = retry_after if isinstance(retry_after, timedelta) else _seconds(retry_after)
            asked = min(max(asked, timedelta(0)), self.max_retry_after)
            if self.retry_after_wins or asked > delay:
                return asked, RETRY_AFTER
        return delay, BACKOFF

    def wait_s(self, failures: int, retry_after: timedelta | float | None = None) -> float:
        """:meth:`wait` in seconds, for ``asyncio.sleep``."""
        return self.wait(failures, retry_after)[0].total_seconds()

    def after_failure(
        self, failures: int, now: datetime, retry_after: timedelta | float | None = None
    ) -> NextAttempt:
        """The next attempt after the ``failures``-th failure in a row at ``now``."""
        delay, reason = self.wait(failures, retry_after)
        return NextAttempt(now + delay, reason)


DEFAULT_POLICY = RetryPolicy()
"""Feeds: 5 min doubling up to 6 h; a longer Retry-After (up to 7 days) wins."""
DIGEST_SENDS = RetryPolicy(timedelta(seconds=30), timedelta(minutes=30), retry_after_wins=True)
"""A digest the platform did not take: tried again by the delivery ledger, 30 s doubling up to
30 min, or when the platform said."""
ANSWER_SENDS = RetryPolicy(timedelta(seconds=2), timedelta(minutes=5), retry_after_wins=True)
"""An answer's message: 2, 4, 8... s, or when the platform said (``send_with_retries``)."""
RATE_LIMITED_CALLS = RetryPolicy(timedelta(seconds=1), timedelta(seconds=30), retry_after_wins=True)
"""A platform call answered "rate limited" and retried at once by the adapter: when the platform
said, else 1 s doubling (the adapter gives up on waits longer than its own limit)."""
PLATFORM_CONNECT = RetryPolicy(timedelta(seconds=1), timedelta(minutes=1), jitter=0.2)
"""Connecting to a platform that is unreachable at start: 1 s doubling up to 60 s, jittered."""


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
