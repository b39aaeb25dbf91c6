"""Several instances on one PostgreSQL store: each digest is posted once, and a standby takes over.

Two instances are set up as ``NewsbriefApp.start`` sets one up: a ``DeliveryLedger`` over the store
and a ``DigestScheduler`` holding the store's leader lock (``AsyncStore(store).leader_lock()``), both for the
same channel and the same slot, with a controlled clock. They post to one "platform", the
append-only JSONL file of tests/integration/delivery_crash_child.py (each line carries the pid
of the process that posted it).

Instance A runs in a child process (this module run with ``python -m``, see :func:`_instance_main`),
instance B in the test's own event loop. A takes the lock and posts the first slot; B stands by and
posts nothing, and a digest run forced on B for that slot finds it already sent. Then A is stopped
(SIGTERM: a clean shutdown that releases the lock) or killed (SIGKILL: PostgreSQL ends its session,
which frees the advisory lock); B's clock has moved to the next slot, B takes the lock and posts that
slot, once.
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsbrief.bot.config import ChannelConfig, ScheduleConfig
from newsbrief.bot.delivery import DeliveryLedger
from newsbrief.bot.scheduler import DigestScheduler
from newsbrief.bot.store import AsyncStore, Store
from newsbrief.summarizers.types import Actor, Briefing, Figure
from tests.integration.delivery_crash_child import FilePlatform, posted

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
SLOT1 = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)  # Monday 08:00 in Berlin
SLOT2 = SLOT1 + timedelta(days=1)
CHANNEL = ChannelConfig(
    id="news",
    platform="console",
    target="stdout",
    schedule=ScheduleConfig(cron="0 8 * * *", timezone="Europe/Berlin"),
)
POLL_S = 0.2  # how often a standby tries the lock (the app's default is 15 s)


def make_instance(
    store: Store, platform: Path, lock_name: str, clock: Callable[[], datetime]
) -> DigestScheduler:
    """One instance's digest side, wired as ``NewsbriefApp.start`` wires it."""
    return DigestScheduler(
        DeliveryLedger(store, clock=clock),
        [CHANNEL],
        {"console": FilePlatform(platform, "confirm", crash_after_send=False)},
        misfire_grace_s=3600,
        leader=AsyncStore(store).leader_lock(lock_name),
        leader_poll_s=POLL_S,
        clock=clock,
    )


def seed(store: Store) -> None:
    """Three stories before the first slot, two more before the second."""
    for i, at in enumerate(
        [SLOT1 - timedelta(hours=2, minutes=k) for k in range(3)]
        + [SLOT2 - timedelta(hours=2, minutes=k) for k in range(2)]
    ):
        aid = store.upsert_article(
            "world", f"g{i}", f"https://example.org/{i}", f"T{i}", f"T{i} " * 80, now=at
        )[0]
        b = Briefing(
            title=f"Story {i}",
            summary=(f"Story {i} happened.",),
            actors=(Actor(name="Someone"),),
            figures=(Figure(value="3", context="things", sentence="3 things."),),
        )
        store.create_story(b, [aid], now=at)


def read_line(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    """The child's next stdout line ("" at its end), failing the test after ``timeout`` seconds."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "the instance process said nothing"
    return proc.stdout.readline().strip()


async def wait_until(cond: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


@pytest.mark.parametrize("store_url", ["postgresql"], indirect=True)  # a store several hosts share
@pytest.mark.parametrize("ending", ["stop", "kill"])
async def test_two_instances_post_each_slot_once_and_the_standby_takes_over(
    store_url: str, tmp_path: Path, ending: str
) -> None:
    pg_url = store_url
    platform = tmp_path / "platform.jsonl"
    lock_name = f"scheduler-{uuid.uuid4().hex}"  # advisory locks are per database, not per schema
    with Store.open(pg_url) as store:
        seed(store)

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.test_multi_instance",
            pg_url,
            str(platform),
            lock_name,
            (SLOT1 + timedelta(minutes=5)).isoformat(),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    store_b = Store.open(pg_url)
    now_b = [SLOT1 + timedelta(minutes=6)]
    b = make_instance(store_b, platform, lock_name, lambda: now_b[0])
    try:
        assert read_line(proc) == "leader", proc.stderr.read() if proc.stderr else ""
        await b.start()
        assert not b.is_leader and not b.scheduler.running  # A holds the lock
        # A's catch-up posted the slot; even a run of B's digest job for that slot posts nothing
        forced = await b.run_digest("news")
        assert forced is not None and forced.status == "already_sent"
        await asyncio.sleep(POLL_S * 4)  # B keeps polling the lock and keeps standing by
        assert not b.is_leader
        lines = posted(platform)
        assert [(line["slot"], line["pid"]) for line in lines] == [(SLOT1.isoformat(), proc.pid)]

        now_b[0] = SLOT2 + timedelta(minutes=2)  # the next slot is due while A goes away
        if ending == "stop":
            proc.send_signal(signal.SIGTERM)
            assert read_line(proc) == "stopped"
            assert proc.wait(timeout=30) == 0
        else:
            proc.send_signal(signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
        await wait_until(lambda: b.is_leader and b.scheduler.running)  # took over: caught up, jobs on
        assert b.scheduler.get_job("digest:news") is not None
        again = await b.run_digest("news")  # the job firing for the slot B's takeover already posted
        assert again is not None and again.status == "already_sent"
        await asyncio.sleep(POLL_S * 3)
        lines = posted(platform)
        assert [(line["slot"], line["pid"]) for line in lines] == [
            (SLOT1.isoformat(), proc.pid),
            (SLOT2.isoformat(), os.getpid()),
        ]
        assert len(lines[1]["stories"]) == 2  # type: ignore[arg-type]  # only the new stories
        assert store_b.pending_deliveries() == []
    finally:
        await b.shutdown()
        store_b.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


# ------------------------------------------------------------------------ the other instance


async def _instance_main(url: str, platform: str, lock_name: str, now_iso: str) -> int:
    """Instance A: start like the app, say whether it leads, run until SIGTERM, shut down cleanly."""
    now = datetime.fromisoformat(now_iso)
    store = Store.open(url)
    sched = make_instance(store, Path(platform), lock_name, lambda: now)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await sched.start()
    print("leader" if sched.is_leader else "standby", flush=True)
    await stop.wait()
    await sched.shutdown()
    store.close()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(_instance_main(*sys.argv[1:5])))
