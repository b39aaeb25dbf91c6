"""The delivery ledger (an outbox): each digest is recorded before it is sent and marked after.

``DeliveryLedger.deliver(channel, slot, adapter)`` does four steps, each a committed write or a send:

(a) build the digest and record it: ``create_digest`` is unique on (channel, slot), so only one
    caller (in any process) creates it; every other caller re-reads the recorded digest and posts
    exactly that content, never a second selection;
(b) record a pending delivery with a deterministic ``txn_id`` = ``digest:<channel>:<slot UTC ISO>``
    (``add_delivery`` is idempotent on it); if that delivery is already ``sent``, stop: a digest is
    never posted twice;
(c) ``adapter.post_digest(channel, digest, txn_id)``;
(d) ``mark_sent(delivery, message_id)``.

``reconcile(adapters)`` runs on start (and periodically, for retries): every pending delivery is
confirmed or sent again with the same ``txn_id``; a transient failure leaves it pending with
``attempts`` incremented and a back-off (``DeliveryError.retry_after`` when the platform gave one).
A permanent one (``DeliveryError.permanent``: the message itself is refused, e.g. too large) is not
retried: the delivery is marked ``failed``, its digest's stories return to the pool in the same
transaction (the next digest carries them), it is logged as an error and reported (``on_rejected``). The last
digest of each known channel is also checked for a missing delivery row, which covers a crash
between (a) and (b).

What can and cannot be guaranteed
---------------------------------
A crash before (c) loses nothing: the digest row and the pending delivery make reconcile send it.
A crash after (d) repeats nothing: the delivery is ``sent``. A crash *between (c) and (d)* leaves a
delivery that may or may not have reached the platform, and no local record can tell which. Only
the platform can, so exactly-once there needs help from the adapter:

* Matrix: the send uses ``txn_id`` as the transaction id (``PUT .../send/m.room.message/{txnId}``);
  the homeserver returns the original event for a repeated transaction id from the same device, so
  re-sending *is* idempotent.
* Adapters may implement ``confirm_sent(channel, txn_id) -> message_id | None`` (the
  :class:`ConfirmingAdapter` extension): before re-sending a delivery
  that may have been attempted, the ledger asks; a found message is marked sent, not re-posted.
  Slack: the adapter posts with message ``metadata`` (``event_type: newsbrief_digest``,
  ``event_payload: {"txn_id": ...}``) and ``confirm_sent`` reads the channel's history from the
  slot onward (``conversations.history`` with ``oldest`` and ``include_all_metadata``, every page
  of the cursor) for it. Console: the terminal cannot be
  read back; the console adapter may keep an append-only log to scan, otherwise a crash in that
  window can print a digest twice (at-least-once), which we accept for a terminal.
* Without either, delivery is at-least-once: a crash between (c) and (d) can post twice; nothing
  is ever dropped. ``confirm_sent`` is only called when a send may have happened before (the digest
  or the delivery pre-existed, or an attempt failed), never on the ordinary first send.

Two leaders. Before step (c) the delivery is *claimed* (``Store.claim_delivery``) with the
scheduler's fence, ``(lock name, epoch)``: every acquisition of the leader lock bumps the epoch, and
the claim compares it in the same transaction. A leader whose lock connection dropped while its
process lives therefore cannot claim, hence cannot send, once a standby has taken over (status
``fenced``; the scheduler then stands down). A claim made just before the hand-over can still be
sending while the new leader reconciles, so the new leader leaves a pending delivery that an older
epoch claimed alone for ``handover_hold_off`` (default :data:`HANDOVER_HOLD_OFF`, longer than one
platform request with its time-out) from the moment it first uses its own fence; by then the old
send has landed or failed, and the confirm-first lookup finds a landed one. A send that the old
leader's adapter keeps retrying for longer than that (a long Retry-After) can still overlap.
On-demand digests (``digest now``) carry no fence: their slot is unique.

``confirm_sent`` returning None after a send that did reach the platform (e.g. Slack history not yet
consistent) would re-post; adapters should only return None when they are sure.
"""

