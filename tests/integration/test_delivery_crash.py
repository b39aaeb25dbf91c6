"""Each digest reaches the channel once, even when the process is SIGKILLed between the ledger's steps.

A child process (delivery_crash_child.py, forked from a warm process by
``tests.integration.cli_process``: the start-up is not what is tested) delivers a digest against a
SQLite store file and a file-backed platform (an append-only JSONL file, described in the child's
docstring) and kills itself at a chosen step; a second child starts like the bot does (reconcile,
then the scheduler's catch-up delivery of the same slot) or only reconciles; a third start must
change nothing.
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsbrief.bot.store import Store
from newsbrief.summarizers.types import Actor, Briefing, Figure
from tests.integration import cli_process
from tests.integration.delivery_crash_child import posted

CHILD = "tests.integration.delivery_crash_child:main"
SLOT = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
TXN = f"digest:news:{SLOT.isoformat()}"
STEPS = ["after_digest", "after_pending", "after_send", "after_mark"]


def run_child(
    db: Path, platform: Path, action: str, crash: str = "none", kind: str = "confirm"
) -> cli_process.Completed:
    return cli_process.forked(
        CHILD,
        str(db),
        str(platform),
        SLOT.isoformat(),
        "--action",
        action,
        "--crash",
        crash,
        "--kind",
        kind,
        timeout=120,
    )


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "store.db"
    with Store.open(f"sqlite:///{db}") as store:
        for i, title in enumerate(["Ceasefire agreed", "Budget passes", "Storm warning"]):
            at = SLOT - timedelta(hours=2, minutes=i)
            aid = store.upsert_article(
                "world", f"g{i}", f"https://example.org/{i}", title, title * 40, now=at
            )[0]
            b = Briefing(
                title=title,
                summary=(f"{title} today.",),
                actors=(Actor(name="Someone"),),
                figures=(Figure(value="3", context="things", sentence="3 things."),),
            )
            store.create_story(b, [aid], now=at)
    return db, tmp_path / "platform.jsonl"


def _check_once(db: Path, platform: Path) -> None:
    lines = posted(platform)
    assert [line["txn_id"] for line in lines] == [TXN], lines
    assert len(lines[0]["stories"]) == 3  # type: ignore[arg-type]
    with Store.open(f"sqlite:///{db}") as store:
        assert store.pending_deliveries() == []
        last = store.last_digest("news")
        assert last is not None and last.slot == SLOT
        (delivery,) = [store.get_delivery(i) for i in range(1, 5) if store.get_delivery(i) is not None]
        assert delivery is not None
        assert delivery.state == "sent" and delivery.txn_id == TXN
        assert delivery.platform_message_id == "file-1"


@pytest.mark.parametrize("restart", ["start", "reconcile"])
@pytest.mark.parametrize("step", STEPS)
def test_sigkill_at_each_step_posts_exactly_once(seeded: tuple[Path, Path], step: str, restart: str) -> None:
    db, platform = seeded
    first = run_child(db, platform, "deliver", crash=step)
    assert first.returncode == -signal.SIGKILL, first.stderr
    expected_after_crash = 0 if step in ("after_digest", "after_pending") else 1
    assert len(posted(platform)) == expected_after_crash

    second = run_child(db, platform, restart)
    assert second.returncode == 0, second.stderr
    third = run_child(db, platform, "start")  # another restart: nothing more
    assert third.returncode == 0, third.stderr
    assert json.loads(third.stdout) == ["deliver:already_sent"]
    _check_once(db, platform)


def test_idempotent_platform_absorbs_the_resend_after_a_crash_before_mark(seeded: tuple[Path, Path]) -> None:
    """Matrix-like: no confirm_sent, but the platform dedupes the repeated transaction id."""
    db, platform = seeded
    assert (
        run_child(db, platform, "deliver", crash="after_send", kind="idempotent").returncode
        == -signal.SIGKILL
    )
    assert run_child(db, platform, "start", kind="idempotent").returncode == 0
    _check_once(db, platform)


def test_no_crash_and_repeat_runs(seeded: tuple[Path, Path]) -> None:
    db, platform = seeded
    out = [run_child(db, platform, "deliver") for _ in range(2)]
    assert [json.loads(o.stdout) for o in out] == [["deliver:sent"], ["deliver:already_sent"]]
    _check_once(db, platform)


def test_without_platform_help_a_crash_after_send_repeats_the_post(seeded: tuple[Path, Path]) -> None:
    """The documented limit: a plain platform (no confirm_sent, no idempotent txn id) is at-least-once.
    Nothing is dropped; the digest is posted a second time. Crashes at any other step stay exactly-once."""
    db, platform = seeded
    assert run_child(db, platform, "deliver", crash="after_send", kind="plain").returncode == -signal.SIGKILL
    assert run_child(db, platform, "start", kind="plain").returncode == 0
    assert [line["txn_id"] for line in posted(platform)] == [TXN, TXN]
    with Store.open(f"sqlite:///{db}") as store:
        assert store.pending_deliveries() == []
