"""Same-story clustering on a set of look-alike events: pairwise precision, recall and order stability.

Usage:
    python benchmarks/bench_stories.py [SET.jsonl] [--orders N] [--errors] [--json]

The default set is ``tests/data/same_story.jsonl``: short fictional articles (written for this
project, none copied) where each story is told by two or three outlets in their own words,
beside distractors of the same kind that share a place, an organisation, a person or a topic
but tell a different event (another match at the same stadium, another court action against
the same company). Each line: ``id``, ``story`` (gold label), ``source``, ``published``,
``title``, ``text``.

The articles are briefed by the real :class:`~newsbrief.summarizers.briefing.BriefingEngine` and grouped
two ways: :func:`newsbrief.summarizers.cluster.partition` and an incremental filing that follows the
poller's path (``StoryIndex`` candidates, ``linked`` against each member, an article that links
two stories joins them), each in several arrival orders (as given, reversed, seeded shuffles).
Pairwise precision: of the article pairs put in one story, the share that gold puts together;
recall: of the gold pairs, the share put together. ``stable`` is whether every order and both
paths gave the same partition.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from newsbrief.summarizers.briefing import BriefingEngine  # noqa: E402
from newsbrief.summarizers.cluster import (  # noqa: E402
    DEFAULT_WINDOW,
    StoryFeatures,
    StoryIndex,
    linked,
    partition,
    story_key_features,
)
from newsbrief.summarizers.types import Article, Briefing, InputError  # noqa: E402

DEFAULT_SET = REPO / "tests" / "data" / "same_story.jsonl"

Row = dict[str, Any]
Item = tuple[str, Briefing, datetime | None]


def load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def brief(rows: Sequence[Row], engine: BriefingEngine | None = None) -> list[Item]:
    """Each row briefed by the real engine, as ``(id, briefing, published)``."""
    engine = engine or BriefingEngine()
    articles = [
        Article(
            id=r["id"],
            text=r["text"],
            title=r.get("title", ""),
            source=r.get("source"),
            published=datetime.fromisoformat(r["published"]) if r.get("published") else None,
        )
        for r in rows
    ]
    out: list[Item] = []
    for article, result in zip(articles, engine.build_many(articles), strict=True):
        if isinstance(result, InputError):
            raise SystemExit(f"{article.id}: not briefed: {result}")
        out.append((article.id, result, article.published))
    return out


def file_incrementally(items: Sequence[Item]) -> list[list[str]]:
    """Stories as the poller files them, one article at a time in the order given: the stories
    sharing a key with the article (``StoryIndex``) are candidates; the article joins every story
    one of whose members it is ``linked`` with (merging them), or starts its own."""
    index = StoryIndex()
    stories: dict[int, list[tuple[str, StoryFeatures, datetime | None]]] = {}
    next_id = 0
    for article_id, briefing, when in items:
        mine = story_key_features(briefing)
        targets = [
            sid
            for sid in sorted(index.candidates(mine))
            if any(linked(mine, f, when, w, DEFAULT_WINDOW) for _, f, w in stories[sid])
        ]
        me = (article_id, mine, when)
        if not targets:
            sid = next_id
            next_id += 1
            stories[sid] = [me]
        else:
            sid = targets[0]
            for other in targets[1:]:
                stories[sid].extend(stories.pop(other))
                index.remove(other)
            stories[sid].append(me)
        index.add(sid, mine, [f for _, f, _ in stories[sid]])
    return sorted((sorted(m[0] for m in members) for members in stories.values()), key=lambda g: g[0])


def pairs(groups: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def pairwise(found: Sequence[Sequence[str]], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of ``found`` against the gold story labels."""
    by_story: dict[str, list[str]] = {}
    for article_id, story in sorted(gold.items()):
        by_story.setdefault(story, []).append(article_id)
    want, got = pairs(list(by_story.values())), pairs(found)
    precision = len(got & want) / len(got) if got else 1.0
    recall = len(got & want) / len(want) if want else 1.0
    return precision, recall


def orders(items: Sequence[Item], n: int) -> list[tuple[str, list[Item]]]:
    """The arrival orders to try: as given, reversed, by publication time, and seeded shuffles."""
    out = [("given", list(items)), ("reversed", list(reversed(items)))]
    out.append(("published", sorted(items, key=lambda i: (i[2] is None, i[2] or datetime.min, i[0]))))
    for seed in range(max(0, n - len(out))):
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        out.append((f"shuffle{seed}", shuffled))
    return out


def evaluate(rows: Sequence[Row], items: Sequence[Item], n_orders: int = 6) -> dict[str, Any]:
    gold = {r["id"]: r["story"] for r in rows}
    results: list[tuple[str, list[list[str]]]] = []
    for name, order in orders(items, n_orders):
        results.append((f"partition/{name}", partition(order)))
        results.append((f"incremental/{name}", file_incrementally(order)))
    scores = {name: pairwise(found, gold) for name, found in results}
    first = results[0][1]
    return {
        "articles": len(rows),
        "stories": len(set(gold.values())),
        "precision": min(p for p, _ in scores.values()),
        "recall": min(r for _, r in scores.values()),
        "stable": all(found == first for _, found in results),
        "orders": len(results),
        "partition": first,
        "per_order": {name: {"precision": p, "recall": r} for name, (p, r) in scores.items()},
    }


def errors(partition_: Sequence[Sequence[str]], gold: dict[str, str]) -> list[str]:
    """Wrongly joined and wrongly split pairs, for reading the failures of this (own) set."""
    got = pairs(partition_)
    lines = [f"joined {a}-{b}" for a, b in sorted(got) if gold[a] != gold[b]]
    by_story: dict[str, list[str]] = {}
    for article_id, story in sorted(gold.items()):
        by_story.setdefault(story, []).append(article_id)
    lines += [f"split  {a}-{b}" for a, b in sorted(pairs(list(by_story.values())) - got)]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--orders", type=int, default=6, help="arrival orders per path (default 6)")
    parser.add_argument("--errors", action="store_true", help="print wrongly joined / split pairs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = load(args.set)
    result = evaluate(rows, brief(rows), args.orders)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"{args.set.name}: {result['articles']} articles, {result['stories']} stories, "
        f"{result['orders']} orders x paths\n"
        f"pairwise precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"(worst order)  stable: {'yes' if result['stable'] else 'NO'}"
    )
    if args.errors:
        gold = {r["id"]: r["story"] for r in rows}
        for line in errors(result["partition"], gold):
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
