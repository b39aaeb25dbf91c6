"""Digest selection and rendering for a channel with 2,000 stored stories (SQLite). Target: <= 0.5 s.

Seeds a temporary SQLite store through the real Store API: 2,000 stories from the last 48 hours
(briefings of realistic size: 3 summary sentences, 5 actors, 4 figures, 2 next steps, 30 stored
sentences), of which 400 were already in an earlier digest and 100 of those updated since. Then times
``build_digest`` + ``render_digest`` (what a scheduled run does before posting), beside a baseline
run in the same process: the store read alone (``recent_stories`` of the same 2,000, without the
briefings' sentences as ``build_digest`` reads them), the floor the selection sits on; and, for
reference, the full read with sentences (what digests read before). Each is also printed as a ratio
to the baseline's median.

Usage: .venv/bin/python benchmarks/bench_digest.py [--stories 2000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsbrief.bot.config import ChannelConfig  # noqa: E402
from newsbrief.bot.digest import CANDIDATE_LIMIT, build_digest, digest_to_dict, select_stories  # noqa: E402
from newsbrief.bot.domain import Digest  # noqa: E402
from newsbrief.bot.render.digest_text import render_digest  # noqa: E402
from newsbrief.bot.store import Store  # noqa: E402
from newsbrief.summarizers.types import Actor, Briefing, Figure, NextStep  # noqa: E402

TARGET_S = 0.5
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


CHANNEL = ChannelConfig(id="bench", platform="console", target="stdout", max_stories=10)


def briefing(i: int) -> Briefing:
    words = ["minister", "council", "budget", "storm", "court", "union", "talks", "market"]
    w = words[i % len(words)]
    return Briefing(
        title=f"Story {i}: the {w} decides on the {words[(i * 3) % len(words)]} question",
        summary=tuple(
            f"Sentence {k} of story {i} says the {w} met on Tuesday and agreed to {k + 2} measures."
            for k in range(3)
        ),
        actors=tuple(
            Actor(name=f"Person {i}-{k}", role="spokesperson" if k == 0 else None) for k in range(5)
        ),
        figures=tuple(
            Figure(value=str(10 + k + i % 7), context="people", sentence=f"{10 + k} people.")
            for k in range(4 - i % 3)
        ),
        next_steps=tuple(NextStep(text=f"Vote on day {k}", sentence=f"A vote on day {k}.") for k in range(2)),
        sources=tuple(f"Outlet {k}" for k in range(1 + i % 4)),
        sentences=tuple(
            f"Body sentence {k} of story {i}, with some words in it to be realistic." for k in range(30)
        ),
    )


def seed(store: Store, n: int) -> None:
    ids: list[int] = []
    for i in range(n):
        at = NOW - timedelta(minutes=int(i * 48 * 60 / n) + 1)
        aid = store.upsert_article(
            f"feed{i % 5}", f"g{i}", f"https://example.org/{i}", f"T{i}", f"text {i} " * 60, now=at
        )[0]
        ids.append(store.create_story(briefing(i), [aid], now=at))
    # an earlier digest showed 400 of them; 100 of those changed since
    posted = ids[:400]
    store.create_digest(
        "bench",
        NOW - timedelta(days=3),
        [(s, 1) for s in posted],
        {"stories": []},
        now=NOW - timedelta(days=3),
    )
    for k, sid in enumerate(posted[:100]):
        at = NOW - timedelta(minutes=k + 1)
        aid = store.upsert_article(
            "feed9", f"u{k}", f"https://example.org/u{k}", f"U{k}", f"update {k} " * 60, now=at
        )[0]
        store.attach_to_story(sid, aid, briefing(sid + 10_000), {"new_sources": ["Outlet Z"]}, now=at)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        seed(store, args.stories)
        print(f"seeded {args.stories} stories in {time.perf_counter() - t0:.1f} s")
        since = NOW - timedelta(days=4)

        base: list[float] = []
        base_full: list[float] = []
        full: list[float] = []
        full_cpu: list[float] = []
        pure: list[float] = []
        posted = store.stories_in_digests("bench")
        text = ""
        for _ in range(args.repeat):
            t = time.perf_counter()
            rows = store.recent_stories(since, None, CANDIDATE_LIMIT, with_sentences=False)
            base.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.recent_stories(since, None, CANDIDATE_LIMIT)
            base_full.append(time.perf_counter() - t)
            t, c = time.perf_counter(), time.process_time()
            digest = build_digest(store, CHANNEL, NOW, NOW)
            text = render_digest(digest)
            digest_to_dict(digest)
            full.append(time.perf_counter() - t)
            full_cpu.append(time.process_time() - c)
            t = time.perf_counter()
            picked = select_stories(rows, posted, NOW, CHANNEL.max_stories)
            render_digest(Digest("bench", NOW, tuple(picked)))
            pure.append(time.perf_counter() - t)
        store.close()

    updates = sum(1 for ds in digest.stories if ds.is_update)
    print(
        f"candidates read: {len(rows)}; digest: {len(digest.stories)} stories ({updates} updates), {len(text)} chars"
    )
    print(
        f"baseline  store read only (recent_stories): median {statistics.median(base) * 1000:7.1f} ms, max {max(base) * 1000:7.1f} ms"
    )
    print(
        f"reference full read, with sentences:        median {statistics.median(base_full) * 1000:7.1f} ms, max {max(base_full) * 1000:7.1f} ms"
    )
    print(
        f"pure      select + render on read rows:     median {statistics.median(pure) * 1000:7.1f} ms, max {max(pure) * 1000:7.1f} ms"
    )
    print(
        f"digest    select + render:                  median {statistics.median(full) * 1000:7.1f} ms, max {max(full) * 1000:7.1f} ms"
    )
    print(
        f"digest    CPU time of this process:         median {statistics.median(full_cpu) * 1000:7.1f} ms"
        " (wall minus waiting for a core on a busy machine)"
    )
    floor = statistics.median(base)
    print(
        f"ratios to the baseline (medians): digest {statistics.median(full) / floor:.2f}x, "
        f"pure {statistics.median(pure) / floor:.2f}x, full read {statistics.median(base_full) / floor:.2f}x"
    )
    worst = statistics.median(full)
    verdict = "OK" if worst <= TARGET_S else "OVER TARGET"
    print(f"target <= {TARGET_S * 1000:.0f} ms: {verdict} (median {worst * 1000:.1f} ms)")
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
