"""The scheduler's leader lock on both backends: one holder at a time, a standby takes over, and a
leader that lost its lock unnoticed is fenced (its delivery claims fail, so nothing is sent twice).
On SQLite (one process per file) the lock is always granted; the exclusive cases run on PostgreSQL."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from newsbrief.bot.config import ChannelConfig, ScheduleConfig
from newsbrief.bot.delivery import DeliveryLedger
from newsbrief.bot.store import AdvisoryLock, AsyncStore, Store, StoreLeaderLock
from newsbrief.bot.store.engine import create_store_engine
from newsbrief.bot.store.leader import lock_key
from newsbrief.summarizers.types import Briefing
from tests.doubles import RecordingAdapter
from tests.stores import raw_query

SLOT = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # Monday 08:00 Berlin


def channel() -> ChannelConfig:
    return ChannelConfig(
        id="news",
        platform="console",
        target="stdout",
        schedule=ScheduleConfig(cron="0 8 * * *", timezone="Europe/Berlin"),
    )


async def test_leader_lock_has_one_holder_and_a_standby_takes_over(store_url: str) -> None:
    name = f"test-leader-{uuid.uuid4().hex}"  # unique: advisory locks are per database, not per schema
    with Store.open(store_url) as s1, Store.open(store_url) as s2:
        one, two = AsyncStore(s1).leader_lock(name), AsyncStore(s2).leader_lock(name)
        assert isinstance(one, StoreLeaderLock)
        try:
            assert await one.acquire() is True
            assert await one.acquire() is True  # re-entrant for the holder
            if s1.dialect == "sqlite":  # one process per SQLite file: always granted
                assert await two.acquire() is True
                return
            assert await two.acquire() is False
            assert await one.still_held() is True
            assert await two.still_held() is False
            await one.release()  # a clean shutdown passes it on
            assert await two.acquire() is True
            assert await one.acquire() is False
            # the holder dies (its session ends without a release): the lock is free again
            raw_query(
                store_url,
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s",
                (lock_key(name),),
            )
            assert await two.still_held() is False
            assert await one.acquire() is True
        finally:
            await one.release()
            await two.release()


def seed_story(store: Store) -> None:
    at = SLOT - timedelta(hours=1)
    aid = store.upsert_article("world", "f1", "https://example.org/f1", "Fence", "Fence text " * 40, now=at)[
        0
    ]
    store.create_story(Briefing(title="Fenced story", summary=("It happened.",)), [aid], now=at)


async def test_a_stale_leader_cannot_send_after_its_lock_connection_dropped(store_url: str) -> None:
    """The old leader's lock connection is cut while its process lives; the standby takes the lock
    before the old one notices. The old leader's delivery claim is fenced: nothing is sent twice."""
    name = f"test-fence-{uuid.uuid4().hex}"
    with Store.open(store_url) as s1, Store.open(store_url) as s2:
        seed_story(s1)
        one, two = s1.advisory_lock(name), s2.advisory_lock(name)
        try:
            assert one.try_acquire() and one.fence is not None
            if s1.dialect == "postgresql":
                assert two.try_acquire() is False  # positive control: the lock is exclusive
                raw_query(
                    store_url,
                    "SELECT pg_terminate_backend(pid) FROM pg_locks"
                    " WHERE locktype = 'advisory' AND objid = %s",
                    (lock_key(name),),
                )
            # the standby takes over (the terminated backend frees the lock as it exits: poll)
            for _ in range(100):
                if two.try_acquire():
                    break
                await asyncio.sleep(0.05)
            assert two.held
            assert one.held and one.fence is not None  # the old leader has not noticed
            assert two.fence is not None and two.fence[1] == one.fence[1] + 1

            old, new = RecordingAdapter(), RecordingAdapter()
            ch = channel()
            stale = await DeliveryLedger(s1).deliver(ch, SLOT, old, now=SLOT, fence=one.fence)
            assert stale.status == "fenced" and old.posts == []
            fresh = await DeliveryLedger(s2).deliver(ch, SLOT, new, now=SLOT, fence=two.fence)
            assert fresh.status == "sent" and len(new.posts) == 1
            # the stale leader's retry job is fenced too, and never sends
            later = SLOT + timedelta(hours=1)
            assert (
                await DeliveryLedger(s1).reconcile({"console": old}, [ch], now=later, fence=one.fence) == []
            )
            assert old.posts == []
        finally:
            one.release()
            two.release()


async def test_unreachable_database_means_standing_by() -> None:
    engine = create_store_engine("postgresql://nobody@127.0.0.1:1/none")  # port 1: refused at once
    try:
        lock = StoreLeaderLock(AdvisoryLock(engine, "unreachable"))
        assert await lock.acquire() is False and await lock.still_held() is False
        assert lock.fence is None
    finally:
        engine.dispose()
