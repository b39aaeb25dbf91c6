"""The delivery ledger against a real store (SQLite and PostgreSQL): failures and back-off, confirm-before-resend,
empty digests, a recorded digest re-posted verbatim, adapters missing at reconcile."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from newsbrief.bot import delivery
from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.config import ChannelConfig, QuietConfig
from newsbrief.bot.delivery import DeliveryLedger, digest_txn_id, on_demand_slot
from newsbrief.bot.digest import digest_to_dict
from newsbrief.bot.domain import ChannelRef, Digest
from newsbrief.bot.store import Store
from newsbrief.summarizers.types import Briefing
from tests.doubles import RecordingAdapter, channel_config

SLOT = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)


def channel(**fields: Any) -> ChannelConfig:
    """The channel the digests go to: a Slack one."""
    return channel_config(**{"platform": "slack", "target": "C123", **fields})


@dataclass
class FlakyAdapter(RecordingAdapter):
    platform: str = "slack"


@dataclass
class ConfirmingAdapter(FlakyAdapter):
    already_there: dict[str, str] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)
    since: list[datetime | None] = field(default_factory=list)

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        self.lookups.append(txn_id)
        self.since.append(since)
        return self.already_there.get(txn_id)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A seeded store on SQLite and on PostgreSQL (``store_url`` from the shared store fixtures)."""
    s = Store.open(store_url)
    at = SLOT - timedelta(hours=1)
    aid = s.upsert_article("world", "g1", "https://example.org/1", "Ceasefire", "Ceasefire " * 50, now=at)[0]
    s.create_story(Briefing(title="Ceasefire agreed", summary=("Both sides agreed.",)), [aid], now=at)
    yield s
    s.close()


async def test_first_send_records_and_marks_sent_without_confirm_lookup(store: Store) -> None:
    adapter = ConfirmingAdapter()
    out = await DeliveryLedger(store).deliver(channel(), SLOT, adapter, now=SLOT)
    assert out.status == "sent" and out.message_id == "ts-1"
    assert adapter.lookups == []  # nothing could have been sent before: no lookup
    (ref, digest, txn) = adapter.posts[0]
    assert ref == ChannelRef("slack", "C123") and txn == digest_txn_id("news", SLOT)
    assert digest.id == out.digest_id and [ds.story.briefing.title for ds in digest.stories] == [
        "Ceasefire agreed"
    ]
    assert out.delivery_id is not None
    d = store.get_delivery(out.delivery_id)
    assert d is not None and d.state == "sent" and d.platform_message_id == "ts-1" and d.attempts == 1


async def test_txn_id_is_the_same_for_any_timezone_of_the_slot() -> None:
    from zoneinfo import ZoneInfo

    berlin = SLOT.astimezone(ZoneInfo("Europe/Berlin"))
    assert (
        digest_txn_id("news", berlin)
        == digest_txn_id("news", SLOT)
        == "digest:news:2026-01-05T07:00:00+00:00"
    )


async def test_failure_stays_pending_and_retry_after_is_honoured(store: Store) -> None:
    adapter = FlakyAdapter(errors=[DeliveryError("rate limited", retry_after=120), DeliveryError("boom")])
    ledger = DeliveryLedger(store)
    out = await ledger.deliver(channel(), SLOT, adapter, now=SLOT)
    assert out.status == "failed" and out.retry_at == SLOT + timedelta(seconds=120)
    (pending,) = store.pending_deliveries()
    assert pending.attempts == 1 and pending.last_error == "rate limited"

    # too early: deferred, not sent, no attempt used
    early = await ledger.reconcile({"slack": adapter}, now=SLOT + timedelta(seconds=60))
    assert [o.status for o in early] == ["deferred"]
    assert adapter.posts == [] and store.pending_deliveries()[0].attempts == 1

    # after the wait: fails again (no retry-after: exponential back-off from 30 s)
    second = await ledger.reconcile({"slack": adapter}, now=SLOT + timedelta(seconds=121))
    assert [o.status for o in second] == ["failed"]
    assert second[0].retry_at == SLOT + timedelta(seconds=121 + 60)  # attempt 2 -> 2 * 30 s
    third = await ledger.reconcile({"slack": adapter}, now=SLOT + timedelta(seconds=200))
    assert [o.status for o in third] == ["sent"]
    assert len(adapter.posts) == 1 and store.pending_deliveries() == []
    # the same slot later: never twice
    again = await ledger.deliver(channel(), SLOT, adapter, now=SLOT + timedelta(hours=1))
    assert again.status == "already_sent" and len(adapter.posts) == 1


