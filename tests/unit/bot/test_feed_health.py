"""What ``sources`` says about a feed (newsbrief.bot.ingest.health)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsbrief.bot.ingest.health import describe_feed
from newsbrief.bot.store.records import FeedHealth

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
HEALTHY = FeedHealth(
    id="wire",
    url="https://wire.example/rss",
    config_url="https://wire.example/rss",
    name="The Wire",
    etag=None,
    last_modified=None,
    last_success_at=NOW - timedelta(minutes=10),
    last_error=None,
    last_error_at=None,
    consecutive_failures=0,
    disabled=False,
    disabled_reason=None,
    next_poll_at=None,
    updated_at=NOW,
)


def test_healthy_feed_waits_for_its_interval() -> None:
    lines = describe_feed(HEALTHY, 30, NOW)
    assert "ok, last fetched 2026-03-14 09:20 UTC" in lines[0]
    assert not any("last error" in line for line in lines)
    assert lines[-1].strip() == "next attempt: 2026-03-14 09:50 UTC (interval, every 30 min)"
    overdue = describe_feed(HEALTHY, 5, NOW)[-1]
    assert "at the next pass" in overdue and "interval" in overdue


def test_failing_feed_says_since_when_what_and_until_when() -> None:
    failing = replace(
        HEALTHY,
        consecutive_failures=3,
        failing_since=NOW - timedelta(hours=2),
        last_error="HTTP 429 Too Many Requests",
        last_error_at=NOW - timedelta(minutes=1),
        next_poll_at=NOW + timedelta(hours=1),
        next_poll_reason="Retry-After",
    )
    lines = describe_feed(failing, 30, NOW)
    assert "failing since 2026-03-14 07:30 UTC (3 failures in a row)" in lines[0]
    assert lines[1].strip() == "last error: HTTP 429 Too Many Requests"
    assert lines[2].strip() == "next attempt: 2026-03-14 10:30 UTC (Retry-After)"
    backing_off = replace(failing, next_poll_reason="back-off")
    assert describe_feed(backing_off, 30, NOW)[2].strip().endswith("(back-off)")


def test_gone_feed_says_since_when_it_is_disabled() -> None:
    gone = replace(
        HEALTHY, disabled=True, disabled_reason="HTTP 410 Gone", disabled_at=NOW - timedelta(days=2)
    )
    lines = describe_feed(gone, 30, NOW)
    assert "disabled since 2026-03-12 09:30 UTC (HTTP 410 Gone)" in lines[0]
    assert "never" in lines[-1]
    new = replace(HEALTHY, last_success_at=None)
    assert "not fetched yet" in describe_feed(new, 30, NOW)[0]
