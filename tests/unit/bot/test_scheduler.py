"""The scheduler with a controlled clock: cron in a timezone, DST change days, the slot of a late or
coalesced run, catch-up after downtime (once, also across two starts), job settings, leader lock.

Triggers are asked directly (``get_next_fire_time(prev, now)`` with explicit datetimes); the
scheduler's ``catch_up``/``run_digest`` are given ``now``. Nothing sleeps.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newsbrief.bot.config import ChannelConfig, ScheduleConfig, cron_trigger
from newsbrief.bot.delivery import DeliveryLedger
from newsbrief.bot.domain import ChannelRef, Digest
from newsbrief.bot.scheduler import DigestScheduler, WallClockCronTrigger, latest_fire_time
from newsbrief.bot.store import AsyncStore, Store
from newsbrief.summarizers.types import Actor, Briefing, Figure
from tests.doubles import RecordingAdapter

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def fires(trigger: WallClockCronTrigger, start: datetime, end: datetime) -> list[datetime]:
    """Every fire time in [start, end), in UTC, walking the trigger as APScheduler does.

    (UTC because PEP 495 makes an aware time in a repeated hour unequal to any other zone's.)"""
    out: list[datetime] = []
    t = trigger.get_next_fire_time(None, start)
    while t is not None and t.astimezone(UTC) < end.astimezone(UTC):
        t_utc = t.astimezone(UTC)
        out.append(t_utc)
        t = trigger.get_next_fire_time(t_utc, t_utc + timedelta(microseconds=1))
    return out


# ------------------------------------------------------------------------------------- cron and tz


def test_cron_next_fire_in_channel_timezone_with_crontab_weekdays() -> None:
    trig = WallClockCronTrigger.from_crontab("0 8 * * 1-5", "Europe/Berlin")
    # Friday 2026-01-02 12:00 UTC -> Monday 08:00 CET = 07:00 UTC
    nxt = trig.get_next_fire_time(None, utc(2026, 1, 2, 12, 0))
    assert nxt == utc(2026, 1, 5, 7, 0)
    assert nxt is not None and nxt.tzinfo == BERLIN and nxt.hour == 8
    # in summer the same wall time is 06:00 UTC
    assert trig.get_next_fire_time(None, utc(2026, 7, 1, 0, 0)) == utc(2026, 7, 1, 6, 0)
    # 0 is Sunday, as in crontab (APScheduler's own from_crontab would say Monday)
    sunday = WallClockCronTrigger.from_crontab("0 9 * * 0", "America/New_York")
    got = sunday.get_next_fire_time(None, utc(2026, 1, 1, 0, 0))
    assert got is not None and got.astimezone(NEW_YORK).strftime("%a %H:%M") == "Sun 09:00"


@pytest.mark.parametrize(
    ("tz", "day", "expected_utc"),
    [
        # spring forward, 02:30 does not exist: fires once, moved forward by the gap (03:30 summer time)
        ("Europe/Berlin", (2026, 3, 29), [utc(2026, 3, 29, 1, 30)]),
        ("America/New_York", (2026, 3, 8), [utc(2026, 3, 8, 7, 30)]),
        # fall back in Berlin, 02:30 happens twice: fires once, at the first (CEST) occurrence
        ("Europe/Berlin", (2026, 10, 25), [utc(2026, 10, 25, 0, 30)]),
        # in New York 02:30 is not repeated (01:00-02:00 is): one ordinary fire, in EST
        ("America/New_York", (2026, 11, 1), [utc(2026, 11, 1, 7, 30)]),
    ],
)
def test_daily_0230_on_dst_change_days(
    tz: str, day: tuple[int, int, int], expected_utc: list[datetime]
) -> None:
    trig = WallClockCronTrigger.from_crontab("30 2 * * *", tz)
    start = datetime(*day, tzinfo=ZoneInfo(tz))
    assert fires(trig, start, start + timedelta(days=1)) == expected_utc


def test_raw_apscheduler_fires_the_repeated_hour_twice_we_fire_it_once() -> None:
    """Why the wrapper exists: APScheduler 3's CronTrigger fires 01:30 twice in New York on fall-back day."""
    raw = cron_trigger("30 1 * * *", "America/New_York")
    start = datetime(2026, 11, 1, tzinfo=NEW_YORK)
    raw_fires = []
    t = raw.get_next_fire_time(None, start)
    while t is not None and t.astimezone(UTC) < (start + timedelta(days=1)).astimezone(UTC):
        raw_fires.append(t.astimezone(UTC))
        t = raw.get_next_fire_time(t.astimezone(UTC), t.astimezone(UTC) + timedelta(microseconds=1))
    assert raw_fires == [utc(2026, 11, 1, 5, 30), utc(2026, 11, 1, 6, 30)]
    ours = fires(WallClockCronTrigger(raw), start, start + timedelta(days=1))
    assert ours == [utc(2026, 11, 1, 5, 30)]  # 01:30 EDT only


def test_hourly_through_both_changes_in_berlin() -> None:
    trig = WallClockCronTrigger.from_crontab("0 * * * *", "Europe/Berlin")
    spring = fires(
        trig, datetime(2026, 3, 29, 0, 0, tzinfo=BERLIN), datetime(2026, 3, 29, 5, 0, tzinfo=BERLIN)
    )
    # 02:00 does not exist: local 00, 01, 03, 04 -> four fires, strictly increasing, one per real hour
    assert [t.astimezone(BERLIN).hour for t in spring] == [0, 1, 3, 4]
    autumn = fires(
        trig, datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN), datetime(2026, 10, 25, 5, 0, tzinfo=BERLIN)
    )
    # 02:00 happens twice; fired once (CEST), the CET repeat is skipped
    assert [t.astimezone(BERLIN).strftime("%H%Z") for t in autumn] == [
        "00CEST",
        "01CEST",
        "02CEST",
        "03CET",
        "04CET",
    ]


