"""Answer and follow-up accuracy on an annotated set, in one process (fast iteration on the answerer).

Builds each article's briefing once with the project's engine (spaCy loaded once), asks the
questions with ``answer_question`` and the conversations with ``answer_in_conversation``, and scores
them with the shared scorer's ``contains`` (the same rule as ``score_briefings.py``). Prints study /
held / all for the development set; ``--misses`` prints the study half's misses only (the held half
is never read). Confirm with ``bench_quality.py --qa``, which drives the real CLI.

``--set k=v,k=v`` (repeatable) scores the answerer with those :class:`newsbrief.summarizers.qa.weights.Weights`
changed, one line per setting, from the same briefings: this is how the weights were chosen (on the
study half; the held half only has to follow). ``--threshold`` prints the study accuracy for each
candidate refusal threshold (``min_relevance``), answering everything first. ``--classify`` counts the
study half's answer misses by question type and kind of failure (refused, wrongly answered, no one
sentence holds the answer, the answering sentence's rank, a paraphrase sharing no word).

Usage: python benchmarks/bench_qa_inprocess.py [GOLD.jsonl] [--misses] [--classify] [--time] [--threshold] [--set k=v,...]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

STUDY_SIZE = 21  # as bench_quality.py: the first 21 development articles are the ones read for failures


def eval_dir() -> Path:
    """``../shared/eval`` beside the checkout, or beside its parent (a worktree under ``wt/``)."""
    here = Path(__file__).resolve().parents[1]
    for base in (here.parent, here.parent.parent):
        if (base / "shared" / "eval" / "score_briefings.py").exists():
            return base / "shared" / "eval"
    raise SystemExit("the shared scorer is missing (../shared/eval/score_briefings.py)")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_briefings", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _classify(q: dict[str, Any], a: Any, b: Any, nlp: Any, hit: Any) -> str:
    """What kind of failure a missed question is: refused although a sentence answers, answered although
    the article doesn't say, no one sentence holds the answer, or the answering sentence ranked below
    another (with its rank; "no shared word" when it shares none of the question's words: a paraphrase)."""
    from newsbrief.summarizers.qa import engine as qa_engine
    from newsbrief.summarizers.qa.conversation import ConversationState
    from newsbrief.summarizers.qa.question import analyse
    from newsbrief.summarizers.qa.retrieve import index_article
    from newsbrief.summarizers.qa.words import lemmatizer

    lem = lemmatizer(nlp)
    question = analyse(q["q"], lem)
    art = qa_engine._articles([b])[0]
    passages = index_article(art.sentences, 0, art.citation, lem)
    ctx = qa_engine._resolve(question, ConversationState(), lem, qa_engine.WEIGHTS)
    ranked = qa_engine._score(question, ctx, passages, qa_engine.WEIGHTS, lem, nlp)
    gold = [(i, rel) for i, (_, rel, p) in enumerate(ranked) if hit(p.text, q["answer_keywords"])]
    qtype = question.type.value
    if hit(qa_engine.NOT_ANSWERED, q["answer_keywords"]):
        return f"{qtype}: answered although the article doesn't say"
    if not gold:
        return f"{qtype}: no one sentence holds the answer"
    if not a.answered:
        return f"{qtype}: refused although a sentence answers"
    rank, rel = gold[0]
    if rel == 0.0:
        return f"{qtype}: answering sentence shares no word with the question (paraphrase)"
    bucket = "2nd" if rank == 1 else "3rd-5th" if rank <= 4 else "below 5th"
    return (
        f"{qtype}: answering sentence ranked {bucket}"
        if rank
        else f"{qtype}: right sentence, cut or re-ranked away"
    )


def evaluate(
    rows: list[dict[str, Any]], briefings: list[Any], nlp: Any, dev: bool, args: argparse.Namespace
) -> dict[str, list[int]]:
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question
    from newsbrief.summarizers.qa import engine as qa_engine

    scorer = load_scorer(eval_dir() / "score_briefings.py")
    tallies: dict[str, list[int]] = {}
    times: list[float] = []
    kinds: list[str] = []  # --classify: one failure kind per study miss
    study_rel: list[tuple[float, bool, bool]] = []  # (relevance, right when answered, right when refused)

    def hit(ans: str, groups: list[list[str]]) -> bool:
        return all(any(scorer.contains(ans, alt) for alt in grp) for grp in groups)

    def tally(kind: str, half: str, ok: bool) -> None:
        for key in dict.fromkeys((f"{kind}_{half}", f"{kind}_all")):
            tallies.setdefault(key, [0, 0])
            tallies[key][0] += ok
            tallies[key][1] += 1

    for i, (g, b) in enumerate(zip(rows, briefings, strict=True)):
        half = ("study" if i < STUDY_SIZE else "held") if dev else "all"
        show = args.misses and half in ("study", "all")
        for q in g.get("questions", []):
            t0 = time.perf_counter()
            a = answer_question(q["q"], [b], nlp)
            times.append(time.perf_counter() - t0)
            ok = hit(a.text, q["answer_keywords"])
            if args.threshold and half == "study":
                res = qa_engine._answer(q["q"], qa_engine._articles([b]), nlp, ConversationState())
                study_rel.append((res.relevance, ok, hit(qa_engine.NOT_ANSWERED, q["answer_keywords"])))
            tally("qa", half, ok)
            if args.classify and half in ("study", "all") and not ok:
                kinds.append(_classify(q, a, b, nlp, hit))
            if show and not ok:
                print(f"{g['id']} QA  {q['q']}\n     gold {q['answer_keywords']}\n     got  {a.text[:300]}")
        for conv in g.get("conversations", []):
            state = ConversationState()
            for k, t in enumerate(conv["turns"]):
                t0 = time.perf_counter()
                a, state = answer_in_conversation(t["q"], [b], state, nlp)
                times.append(time.perf_counter() - t0)
                if k == 0:
                    continue
                ok = hit(a.text, t["answer_keywords"])
                tally("fu", half, ok)
                if show and not ok:
                    prev = " | ".join(x["q"] for x in conv["turns"][:k])
                    print(
                        f"{g['id']} FU  [{prev}] -> {t['q']}\n     gold {t['answer_keywords']}\n     got  {a.text[:300]}"
                    )
    if kinds:
        print("study misses by kind (question type: failure):")
        for kind, n in Counter(kinds).most_common():
            print(f"  {n:3d}  {kind}")
    if study_rel:
        for th in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3):
            right = sum(ok if rel >= th else refused for rel, ok, refused in study_rel)
            print(f"min_relevance {th:.2f}: study accuracy {right / len(study_rel):.3f}")
    if args.time and times:
        times.sort()
        print(
            f"answer ms: p50 {1000 * times[len(times) // 2]:.1f}  p95 {1000 * times[int(len(times) * 0.95)]:.1f}"
        )
    return tallies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(eval_dir() / "facets_dev.jsonl"))
    ap.add_argument("--misses", action="store_true", help="print the study half's misses")
    ap.add_argument("--time", action="store_true", help="print answer latency percentiles")
    ap.add_argument("--classify", action="store_true", help="count the study half's misses by kind")
    ap.add_argument("--threshold", action="store_true", help="study accuracy per refusal threshold")
    ap.add_argument("--set", action="append", default=[], help="k=v,k=v: score with these weights changed")
    args = ap.parse_args()

    from newsbrief.bot.inputs import article_from_text
    from newsbrief.summarizers.briefing import BriefingEngine
    from newsbrief.summarizers.qa import engine as qa_engine

    rows = [
        json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    dev = Path(args.gold).name == "facets_dev.jsonl"
    engine = BriefingEngine()
    briefings = [engine.build(article_from_text(g["text"], f"/tmp/{g['id']}.txt")) for g in rows]
    base = qa_engine.WEIGHTS
    settings = args.set or [""]
    if args.threshold:
        settings = ["min_relevance=0"]
    for setting in settings:
        changes: dict[str, Any] = {k: float(v) for k, v in (kv.split("=") for kv in setting.split(",") if kv)}
        qa_engine.WEIGHTS = dataclasses.replace(base, **changes)
        tallies = evaluate(rows, briefings, engine.nlp, dev, args)
        if len(settings) > 1:
            print(setting, "  ".join(f"{k} {n / d:.3f}" for k, (n, d) in sorted(tallies.items())))
        else:
            for key in sorted(tallies):
                n, d = tallies[key]
                print(f"{key:10s} {n / d:.3f}  ({n}/{d})")
    qa_engine.WEIGHTS = base
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
