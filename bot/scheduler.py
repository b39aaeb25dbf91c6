"""Digests on a schedule: APScheduler 3 ``AsyncIOScheduler``, one job per channel, a leader lock.

Jobs
----
* ``digest:<channel_id>``: the channel's cron, read in its IANA timezone (``newsbrief.bot.config.cron_trigger``,
  i.e. crontab day-of-week numbering, wrapped in :class:`WallClockCronTrigger` for the DST rule
  below), ``misfire_grace_time`` = ``scheduler.misfire_grace_s``, ``coalesce=True``,
  ``max_instances=1``, ``replace_existing=True``.
* ``ingest``: every ``scheduler.ingest_minutes`` (first run one interval after start, since the app
  ingests once before starting the scheduler; ``ingest_at_start=True`` runs it at once).
* ``deliveries``: every minute, ``DeliveryLedger.reconcile`` retries pending deliveries whose
  back-off has expired.

The slot
--------
A digest is identified by its *slot*, the scheduled fire time, not the time the job happened to run.
APScheduler 3 does not pass the scheduled time to the job, so the job computes it from the trigger:
the latest fire time <= now (:func:`latest_fire_time`). A run that was late (within the grace
time), or several missed runs coalesced into one, therefore post the latest missed slot, once.

Catch-up on start
-----------------
The job store is in memory, so APScheduler knows nothing about runs missed while the bot was down.
:meth:`DigestScheduler.catch_up` does: for each channel, the latest slot before now; if it lies within
``misfire_grace_s`` it is delivered through the ledger, which records (channel, slot) uniquely and
does nothing for a slot already delivered: a restart, or two instances starting together, post it
once. An older missed slot is not posted (the next slot's digest covers its stories).

DST rule (verified in tests/unit/bot/test_scheduler.py on the change days of Europe/Berlin and
America/New_York)
---------------------------------------------------------------------------------------------------
* Spring forward (a local time that does not exist): APScheduler 3's ``CronTrigger`` fires at the
  same wall-clock time read with the offset before the change, i.e. moved forward by the gap:
  ``30 2 * * *`` in Berlin on the last Sunday of March fires at 03:30 CEST. Several times in the gap
  collapse into the first (``*/30 2 * * *`` fires once, at 03:00 CEST); a gap time that lands on the
  instant of a real time (``0 2,3 * * *``) fires once for both. Nothing is skipped for a daily
  digest, whatever ``misfire_grace_s`` is: it comes an hour later by the clock that day, and that
  moved time is its slot (also for the catch-up after a restart, within the grace of 03:30). The
  slot lookup walks the trigger from :data:`DST_WALK_MARGIN` before its window, because a cron asked
  for "the next 02:30 after 03:24" on that day answers with the next day.
* Fall back (a local time that happens twice): APScheduler 3 would fire at both occurrences
  (``30 2 * * *`` in Berlin fires at 02:30 CEST and again at 02:30 CET). We fire each wall-clock
  time once, at its first occurrence (summer time, ``fold=0``); the repeat is skipped. A channel
  with a daily digest gets one digest that day, not two.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from newsbrief.bot.adapters.base import ChatAdapter
from newsbrief.bot.config import ChannelConfig, cron_trigger
from newsbrief.bot.delivery import DeliveryLedger, DeliveryOutcome
from newsbrief.bot.store.leader import LeaderLock

logger = logging.getLogger(__name__)

_TICK = timedelta(microseconds=1)
_MAX_STEPS = 100_000  # fire times walked at most when looking for the latest one
# More than any DST gap (one hour in most zones, two in a few historical ones), so the walk to the
# latest fire time starts before the wall-clock time of a fire moved forward by a gap.
DST_WALK_MARGIN = timedelta(hours=3)


# ---------------------------------------------------------------------------------- triggers


class WallClockCronTrigger(BaseTrigger):
    """A ``CronTrigger`` that fires each local wall-clock time at most once (see the DST rule above).

    Fire times are returned in the trigger's timezone with the correct offset, strictly increasing.
    """

    def __init__(self, cron: CronTrigger) -> None:
        self.cron = cron
        self.timezone: tzinfo = cron.timezone

    @classmethod
    def from_crontab(cls, expr: str, timezone: str) -> WallClockCronTrigger:
        """From a 5-field crontab expression (0 and 7 are Sunday) read in the IANA ``timezone``."""
        return cls(cron_trigger(expr, timezone))

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime | None:
        # Arithmetic and comparisons in UTC: within one zone, Python compares and adds wall-clock
        # times and ignores ``fold``, which is exactly what goes wrong around a DST change.
        floor = previous_fire_time.astimezone(UTC) if previous_fire_time is not None else None
        prev, cur = floor, now.astimezone(UTC)
        for _ in range(_MAX_STEPS):
            nxt = self.cron.get_next_fire_time(prev, cur)
            if nxt is None:
                return None
            instant = nxt.astimezone(UTC)
            local = instant.astimezone(self.timezone)  # the real offset at that instant
            repeated = local.fold == 1 and local.replace(fold=0).utcoffset() != local.utcoffset()
            if not repeated and (floor is None or instant > floor):
                return local
            prev, cur = instant, instant + _TICK
        raise RuntimeError("cron trigger did not advance")  # pragma: no cover

    def __str__(self) -> str:
        return f"wallclock[{self.cron}]"

    def __repr__(self) -> str:
        return f"<WallClockCronTrigger ({self.cron!r})>"


def latest_fire_time(trigger: BaseTrigger, now: datetime, lookback: timedelta) -> datetime | None:
    """The trigger's latest fire time in ``(now - lookback, now]`` (in UTC), or None when there is none.

    UTC because an aware datetime inside a repeated DST hour never compares equal to one in another
    zone (PEP 495); slots are compared and stored as UTC instants.
    """
    now = now.astimezone(UTC)
    start = now - lookback
    # Walk from well before the window: a time in a spring-forward gap fires *after* the wall-clock
    # time it names (02:30 -> 03:30), and a cron asked "next 02:30 after 03:24" answers tomorrow.
    t = trigger.get_next_fire_time(None, start - DST_WALK_MARGIN)
    last: datetime | None = None
    steps = 0
    while t is not None and t.astimezone(UTC) <= now and steps < _MAX_STEPS:
        t_utc = t.astimezone(UTC)
        if t_utc > start:
            last = t_utc
        t = trigger.get_next_fire_time(t_utc, t_utc + _TICK)
        steps += 1
    return last


# -------------------------------------------------------------------------------- leader lock


class LocalLeaderLock:
    """The :class:`~newsbrief.bot.store.leader.LeaderLock` of a scheduler without a shared store: always
    the leader. (With a store: ``AsyncStore.leader_lock``, always granted on SQLite too.)"""

    fence: tuple[str, int] | None = None

    async def acquire(self) -> bool:
        return True

    async def still_held(self) -> bool:
        return True

    async def release(self) -> None:
        return None


# ---------------------------------------------------------------------------------- scheduler


def channel_trigger(channel: ChannelConfig) -> WallClockCronTrigger | None:
    """The channel's digest trigger, or None when its schedule is ``null``."""
    if channel.schedule is None:
        return None
    return WallClockCronTrigger.from_crontab(channel.schedule.cron, channel.schedule.timezone)