def test_gap_times_collapse_to_one_fire() -> None:
    # 02:00 (in the gap) and 03:00 are the same instant on spring-forward day: one fire, not two
    trig = WallClockCronTrigger.from_crontab("0 2,3 * * *", "Europe/Berlin")
    day = datetime(2026, 3, 29, tzinfo=BERLIN)
    assert fires(trig, day, day + timedelta(days=1)) == [utc(2026, 3, 29, 1, 0)]
    half_hours = WallClockCronTrigger.from_crontab("*/30 2 * * *", "Europe/Berlin")
    assert fires(half_hours, day, day + timedelta(days=1)) == [utc(2026, 3, 29, 1, 0)]


def test_latest_fire_time_window() -> None:
    trig = WallClockCronTrigger.from_crontab("0 8 * * *", "Europe/Berlin")
    slot = utc(2026, 1, 5, 7, 0)
    assert latest_fire_time(trig, slot, timedelta(hours=1)) == slot  # at the very instant
    assert latest_fire_time(trig, slot + timedelta(minutes=90), timedelta(hours=2)) == slot
    assert latest_fire_time(trig, slot + timedelta(minutes=90), timedelta(hours=1)) is None
    assert latest_fire_time(trig, slot - timedelta(seconds=1), timedelta(hours=1)) is None
    # several days of downtime with a long window: the latest one only
    assert latest_fire_time(trig, slot + timedelta(days=3, hours=1), timedelta(days=5)) == slot + timedelta(
        days=3
    )


# ------------------------------------------------------------------------------ scheduler + ledger


def posted(adapter: RecordingAdapter) -> list[tuple[str, datetime, str]]:
    """What the adapter was given: (channel id, slot, transaction id) per post."""
    return [(digest.channel_id, digest.slot, txn_id) for _, digest, txn_id in adapter.posts]


