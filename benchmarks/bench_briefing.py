"""Speed and memory of a briefing beside its baselines, on the 250 CNN/DailyMail articles.

Usage:
    python benchmarks/bench_briefing.py [DATA.jsonl] [--limit N] [--model NAME] [--no-cli]

Five methods run one after the other in this process, over the same articles:

    lead3      the first three sentences (nupunkt), the classic news baseline
    lexrank    sumy's stock LexRank alone (our offline tokenizer, no position prior)
    summary    our summary alone: cleaning, splitting and ranking, without spaCy facets
    spacy      one full pass of the spaCy pipeline over each article: nlp(text)
    briefing   our BriefingEngine.build: cleaning, splitting, ranking and all facets

For each: articles/s, p50 and p95 milliseconds per article, and peak RSS. Models are loaded
before timing starts (their load time is printed apart). Our cost is also given as a ratio
to the single spaCy pass.

Peak RSS method: ``ru_maxrss`` is a high-water mark for a whole process, so a delta inside one
process would hide any method that peaks below an earlier one. Each method is therefore run
again in a fresh child process (``--only NAME``) that loads only what that method needs and
reports its own peak: ``VmHWM`` from /proc/self/status (``ru_maxrss`` where there is no /proc;
on Linux ``ru_maxrss`` carries the parent's peak across fork+exec, VmHWM does not). The
baseline of Python plus the data is printed as ``python``. Timings come from the single shared process.

Each method's mean, p50 and p95 and its peak RSS are also printed as ratios to the spaCy pass
(the baseline). Finally ``newsbrief brief --json`` is run once over all articles as a subprocess,
start-up and model loading included, and its articles/s and CPU time printed beside its baseline
run right after it: a fresh interpreter that loads the stock pipeline and makes one full spaCy pass
over the same files, start-up included; and the ratios of the two. With rouge-score installed, ROUGE-1
of each summariser is printed too (Lead-3 here uses the raw article, as the eval scorer does).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "cnndm_frank_250.jsonl"
METHODS = ("lead3", "lexrank", "summary", "spacy", "briefing")


def load_rows(path: Path, limit: int) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return rows[:limit] if limit else rows


def make_method(name: str, model: str) -> Callable[[str], list[str]]:
    """The per-article function of method ``name``, with its models already loaded."""
    if name == "lead3":
        import nupunkt

        return lambda text: [str(s).strip() for s in nupunkt.sent_tokenize(text)[:3]]
    if name == "lexrank":
        from newsbrief.summarizers.rank import lexrank_alone

        return lambda text: lexrank_alone(text, 3)
    if name == "summary":
        from newsbrief.summarizers.rank import select_summary
        from newsbrief.summarizers.text import clean_article, split_sentences

        def summary_only(text: str) -> list[str]:
            sentences = split_sentences("\n\n".join(clean_article(text).paragraphs))
            return [sentences[i] for i in select_summary(sentences, 3)]

        return summary_only
    if name == "spacy":
        from newsbrief.summarizers.nlp import load_pipeline

        nlp = load_pipeline(model, exact_speedups=False)  # the stock pipeline: the baseline stays spaCy's

        def full_pass(text: str) -> list[str]:
            nlp(text)
            return []

        return full_pass
    if name == "briefing":
        from newsbrief.summarizers.briefing import BriefingEngine
        from newsbrief.summarizers.types import Article

        engine = BriefingEngine(model)
        _ = engine.nlp
        return lambda text: list(engine.build(Article(id="bench", text=text)).summary)
    raise ValueError(f"unknown method {name!r}")


def time_method(fn: Callable[[str], list[str]], texts: list[str]) -> tuple[list[float], list[list[str]]]:
    """Milliseconds per article and the outputs, after one warm-up call."""
    fn(texts[0])
    times, outs = [], []
    for text in texts:
        t0 = time.perf_counter()
        outs.append(fn(text))
        times.append(1000 * (time.perf_counter() - t0))
    return times, outs


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    ``VmHWM`` from /proc is used when present: ``ru_maxrss`` survives ``execve`` on Linux, so a
    child started from a large parent would report the parent's peak.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def child_peak_rss(name: str, data: Path, limit: int, model: str) -> float:
    """Peak RSS (MB) of a fresh process that loads and runs only method ``name``."""
    cmd = [sys.executable, __file__, str(data), "--limit", str(limit), "--model", model, "--only", name]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_mb"])


def rouge1(rows: list[dict[str, Any]], outs: list[list[str]]) -> float | None:
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        return None
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    scores = [
        scorer.score(r["reference"], "\n".join(o))["rouge1"].fmeasure for r, o in zip(rows, outs, strict=True)
    ]
    return 100 * sum(scores) / len(scores)


# The command line's baseline: a stock spaCy pipeline loaded in a fresh interpreter, then one full
# pass over each file, in one process (start-up included, as for ``newsbrief brief``).
_SPACY_PASS = """
import sys
from pathlib import Path
from newsbrief.summarizers.nlp import load_pipeline
nlp = load_pipeline(sys.argv[1], exact_speedups=False)
for f in sys.argv[2:]:
    nlp(Path(f).read_text(encoding="utf-8"))
