"""Answers and follow-ups of several annotated sets from cached briefings (fast iteration on the answerer).

Each article is briefed once, as the CLI's ``ask`` does (the article written to a file, read with
``load_input``, built by ``BriefingEngine``), and the briefing is pickled under ``CACHE`` keyed by the
article's text and the content of every briefing-relevant source file (``bot/`` and ``summarizers/`` but
the answerer's own ``summarizers/qa/`` and ``summarizers/lexicon/qa.py``): an answerer change reuses the
cache, a briefing change rebuilds it (``--rebuild`` forces it). Then the questions are asked with
``answer_question`` and the conversations with ``answer_in_conversation``, as ``ask --json`` and ``ask
--json --conversation`` do, and scored with the shared scorer's ``contains`` (the rule of
``score_briefings.py``): the figures are those of ``bench_quality.py --qa --in-process`` (dev study / held /
all, every other set whole).

``--save RUN.json`` keeps every question's answer and hit; ``--diff OLD.json`` prints the questions whose
hit changed between OLD and this run, with their texts only for readable sets (the dev study half, our
study sets), as counts for the rest (the dev held half, the public set, blind sets: ``bench_quality.BLIND``).
``--set k=v,...`` scores with those weights changed (as ``bench_qa_inprocess.py``).

Usage: python benchmarks/qa_cached.py CACHE [GOLD.jsonl ...] [--rebuild] [--save RUN.json] [--diff OLD.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_quality import BLIND, DEV, PUBLIC, STUDY_SIZE, load_scorer  # noqa: E402

_ANSWERER = ("summarizers/qa/", "summarizers/lexicon/qa.py")


def code_key() -> str:
    """A digest of every briefing-relevant source and data file (the answerer's own files left out)."""
    h = hashlib.sha256()
    for top in ("bot", "summarizers"):
        for p in sorted((REPO / top).rglob("*")):
            rel = p.relative_to(REPO).as_posix()
            if not p.is_file() or "__pycache__" in rel or rel.startswith(_ANSWERER):
                continue
            h.update(rel.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def default_sets() -> list[Path]:
    return [DEV, PUBLIC, *sorted((REPO / "benchmarks" / "data").glob("facets_*.jsonl"))]


def readable(name: str, half: str) -> bool:
    """As ``bench_quality.misses_readable``: the dev study half and our study sets only."""
    if name == DEV.name:
        return half == "study"
    return name != PUBLIC.name and name not in BLIND


def briefings(rows: list[dict[str, Any]], cache: Path, rebuild: bool, engine: Any) -> list[Any]:
    """Each row's briefing, from the cache when the article and the briefing code are unchanged."""
    from newsbrief.bot.inputs import load_input

    key = code_key()
    out: list[Any] = []
    tmp = Path(tempfile.gettempdir()) / "qa_cached"
    tmp.mkdir(exist_ok=True)
    for g in rows:
        digest = hashlib.sha256(g["text"].encode()).hexdigest()[:16]
        path = cache / f"{key}-{g['id']}-{digest}.pkl"
        if path.exists() and not rebuild:
            out.append(pickle.loads(path.read_bytes()))
            continue
        f = tmp / f"{g['id']}.txt"
        f.write_text(g["text"], encoding="utf-8")
        b = engine.build(load_input(str(f)))
        path.write_bytes(pickle.dumps(b))
        out.append(b)
    return out


def run_set(gold: Path, briefs: list[Any], rows: list[dict[str, Any]], nlp: Any) -> list[dict[str, Any]]:
    """One record per scored question: set, half, id, kind (qa / fu), question, hit, answer."""
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question

    contains = load_scorer().contains

    def hit(ans: str, groups: list[list[str]]) -> bool:
        return all(any(contains(ans, alt) for alt in grp) for grp in groups)

    recs: list[dict[str, Any]] = []
    dev = gold.name == DEV.name
    for i, (g, b) in enumerate(zip(rows, briefs, strict=True)):
        half = ("study" if i < STUDY_SIZE else "held") if dev else "all"
        for n, q in enumerate(g.get("questions", [])):
            a = answer_question(q["q"], [b], nlp)
            recs.append(
                {"set": gold.name, "half": half, "id": g["id"], "kind": "qa", "n": n, "q": q["q"]}
                | {"hit": hit(a.text, q["answer_keywords"]), "answer": a.text, "gold": q["answer_keywords"]}
            )
        for c, conv in enumerate(g.get("conversations", [])):
            state = ConversationState()
            for k, t in enumerate(conv["turns"]):
                a, state = answer_in_conversation(t["q"], [b], state, nlp)
                if k == 0:
                    continue
                prev = " | ".join(x["q"] for x in conv["turns"][:k])
                recs.append(
                    {"set": gold.name, "half": half, "id": g["id"], "kind": "fu", "n": c * 10 + k}
                    | {"q": f"[{prev}] -> {t['q']}", "hit": hit(a.text, t["answer_keywords"])}
                    | {"answer": a.text, "gold": t["answer_keywords"]}
                )
    return recs


def summary(recs: list[dict[str, Any]], sets: list[Path]) -> list[str]:
    lines = []
    for gold in sets:
        halves = ["study", "held", "all"] if gold.name == DEV.name else ["all"]
        for half in halves:
            mine = [r for r in recs if r["set"] == gold.name and (half == "all" or r["half"] == half)]
            figs = []
            for kind, label in (("qa", "answers"), ("fu", "follow-ups")):
                k = [r["hit"] for r in mine if r["kind"] == kind]
                figs.append(f"{label} {round(sum(k) / len(k), 3) if k else None} ({sum(k)}/{len(k)})")
            lines.append(f"{gold.name:24s} {half:5s}  " + "  ".join(figs))
    return lines


def diff(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[str]:
    """The questions whose hit changed; their texts only where misses may be read."""
    before = {(r["set"], r["id"], r["kind"], r["n"]): r for r in old}
    lines: list[str] = []
    hidden: dict[str, list[int]] = {}
    for r in new:
        o = before.get((r["set"], r["id"], r["kind"], r["n"]))
        if o is None or o["hit"] == r["hit"]:
            continue
        sign = "+" if r["hit"] else "-"
        if not readable(r["set"], r["half"]):
            tally = hidden.setdefault(f"{r['set']} {r['half']} {r['kind']}", [0, 0])
            tally[0 if r["hit"] else 1] += 1
            continue
        lines.append(f"{sign} {r['set']} {r['id']} {r['kind']}  {r['q']}")
        lines.append(f"     gold {r['gold']}")
        lines.append(f"     was  {o['answer'][:240]}")
        lines.append(f"     now  {r['answer'][:240]}")
    for key, (up, down) in sorted(hidden.items()):
        lines.append(f"  {key}: +{up} -{down} (not readable)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="directory of cached briefings")
    ap.add_argument(
        "gold", nargs="*", help="annotated sets (default: dev, public and benchmarks/data/facets_*)"
    )
    ap.add_argument("--rebuild", action="store_true", help="brief every article again")
    ap.add_argument("--save", help="write every question's answer and hit to this JSON file")
    ap.add_argument("--diff", help="print the questions whose hit changed since this saved run")
    ap.add_argument("--set", default="", help="k=v,k=v: score with these weights changed")
    args = ap.parse_args(argv)

    from newsbrief.summarizers.briefing import BriefingEngine
    from newsbrief.summarizers.qa import engine as qa_engine

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    sets = [Path(p) for p in args.gold] or default_sets()
    if args.set:
        changes = {k: float(v) for k, v in (kv.split("=") for kv in args.set.split(",") if kv)}
        qa_engine.WEIGHTS = dataclasses.replace(qa_engine.WEIGHTS, **changes)  # type: ignore[arg-type]
    engine = BriefingEngine()
    nlp = engine.nlp
    recs: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for gold in sets:
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
        recs += run_set(gold, briefings(rows, cache, args.rebuild, engine), rows, nlp)
    print("\n".join(summary(recs, sets)))
    print(f"({time.perf_counter() - t0:.0f} s)")
    if args.diff:
        print("\n".join(diff(json.loads(Path(args.diff).read_text(encoding="utf-8")), recs)))
    if args.save:
        Path(args.save).write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
