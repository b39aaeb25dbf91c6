"""The one back-off / Retry-After policy (bot.retry_policy)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.retry_policy import (
    BACKOFF,
    DISABLED,
    INTERVAL,
    NEW,
    RETRY_AFTER,
    RetryPolicy,
    next_poll,
    parse_retry_after,
)
from bot.store.records import FeedHealth

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def health(**fields: Any) -> FeedHealth:
    """A feed's stored health: registered, never polled, unless ``fields`` say otherwise."""
    base: dict[str, Any] = {
        "id": "feed",
        "url": "https://news.example/rss",
        "config_url": "https://news.example/rss",
        "name": "Feed",
        "etag": None,
        "last_modified": None,
        "last_success_at": None,
        "last_error": None,
        "last_error_at": None,
        "consecutive_failures": 0,
        "disabled": False,
        "disabled_reason": None,
        "next_poll_at": None,
        "updated_at": NOW,
    }
    return FeedHealth(**{**base, **fields})


def test_backoff_doubles_then_a_longer_retry_after_wins() -> None:
    policy = RetryPolicy(base=timedelta(minutes=5), cap=timedelta(hours=1))
    waits = [policy.after_failure(n, NOW).at for n in (1, 2, 3, 10)]
    assert waits == [NOW + timedelta(minutes=m) for m in (5, 10, 20, 60)]
    assert policy.after_failure(1, NOW).reason == BACKOFF
    asked = policy.after_failure(1, NOW, retry_after=120.0)
    assert (asked.at, asked.reason) == (NOW + timedelta(minutes=5), BACKOFF)  # shorter: back-off wins
    asked = policy.after_failure(1, NOW, retry_after=timedelta(hours=2))
    assert (asked.at, asked.reason) == (NOW + timedelta(hours=2), RETRY_AFTER)


def test_hostile_retry_after_is_capped_not_an_overflow() -> None:
    policy = RetryPolicy(max_retry_after=timedelta(days=7))
    huge = parse_retry_after("9" * 30)
    assert huge is not None and huge > 1e20
    attempt = policy.after_failure(1, NOW, retry_after=huge)
    assert (attempt.at, attempt.reason) == (NOW + timedelta(days=7), RETRY_AFTER)
    assert policy.after_failure(1, NOW, retry_after=-50.0).reason == BACKOFF


def test_parse_retry_after_seconds_dates_and_junk() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Sat, 14 Mar 2026 09:31:00 GMT", NOW) == 60.0
    assert parse_retry_after("Sat, 14 Mar 2026 09:00:00 GMT", NOW) == 0.0  # in the past: now
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_next_poll_says_when_and_why() -> None:
    assert next_poll(None, 30).reason == NEW and next_poll(None, 30).due(NOW)
    assert next_poll(health(), 30).reason == NEW
    ok = next_poll(health(last_success_at=NOW), 30)
    assert (ok.at, ok.reason) == (NOW + timedelta(minutes=30), INTERVAL)
    assert not ok.due(NOW + timedelta(minutes=29)) and ok.due(NOW + timedelta(minutes=30))
    waiting = next_poll(
        health(last_success_at=NOW, next_poll_at=NOW + timedelta(hours=2), next_poll_reason=RETRY_AFTER), 30
    )
    assert (waiting.at, waiting.reason) == (NOW + timedelta(hours=2), RETRY_AFTER)
    assert not waiting.due(NOW + timedelta(minutes=31))  # the interval is over, the server's wait is not
    gone = next_poll(health(disabled=True, last_success_at=NOW), 30)
    assert (gone.at, gone.reason) == (None, DISABLED) and not gone.due(NOW + timedelta(days=999))
