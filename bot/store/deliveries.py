"""Digests and the delivery ledger: one digest per (channel, slot), each send recorded before it is made."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsbrief.bot.store.base import Repository, record_of, utcnow
from newsbrief.bot.store.errors import NotStored
from newsbrief.bot.store.models import DeliveryRow, DigestRow, DigestStoryRow, LeaderEpoch
from newsbrief.bot.store.records import DeliveryRecord, DigestRecord, DigestResult

logger = logging.getLogger(__name__)


class DeliveryRepository(Repository):
    """The ``digests``, ``digest_stories`` and ``deliveries`` tables."""

    def create_digest(
        self,
        channel_id: str,
        slot: datetime,
        story_versions: Sequence[tuple[int, int]],
        rendered: dict[str, Any],
        *,
        now: datetime | None = None,
    ) -> DigestResult:
        """Record the digest for a channel's scheduled ``slot`` unless one exists already.

        Returns ``(digest_id, True)`` for the caller that created it and ``(existing_id, False)`` for
        every other caller, in this or any other process: the unique (channel, slot) row decides.
        ``slot`` is compared as an instant (stored in UTC).
        """
        now = now or utcnow()
        stmt = (
            self._insert(DigestRow)
            .values(channel_id=channel_id, slot=slot, created_at=now, rendered=rendered)
            .on_conflict_do_nothing(index_elements=[DigestRow.channel_id, DigestRow.slot])
            .returning(DigestRow.id)
        )
        with self._write() as session:
            digest_id = session.scalar(stmt)
            if digest_id is None:
                existing = session.scalar(
                    sa.select(DigestRow.id).where(DigestRow.channel_id == channel_id, DigestRow.slot == slot)
                )
                if existing is None:  # pragma: no cover - the conflicting row is committed by then
                    raise RuntimeError(f"digest for {channel_id} at {slot} conflicted but cannot be read")
                return DigestResult(existing, False)
            rows = {sid: ver for sid, ver in story_versions}
            if rows:
                session.execute(
                    sa.insert(DigestStoryRow),
                    [{"digest_id": digest_id, "story_id": s, "story_version": v} for s, v in rows.items()],
                )
            logger.info(
                "digest %d recorded for %s at %s (%d stories)", digest_id, channel_id, slot, len(rows)
            )
            return DigestResult(digest_id, True)

    def get_digest(self, digest_id: int) -> DigestRecord | None:
        with self._read() as session:
            row = session.get(DigestRow, digest_id)
            return _digest_record(session, row) if row else None

    def last_digest(self, channel_id: str) -> DigestRecord | None:
        """The channel's digest with the latest slot."""
        query = (
            sa.select(DigestRow)
            .where(DigestRow.channel_id == channel_id)
            .order_by(DigestRow.slot.desc(), DigestRow.id.desc())
            .limit(1)
        )
        with self._read() as session:
            row = session.scalars(query).first()
            return _digest_record(session, row) if row else None

    def stories_in_digests(self, channel_id: str) -> dict[int, int]:
        """For each story a channel has been shown, the highest version shown."""
        query = (
            sa.select(DigestStoryRow.story_id, sa.func.max(DigestStoryRow.story_version))
            .join(DigestRow, DigestRow.id == DigestStoryRow.digest_id)
            .where(DigestRow.channel_id == channel_id)
            .group_by(DigestStoryRow.story_id)
        )
        with self._read() as session:
            return {int(sid): int(ver) for sid, ver in session.execute(query).all()}

    def add_delivery(
        self,
        digest_id: int | None,
        channel_id: str,
        platform: str,
        txn_id: str,
        kind: str = "digest",
        payload: dict[str, Any] | None = None,
        *,
        now: datetime | None = None,
    ) -> int:
        """A pending delivery, recorded before sending; returns its id.

        ``txn_id`` names the send (Matrix transaction id, or any key the adapter derives) and is
        unique: calling again with the same one returns the existing delivery and changes nothing.
        """
        stmt = (
            self._insert(DeliveryRow)
            .values(
                digest_id=digest_id,
                channel_id=channel_id,
                platform=platform,
                kind=kind,
                state="pending",
                txn_id=txn_id,
                attempts=0,
                created_at=now or utcnow(),
                payload=payload,
            )
            .on_conflict_do_nothing(index_elements=[DeliveryRow.txn_id])
            .returning(DeliveryRow.id)
        )
        with self._write() as session:
            delivery_id = session.scalar(stmt)
            if delivery_id is None:
                delivery_id = session.scalar(sa.select(DeliveryRow.id).where(DeliveryRow.txn_id == txn_id))
            assert delivery_id is not None
            return int(delivery_id)

    def mark_sent(self, delivery_id: int, message_id: str | None, *, now: datetime | None = None) -> None:
        """The platform accepted the message (``message_id``: Slack ``ts``, Matrix event id)."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.state = "sent"
            row.platform_message_id = message_id
            row.attempts += 1
            row.sent_at = now or utcnow()
            row.last_error = None

    def mark_failed(self, delivery_id: int, error: str, *, permanent: bool = False) -> int:
        """Count a failed attempt and return the attempt count. The delivery stays ``pending`` (it
        is retried) unless ``permanent``, which sets ``failed`` (it is then never retried)."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.attempts += 1
            row.last_error = error[:2000]
            if permanent:
                row.state = "failed"
            return row.attempts

    def claim_delivery(self, delivery_id: int, fence: tuple[str, int] | None = None) -> bool:
        """Claim a pending delivery for sending; False when it is no longer pending, or when
        ``fence`` (``(lock name, epoch)`` of the caller's leadership) is not the lock's current
        epoch: a leader that lost its lock must not send. The epoch is read (and on PostgreSQL
        locked against a concurrent bump) in the same transaction that records the claim."""
        with self._write() as session:
            if fence is not None:
                name, epoch = fence
                current = session.scalar(
                    sa.select(LeaderEpoch.epoch).where(LeaderEpoch.name == name).with_for_update()
                )
                if current != epoch:
                    logger.warning(
                        "delivery %d not claimed: leader epoch %s of %r is stale (current %s)",
                        delivery_id,
                        epoch,
                        name,
                        current,
                    )
                    return False
            row = _delivery(session, delivery_id)
            if row.state != "pending":
                return False
            row.claimed_epoch = fence[1] if fence is not None else None
            return True

    def give_up_delivery(self, delivery_id: int, error: str) -> list[int]:
        """The platform refused the delivery for good: mark it ``failed`` and return its digest's
        stories to the pool (the digest keeps its slot, so it is not built again, but its stories no
        longer count as shown, so the next digest carries them). One transaction; returns the
        released story ids."""
        with self._write() as session:
            row = _delivery(session, delivery_id)
            row.attempts += 1
            row.last_error = error[:2000]
            row.state = "failed"
            if row.digest_id is None:
                return []
            released = list(
                session.scalars(
                    sa.select(DigestStoryRow.story_id)
                    .where(DigestStoryRow.digest_id == row.digest_id)
                    .order_by(DigestStoryRow.story_id)
                )
            )
            session.execute(sa.delete(DigestStoryRow).where(DigestStoryRow.digest_id == row.digest_id))
            return [int(s) for s in released]

    def get_delivery(self, delivery_id: int) -> DeliveryRecord | None:
        with self._read() as session:
            row = session.get(DeliveryRow, delivery_id)
            return _delivery_record(row) if row else None

    def pending_deliveries(self, platform: str | None = None) -> list[DeliveryRecord]:
        """Deliveries not yet sent (nor given up), oldest first: what to reconcile on start."""
        query = sa.select(DeliveryRow).where(DeliveryRow.state == "pending").order_by(DeliveryRow.id)
        if platform is not None:
            query = query.where(DeliveryRow.platform == platform)
        with self._read() as session:
            return [_delivery_record(r) for r in session.scalars(query)]


def _delivery(session: Session, delivery_id: int) -> DeliveryRow:
    row = session.get(DeliveryRow, delivery_id)
    if row is None:
        raise NotStored(f"no delivery {delivery_id}")
    return row


def _digest_record(session: Session, row: DigestRow) -> DigestRecord:
    versions = session.execute(
        sa.select(DigestStoryRow.story_id, DigestStoryRow.story_version).where(
            DigestStoryRow.digest_id == row.id
        )
    ).all()
    return DigestRecord(
        id=row.id,
        channel_id=row.channel_id,
        slot=row.slot,
        created_at=row.created_at,
        rendered=dict(row.rendered),
        story_versions={int(s): int(v) for s, v in versions},
    )


def _delivery_record(row: DeliveryRow) -> DeliveryRecord:
    return record_of(DeliveryRecord, row, payload=dict(row.payload) if row.payload is not None else None)