def channel(cron: str = "0 8 * * *", tz: str = "Europe/Berlin", cid: str = "news") -> ChannelConfig:
    return ChannelConfig(
        id=cid, platform="console", target="stdout", schedule=ScheduleConfig(cron=cron, timezone=tz)
    )


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'sched.db'}"
    with Store.open(url) as store:
        for i in range(3):
            at = utc(2026, 1, 5, 5, i)
            aid = store.upsert_article(
                "world", f"g{i}", f"https://example.org/{i}", f"T{i}", f"T{i}" * 80, now=at
            )[0]
            b = Briefing(
                title=f"Story {i}",
                summary=("Something happened.",),
                actors=(Actor(name="A"),),
                figures=(Figure(value="2", context="x", sentence="2 x."),),
            )
            store.create_story(b, [aid], now=at)
    yield url


def make(
    url: str, adapter: RecordingAdapter, *channels: ChannelConfig, grace: int = 3600
) -> tuple[DigestScheduler, Store]:
    store = Store.open(url)
    sched = DigestScheduler(
        DeliveryLedger(store), channels or [channel()], {"console": adapter}, misfire_grace_s=grace
    )
    return sched, store


SLOT = utc(2026, 1, 5, 7, 0)  # Monday 08:00 Berlin


async def test_downtime_across_a_slot_posts_once_and_two_starts_still_once(db_url: str) -> None:
    adapter = RecordingAdapter()
    first, s1 = make(db_url, adapter)
    out = await first.catch_up(now=SLOT + timedelta(minutes=20))
    assert [o.status for o in out] == ["sent"]
    assert posted(adapter) == [("news", SLOT, f"digest:news:{SLOT.isoformat()}")]
    # a second start (another process: its own store connection) a little later
    second, s2 = make(db_url, adapter)
    out2 = await second.catch_up(now=SLOT + timedelta(minutes=30))
    assert [o.status for o in out2] == ["already_sent"]
    assert len(adapter.posts) == 1
    s1.close()
    s2.close()


async def test_downtime_longer_than_grace_posts_nothing(db_url: str) -> None:
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter, grace=600)
    assert await sched.catch_up(now=SLOT + timedelta(minutes=11)) == []
    assert adapter.posts == []
    assert store.last_digest("news") is None
    store.close()


async def test_job_posts_its_scheduled_slot_and_a_coalesced_run_posts_the_latest_once(db_url: str) -> None:
    adapter = RecordingAdapter()
    hourly = channel(cron="0 * * * *", tz="America/New_York")
    sched, store = make(db_url, adapter, hourly, grace=7200)
    # on time (a few seconds late): the slot is the fire time, not the run time
    o1 = await sched.run_digest("news", now=SLOT + timedelta(seconds=3))
    assert o1 is not None and o1.status == "sent" and o1.slot == SLOT
    at = SLOT + timedelta(hours=1)
    aid = store.upsert_article(
        "world", "late", "https://example.org/late", "Late", "Late news " * 40, now=at
    )[0]
    store.create_story(Briefing(title="Late story", summary=("Later.",)), [aid], now=at)
    # the loop was blocked for 2.5 hours: APScheduler coalesces the missed runs into one run
    o2 = await sched.run_digest("news", now=SLOT + timedelta(hours=2, minutes=30))
    assert o2 is not None and o2.status == "sent" and o2.slot == SLOT + timedelta(hours=2)
    assert o2.digest is not None and [ds.story.briefing.title for ds in o2.digest.stories] == ["Late story"]
    o3 = await sched.run_digest("news", now=SLOT + timedelta(hours=2, minutes=31))
    assert o3 is not None and o3.status == "already_sent"
    assert [p[1] for p in posted(adapter)] == [SLOT, SLOT + timedelta(hours=2)]
    assert await sched.run_digest("nope", now=SLOT) is None
    store.close()


