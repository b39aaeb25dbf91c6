"""Mention-to-threaded-answer latency of the Matrix adapter, beside a plain echo bot, on a local Synapse.

Starts Synapse from ``.synapse-venv`` (``bash tests/integration/synapse/install.sh`` installs it) on
127.0.0.1, registers a user and two bots, and times N questions (default 100) for each bot, one at
a time, each bot in a room of its own (not encrypted):

    echo       a bare matrix-nio client: long-poll sync, and for every text message from the user a
               threaded notice sent straight back. Synapse's own round trip, plus nio's parsing.
    adapter    our MatrixAdapter (login, crypto store, claim_event in a SQLite store, mention parsing,
               rendering, sync token saved after each sync) with an ``on_message`` that answers at
               once, so the conversation itself costs nothing here.

The two bots are asked in turn (echo question i, then ours), so a busy machine slows both alike.
Latency: from just before the user's ``room_send`` of "<bot name>: question i" (with ``m.mentions``)
until the user's own long-poll sync returns the bot's threaded answer. Prints p50/p95/max for each
and our p95 overhead beyond the echo (target: <= 50 ms), and our p50 and p95 as ratios to the echo's.

Usage: .venv/bin/python benchmarks/bench_matrix.py [--questions 100]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nio import AsyncClient, AsyncClientConfig, RoomCreateResponse, RoomMessageText, RoomPreset, SyncResponse
from pydantic import SecretStr

from newsbrief.bot.adapters.matrix import MatrixAdapter, thread_relation
from newsbrief.bot.config import MatrixConfig
from newsbrief.bot.domain import IncomingMessage, Reply
from newsbrief.bot.store import Store
from tests.integration.synapse.fixture import SYNAPSE_PYTHON, MatrixUser, SynapseServer


def plain_client(server: SynapseServer, user: MatrixUser) -> AsyncClient:
    client = AsyncClient(server.url, user.user_id, device_id=user.device_id, config=AsyncClientConfig())
    client.access_token = user.access_token
    client.user_id = user.user_id
    return client


async def echo_bot(client: AsyncClient, ready: asyncio.Event) -> None:
    """Answer every text message from someone else with a threaded notice, as fast as nio can."""
    first = await client.sync(timeout=0)
    assert isinstance(first, SyncResponse), first
    ready.set()
    while True:
        resp = await client.sync(timeout=30_000)
        if not isinstance(resp, SyncResponse):
            continue
        for room_id, info in resp.rooms.join.items():
            for event in info.timeline.events:
                if isinstance(event, RoomMessageText) and event.sender != client.user_id:
                    await client.room_send(
                        room_id,
                        "m.room.message",
                        {
                            "msgtype": "m.notice",
                            "body": f"echo: {event.body}",
                            "m.mentions": {},
                            "m.relates_to": thread_relation(event.event_id, event.event_id),
                        },
                    )


async def ask(user: AsyncClient, room_id: str, bot_id: str, text: str) -> float:
    """Seconds from sending ``text`` (mentioning ``bot_id``) to seeing the bot's threaded answer."""
    start = time.perf_counter()
    sent = await user.room_send(
        room_id,
        "m.room.message",
        {"msgtype": "m.text", "body": text, "m.mentions": {"user_ids": [bot_id]}},
    )
    question = sent.event_id
    while True:
        resp = await user.sync(timeout=30_000)
        if not isinstance(resp, SyncResponse):
            continue
        info = resp.rooms.join.get(room_id)
        for event in info.timeline.events if info else ():
            rel = event.source.get("content", {}).get("m.relates_to", {})
            if event.sender == bot_id and rel.get("m.in_reply_to", {}).get("event_id") == question:
                return time.perf_counter() - start


