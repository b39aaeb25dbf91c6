"""Leader election for scale-out: one process runs the scheduler (and the Matrix sync).

:class:`LeaderLock` is the one leader-lock type: what the scheduler holds (``acquire``,
``still_held``, ``release``, ``fence``; all awaited). Its implementations: :class:`StoreLeaderLock`
over the database, and ``newsbrief.bot.scheduler.LocalLeaderLock`` (always the leader, no database).

:class:`StoreLeaderLock` runs a blocking :class:`AdvisoryLock` in worker threads. On PostgreSQL the
leader holds a session-level advisory lock on a dedicated connection; if the process dies its
connection closes and the lock is free for the next :meth:`AdvisoryLock.try_acquire`. SQLite is
for one process: the lock is always granted there.

Fencing. A lock can be lost without its holder knowing at once: the connection holding it drops
while the process lives, and a standby takes the lock before the old holder's next ``check()``.
So every acquisition bumps the lock's *epoch* (the ``leader_epochs`` row, in its own transaction
after the lock is taken) and :attr:`AdvisoryLock.fence` is ``(name, epoch)``. The delivery ledger
passes it to ``Store.claim_delivery``, which compares it with the current epoch in the same
transaction that claims the delivery (the row is locked ``FOR UPDATE`` on PostgreSQL, so a claim
and a bump are serialised): a stale leader's claim fails and it sends nothing.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, TypeVar

import sqlalchemy as sa

logger = logging.getLogger(__name__)

_T = TypeVar("_T")


class LeaderLock(Protocol):
    """Only the holder runs the scheduler. ``acquire`` does not wait; ``still_held`` re-checks;
    ``fence`` is the holding's ``(name, epoch)`` for delivery claims (None: no fencing).

    A Protocol because two real locks fulfil it: :class:`StoreLeaderLock` (shared store) and
    ``newsbrief.bot.scheduler.LocalLeaderLock`` (one process, no database)."""

    async def acquire(self) -> bool: ...
    async def still_held(self) -> bool: ...
    async def release(self) -> None: ...
    @property
    def fence(self) -> tuple[str, int] | None: ...


def lock_key(name: str) -> int:
    """A stable 32-bit advisory-lock key for ``name`` (same in every process)."""
    return zlib.crc32(f"newsbrief:{name}".encode())


class AdvisoryLock:
    """A named lock that at most one process holds at a time; blocking. Not thread-safe: use it
    from one task, through :class:`StoreLeaderLock`."""

    def __init__(self, engine: sa.Engine, name: str) -> None:
        self.name = name
        self._engine = engine
        self._key = lock_key(name)
        self._connection: sa.Connection | None = None
        self._held = False
        self.epoch: int | None = None

    @property
    def held(self) -> bool:
        return self._held

    @property
    def fence(self) -> tuple[str, int] | None:
        """``(name, epoch)`` of this holding, for ``Store.claim_delivery``; None when not held."""
        return (self.name, self.epoch) if self._held and self.epoch is not None else None

    def _bump_epoch(self) -> int:
        """A new epoch for this lock (one more than any before), committed."""
        table = sa.table("leader_epochs", sa.column("name"), sa.column("epoch"), sa.column("taken_at"))
        now = datetime.now(UTC)
        bump = (
            sa.update(table)
            .where(table.c.name == self.name)
            .values(epoch=table.c.epoch + 1, taken_at=now)
            .returning(table.c.epoch)
        )
        with self._engine.begin() as conn:
            updated = conn.execute(bump).scalar()
            if updated is None:
                try:
                    with conn.begin_nested():
                        conn.execute(sa.insert(table).values(name=self.name, epoch=1, taken_at=now))
                    return 1
                except sa.exc.IntegrityError:  # another process inserted it first
                    updated = conn.execute(bump).scalar()
            if updated is None:  # pragma: no cover - the row exists by now
                raise RuntimeError(f"leader epoch of {self.name!r} cannot be bumped")
            return int(updated)

    def try_acquire(self) -> bool:
        """Take the lock if free (never waits). True if this process holds it now, also when it already did."""
        if self._held:
            return self.check()
        if self._engine.dialect.name != "postgresql":
            self.epoch = self._bump_epoch()
            self._held = True
            return True
        connection = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            got = bool(connection.scalar(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}))
        except BaseException:
            connection.close()
            raise
        if not got:
            connection.close()
            return False
        try:
            self.epoch = self._bump_epoch()
        except BaseException:
            connection.close()  # frees the advisory lock too
            raise
        self._connection = connection
        self._held = True
        logger.info("leader lock %r acquired (epoch %d)", self.name, self.epoch)
        return True

    def check(self) -> bool:
        """Whether the lock is still held: False once the database connection that holds it is lost."""
        if not self._held:
            return False
        if self._connection is None:
            return True
        try:
            self._connection.execute(sa.text("SELECT 1"))
        except sa.exc.DBAPIError:
            logger.warning("leader lock %r lost with its database connection", self.name)
            self._drop()
            return False
        return True

    def release(self) -> None:
        """Give the lock up (no-op if not held)."""
        if self._connection is not None:
            try:
                self._connection.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
            except sa.exc.DBAPIError:
                logger.warning("leader lock %r: unlock failed; closing its connection frees it", self.name)
        if self._held:
            logger.info("leader lock %r released", self.name)
        self._drop()

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.invalidate()
                self._connection.close()
            except sa.exc.DBAPIError:  # pragma: no cover - already broken
                pass
        self._connection = None
        self._held = False


class StoreLeaderLock:
    """The :class:`LeaderLock` over the database: an :class:`AdvisoryLock`, off the event loop.

    Each call runs the lock's blocking method in a worker thread (``asyncio.to_thread``), one at a
    time: a call whose awaiting task was cancelled (the leadership watch, at shutdown) finishes in
    its thread before the next one starts, so the lock's connection is never used by two threads at
    once. A database that cannot be reached means "not the leader" (logged), not an error.
    """

    def __init__(self, lock: AdvisoryLock) -> None:
        self.lock = lock
        self._serial = threading.Lock()

    async def _call(self, method: Callable[[], _T]) -> _T:
        def run() -> _T:
            with self._serial:
                return method()

        return await asyncio.to_thread(run)

    async def acquire(self) -> bool:
        try:
            return await self._call(self.lock.try_acquire)
        except Exception as exc:
            logger.warning("leader lock: cannot take it (%s); standing by", exc)
            return False

    async def still_held(self) -> bool:
        return await self._call(self.lock.check)

    async def release(self) -> None:
        await self._call(self.lock.release)

    @property
    def fence(self) -> tuple[str, int] | None:
        return self.lock.fence