from __future__ import annotations

import asyncio
import json
import logging
import weakref
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar, runtime_checkable

from newsbrief.bot.adapters.base import ChatAdapter, DeliveryError
from newsbrief.bot.config import ChannelConfig
from newsbrief.bot.digest import build_digest, digest_from_dict, digest_to_dict
from newsbrief.bot.domain import ChannelRef, Digest
from newsbrief.bot.retry_policy import DIGEST_SENDS
from newsbrief.bot.store import AsyncStore, DeliveryRecord, DigestRecord, StoreLike
from newsbrief.bot.store.errors import NotStored

logger = logging.getLogger(__name__)

# How long a new leader leaves a delivery claimed under an older epoch alone: longer than one send of
# the old leader can take (a platform request with its time-out, 60 s on Matrix), so the old send has
# landed or failed before the new leader looks for it and, if it is not there, sends.
HANDOVER_HOLD_OFF = timedelta(minutes=2)

_Part = TypeVar("_Part")


@runtime_checkable
class ConfirmingAdapter(Protocol):
    """Optional adapter extension: find a message we may already have posted, by its ``txn_id``.

    A Protocol because two real adapters have it (``SlackAdapter``, ``MatrixAdapter``; the app's
    ``ThreadRecordingAdapter`` passes it on) and others do not (the console): the ledger asks
    ``isinstance(adapter, ConfirmingAdapter)``."""

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        """The platform message id of the message posted with ``txn_id``, or None if there is none.

        ``since``: the digest's slot; it was not posted before, so history older than it need not
        be read."""
        ...


@dataclass(frozen=True)
class DeliveryOutcome:
    """What ``deliver`` did. ``status``:

    * ``sent``: posted now; ``confirmed``: found already on the platform (``confirm_sent``), marked sent;
    * ``already_sent``: the ledger says it was delivered before, nothing done;
    * ``empty``: no stories and the channel skips empty digests; the slot is recorded, nothing posted;
    * ``failed``: the send failed; the delivery stays pending and is retried (``retry_at``);
    * ``rejected``: the platform refused the message for good (``DeliveryError.permanent``): the
      delivery is ``failed``, never retried, its stories are back in the pool for the next digest,
      and ``on_rejected`` (the app reports to the admins) was called;
    * ``deferred``: pending, but its back-off has not expired yet, or an earlier leader claimed it
      and may still be sending it (``handover_hold_off``); the retry job sends it later;
    * ``fenced``: not sent because ``fence`` is stale (another instance is the leader now).
    """

    status: str
    channel_id: str
    slot: datetime
    digest_id: int | None = None
    delivery_id: int | None = None
    message_id: str | None = None
    digest: Digest | None = None
    error: str | None = None
    retry_at: datetime | None = None