async def test_reconcile_after_restart_confirms_instead_of_reposting(store: Store) -> None:
    # a previous process recorded the digest and the pending delivery, then died (maybe after sending)
    ledger = DeliveryLedger(store)
    failing = FlakyAdapter(errors=[DeliveryError("network down")])
    assert (await ledger.deliver(channel(), SLOT, failing, now=SLOT)).status == "failed"
    txn = digest_txn_id("news", SLOT)
    adapter = ConfirmingAdapter(already_there={txn: "ts-99"})
    fresh = DeliveryLedger(store)  # a new process: no in-memory back-off
    out = await fresh.reconcile({"slack": adapter}, [channel()], now=SLOT + timedelta(minutes=1))
    assert [o.status for o in out] == ["confirmed"] and out[0].message_id == "ts-99"
    assert adapter.lookups == [txn] and adapter.posts == []
    assert adapter.since == [SLOT]  # history need only be read from the slot on
    assert store.pending_deliveries() == []


async def test_recorded_digest_is_reposted_verbatim_not_reselected(store: Store) -> None:
    # the digest row exists (recorded by a process that died before its delivery row)
    recorded = Digest("news", SLOT, ())
    data = digest_to_dict(recorded)
    data["post"] = True
    store.create_digest("news", SLOT, [], data, now=SLOT)
    adapter = FlakyAdapter()
    out = await DeliveryLedger(store).deliver(channel(), SLOT, adapter, now=SLOT + timedelta(minutes=5))
    assert out.status == "sent"
    assert adapter.posts[0][1].stories == ()  # what was recorded, though a story is available now


async def test_empty_digest_is_recorded_not_posted_unless_configured(store: Store) -> None:
    adapter = FlakyAdapter()
    ledger = DeliveryLedger(store)
    assert (await ledger.deliver(channel(), SLOT, adapter, now=SLOT)).status == "sent"
    later = SLOT + timedelta(hours=1)
    empty = await ledger.deliver(channel(), later, adapter, now=later)
    assert empty.status == "empty" and len(adapter.posts) == 1
    last = store.last_digest("news")
    assert last is not None and last.slot == later
    # reconcile does not resurrect a skipped empty digest
    assert await ledger.reconcile({"slack": adapter}, [channel()], now=later) == []
    assert len(adapter.posts) == 1
    loud = channel(id="loud", quiet=QuietConfig(skip_empty=False))
    await ledger.deliver(loud, SLOT, adapter, now=SLOT)  # has the story
    out = await ledger.deliver(loud, later, adapter, now=later)
    assert out.status == "sent" and adapter.posts[-1][1].stories == ()


async def test_reconcile_leaves_deliveries_without_an_adapter_pending(store: Store) -> None:
    ledger = DeliveryLedger(store)
    await ledger.deliver(channel(), SLOT, FlakyAdapter(errors=[DeliveryError("down")]), now=SLOT)
    assert await ledger.reconcile({}, now=SLOT + timedelta(hours=1)) == []
    assert len(store.pending_deliveries()) == 1


async def test_an_adapter_bug_leaves_the_delivery_pending_with_back_off(store: Store) -> None:
    class Broken(FlakyAdapter):
        async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
            raise RuntimeError("adapter bug")

    out = await DeliveryLedger(store).deliver(channel(), SLOT, Broken(), now=SLOT)
    assert out.status == "failed" and out.retry_at == SLOT + timedelta(seconds=30)
    (pending,) = store.pending_deliveries()
    assert pending.last_error == "adapter bug" and pending.attempts == 1