async def test_job_settings_and_schedule_changes(db_url: str) -> None:
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter, channel(), channel(cid="other", tz="America/New_York"), grace=900)

    async def ingest() -> None:
        return None

    sched.ingest = ingest
    sched.add_jobs()
    job = sched.scheduler.get_job("digest:news")
    assert job is not None
    assert isinstance(job.trigger, WallClockCronTrigger)
    assert job.misfire_grace_time == 900 and job.coalesce is True and job.max_instances == 1
    assert job.args == ("news",)
    assert {j.id for j in sched.scheduler.get_jobs()} == {
        "digest:news",
        "digest:other",
        "ingest",
        "deliveries",
    }
    sched.add_jobs()  # replace_existing: still one job per id
    assert len(sched.scheduler.get_jobs()) == 4
    sched.update_channel(channel(cron="30 9 * * 1-5"))
    job = sched.scheduler.get_job("digest:news")
    assert job is not None
    trig = job.trigger
    assert trig.get_next_fire_time(None, SLOT) == utc(2026, 1, 5, 8, 30)
    sched.misfire_grace_s = 0  # allowed by the config; APScheduler itself refuses 0
    sched.update_channel(channel())
    job = sched.scheduler.get_job("digest:news")
    assert job is not None and job.misfire_grace_time == 1
    sched.update_channel(ChannelConfig(id="news", platform="console", target="stdout", schedule=None))
    assert sched.scheduler.get_job("digest:news") is None
    store.close()


async def test_apscheduler_runs_the_job_coroutine(db_url: str) -> None:
    """The job goes through APScheduler's AsyncIOExecutor (a due job is run at once; no sleeping)."""
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter)
    sched.clock = lambda: SLOT + timedelta(seconds=1)
    sched.add_jobs()
    sched.scheduler.start()
    try:
        sched.scheduler.modify_job("digest:news", next_run_time=datetime.now(UTC))
        await asyncio.wait_for(adapter.event.wait(), timeout=10)
    finally:
        sched.scheduler.shutdown(wait=False)
    assert posted(adapter) == [("news", SLOT, f"digest:news:{SLOT.isoformat()}")]
    store.close()


async def test_start_reconciles_catches_up_and_two_instances_post_once(db_url: str) -> None:
    adapter = RecordingAdapter()
    a, sa = make(db_url, adapter)
    b, sb = make(db_url, adapter)
    clock = lambda: SLOT + timedelta(minutes=5)  # noqa: E731
    a.clock = b.clock = clock
    a.ledger.clock = b.ledger.clock = clock
    try:
        await a.start()
        await b.start()
        assert a.is_leader and b.is_leader  # SQLite: one host, trivially the leader
        assert a.scheduler.running and a.scheduler.get_job("digest:news") is not None
    finally:
        await a.shutdown()
        await b.shutdown()
    assert [p[1] for p in posted(adapter)] == [SLOT]
    sa.close()
    sb.close()


# ------------------------------------------------------------------------------------ leader lock


@dataclass
class SwitchLock:
    """A leader lock the test hands over by hand."""

    free: bool = True
    held: bool = False
    fence: tuple[str, int] | None = None

    async def acquire(self) -> bool:
        if self.held:
            return True
        if self.free:
            self.free, self.held = False, True
        return self.held

    async def still_held(self) -> bool:
        return self.held

    async def release(self) -> None:
        if self.held:
            self.held, self.free = False, True


async def test_standby_instance_posts_nothing_until_it_takes_over(db_url: str) -> None:
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter)
    lock = SwitchLock(free=False)  # another instance holds it
    sched.leader = lock
    sched.clock = sched.ledger.clock = lambda: SLOT + timedelta(minutes=5)
    try:
        await sched.start()
        assert not sched.is_leader and not sched.scheduler.running and adapter.posts == []
        lock.free = True  # the leader died
        assert await sched._try_lead() is True
        assert sched.is_leader and sched.scheduler.running
        assert [p[1] for p in posted(adapter)] == [SLOT]  # its catch-up posted the missed slot once
    finally:
        await sched.shutdown()
    assert lock.free and not lock.held  # released on shutdown
    store.close()