class PartProgress:
    """Which messages of a digest posted in several parts are on the platform already, by the
    delivery's ``txn_id`` (the store's key-value table, key ``<platform>:txn:<txn_id>``): a retried
    digest posts only the missing parts, and a digest is confirmed sent once every part is there.
    The same on every platform; the adapters only post."""

    def __init__(self, store: StoreLike, platform: str) -> None:
        self.db = AsyncStore.of(store)
        self.platform = platform

    def _key(self, txn_id: str) -> str:
        return f"{self.platform}:txn:{txn_id}"

    async def posted(self, txn_id: str) -> list[str]:
        """The message ids of the parts posted so far, in order."""
        raw = await self.db.get_kv(self._key(txn_id))
        return [str(m) for m in json.loads(raw).get("ts", [])] if raw else []

    async def complete(self, txn_id: str) -> str | None:
        """The first part's message id when every part is posted, else None."""
        raw = await self.db.get_kv(self._key(txn_id))
        if not raw:
            return None
        data = json.loads(raw)
        posted, parts = data.get("ts") or [], int(data.get("parts") or 0)
        return str(posted[0]) if parts > 0 and len(posted) >= parts else None

    async def record(self, txn_id: str, posted: Sequence[str], parts: int) -> None:
        value = json.dumps({"ts": list(posted), "parts": parts})
        await self.db.set_kv(self._key(txn_id), value)

    async def post(
        self,
        txn_id: str,
        parts: Sequence[_Part],
        send: Callable[[int, _Part], Awaitable[str]],
        *,
        on_posted: Callable[[str, str], Awaitable[None]] | None = None,
    ) -> str:
        """Post a digest's ``parts`` that are not on the platform yet, in order, with ``send(i,
        part)`` (the adapter's one call: it returns the message id); each is recorded as soon as
        it is posted, so a failure part-way (``send`` raises) leaves the posted ones recorded and
        the next attempt starts at the first missing part. ``on_posted(message_id, first_id)``
        runs after each (the adapters record the digest's thread). Returns the first part's id."""
        if not parts:
            raise ValueError("a digest has at least one part")
        posted = await self.posted(txn_id)
        for i, part in enumerate(parts):
            if i < len(posted):
                continue  # posted by an earlier attempt
            posted.append(await send(i, part))
            await self.record(txn_id, posted, len(parts))
            if on_posted is not None:
                await on_posted(posted[-1], posted[0])
        return posted[0]


def digest_txn_id(channel_id: str, slot: datetime) -> str:
    """The delivery's transaction id: stable for a (channel, slot), whatever the slot's timezone."""
    return f"digest:{channel_id}:{slot.astimezone(UTC).isoformat()}"


def on_demand_slot() -> datetime:
    """The slot of a digest asked for now (in chat or by ``newsbrief digest``): the current instant
    to the microsecond, so it never collides with a scheduled slot nor with another request made
    within the same second (each would otherwise read as the first one's "already sent")."""
    return datetime.now(UTC)


def channel_ref(channel: ChannelConfig) -> ChannelRef:
    return ChannelRef(platform=channel.platform, id=channel.target)


@dataclass
class _Backoff:
    not_before: dict[int, datetime] = field(default_factory=dict)