async def test_concurrent_delivers_of_one_slot_post_once(store: Store) -> None:
    import asyncio

    adapter = ConfirmingAdapter()
    ledger = DeliveryLedger(store)
    outs = await asyncio.gather(*(ledger.deliver(channel(), SLOT, adapter, now=SLOT) for _ in range(3)))
    assert sorted(o.status for o in outs) == ["already_sent", "already_sent", "sent"]
    assert len(adapter.posts) == 1
    assert len(ledger._locks) == 0  # nothing kept once done


async def test_a_permanent_rejection_gives_up_reports_and_returns_the_stories(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="newsbrief.bot.delivery")
    adapter = FlakyAdapter(errors=[DeliveryError("msg_too_long", permanent=True)])
    reported: list[str] = []

    async def report(outcome: object) -> None:
        reported.append(getattr(outcome, "error", ""))

    ledger = DeliveryLedger(store, on_rejected=report)
    out = await ledger.deliver(channel(), SLOT, adapter, now=SLOT)
    assert out.status == "rejected" and reported == ["msg_too_long"]
    (logged,) = [r for r in caplog.records if r.levelno >= logging.ERROR]  # logged as an error, once
    assert digest_txn_id("news", SLOT) in logged.getMessage() and "msg_too_long" in logged.getMessage()
    assert out.delivery_id is not None
    d = store.get_delivery(out.delivery_id)
    assert d is not None and d.state == "failed" and d.last_error == "msg_too_long"
    assert store.pending_deliveries() == []  # never retried
    assert await ledger.reconcile({"slack": adapter}, [channel()], now=SLOT + timedelta(hours=1)) == []
    assert store.stories_in_digests("news") == {}  # back in the pool
    # the next digest carries the story
    nxt = await ledger.deliver(channel(), SLOT + timedelta(days=1), adapter, now=SLOT + timedelta(days=1))
    assert nxt.status == "sent"
    assert [ds.story.briefing.title for ds in adapter.posts[0][1].stories] == ["Ceasefire agreed"]
    # the rejected slot is not built again
    again = await ledger.deliver(channel(), SLOT, adapter, now=SLOT + timedelta(days=1))
    assert again.status == "failed" and len(adapter.posts) == 1


async def test_a_transient_error_keeps_the_stories_counted(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    # positive control for the test above: only a permanent error releases the stories
    caplog.set_level(logging.WARNING, logger="newsbrief.bot.delivery")
    adapter = FlakyAdapter(errors=[DeliveryError("timeout")])
    out = await DeliveryLedger(store).deliver(channel(), SLOT, adapter, now=SLOT)
    assert [r.levelno for r in caplog.records] == [logging.WARNING]  # a retry is not an error
    assert out.status == "failed" and len(store.pending_deliveries()) == 1
    assert list(store.stories_in_digests("news")) != []


async def test_two_digests_asked_for_within_one_second_are_two_requests(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``newsbrief digest`` or "digest now" twice within a second: the second finds nothing new; it
    is not read as the first one's "already sent" (the slot keeps its microseconds through the store)."""
    ticks = iter(range(1, 100))

    class Clock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return SLOT.replace(microsecond=next(ticks) * 1000)  # the same second, 1 ms apart

    monkeypatch.setattr(delivery, "datetime", Clock)
    adapter = FlakyAdapter()
    ledger = DeliveryLedger(store)
    slot = on_demand_slot()
    first = await ledger.deliver(channel(), slot, adapter, now=SLOT)
    assert first.status == "sent" and len(adapter.posts) == 1
    # control: the same slot again is the same request, and says so
    assert (await ledger.deliver(channel(), slot, adapter, now=SLOT)).status == "already_sent"
    second = await ledger.deliver(channel(), on_demand_slot(), adapter, now=SLOT)
    assert second.status == "empty" and len(adapter.posts) == 1
