"""Leased answer claims and send retries (bot/answers.py), with a real store on SQLite."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.answers import AnswerClaims, send_with_retries
from newsbrief.bot.store import Store

T0 = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


async def test_a_message_claimed_by_a_dead_process_is_answered_again_once(store: Store) -> None:
    clock = Clock()
    dead = AnswerClaims(store, "slack", lease=timedelta(minutes=10), clock=clock)
    assert await dead.claim("m1", {"text": "q1"})  # ... and the process dies before answering
    assert await dead.claim("m2", {"text": "q2"})
    await dead.finish("m2")  # answered
    alive = AnswerClaims(store, "slack", lease=timedelta(minutes=10), clock=clock)
    answered: list[tuple[str, str, bool]] = []

    async def reanswer(key: str, payload: dict[str, Any], give_up: bool) -> None:
        answered.append((key, payload["text"], give_up))

    assert await alive.sweep(reanswer) == 0  # the lease still runs: not taken over
    clock.now = T0 + timedelta(minutes=11)
    assert await alive.sweep(reanswer) == 1
    assert answered == [("m1", "q1", False)]
    assert await alive.sweep(reanswer) == 0 and len(answered) == 1  # finished: once


async def test_after_max_attempts_the_asker_is_told_instead(store: Store) -> None:
    clock = Clock()
    claims = AnswerClaims(store, "matrix", lease=timedelta(minutes=1), max_attempts=2, clock=clock)
    assert await claims.claim("$e", {"text": "q"})
    seen: list[bool] = []

    async def crash(key: str, payload: dict[str, Any], give_up: bool) -> None:
        seen.append(give_up)
        raise asyncio.CancelledError  # the answer is cut off, like a process that dies

    clock.now += timedelta(minutes=2)
    with pytest.raises(asyncio.CancelledError):
        await claims.sweep(crash)
    clock.now += timedelta(minutes=2)

    async def tell(key: str, payload: dict[str, Any], give_up: bool) -> None:
        seen.append(give_up)

    assert await claims.sweep(tell) == 1
    assert seen == [False, True]


async def test_answer_finishes_the_claim_unless_the_answer_was_cut_off(store: Store) -> None:
    """Both adapters run their answers through ``AnswerClaims.answer``: an answer that was sent or
    that failed finishes its claim; one cancelled mid-way (shutdown) leaves it for the sweep."""
    clock = Clock()
    claims = AnswerClaims(store, "slack", lease=timedelta(minutes=1), clock=clock)
    for key in ("sent", "failed", "cut"):
        assert await claims.claim(key, {"text": key})

    async def ok() -> None:
        return None

    async def boom() -> None:
        raise RuntimeError("the answer failed")

    async def cut() -> None:
        raise asyncio.CancelledError

    await claims.answer("sent", ok())
    with pytest.raises(RuntimeError):
        await claims.answer("failed", boom())
    with pytest.raises(asyncio.CancelledError):
        await claims.answer("cut", cut())
    clock.now += timedelta(minutes=2)
    swept: list[str] = []

    async def reanswer(key: str, payload: dict[str, Any], give_up: bool) -> None:
        swept.append(key)

    assert await claims.sweep(reanswer) == 1
    assert swept == ["cut"]  # positive control: an unfinished claim is swept; the finished ones not


async def test_send_with_retries_waits_as_asked_and_gives_up_on_permanent_errors() -> None:
    waits: list[float] = []

    async def sleep(s: float) -> None:
        waits.append(s)

    errors = [
        DeliveryError("429", retry_after=45.0),
        DeliveryError("429", retry_after=45.0),
        DeliveryError("conn"),
    ]

    async def flaky() -> str:
        if errors:
            raise errors.pop(0)
        return "ts-1"

    assert await send_with_retries(flaky, attempts=4, sleep=sleep) == "ts-1"
    assert waits == [45.0, 45.0, 8.0]  # Retry-After over 30 s is waited for; then 2**attempt

    async def refused() -> str:
        raise DeliveryError("msg_too_long", permanent=True)

    waits.clear()
    with pytest.raises(DeliveryError, match="msg_too_long"):
        await send_with_retries(refused, sleep=sleep)
    assert waits == []

    async def too_long() -> str:
        raise DeliveryError("429", retry_after=3600.0)

    with pytest.raises(DeliveryError):
        await send_with_retries(too_long, max_wait_s=300, sleep=sleep)
    assert waits == []