class DeliveryLedger:
    """Records, sends and reconciles digests (see the module docstring for the guarantees).

    ``store`` is a ``newsbrief.bot.store.Store``, awaited through ``AsyncStore`` (``self.db``).
    ``feed_ids_for(channel)`` gives the feeds a channel follows (the app passes
    ``config.feeds_for``-based ids, which resolve feed topics); default: the channel's own ``feeds``.
    ``clock`` returns the current time (tests pass a fixed one). ``on_rejected(outcome)`` is awaited
    after a permanent rejection (the app tells the platform's admins).
    """

    def __init__(
        self,
        store: Any,
        *,
        feed_ids_for: Callable[[Any], Sequence[str] | None] | None = None,
        clock: Callable[[], datetime] | None = None,
        on_rejected: Callable[[DeliveryOutcome], Awaitable[None]] | None = None,
        handover_hold_off: timedelta = HANDOVER_HOLD_OFF,
    ) -> None:
        self.store = store
        self.handover_hold_off = handover_hold_off
        # the first time this ledger used each fence: its leadership began no later than that
        self._fence_first_used: dict[tuple[str, int], datetime] = {}
        self.db = AsyncStore(store)
        self.on_rejected = on_rejected
        self.feed_ids_for = feed_ids_for
        self.clock = clock or (lambda: datetime.now(UTC))
        # one lock per txn id while someone holds or awaits it (weak: no growth over months of slots)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._backoff = _Backoff()

    def _lock(self, txn_id: str) -> asyncio.Lock:
        lock = self._locks.get(txn_id)
        if lock is None:
            lock = self._locks[txn_id] = asyncio.Lock()
        return lock

    async def _delivery(self, delivery_id: int) -> DeliveryRecord:
        """A delivery the ledger recorded (deliveries are never deleted)."""
        found = await self.db.get_delivery(delivery_id)
        if found is None:
            raise NotStored(f"delivery {delivery_id} is not in the store")
        return found

    async def _digest(self, digest_id: int) -> DigestRecord:
        """A digest the ledger recorded (digests are never deleted)."""
        found = await self.db.get_digest(digest_id)
        if found is None:
            raise NotStored(f"digest {digest_id} is not in the store")
        return found

    # ------------------------------------------------------------------ deliver

    async def deliver(
        self,
        channel: ChannelConfig,
        slot: datetime,
        adapter: ChatAdapter,
        *,
        now: datetime | None = None,
        fence: tuple[str, int] | None = None,
    ) -> DeliveryOutcome:
        """Record and post ``channel``'s digest for ``slot`` once (safe to call again for the same slot).

        ``fence``: the scheduler's leadership ``(lock name, epoch)``; when it is stale the delivery
        is not claimed and nothing is sent (status ``fenced``); a pending delivery of that slot
        claimed by an earlier leader is left alone for a while (status ``deferred``, see the module
        docstring) and the retry job finishes it."""
        now = now or self.clock()
        if fence is not None:
            self._fence_first_used.setdefault(fence, now)
        slot = slot.astimezone(UTC)
        txn_id = digest_txn_id(channel.id, slot)
        async with self._lock(txn_id):
            last = await self.db.last_digest(channel.id)
            if last is not None and last.slot == slot:
                digest_id, created = last.id, False  # recorded before: no need to select again
            else:
                feed_ids = self.feed_ids_for(channel) if self.feed_ids_for else None
                digest = await self.db.run(build_digest, channel, slot, now, feed_ids=feed_ids)
                post = bool(digest.stories) or not channel.quiet.skip_empty
                rendered = digest_to_dict(digest)
                rendered["post"] = post
                versions = [(ds.story.id, ds.story.version) for ds in digest.stories]
                digest_id, created = await self.db.create_digest(
                    channel.id, slot, versions, rendered, now=now
                )
            if created:
                digest = Digest(channel_id=digest.channel_id, slot=slot, stories=digest.stories, id=digest_id)
            else:
                record = await self._digest(digest_id)
                digest = digest_from_dict(record.rendered, digest_id)
                post = bool(record.rendered.get("post", True))
                logger.info("digest for %s at %s was recorded before (id %d)", channel.id, slot, digest_id)
            if not post:
                logger.info("digest for %s at %s is empty; not posted", channel.id, slot)
                return DeliveryOutcome("empty", channel.id, slot, digest_id=digest_id, digest=digest)
            ref = channel_ref(channel)
            delivery_id = await self.db.add_delivery(
                digest_id,
                channel.id,
                channel.platform,
                txn_id,
                payload={"target": ref.id},
                now=now,
            )
            delivery = await self._delivery(delivery_id)
            if delivery.state != "pending":
                logger.info(
                    "digest %d for %s already %s; not posted again", digest_id, channel.id, delivery.state
                )
                return DeliveryOutcome(
                    "already_sent" if delivery.state == "sent" else delivery.state,
                    channel.id,
                    slot,
                    digest_id=digest_id,
                    delivery_id=delivery_id,
                    message_id=delivery.platform_message_id,
                    digest=digest,
                )
            maybe_sent_before = not created or delivery.attempts > 0
            return await self._send(adapter, ref, digest, delivery_id, txn_id, maybe_sent_before, now, fence)

    async def _send(
        self,
        adapter: ChatAdapter,
        ref: ChannelRef,
        digest: Digest,
        delivery_id: int,
        txn_id: str,
        maybe_sent_before: bool,
        now: datetime,
        fence: tuple[str, int] | None = None,
    ) -> DeliveryOutcome:
        """Claim (with the fence), then steps (c) and (d) with the confirm-first rule; call with the
        txn lock held."""

        def outcome(status: str, **kw: Any) -> DeliveryOutcome:
            return DeliveryOutcome(
                status, digest.channel_id, digest.slot, digest.id, delivery_id, digest=digest, **kw
            )

        if maybe_sent_before and fence is not None:
            held_until = self._held_off(await self._delivery(delivery_id), fence, now)
            if held_until is not None:
                self._backoff.not_before[delivery_id] = held_until
                logger.info(
                    "delivery %s was claimed by an earlier leader; left alone until %s", txn_id, held_until
                )
                return outcome("deferred", retry_at=held_until)
        if not await self.db.claim_delivery(delivery_id, fence):
            current = await self._delivery(delivery_id)
            if current is not None and current.state != "pending":
                return outcome("already_sent" if current.state == "sent" else current.state)
            logger.warning("delivery %s not sent: this instance is no longer the leader", txn_id)
            return outcome("fenced")

        try:
            if maybe_sent_before and isinstance(adapter, ConfirmingAdapter):
                found = await adapter.confirm_sent(ref, txn_id, since=digest.slot)
                if found is not None:
                    await self.db.mark_sent(delivery_id, found)
                    self._backoff.not_before.pop(delivery_id, None)
                    logger.info("delivery %s found on %s as %s; marked sent", txn_id, ref.platform, found)
                    return outcome("confirmed", message_id=found)
            message_id = await adapter.post_digest(ref, digest, txn_id)
        except Exception as exc:  # DeliveryError, or an adapter bug: the delivery stays pending either way
            if not isinstance(exc, DeliveryError):
                logger.exception("adapter %s raised while posting %s", ref.platform, txn_id)
            elif exc.permanent:
                return await self._give_up(ref, digest, delivery_id, txn_id, exc)
            attempts = await self.db.mark_failed(delivery_id, str(exc) or type(exc).__name__)
            retry_after = exc.retry_after if isinstance(exc, DeliveryError) else None
            retry_at = DIGEST_SENDS.after_failure(attempts, now, retry_after).at
            assert retry_at is not None
            self._backoff.not_before[delivery_id] = retry_at
            logger.warning(
                "delivery %s to %s failed (attempt %d): %s; retry after %s",
                txn_id,
                ref.platform,
                attempts,
                exc,
                retry_at,
            )
            return outcome("failed", error=str(exc), retry_at=retry_at)
        await self.db.mark_sent(delivery_id, message_id)
        self._backoff.not_before.pop(delivery_id, None)
        logger.info("digest %s posted to %s %s as %s", txn_id, ref.platform, ref.id, message_id)
        return outcome("sent", message_id=message_id)

    def _held_off(self, current: DeliveryRecord, fence: tuple[str, int], now: datetime) -> datetime | None:
        """Until when a delivery claimed under another (older) leader epoch is left alone, or None.

        Only a claim from before this leadership can be another leader's send in flight; it is
        left alone until ``handover_hold_off`` after this ledger first used ``fence``."""
        first = self._fence_first_used.setdefault(fence, now)
        if current.state != "pending" or current.claimed_epoch in (None, fence[1]):
            return None
        until = first + self.handover_hold_off
        return until if now < until else None

    async def _give_up(
        self, ref: ChannelRef, digest: Digest, delivery_id: int, txn_id: str, exc: DeliveryError
    ) -> DeliveryOutcome:
        """A permanent rejection: the delivery is marked failed, its stories go back to the pool,
        and the admins are told (``on_rejected``)."""
        released = await self.db.give_up_delivery(delivery_id, str(exc) or type(exc).__name__)
        self._backoff.not_before.pop(delivery_id, None)
        logger.error(
            "delivery %s to %s %s refused for good (%s); not retried, %d stories back in the pool",
            txn_id,
            ref.platform,
            ref.id,
            exc,
            len(released),
        )
        outcome = DeliveryOutcome(
            "rejected", digest.channel_id, digest.slot, digest.id, delivery_id, digest=digest, error=str(exc)
        )
        if self.on_rejected is not None:
            try:
                await self.on_rejected(outcome)
            except Exception:
                logger.exception("reporting the rejected delivery %s failed", txn_id)
        return outcome

    # ------------------------------------------------------------------ reconcile

    async def reconcile(
        self,
        adapters: Mapping[str, ChatAdapter],
        channels: Sequence[ChannelConfig] = (),
        *,
        now: datetime | None = None,
        fence: tuple[str, int] | None = None,
    ) -> list[DeliveryOutcome]:
        """Confirm or re-send every pending digest delivery whose back-off has expired (``fence``
        as for :meth:`deliver`; a stale one stops at the first delivery).

        ``adapters`` maps platform name -> adapter; deliveries for a platform without an adapter stay
        pending. ``channels`` (the configured ones) lets reconcile also find a channel's last digest
        that was recorded but whose delivery row was never written (a crash between steps (a) and (b)),
        and supplies targets for deliveries recorded without one.
        """
        now = now or self.clock()
        if fence is not None:
            self._fence_first_used.setdefault(fence, now)
        by_id = {c.id: c for c in channels}
        for ch in channels:
            if ch.platform in adapters:
                await self._ensure_delivery_row(ch, now)
        outcomes: list[DeliveryOutcome] = []
        for d in await self.db.pending_deliveries():
            if d.kind != "digest" or d.digest_id is None:
                continue
            adapter = adapters.get(d.platform)
            if adapter is None:
                logger.debug("no %s adapter; delivery %s stays pending", d.platform, d.txn_id)
                continue
            outcomes.append(await self._reconcile_one(d, adapter, by_id, now, fence))
            if outcomes[-1].status == "fenced":
                break
        return outcomes

    async def _ensure_delivery_row(self, ch: ChannelConfig, now: datetime) -> None:
        last = await self.db.last_digest(ch.id)
        if last is None or not last.rendered.get("post", True):
            return
        txn_id = digest_txn_id(ch.id, last.slot)
        async with self._lock(txn_id):
            await self.db.add_delivery(
                last.id,
                ch.id,
                ch.platform,
                txn_id,
                payload={"target": ch.target},
                now=now,
            )

    async def _reconcile_one(
        self,
        d: Any,
        adapter: ChatAdapter,
        by_id: Mapping[str, ChannelConfig],
        now: datetime,
        fence: tuple[str, int] | None = None,
    ) -> DeliveryOutcome:
        not_before = self._backoff.not_before.get(d.id)
        async with self._lock(d.txn_id):
            current = await self._delivery(d.id)
            record = await self._digest(d.digest_id)
            digest = digest_from_dict(record.rendered, record.id)
            if current.state != "pending":
                return DeliveryOutcome(
                    "already_sent",
                    d.channel_id,
                    record.slot,
                    record.id,
                    d.id,
                    current.platform_message_id,
                    digest,
                )
            if not_before is not None and now < not_before:
                return DeliveryOutcome(
                    "deferred", d.channel_id, record.slot, record.id, d.id, digest=digest, retry_at=not_before
                )
            target = (d.payload or {}).get("target")
            if not target and d.channel_id in by_id:
                target = by_id[d.channel_id].target
            if not target:
                logger.error(
                    "delivery %s has no target and channel %s is not configured", d.txn_id, d.channel_id
                )
                return DeliveryOutcome(
                    "failed", d.channel_id, record.slot, record.id, d.id, digest=digest, error="no target"
                )
            ref = ChannelRef(platform=d.platform, id=str(target))
            logger.info("reconciling pending delivery %s (attempts %d)", d.txn_id, current.attempts)
            # A pending delivery found here may have been sent by a process that died before (d).
            return await self._send(adapter, ref, digest, d.id, d.txn_id, True, now, fence)
