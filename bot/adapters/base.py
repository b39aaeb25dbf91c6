"""The contract every chat adapter (console, Slack, Matrix) fulfils."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Protocol

from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.retry_policy import PLATFORM_CONNECT, RetryPolicy

logger = logging.getLogger(__name__)

MessageHandler = Callable[[IncomingMessage], Awaitable[Reply | None]]


class AdapterUnavailable(NewsbriefError):
    """``start`` could not reach the platform (connection refused, timeout, HTTP 5xx or 429): worth
    trying again later, unlike a refused token or a wrong configuration."""


class DeliveryError(NewsbriefError):
    """A send failed; ``retry_after`` (seconds) is set when the platform asked us to wait.

    ``permanent`` means the platform refused this very message and sending it again cannot help
    (Slack ``msg_too_long`` or ``invalid_blocks``, Matrix ``M_TOO_LARGE``, an HTTP 4xx other than
    408/429): the delivery ledger gives the delivery up instead of retrying it.
    """

    def __init__(self, message: str, retry_after: float | None = None, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent


class ChatAdapter(Protocol):
    """What the app needs of a chat platform. A Protocol because several real adapters fulfil it:
    ``ConsoleAdapter``, ``SlackAdapter``, ``MatrixAdapter``, and the app's
    ``ThreadRecordingAdapter`` around each."""

    platform: str

    async def start(self, on_message: MessageHandler) -> None:
        """Connect and begin delivering incoming messages to ``on_message``; returns once connected."""

    async def stop(self) -> None: ...

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        """Post ``digest``; return the platform message id of its first message (the thread root).

        ``txn_id`` is stable across retries of the same delivery, so a platform that supports
        idempotent sends (Matrix transaction ids) does not double a retried send.
        Raises ``DeliveryError`` on failure.
        """
        ...

    async def send_reply(self, reply: Reply) -> str:
        """Send ``reply`` (in its thread when set); return the platform message id."""
        ...


async def start_with_retry(
    adapter: ChatAdapter,
    on_message: MessageHandler,
    *,
    policy: RetryPolicy = PLATFORM_CONNECT,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> int:
    """``adapter.start(on_message)``, tried again after ``policy``'s back-off (by default 1 s doubling
    up to 60 s, with jitter: ``newsbrief.bot.retry_policy.PLATFORM_CONNECT``) while it raises :class:`AdapterUnavailable`, each failure logged as one
    line. Any other error is raised. Returns the number of failed attempts."""
    failures = 0
    while True:
        try:
            await adapter.start(on_message)
        except AdapterUnavailable as exc:
            failures += 1
            delay = policy.wait_s(failures)
            logger.warning(
                "%s unreachable at start (%s); attempt %d failed, retrying in %.1fs",
                adapter.platform,
                exc,
                failures,
                delay,
            )
            await sleep(delay)
            continue
        if failures:
            logger.info("%s connected after %d failed attempts", adapter.platform, failures)
        return failures