# ---------------------------------------------------------------------------------------- fencing


async def test_a_fenced_scheduler_stands_down(db_url: str) -> None:
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter)
    name = f"test-fence-{uuid.uuid4().hex}"
    sched.leader = AsyncStore(store).leader_lock(name)
    sched.clock = sched.ledger.clock = lambda: SLOT - timedelta(hours=1)  # nothing to catch up
    try:
        await sched.start()
        assert sched.is_leader
        other = store.advisory_lock(name)
        assert other.try_acquire()  # SQLite grants it: stands for a standby that took over
        assert await sched.run_digest("news", now=SLOT + timedelta(seconds=5)) is not None
        assert adapter.posts == [] and not sched.is_leader
        # positive control: the current holder's fence sends
        out = await sched.ledger.deliver(channel(), SLOT, adapter, now=SLOT, fence=other.fence)
        assert out.status == "sent" and len(adapter.posts) == 1
    finally:
        await sched.shutdown()
        store.close()


@dataclass
class GatedAdapter(RecordingAdapter):
    """One instance's adapter over a channel both instances share (``landed``): a post waits for
    ``gate`` (a send in flight), and ``confirm_sent`` finds what has landed."""

    landed: list[str] = field(default_factory=list)
    gate: asyncio.Event = field(default_factory=asyncio.Event)
    sending: asyncio.Event = field(default_factory=asyncio.Event)

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        self.sending.set()
        await self.gate.wait()
        self.landed.append(txn_id)
        return f"m-{len(self.landed)}"

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        return f"m-{self.landed.index(txn_id) + 1}" if txn_id in self.landed else None


async def handover_while_sending(
    db_url: str, hold_off: timedelta, old_send_lands: bool
) -> tuple[list[str], list[str]]:
    """Leader A claims the slot's delivery and is still sending it when its lock goes to B; B
    reconciles at once, then again three minutes later. What landed on the channel, and B's outcomes."""
    name = f"test-handover-{uuid.uuid4().hex}"
    store_a, store_b = Store.open(db_url), Store.open(db_url)
    lock_a = store_a.advisory_lock(name)
    assert lock_a.try_acquire()
    landed: list[str] = []
    adapter_a, adapter_b = GatedAdapter(landed=landed), GatedAdapter(landed=landed)
    adapter_b.gate.set()  # B's sends go straight through
    ledger_a = DeliveryLedger(store_a)
    ledger_b = DeliveryLedger(store_b, handover_hold_off=hold_off)
    try:
        sending = asyncio.create_task(
            ledger_a.deliver(channel(), SLOT, adapter_a, now=SLOT, fence=lock_a.fence)
        )
        await asyncio.wait_for(adapter_a.sending.wait(), 10)  # claimed, post in flight
        lock_b = store_b.advisory_lock(name)
        assert lock_b.try_acquire() and lock_b.fence != lock_a.fence  # B takes over (SQLite grants it)
        now = SLOT + timedelta(seconds=1)
        first = await ledger_b.reconcile({"console": adapter_b}, [channel()], now=now, fence=lock_b.fence)
        if old_send_lands:
            adapter_a.gate.set()
            assert (await sending).status == "sent"
        else:
            sending.cancel()  # A's process died mid-send
        later = SLOT + timedelta(minutes=3)
        second = await ledger_b.reconcile({"console": adapter_b}, [channel()], now=later, fence=lock_b.fence)
        assert not store_b.pending_deliveries()  # delivered, by one of them
        return list(landed), [o.status for o in first + second]
    finally:
        store_a.close()
        store_b.close()


async def test_a_new_leader_leaves_a_send_in_flight_alone_and_it_lands_once(db_url: str) -> None:
    landed, statuses = await handover_while_sending(db_url, timedelta(minutes=2), old_send_lands=True)
    assert landed == [f"digest:news:{SLOT.isoformat()}"]
    assert statuses == ["deferred"]  # then A's send landed and nothing was pending any more