"""


def run_cli(rows: list[dict[str, Any]], model: str) -> tuple[float, float, float, float] | None:
    """Wall and CPU seconds (children's user + system) of one ``newsbrief brief --json`` run over
    all rows, start-up included, then the same for the baseline (:data:`_SPACY_PASS`) over the same
    files; the two runs follow each other."""
    exe = shutil.which("newsbrief") or str(Path(sys.executable).with_name("newsbrief"))
    if not Path(exe).exists():
        return None
    paths = [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}  # this checkout's newsbrief

    def timed(cmd: list[str]) -> tuple[subprocess.CompletedProcess[str], float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return proc, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    with tempfile.TemporaryDirectory(prefix="bench-briefing-") as tmp:
        files = []
        for i, r in enumerate(rows):
            p = Path(tmp) / f"{i:04d}.txt"
            p.write_text(r["article"], encoding="utf-8")
            files.append(str(p))
        proc, wall, cpu = timed([exe, "brief", "--json", "--model", model, *files])
        base, base_wall, base_cpu = timed([sys.executable, "-c", _SPACY_PASS, model, *files])
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or len(lines) != len(rows):
        print(f"newsbrief brief --json failed ({proc.returncode}): {proc.stderr[-500:]}", file=sys.stderr)
        return None
    if base.returncode != 0:
        print(f"the spaCy baseline failed ({base.returncode}): {base.stderr[-500:]}", file=sys.stderr)
        return None
    return wall, cpu, base_wall, base_cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0)
    from newsbrief.summarizers.nlp import DEFAULT_MODEL

    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--no-cli", action="store_true", help="skip the newsbrief subprocess run")
    ap.add_argument("--only", choices=(*METHODS, "python"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    rows = load_rows(args.data, args.limit)
    texts = [r["article"] for r in rows]

    if args.only:  # child process for peak RSS
        if args.only != "python":
            time_method(make_method(args.only, args.model), texts)
        print(json.dumps({"peak_rss_mb": peak_rss_mb()}))
        return

    print(f"articles={len(rows)} cpus={os.cpu_count()} python={sys.version.split()[0]} model={args.model}")
    results: dict[str, dict[str, float | None]] = {}
    for name in METHODS:
        t0 = time.perf_counter()
        fn = make_method(name, args.model)
        load_s = time.perf_counter() - t0
        times, outs = time_method(fn, texts)
        results[name] = {
            "per_s": 1000 * len(times) / sum(times),
            "mean_ms": statistics.fmean(times),
            "p50_ms": statistics.median(times),
            "p95_ms": statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times),
            "load_s": load_s,
            "rouge1": rouge1(rows, outs) if name != "spacy" else None,
        }
    for name in ("python", *METHODS):
        rss = child_peak_rss(name, args.data, args.limit, args.model)
        results.setdefault(name, {})["peak_rss_mb"] = rss

    print(f"{'method':<10} {'art/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'peak MB':>8} {'load s':>7} {'R1':>6}")
    for name in METHODS:
        r = results[name]
        r1 = f"{r['rouge1']:.2f}" if r["rouge1"] is not None else "-"
        print(
            f"{name:<10} {r['per_s']:>8.1f} {r['p50_ms']:>8.2f} {r['p95_ms']:>8.2f} "
            f"{r['peak_rss_mb']:>8.0f} {r['load_s']:>7.2f} {r1:>6}"
        )
    print(f"python + data alone: peak {results['python']['peak_rss_mb']:.0f} MB")
    spacy = results["spacy"]
    print("each method / one full spaCy pass (the baseline, same process, same articles):")
    for name in METHODS:
        r = results[name]
        parts = [
            f"{k.removesuffix('_ms')} {float(r[k] or 0) / float(spacy[k] or 1):.2f}x"
            for k in ("mean_ms", "p50_ms", "p95_ms")
        ]
        parts.append(f"peak RSS {float(r['peak_rss_mb'] or 0) / float(spacy['peak_rss_mb'] or 1):.2f}x")
        print(f"  {name:<10} {', '.join(parts)}")
    ratio = float(results["briefing"]["mean_ms"] or 0) / float(spacy["mean_ms"] or 1)
    print(f"briefing cost / one full spaCy pass (mean ms per article): {ratio:.2f}x")
    print(f"peak RSS of this process (all five methods): {peak_rss_mb():.0f} MB")
    if not args.no_cli:
        timed = run_cli(rows, args.model)
        if timed is not None:
            wall, cpu, base_wall, base_cpu = timed
            n = len(rows)
            print(
                f"newsbrief brief --json over {n} articles (start-up included): {n / wall:.1f} articles/s, "
                f"CPU {cpu:.1f} s"
            )
            print(
                f"  baseline, a stock spaCy pass over the same files in one process (start-up included): "
                f"{n / base_wall:.1f} articles/s, CPU {base_cpu:.1f} s"
            )
            print(f"  brief --json / baseline: wall {wall / base_wall:.2f}x, CPU {cpu / base_cpu:.2f}x")


if __name__ == "__main__":
    main()
