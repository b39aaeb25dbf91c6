"""Conversation state: claimed chat events and answers, small key-value state, per-channel overrides."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa

from newsbrief.bot.store.base import Repository, utcnow
from newsbrief.bot.store.models import ChannelOverride, KeyValue, ProcessedEvent


class StateRepository(Repository):
    """The ``processed_events``, ``kv`` and ``channel_overrides`` tables."""

    def claim_event(self, platform: str, event_id: str, *, now: datetime | None = None) -> bool:
        """True for the first caller to claim this event (across threads, processes and restarts),
        False for every repeat: Slack retries and duplicate Matrix events are answered once."""
        stmt = (
            self._insert(ProcessedEvent)
            .values(platform=platform, event_id=event_id, seen_at=now or utcnow())
            .on_conflict_do_nothing(index_elements=[ProcessedEvent.platform, ProcessedEvent.event_id])
            .returning(ProcessedEvent.event_id)
        )
        with self._write() as session:
            return session.scalar(stmt) is not None

    def claim_answer(
        self,
        platform: str,
        event_id: str,
        payload: dict[str, Any],
        lease: timedelta,
        *,
        now: datetime | None = None,
    ) -> bool:
        """Claim a message for answering, for ``lease``: True for the first caller, and again for
        a caller that finds an earlier claim whose lease ran out unanswered (the claimer crashed);
        False while the claim is live or once it is answered (:meth:`finish_answer`). The
        ``payload`` (the message) is kept so :meth:`expired_answers` can hand it to another taker."""
        now = now or utcnow()
        stmt = (
            self._insert(ProcessedEvent)
            .values(
                platform=platform,
                event_id=event_id,
                seen_at=now,
                lease_until=now + lease,
                payload=payload,
                attempts=1,
            )
            .on_conflict_do_nothing(index_elements=[ProcessedEvent.platform, ProcessedEvent.event_id])
            .returning(ProcessedEvent.event_id)
        )
        with self._write() as session:
            if session.scalar(stmt) is not None:
                return True
            row = session.scalars(
                sa.select(ProcessedEvent)
                .where(ProcessedEvent.platform == platform, ProcessedEvent.event_id == event_id)
                .with_for_update()
            ).first()
            if row is None or row.lease_until is None or row.lease_until > now:
                return False
            row.lease_until = now + lease
            row.attempts += 1
            return True

    def finish_answer(self, platform: str, event_id: str) -> None:
        """The message is answered (or the asker told why not): its claim ends for good."""
        with self._write() as session:
            session.execute(
                sa.update(ProcessedEvent)
                .where(ProcessedEvent.platform == platform, ProcessedEvent.event_id == event_id)
                .values(lease_until=None, payload=None)
            )

    def expired_answers(
        self, platform: str, *, now: datetime | None = None, limit: int = 100
    ) -> list[tuple[str, dict[str, Any], int]]:
        """Claimed messages whose lease ran out unanswered, oldest first: ``(event_id, payload,
        attempts)``. Take one over with :meth:`claim_answer`."""
        now = now or utcnow()
        query = (
            sa.select(ProcessedEvent.event_id, ProcessedEvent.payload, ProcessedEvent.attempts)
            .where(
                ProcessedEvent.platform == platform,
                ProcessedEvent.lease_until.is_not(None),
                ProcessedEvent.lease_until <= now,
            )
            .order_by(ProcessedEvent.seen_at)
            .limit(limit)
        )
        with self._read() as session:
            return [(str(e), dict(p or {}), int(a)) for e, p, a in session.execute(query).all()]

    def prune_events(self, older_than: datetime) -> int:
        """Forget claimed events seen before ``older_than``; returns how many."""
        with self._write() as session:
            result = session.connection().execute(
                sa.delete(ProcessedEvent).where(ProcessedEvent.seen_at < older_than)
            )
            return int(result.rowcount)

    def get_kv(self, key: str) -> str | None:
        with self._read() as session:
            return session.scalar(sa.select(KeyValue.value).where(KeyValue.key == key))

    def set_kv(self, key: str, value: str) -> None:
        """Set a small piece of state (e.g. the Matrix sync token), replacing any previous value."""
        stmt = self._insert(KeyValue).values(key=key, value=value)
        stmt = stmt.on_conflict_do_update(index_elements=[KeyValue.key], set_={"value": stmt.excluded.value})
        with self._write() as session:
            session.execute(stmt)

    def get_channel_override(self, channel_id: str) -> dict[str, Any] | None:
        """Settings an admin changed in chat for this channel (feeds, schedule), or None."""
        with self._read() as session:
            data = session.scalar(
                sa.select(ChannelOverride.settings).where(ChannelOverride.channel_id == channel_id)
            )
        return dict(data) if data is not None else None

    def set_channel_override(
        self, channel_id: str, settings: dict[str, Any], *, now: datetime | None = None
    ) -> None:
        """Replace the channel's overrides with ``settings`` (JSON-serialisable)."""
        stmt = self._insert(ChannelOverride).values(
            channel_id=channel_id, settings=settings, updated_at=now or utcnow()
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[ChannelOverride.channel_id],
            set_={"settings": stmt.excluded.settings, "updated_at": stmt.excluded.updated_at},
        )
        with self._write() as session:
            session.execute(stmt)
