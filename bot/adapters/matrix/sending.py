"""Sending ``m.room.message`` events, and finding one sent before by its transaction id.

Sends use a transaction id, and Synapse returns the original event for a repeated transaction id
from the same device, so a retried send is not doubled. ``M_LIMIT_EXCEEDED``/429 is waited out
(``retry_after_ms``, at most ``max_retry_wait_s`` at a time) and a connection failure retried with
back-off, within ``max_send_attempts``; then, like every other failure, a
:class:`~newsbrief.bot.adapters.base.DeliveryError` (``permanent`` when a retry cannot help).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from nio import AsyncClient, LocalProtocolError, RoomMessagesResponse, RoomSendResponse, SendRetryError
from nio.exceptions import OlmTrustError

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.adapters.matrix.errors import TRANSPORT_ERRORS, is_permanent
from newsbrief.bot.adapters.matrix.rooms import RoomDirectory
from newsbrief.bot.retry_policy import RATE_LIMITED_CALLS, RetryPolicy

logger = logging.getLogger(__name__)


class Sender:
    """Sends to channel targets (resolved by ``directory``) as the bot ``user_id``, retrying as the
    module docstring says; ``retry``: the back-off after a connection failure."""

    def __init__(
        self,
        client: Callable[[], AsyncClient],
        directory: RoomDirectory,
        user_id: str,
        *,
        to_unverified_devices: bool,
        max_send_attempts: int,
        max_retry_wait_s: float,
        retry: RetryPolicy,
    ) -> None:
        self._client = client
        self.directory = directory
        self.user_id = user_id
        self.to_unverified_devices = to_unverified_devices
        self.max_send_attempts = max(1, max_send_attempts)
        self.max_retry_wait_s = max_retry_wait_s
        self.retry = retry

    async def send(self, target: str, content: dict[str, Any], txn_id: str) -> str:
        """``m.room.message`` with ``txn_id``; returns the event id. Rate limits are waited out and
        connection failures retried with back-off, both within ``max_send_attempts``; then, or on
        any other error, DeliveryError."""
        client = self._client()
        room_id = await self.directory.room_id(target)
        for attempt in range(1, self.max_send_attempts + 1):
            try:
                resp = await client.room_send(
                    room_id,
                    "m.room.message",
                    content,
                    tx_id=txn_id,
                    ignore_unverified_devices=self.to_unverified_devices,
                )
            except TRANSPORT_ERRORS as exc:
                # Safe to repeat: the homeserver returns the first event for a repeated txn id.
                if attempt < self.max_send_attempts:
                    delay = self.retry.wait_s(attempt)
                    logger.info("matrix: sending to %s failed (%r); retrying in %.1fs", room_id, exc, delay)
                    await asyncio.sleep(delay)
                    continue
                raise DeliveryError(f"sending to {room_id} failed: {exc!r}") from exc
            except (SendRetryError, OlmTrustError, LocalProtocolError) as exc:
                raise DeliveryError(f"cannot send to {room_id}: {exc}") from exc
            if isinstance(resp, RoomSendResponse):
                return str(resp.event_id)
            retry_after = resp.retry_after_ms / 1000 if resp.retry_after_ms else None
            if resp.status_code == "M_LIMIT_EXCEEDED":
                wait = RATE_LIMITED_CALLS.wait_s(attempt, retry_after)
                if attempt < self.max_send_attempts and wait <= self.max_retry_wait_s:
                    logger.info(
                        "matrix: rate limited in %s; waiting %.2fs (attempt %d)", room_id, wait, attempt
                    )
                    await asyncio.sleep(wait)
                    continue
                raise DeliveryError(f"rate limited in {room_id} after {attempt} attempts", retry_after=wait)
            raise DeliveryError(
                f"sending to {room_id} failed: {resp}", retry_after=retry_after, permanent=is_permanent(resp)
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def find_sent(self, target: str, txn_id: str, since: datetime | None) -> dict[str, str]:
        """The events the bot sent in ``target``'s room, by transaction id, read backwards (100
        events a page) until ``txn_id`` is among them, the events are older than ``since`` (less
        five minutes for clock skew) or the room starts.

        The homeserver shows ``unsigned.transaction_id`` only to the device that sent the event,
        which is this one (the device persists across restarts)."""
        client = self._client()
        room_id = await self.directory.room_id(target)
        floor_ms = int((since.timestamp() - 300) * 1000) if since is not None else None
        sent: dict[str, str] = {}
        start: str | None = None
        for _ in range(10_000):
            try:
                resp = await client.room_messages(room_id, start=start, limit=100)
            except TRANSPORT_ERRORS as exc:
                raise DeliveryError(f"cannot read {room_id}: {exc!r}") from exc
            if not isinstance(resp, RoomMessagesResponse):
                raise DeliveryError(f"cannot read {room_id}: {resp}")
            older = False
            for event in resp.chunk:
                source = getattr(event, "source", {}) or {}
                if floor_ms is not None and int(source.get("origin_server_ts") or 0) < floor_ms:
                    older = True
                if source.get("sender") == self.user_id:
                    sent_txn = (source.get("unsigned") or {}).get("transaction_id")
                    if isinstance(sent_txn, str):
                        sent[sent_txn] = str(source["event_id"])
            if older or not resp.chunk or not resp.end or resp.end == start or txn_id in sent:
                break
            start = resp.end
        return sent