async def measure(user: AsyncClient, bots: dict[str, tuple[str, str]], n: int) -> dict[str, list[float]]:
    """Ask every bot question i in turn (interleaved, so load on the machine hits both alike)."""
    await user.sync(timeout=0)
    for i in range(3):  # warm-up, not counted
        for name, (room_id, bot_id) in bots.items():
            await ask(user, room_id, bot_id, f"{name}: warm-up {i}")
    out: dict[str, list[float]] = {name: [] for name in bots}
    for i in range(n):
        for name, (room_id, bot_id) in bots.items():
            out[name].append(await ask(user, room_id, bot_id, f"{name}: question {i}?"))
    return out


async def make_room(user: AsyncClient, bot_id: str) -> str:
    resp = await user.room_create(preset=RoomPreset.public_chat, invite=[bot_id])
    assert isinstance(resp, RoomCreateResponse), resp
    return str(resp.room_id)


def summary(label: str, secs: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in secs)
    p50 = statistics.median(ms)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    print(f"{label:<10} n={len(ms):<4} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {ms[-1]:7.1f} ms")
    return p50, p95


async def run(n: int, workdir: Path) -> None:
    server = SynapseServer(workdir / "synapse")
    t0 = time.perf_counter()
    server.start()
    print(f"synapse 127.0.0.1:{server.port} up in {time.perf_counter() - t0:.1f}s")
    tasks: list[asyncio.Task[None]] = []
    clients: list[AsyncClient] = []
    adapter: MatrixAdapter | None = None
    store: Store | None = None
    try:
        user_acct, echo_acct, bot_acct = (
            server.register("reader"),
            server.register("echo"),
            server.register("newsbrief"),
        )
        user = plain_client(server, user_acct)
        echo = plain_client(server, echo_acct)
        clients += [user, echo]

        echo_room = await make_room(user, echo_acct.user_id)
        await echo.join(echo_room)
        ready = asyncio.Event()
        tasks.append(asyncio.create_task(echo_bot(echo, ready)))
        await ready.wait()

        store = Store.open(f"sqlite:///{workdir / 'newsbrief.db'}")
        cfg = MatrixConfig(
            homeserver=server.url,
            user_id=bot_acct.user_id,
            password=SecretStr(bot_acct.password),
            store_path=workdir / "matrix-store",
            allowed_inviters=(user_acct.user_id,),
        )

        async def answer(msg: IncomingMessage) -> Reply:
            return Reply(channel=msg.channel, thread=msg.thread or msg.message_id, text=f"answer: {msg.text}")

        handler: Callable[[IncomingMessage], Awaitable[Reply | None]] = answer
        bot_room = await make_room(user, bot_acct.user_id)
        adapter = MatrixAdapter(cfg, store, rooms=(bot_room,))
        await adapter.start(handler)
        secs = await measure(
            user, {"echo": (echo_room, echo_acct.user_id), "newsbrief": (bot_room, bot_acct.user_id)}, n
        )

        print(f"\n{n} questions each, one at a time, plain rooms, Synapse 127.0.0.1 (questions interleaved)")
        echo_p50, echo_p95 = summary("echo", secs["echo"])
        our_p50, our_p95 = summary("adapter", secs["newsbrief"])
        over = our_p95 - echo_p95
        print(
            f"overhead   p95 {over:+.1f} ms beyond the echo (target <= 50 ms): {'ok' if over <= 50 else 'OVER'}"
        )
        print(
            f"adapter / echo (the baseline): p50 {our_p50 / max(echo_p50, 1e-9):.2f}x, "
            f"p95 {our_p95 / max(echo_p95, 1e-9):.2f}x"
        )
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if adapter is not None:
            await adapter.stop()
        for c in clients:
            await c.close()
        if store is not None:
            store.close()
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--questions", type=int, default=100)
    args = parser.parse_args(argv)
    if not SYNAPSE_PYTHON.exists():
        print("Synapse is not installed: bash tests/integration/synapse/install.sh", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-matrix-") as tmp:
        asyncio.run(run(args.questions, Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