def job_id(channel_id: str) -> str:
    return f"digest:{channel_id}"


class DigestScheduler:
    """Runs the digest and ingest jobs on this instance while it holds the leader lock.

    ``start()``: try the leader lock; as leader: reconcile pending deliveries, catch up a slot missed
    within the grace time, then start APScheduler. Not leader: poll the lock every ``leader_poll_s``
    and take over when it is free. The leader re-checks its lock at the same pace and pauses its jobs
    when it lost it.
    """

    def __init__(
        self,
        ledger: DeliveryLedger,
        channels: Sequence[ChannelConfig],
        adapters: Mapping[str, ChatAdapter],
        *,
        misfire_grace_s: int = 3600,
        ingest: Callable[[], Awaitable[Any]] | None = None,
        ingest_minutes: int = 15,
        ingest_at_start: bool = False,
        leader: LeaderLock | None = None,
        leader_poll_s: float = 15.0,
        retry_interval_s: float = 60.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.ledger = ledger
        self.channels: dict[str, ChannelConfig] = {c.id: c for c in channels}
        self.adapters = adapters
        self.misfire_grace_s = misfire_grace_s
        self.ingest = ingest
        self.ingest_minutes = ingest_minutes
        self.ingest_at_start = ingest_at_start
        self.leader = leader or LocalLeaderLock()
        self.leader_poll_s = leader_poll_s
        self.retry_interval_s = retry_interval_s
        self.clock = clock or (lambda: datetime.now(UTC))
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.is_leader = False
        self._watch: asyncio.Task[None] | None = None

    @property
    def grace(self) -> timedelta:
        return timedelta(seconds=self.misfire_grace_s)

    # ------------------------------------------------------------------ jobs

    def add_jobs(self) -> None:
        """(Re)register every job; safe to call again (``replace_existing``)."""
        for ch in self.channels.values():
            self.update_channel(ch)
        if self.ingest is not None:
            self._add_job(
                self.ingest,
                IntervalTrigger(minutes=self.ingest_minutes, timezone=UTC),
                id="ingest",
                name="ingest due feeds",
                misfire_grace_time=self.ingest_minutes * 60,
                coalesce=True,
                max_instances=1,
                replace_existing=True,
                next_run_time=self.clock()
                + timedelta(minutes=0 if self.ingest_at_start else self.ingest_minutes),
            )
        self._add_job(
            self.retry_deliveries,
            IntervalTrigger(seconds=self.retry_interval_s, timezone=UTC),
            id="deliveries",
            name="retry pending deliveries",
            misfire_grace_time=max(int(self.retry_interval_s), 1),
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )

    def _add_job(self, func: Callable[..., Any], trigger: BaseTrigger, **kwargs: Any) -> None:
        # Before the scheduler starts, APScheduler 3 keeps added jobs in a pending list where
        # ``replace_existing`` is only applied at start: drop our earlier pending copy ourselves.
        if not self.scheduler.running and self.scheduler.get_job(kwargs["id"]) is not None:
            self.scheduler.remove_job(kwargs["id"])
        self.scheduler.add_job(func, trigger, **kwargs)

    def update_channel(self, channel: ChannelConfig) -> None:
        """Add, replace or (schedule ``null``) remove a channel's digest job, e.g. after an admin's
        ``schedule`` command."""
        self.channels[channel.id] = channel
        trigger = channel_trigger(channel)
        jid = job_id(channel.id)
        if trigger is None:
            if self.scheduler.get_job(jid) is not None:
                self.scheduler.remove_job(jid)
            return
        self._add_job(
            self.run_digest,
            trigger,
            args=[channel.id],
            id=jid,
            name=f"digest for {channel.id}",
            # APScheduler wants a positive number; a configured 0 ("never late") becomes one second
            misfire_grace_time=max(self.misfire_grace_s, 1),
            coalesce=True,
            max_instances=1,
            replace_existing=True,
        )

    def slot_for(self, channel: ChannelConfig, now: datetime, lookback: timedelta) -> datetime | None:
        """The channel's latest scheduled slot in ``(now - lookback, now]``."""
        trigger = channel_trigger(channel)
        if trigger is None:
            return None
        return latest_fire_time(trigger, now, lookback)

    async def run_digest(self, channel_id: str, now: datetime | None = None) -> DeliveryOutcome | None:
        """The digest job: deliver the slot this run is for (the latest fire time <= now)."""
        now = now or self.clock()
        channel = self.channels.get(channel_id)
        if channel is None:
            logger.warning("digest job for unknown channel %s", channel_id)
            return None
        lookback = max(self.grace, timedelta(minutes=5)) + timedelta(minutes=1)
        slot = self.slot_for(channel, now, lookback)
        if slot is None:
            logger.warning(
                "digest job for %s ran at %s with no slot in the last %s", channel_id, now, lookback
            )
            return None
        return await self._deliver(channel, slot, now)

    async def _deliver(self, channel: ChannelConfig, slot: datetime, now: datetime) -> DeliveryOutcome | None:
        adapter = self.adapters.get(channel.platform)
        if adapter is None:
            logger.warning(
                "no %s adapter for channel %s; digest at %s not posted", channel.platform, channel.id, slot
            )
            return None
        outcome = await self.ledger.deliver(channel, slot, adapter, now=now, fence=self.leader.fence)
        logger.info("digest %s at %s: %s", channel.id, slot.isoformat(), outcome.status)
        if outcome.status == "fenced":
            await self._stand_down()
        return outcome

    async def _stand_down(self) -> None:
        """Another instance took the lock (our delivery claim was fenced): pause and stand by."""
        if not self.is_leader:
            return
        logger.warning("another instance leads now (stale leader epoch); pausing jobs")
        self.is_leader = False
        if self.scheduler.running:
            self.scheduler.pause()
        try:
            await self.leader.release()
        except Exception:
            logger.exception("releasing the lost leader lock failed")

    async def catch_up(self, now: datetime | None = None) -> list[DeliveryOutcome]:
        """Deliver, once, each channel's latest slot missed within the grace time (see module doc)."""
        now = now or self.clock()
        outcomes: list[DeliveryOutcome] = []
        for ch in self.channels.values():
            slot = self.slot_for(ch, now, self.grace)
            if slot is None:
                continue
            logger.info("catch-up: %s slot %s (now %s)", ch.id, slot.isoformat(), now.isoformat())
            try:
                outcome = await self._deliver(ch, slot, now)
            except Exception:
                logger.exception("catch-up of %s at %s failed", ch.id, slot.isoformat())
                continue
            if outcome is not None:
                outcomes.append(outcome)
        return outcomes

    async def retry_deliveries(self) -> None:
        outcomes = await self.ledger.reconcile(self.adapters, fence=self.leader.fence)
        if any(o.status == "fenced" for o in outcomes):
            await self._stand_down()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Become leader if possible and start the jobs; otherwise wait for the lock in the background."""
        await self._try_lead()
        self._watch = asyncio.create_task(self._watch_leadership(), name="scheduler-leader")

    async def _try_lead(self) -> bool:
        if not await self.leader.acquire():
            logger.info("another instance holds the scheduler lock; standing by")
            return False
        self.is_leader = True
        try:
            await self.ledger.reconcile(self.adapters, list(self.channels.values()), fence=self.leader.fence)
        except Exception:
            logger.exception("reconciling pending deliveries failed; the retry job tries again")
        await self.catch_up()
        self.add_jobs()
        if not self.scheduler.running:
            self.scheduler.start()
        else:
            self.scheduler.resume()
        logger.info("scheduler started with %d jobs", len(self.scheduler.get_jobs()))
        return True

    async def _watch_leadership(self) -> None:
        while True:
            await asyncio.sleep(self.leader_poll_s)
            try:
                if self.is_leader:
                    if not await self.leader.still_held():
                        logger.warning("scheduler lock lost; pausing jobs")
                        self.is_leader = False
                        self.scheduler.pause()
                else:
                    await self._try_lead()
            except Exception:
                logger.exception("leader lock check failed")

    async def shutdown(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            await asyncio.wait([self._watch])
            self._watch = None
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.is_leader:
            await self.leader.release()
            self.is_leader = False
