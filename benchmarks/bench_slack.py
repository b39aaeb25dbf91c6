"""Slack adapter speed against the loopback Slack (tests/integration/slack_mock_server.py).

1. Ack latency (HTTP mode): 1,000 signed ``app_mention`` events, each with its own ``event_id``, sent
   with ``--concurrency`` requests in flight (default 10; at 50 the figure is queueing: latency ~=
   in-flight / throughput, for the bare baseline too), through the real bolt app (signature check, dispatch,
   ack); the answering runs in the background meanwhile (event claims in a SQLite store; the stub
   conversation answers nothing, so no posts). Target: p99 <= 100 ms. Baseline in the same process:
   a bare aiohttp handler answering 200 on the same client, the floor of the loopback HTTP itself.
2. Digest post: a 20-story digest rendered to Block Kit and posted with ``post_digest`` (store
   look-ups for the headline links, ``chat.postMessage``, progress kept in the store), pacing off.
   Target: <= 300 ms. Baseline: rendering alone, and a bare ``chat.postMessage`` of one short text.

Each figure is also printed as a ratio to its baseline (same process, same run).

Usage: .venv/bin/python benchmarks/bench_slack.py [--events 1000] [--concurrency 10] [--repeat 9]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from newsbrief.bot.adapters.slack import SlackAdapter  # noqa: E402
from newsbrief.bot.config import SlackConfig  # noqa: E402
from newsbrief.bot.domain import ChannelRef, Digest, DigestStory, IncomingMessage, Reply, Story  # noqa: E402
from newsbrief.bot.render.slack import render_digest  # noqa: E402
from newsbrief.bot.store import Store  # noqa: E402
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep  # noqa: E402
from tests.integration.slack_mock_server import (  # noqa: E402
    BOT_USER_ID,
    SlackMockServer,
    event_body,
    signed_headers,
)

ACK_TARGET_MS = 100.0
DIGEST_TARGET_MS = 300.0
SECRET = "bench-signing-secret"
CHANNEL = "C0BENCH01"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


async def _quiet(_msg: IncomingMessage) -> Reply | None:
    return None


async def _fire(url: str, bodies: list[str], concurrency: int, sign: bool) -> tuple[list[float], list[int]]:
    latencies: list[float] = []
    statuses: list[int] = []
    queue: asyncio.Queue[str] = asyncio.Queue()
    for b in bodies:
        queue.put_nowait(b)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def worker() -> None:
            while not queue.empty():
                body = queue.get_nowait()
                headers = signed_headers(SECRET, body) if sign else {}
                headers["Content-Type"] = "application/json"
                started = time.perf_counter()
                async with session.post(url, data=body, headers=headers) as resp:
                    await resp.read()
                    statuses.append(resp.status)
                latencies.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, statuses


async def _baseline_server() -> tuple[web.AppRunner, str]:
    async def ok(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/slack/events", ok)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/slack/events"


def _briefing(i: int) -> Briefing:
    return Briefing(
        title=f"Story {i}: the council agrees the <budget> & the {i} measures",
        summary=tuple(
            f"Sentence {k} of story {i} says the council met on Tuesday and agreed." for k in range(3)
        ),
        actors=tuple(
            Actor(name=f"Person {i}-{k}", role="spokesperson" if k == 0 else None) for k in range(5)
        ),
        figures=tuple(Figure(value=str(10 + k), context="people", sentence="s") for k in range(4)),
        next_steps=(NextStep(text="The vote is on Friday", sentence="s", when="Friday"),),
        sources=("Outlet A", "Outlet B", "Outlet C"),
    )


async def bench_ack(store: Store, slack: SlackMockServer, n: int, concurrency: int) -> bool:
    settings = SlackConfig(mode="http", bot_token="xoxb-bench", signing_secret=SECRET)
    adapter = SlackAdapter(
        settings, store, base_url=slack.base_url, http_host="127.0.0.1", http_port=0, pace_seconds=0
    )
    await adapter.start(_quiet)
    assert adapter.http is not None
    bodies = [
        json.dumps(
            event_body(
                {
                    "type": "app_mention",
                    "user": "U0BENCH01",
                    "text": f"<@{BOT_USER_ID}> question {i}",
                    "ts": f"1710000000.{i:06d}",
                    "channel": CHANNEL,
                },
                event_id=f"EvBENCH{i:06d}",
            )
        )
        for i in range(n)
    ]
    # warm-up (bolt's first request runs auth.test)
    await _fire(adapter.http.url, bodies[:5], 1, True)
    started = time.perf_counter()
    latencies, statuses = await _fire(adapter.http.url, bodies[5:], concurrency, True)
    wall = time.perf_counter() - started
    await adapter.wait_idle(timeout=120)
    drained = time.perf_counter() - started
    await adapter.stop()

    runner, base_url = await _baseline_server()
    base_lat, _ = await _fire(base_url, bodies[5:], concurrency, False)
    await runner.cleanup()

    ok = all(s == 200 for s in statuses)
    p99 = percentile(latencies, 99)
    print(f"ack latency, {len(latencies)} events, {concurrency} in flight:")
    print(
        f"  newsbrief    p50 {percentile(latencies, 50):6.1f} ms  p99 {p99:6.1f} ms  "
        f"max {max(latencies):6.1f} ms  ({len(latencies) / wall:.0f} events/s; background claims done after {drained:.2f} s)"
    )
    print(
        f"  bare aiohttp p50 {percentile(base_lat, 50):6.1f} ms  p99 {percentile(base_lat, 99):6.1f} ms  "
        f"max {max(base_lat):6.1f} ms  (baseline)"
    )
    print(
        f"  newsbrief / bare aiohttp: p50 {percentile(latencies, 50) / max(percentile(base_lat, 50), 1e-9):.2f}x  "
        f"p99 {p99 / max(percentile(base_lat, 99), 1e-9):.2f}x"
    )
    print(f"  target p99 <= {ACK_TARGET_MS:.0f} ms: {'PASS' if p99 <= ACK_TARGET_MS and ok else 'FAIL'}")
    return p99 <= ACK_TARGET_MS and ok


async def bench_digest(store: Store, slack: SlackMockServer, repeat: int) -> bool:
    now = datetime.now(UTC)
    stories = []
    for i in range(20):
        a = store.upsert_article(
            None, None, f"https://news.example/{i}", f"Story {i}", f"Text {i}. " * 40, now=now
        )
        b = _briefing(i)
        sid = store.create_story(b, [a.article_id], now=now)
        stories.append(DigestStory(story=Story(id=sid, briefing=b, article_ids=(a.article_id,))))
    digest = Digest(channel_id="bench", slot=now, stories=tuple(stories))
    settings = SlackConfig(mode="http", bot_token="xoxb-bench", signing_secret=SECRET)
    adapter = SlackAdapter(
        settings, store, base_url=slack.base_url, http_host="127.0.0.1", http_port=0, pace_seconds=0
    )
    await adapter.start(_quiet)
    channel = ChannelRef("slack", CHANNEL)

    render_ms: list[float] = []
    for _ in range(repeat):
        t = time.perf_counter()
        msgs = render_digest(digest)
        render_ms.append((time.perf_counter() - t) * 1000)
    post_ms: list[float] = []
    for r in range(repeat):
        t = time.perf_counter()
        await adapter.post_digest(channel, digest, f"digest:bench:{r}")
        post_ms.append((time.perf_counter() - t) * 1000)
    bare_ms: list[float] = []
    for _ in range(repeat):
        t = time.perf_counter()
        await adapter.client.chat_postMessage(channel=CHANNEL, text="hello")
        bare_ms.append((time.perf_counter() - t) * 1000)
    await adapter.stop()

    med = statistics.median(post_ms)
    print(f"20-story digest ({len(msgs)} message, {sum(len(m.blocks) for m in msgs)} blocks), {repeat} runs:")
    print(f"  render + post_digest  median {med:6.1f} ms  max {max(post_ms):6.1f} ms")
    print(f"  render alone          median {statistics.median(render_ms):6.1f} ms  (baseline)")
    print(f"  bare chat.postMessage median {statistics.median(bare_ms):6.1f} ms  (baseline)")
    bare = statistics.median(bare_ms)
    print(
        f"  render + post_digest / bare chat.postMessage (medians): {med / max(bare, 1e-9):.2f}x; "
        f"render alone / bare: {statistics.median(render_ms) / max(bare, 1e-9):.2f}x"
    )
    print(f"  target <= {DIGEST_TARGET_MS:.0f} ms: {'PASS' if max(post_ms) <= DIGEST_TARGET_MS else 'FAIL'}")
    return max(post_ms) <= DIGEST_TARGET_MS


async def main_async(args: argparse.Namespace) -> int:
    slack = SlackMockServer()
    await slack.start()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            ok_ack = await bench_ack(store, slack, args.events + 5, args.concurrency)
            ok_digest = await bench_digest(store, slack, args.repeat)
        finally:
            store.close()
            await slack.stop()
    return 0 if ok_ack and ok_digest else 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=1000)
    p.add_argument("--concurrency", type=int, default=10)
    p.add_argument("--repeat", type=int, default=9)
    return asyncio.run(main_async(p.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
