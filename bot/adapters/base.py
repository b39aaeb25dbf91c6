"""The contract every chat adapter (console, Slack, Matrix) fulfils."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.domain import ChannelRef, Digest, IncomingMessage, Reply

MessageHandler = Callable[[IncomingMessage], Awaitable[Reply | None]]


class DeliveryError(Exception):
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
