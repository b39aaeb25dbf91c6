"""Every question answered once, also across crashes, and never dropped without a word.

What both chat adapters share (the adapters only translate their payloads):

* :class:`AnswerClaims`: a message is *claimed with a lease* before it is answered
  (``AsyncStore.claim_answer``: the message itself is kept with the claim) and the claim is finished
  once the answer, or a word about why there is none, is sent. A retry or duplicate of the
  message finds a live or finished claim and is not answered again. If the process dies in
  between, the lease runs out and :meth:`AnswerClaims.sweep` (on start, then every
  ``lease / 2``, in whichever instance runs it first) claims the message again and answers it
  from the stored payload. After ``max_attempts`` takes (an answer that kills the process every
  time) the asker is told that it cannot be answered instead.
* :func:`send_with_retries`: a send that failed for a transient reason (a rate limit with a long
  ``Retry-After``, several 429s in a row, a connection error) is tried again, waiting as asked
  (at most ``max_wait_s`` at a time); a permanent refusal is not retried. When it still fails, the
  adapter tells the asker briefly (:data:`SORRY_UNSENT`), one attempt, and logs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.retry_policy import ANSWER_SENDS
from newsbrief.bot.store.facade import AsyncStore, StoreLike

logger = logging.getLogger(__name__)

T = TypeVar("T")

LEASE = timedelta(minutes=10)
MAX_ATTEMPTS = 3
SORRY_UNSENT = "Sorry, I could not send my answer ({reason}). Please ask again in a few minutes."
SORRY_GAVE_UP = "Sorry, I could not answer this message. Please ask again, perhaps in other words."


# Re-answer one claimed message from its payload; ``give_up``: tell the asker it cannot be answered.
Reanswer = Callable[[str, dict[str, Any], bool], Awaitable[None]]


class AnswerClaims:
    """Leased claims on one platform's incoming messages (see the module docstring)."""

    def __init__(
        self,
        store: StoreLike,
        platform: str,
        *,
        lease: timedelta = LEASE,
        max_attempts: int = MAX_ATTEMPTS,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = AsyncStore.of(store)
        self.platform = platform
        self.lease = lease
        self.max_attempts = max_attempts
        self.clock = clock or (lambda: datetime.now(UTC))

    async def claim(self, key: str, payload: dict[str, Any]) -> bool:
        """True when this caller is to answer the message ``key`` (see ``Store.claim_answer``)."""
        return await self.db.claim_answer(self.platform, key, payload, self.lease, now=self.clock())

    async def finish(self, key: str) -> None:
        await self.db.finish_answer(self.platform, key)

    async def answer(self, key: str, work: Awaitable[None]) -> None:
        """Run ``work``, the answer to the claimed message ``key``, then finish its claim (also when
        the answer raised: it is not tried again). Cancelled (shutdown) before the answer is sent,
        the claim stays: its lease runs out and :meth:`sweep` answers it."""
        try:
            await work
        except asyncio.CancelledError:
            raise
        except BaseException:
            await self.finish(key)
            raise
        await self.finish(key)

    async def sweep(self, reanswer: Reanswer) -> int:
        """Answer again every message whose claim's lease ran out unanswered; returns how many."""
        expired = await self.db.expired_answers(self.platform, now=self.clock())
        done = 0
        for key, payload, attempts in expired:
            if not await self.claim(key, payload):
                continue  # another instance took it first
            give_up = attempts >= self.max_attempts
            logger.warning(
                "%s message %s was claimed but never answered (attempt %d); %s",
                self.platform,
                key,
                attempts + 1,
                "telling the asker" if give_up else "answering it again",
            )
            try:
                await reanswer(key, payload, give_up)
            except asyncio.CancelledError:
                raise  # shutting down: the claim stays and its lease runs out again
            except Exception:
                logger.exception("answering %s message %s again failed", self.platform, key)
            await self.finish(key)
            done += 1
        return done

    async def run_sweeps(self, reanswer: Reanswer, interval_s: float | None = None) -> None:
        """:meth:`sweep` now and then every ``interval_s`` (default half the lease), until cancelled."""
        interval = interval_s if interval_s is not None else self.lease.total_seconds() / 2
        while True:
            try:
                await self.sweep(reanswer)
            except Exception:
                logger.exception("sweeping %s answer claims failed", self.platform)
            await asyncio.sleep(interval)


class ThreadRoots:
    """Which thread of ours a platform message belongs to: message id -> the id of its thread's
    root (a digest's or an answer's first message). Kept in the store (``<platform>:thread:
    <channel>:<message>``), so it survives restarts and is shared between instances; adapters
    are given one and keep no such state themselves."""

    def __init__(self, store: StoreLike, platform: str) -> None:
        self.db = AsyncStore.of(store)
        self.platform = platform

    def _key(self, channel: str, message_id: str) -> str:
        return f"{self.platform}:thread:{channel}:{message_id}"

    async def root(self, channel: str, message_id: str) -> str | None:
        """The root of our thread that ``message_id`` in ``channel`` is part of, or None."""
        return await self.db.get_kv(self._key(channel, message_id))

    async def remember(self, channel: str, message_id: str, root: str) -> None:
        await self.db.set_kv(self._key(channel, message_id), root)


async def send_with_retries(
    send: Callable[[], Awaitable[T]],
    *,
    attempts: int = 4,
    max_wait_s: float = 300.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> T:
    """``await send()``, tried up to ``attempts`` times while it raises a transient
    :class:`DeliveryError`: waiting its ``retry_after`` (a longer wait than ``max_wait_s`` is not
    waited for) or 2, 4, 8... seconds (``newsbrief.bot.retry_policy.ANSWER_SENDS``). A permanent error, or the
    last one, is raised."""
    for attempt in range(1, attempts + 1):
        try:
            return await send()
        except DeliveryError as exc:
            wait = ANSWER_SENDS.wait_s(attempt, exc.retry_after)
            if exc.permanent or attempt == attempts or wait > max_wait_s:
                raise
            logger.info("send failed (%s); trying again in %.1fs (attempt %d)", exc, wait, attempt)
            await sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover
