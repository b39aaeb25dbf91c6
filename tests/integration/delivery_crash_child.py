"""A child process for tests/integration/test_delivery_crash.py: deliver or reconcile one digest,
optionally killing itself with SIGKILL at a chosen step.

The "platform" is a real, simple one: an append-only JSONL file. Posting a digest appends one line
(flushed and fsynced before ``post_digest`` returns); the message id is ``file-<line number>``.
Three kinds, to cover the three cases the ledger documents:

* ``confirm``: the platform can be searched: ``confirm_sent(channel, txn_id)`` scans the file for
  the txn_id (what the Slack adapter does with message metadata in the channel history);
* ``idempotent``: the platform itself ignores a repeated transaction id and returns the first
  message's id (what a Matrix homeserver does with a repeated ``txnId``);
* ``plain``: neither (a terminal): delivery can only be at-least-once.

Crash points (``--crash``): ``after_digest`` (digest row committed), ``after_pending`` (pending
delivery committed), ``after_send`` (the line is on the platform, ``mark_sent`` not called),
``after_mark`` (marked sent), or ``none``. They are injected by wrapping the real store and adapter,
so ``newsbrief.bot.delivery`` runs unmodified.

Usage: python delivery_crash_child.py DB PLATFORM_FILE SLOT_ISO --action deliver|reconcile|start
       [--crash STEP] [--kind confirm|idempotent|plain]
(the tests run ``main`` with those arguments in a process forked from a warm one,
``tests.integration.cli_process.forked``: a process of its own all the same, killed for real).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from newsbrief.bot.delivery import DeliveryLedger  # noqa: E402
from newsbrief.bot.domain import ChannelRef, Digest  # noqa: E402
from newsbrief.bot.store import Store  # noqa: E402
from tests.doubles import NullAdapter, channel_config  # noqa: E402


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class CrashingStore:
    """The real store; SIGKILL right after the chosen write has committed."""

    def __init__(self, store: Store, crash: str) -> None:
        self._store = store
        self._crash = crash

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def create_digest(self, *args: Any, **kwargs: Any) -> Any:
        result = self._store.create_digest(*args, **kwargs)
        if self._crash == "after_digest":
            die()
        return result

    def add_delivery(self, *args: Any, **kwargs: Any) -> Any:
        result = self._store.add_delivery(*args, **kwargs)
        if self._crash == "after_pending":
            die()
        return result

    def mark_sent(self, *args: Any, **kwargs: Any) -> None:
        self._store.mark_sent(*args, **kwargs)
        if self._crash == "after_mark":
            die()


class FilePlatform(NullAdapter):
    """An append-only JSONL file standing in for a chat platform (see the module docstring)."""

    platform = "console"

    def __init__(self, path: Path, kind: str, crash_after_send: bool) -> None:
        self.path = path
        self.kind = kind
        self.crash_after_send = crash_after_send
        if kind == "confirm":
            self.confirm_sent = self._confirm_sent  # only this kind offers the extension

    def _lines(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text().splitlines() if line.strip()]

    async def _confirm_sent(self, channel: ChannelRef, txn_id: str, since: Any = None) -> str | None:
        for i, line in enumerate(self._lines(), 1):
            if line["txn_id"] == txn_id and line["channel"] == channel.id:
                return f"file-{i}"
        return None

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        lines = self._lines()
        if self.kind == "idempotent":
            for i, line in enumerate(lines, 1):
                if line["txn_id"] == txn_id:
                    return f"file-{i}"
        record = {
            "txn_id": txn_id,
            "channel": channel.id,
            "slot": digest.slot.isoformat(),
            "stories": [ds.story.id for ds in digest.stories],
            "pid": os.getpid(),
        }
        with self.path.open("a") as fh:
            fh.write(json.dumps(record) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if self.crash_after_send:
            die()
        return f"file-{len(lines) + 1}"


def posted(platform: Path) -> list[dict[str, object]]:
    """The digests the platform file holds, one record a post."""
    if not platform.exists():
        return []
    return [json.loads(line) for line in platform.read_text().splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(_main(argv))


async def _main(argv: list[str] | None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("platform_file")
    p.add_argument("slot")
    p.add_argument("--action", choices=["deliver", "reconcile", "start"], required=True)
    p.add_argument("--crash", default="none")
    p.add_argument("--kind", choices=["confirm", "idempotent", "plain"], default="confirm")
    args = p.parse_args(argv)

    slot = datetime.fromisoformat(args.slot)
    store = Store.open(f"sqlite:///{args.db}")
    ledger = DeliveryLedger(CrashingStore(store, args.crash), clock=lambda: slot)
    platform = FilePlatform(Path(args.platform_file), args.kind, args.crash == "after_send")
    channel = channel_config()
    results: list[str] = []
    if args.action in ("reconcile", "start"):
        for outcome in await ledger.reconcile({"console": platform}, [channel], now=slot):
            results.append(f"reconcile:{outcome.status}")
    if args.action in ("deliver", "start"):
        outcome = await ledger.deliver(channel, slot, platform, now=slot)
        results.append(f"deliver:{outcome.status}")
    print(json.dumps(results))
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