async def test_without_the_hold_off_the_handover_race_posts_twice(db_url: str) -> None:
    """Positive control: the race the hold-off closes is real in this set-up."""
    landed, statuses = await handover_while_sending(db_url, timedelta(0), old_send_lands=True)
    assert len(landed) == 2 and statuses == ["sent"]


async def test_a_send_lost_with_the_old_leader_is_sent_by_the_new_one_after_the_hold_off(db_url: str) -> None:
    landed, statuses = await handover_while_sending(db_url, timedelta(minutes=2), old_send_lands=False)
    assert landed == [f"digest:news:{SLOT.isoformat()}"]
    assert statuses == ["deferred", "sent"]


# -------------------------------------------------------------------------------- DST with a clock


DST_DAYS = [
    # zone, change day, the one expected slot of "30 2 * * *" that day (UTC)
    ("Europe/Berlin", (2026, 3, 29), utc(2026, 3, 29, 1, 30)),  # 02:30 missing: 03:30 CEST
    ("Europe/Berlin", (2026, 10, 25), utc(2026, 10, 25, 0, 30)),  # 02:30 twice: the CEST one
    ("America/New_York", (2026, 3, 8), utc(2026, 3, 8, 7, 30)),  # 02:30 missing: 03:30 EDT
    ("America/New_York", (2026, 11, 1), utc(2026, 11, 1, 7, 30)),  # ordinary 02:30 EST
]


@pytest.mark.parametrize("grace", [1, 60, 600, 1799, 3600])
@pytest.mark.parametrize(("tz", "day", "expected"), DST_DAYS)
async def test_dst_change_days_post_one_digest_whatever_the_grace(
    db_url: str, tz: str, day: tuple[int, int, int], expected: datetime, grace: int
) -> None:
    """A fake clock runs the job as APScheduler would (at each next fire time, a few seconds late)
    from the day before to the day after a change: one digest a day, the change day's at the
    documented time."""
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter, channel("30 2 * * *", tz), grace=grace)
    trigger = WallClockCronTrigger.from_crontab("30 2 * * *", tz)
    start = datetime(*day, tzinfo=ZoneInfo(tz)) - timedelta(days=1)
    prev: datetime | None = None
    now = start
    slots: list[datetime] = []
    try:
        for _ in range(3):
            fire = trigger.get_next_fire_time(prev, now)
            assert fire is not None
            now = fire.astimezone(UTC) + timedelta(seconds=min(grace, 5) * 0.5)  # within the grace
            out = await sched.run_digest("news", now=now)
            assert out is not None and out.status in ("sent", "empty"), out
            slots.append(out.slot)
            prev = fire.astimezone(UTC)
    finally:
        store.close()
    assert len(set(slots)) == 3  # one digest a day, none skipped, none twice
    assert expected in slots
    assert [s.date() for s in slots] == [(expected + timedelta(days=d)).date() for d in (-1, 0, 1)]


@pytest.mark.parametrize(("tz", "day", "expected"), DST_DAYS)
async def test_a_restart_after_a_dst_slot_catches_it_up(
    db_url: str, tz: str, day: tuple[int, int, int], expected: datetime
) -> None:
    """Down across the change-day slot, back 45 minutes later with an hour of grace: caught up once."""
    adapter = RecordingAdapter()
    sched, store = make(db_url, adapter, channel("30 2 * * *", tz), grace=3600)
    try:
        outcomes = await sched.catch_up(now=expected + timedelta(minutes=45))
        assert [o.slot for o in outcomes] == [expected]
        posted = len(adapter.posts)
        again = await sched.catch_up(now=expected + timedelta(minutes=50))
        assert [o.slot for o in again] == [expected] and len(adapter.posts) == posted  # once
        # positive control: past the grace, nothing is caught up
        late = await sched.catch_up(now=expected + timedelta(hours=2))
        assert late == []
    finally:
        store.close()
