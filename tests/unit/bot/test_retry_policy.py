"""The one back-off / Retry-After policy (newsbrief.bot.retry_policy)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from newsbrief.bot.retry_policy import (
    ANSWER_SENDS,
    BACKOFF,
    DEFAULT_POLICY,
    DIGEST_SENDS,
    DISABLED,
    INTERVAL,
    NEW,
    PLATFORM_CONNECT,
    RATE_LIMITED_CALLS,
    RETRY_AFTER,
    RetryPolicy,
    next_poll,
    parse_retry_after,
    retry_after_delta,
    retry_after_header,
)
from newsbrief.bot.store.records import FeedHealth

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


def test_platform_sends_take_the_servers_wait_even_when_shorter() -> None:
    """Feeds honour a Retry-After only when longer than their back-off; a platform send
    (``retry_after_wins``) goes when the platform said, sooner or later."""
    feeds = RetryPolicy(base=timedelta(seconds=30), cap=timedelta(minutes=30))
    sends = RetryPolicy(base=timedelta(seconds=30), cap=timedelta(minutes=30), retry_after_wins=True)
    assert feeds.wait(1, 5.0) == (timedelta(seconds=30), BACKOFF)
    assert sends.wait(1, 5.0) == (timedelta(seconds=5), RETRY_AFTER)
    assert sends.wait(3) == (timedelta(minutes=2), BACKOFF)  # no wish: the same back-off
    assert sends.wait(1, -3.0) == (timedelta(0), RETRY_AFTER)  # never a negative sleep
    huge = sends.after_failure(1, NOW, 1e30)  # no overflow: capped
    assert huge.at == NOW + timedelta(days=7)


def test_the_named_policies() -> None:
    assert [DIGEST_SENDS.wait_s(n) for n in (1, 2, 3, 20)] == [30.0, 60.0, 120.0, 1800.0]
    assert [ANSWER_SENDS.wait_s(n) for n in (1, 2, 3)] == [2.0, 4.0, 8.0]
    assert ANSWER_SENDS.wait_s(1, 0.5) == 0.5
    assert RATE_LIMITED_CALLS.wait_s(1) == 1.0 and RATE_LIMITED_CALLS.wait_s(2, 7.0) == 7.0
    assert DEFAULT_POLICY.wait_s(1) == 300.0


def test_jitter_shortens_the_back_off_within_its_fraction() -> None:
    policy = RetryPolicy(base=timedelta(seconds=10), cap=timedelta(seconds=100), jitter=0.2)
    assert policy.wait(2, rand=lambda: 0.0) == (timedelta(seconds=20), BACKOFF)
    assert policy.wait(2, rand=lambda: 1.0) == (timedelta(seconds=16), BACKOFF)
    waits = {PLATFORM_CONNECT.wait_s(3) for _ in range(50)}
    assert all(3.2 <= w <= 4.0 for w in waits) and len(waits) > 1
    with pytest.raises(ValueError, match="jitter"):
        RetryPolicy(jitter=1.5)


def test_retry_after_header_any_case_list_values_and_dates() -> None:
    assert retry_after_header({"Retry-After": "30"}) == 30.0
    assert retry_after_header({"retry-after": ["2.5"]}) == 2.5  # slack_sdk gives lists
    assert retry_after_header([("RETRY-AFTER", "7")]) == 7.0
    date = retry_after_header({"Retry-After": "Sat, 14 Mar 2099 09:31:00 GMT"})
    assert date is not None and date > 1e9
    assert retry_after_header({"Retry-After": "later"}) is None
    assert retry_after_header({"Content-Type": "text/plain"}) is None and retry_after_header(None) is None


def test_retry_after_delta_is_capped_and_never_negative() -> None:
    assert retry_after_delta(None) is None
    assert retry_after_delta(90.0) == timedelta(seconds=90)
    assert retry_after_delta(1e30) == timedelta(days=7)  # not an OverflowError
    assert retry_after_delta(-5.0) == timedelta(0)
