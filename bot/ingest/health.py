"""A feed's health in words, for ``sources`` (chat and command line): its status, since when it
fails and with what error, when it will be tried again and why, and since when it is disabled."""

from __future__ import annotations

from datetime import UTC, datetime

from newsbrief.bot.retry_policy import DISABLED, NEW, next_poll
from newsbrief.bot.store.records import FeedHealth


def _at(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def feed_status(health: FeedHealth, poll_minutes: int, now: datetime) -> str:
    """One line: ``ok``, ``failing since ...``, ``disabled since ...`` or ``not fetched yet``."""
    if health.disabled:
        disabled = f" since {_at(health.disabled_at)}" if health.disabled_at else ""
        return f"disabled{disabled} ({health.disabled_reason or 'no reason recorded'})"
    if health.consecutive_failures:
        first = health.failing_since or health.last_error_at
        n = health.consecutive_failures
        times = f"{n} failure{'s' if n != 1 else ''} in a row"
        return f"failing since {_at(first)} ({times})" if first else f"failing ({times})"
    if health.last_success_at:
        return f"ok, last fetched {_at(health.last_success_at)}"
    return "not fetched yet"


def next_attempt(health: FeedHealth, poll_minutes: int, now: datetime) -> str:
    """When the feed is polled next and why: ``2026-.. UTC (Retry-After)``, ``due now (interval)``..."""
    attempt = next_poll(health, poll_minutes)
    if attempt.reason == DISABLED or attempt.at is None:
        return "never (disabled until its configured URL changes)"
    if attempt.reason == NEW:
        return "at the next pass (never fetched)"
    if attempt.due(now):
        return f"at the next pass (due since {_at(attempt.at)}, {attempt.reason})"
    every = f", every {poll_minutes} min" if attempt.reason == "interval" else ""
    return f"{_at(attempt.at)} ({attempt.reason}{every})"


def describe_feed(health: FeedHealth, poll_minutes: int, now: datetime) -> list[str]:
    """The lines ``sources`` shows for one feed."""
    lines = [f"- {health.name} [{health.id}] {health.url}: {feed_status(health, poll_minutes, now)}"]
    if health.consecutive_failures and health.last_error:
        error = health.last_error if len(health.last_error) <= 200 else health.last_error[:199] + "…"
        lines.append(f"    last error: {error}")
    lines.append(f"    next attempt: {next_attempt(health, poll_minutes, now)}")
    return lines
