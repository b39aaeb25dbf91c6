"""Quality of briefings and answers on the annotated sets, beside the naive baseline, in one run.

Usage:
    python benchmarks/bench_quality.py [GOLD.jsonl ...] [--qa] [--half study|held|all] [--no-baseline]
                                       [--misses] [--json]

Drives the project's own CLI through the shared scorer (``../shared/eval/score_briefings.py``), so
it measures what users get, then does the same for the naive baseline (``baseline_cli.py``) in the
same run. The default set is the development set, ``../shared/eval/facets_dev.jsonl``.

Halves: the development set is studied in two halves. ``study`` is the first 21 articles
(d000-d114), the only ones whose failures are read to find what to fix; ``held`` is the other
21, which are only scored, so a change is accepted when it moves both. ``--misses`` prints the
per-article misses of the study half only (and of our own study sets; never of the public set).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import signal
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
DEV = EVAL / "facets_dev.jsonl"
PUBLIC = EVAL / "facets_public.jsonl"  # scored only, like the held half: its misses are never printed
STUDY_SIZE = 21  # the first 21 development articles are the ones read for failures
# our own sets kept blind for a pass (annotated before the pass's changes, only scored, like the held
# half): their misses are never printed; a set leaves this list when a later pass makes it a study set
# the twenty-fifth pass: facets_fiction3 (20 invented articles, written blind and first scored at main
# da16fb7); facets_fiction2 (blind in the twenty-fourth and twenty-fifth passes) is a study set from the
# twenty-sixth on; the twenty-seventh pass: facets_fiction4 (20 invented articles, written blind and first
# scored at main 29f55cd); the twenty-eighth pass makes fiction3 (blind for three passes) a study set, keeps fiction4
# blind and adds facets_fiction5 (20 invented articles, written blind and first scored at main e0fbb7c); the
# twenty-ninth pass makes fiction4 (blind for two passes) a study set, keeps fiction5 blind and adds
# facets_fiction6 (20 invented articles, written blind and first scored at main 0ea5482); the thirtieth pass
# makes fiction5 (blind for two passes) a study set, keeps fiction6 blind and adds facets_fiction7 (20 invented
# articles, written blind and first scored at main 9325568)
BLIND: frozenset[str] = frozenset({"facets_fiction6.jsonl", "facets_fiction7.jsonl"})

KEYS = (
    "actor_recall",
    "actor_precision",
    "figure_recall",
    "figure_precision",
    "figure_context",
    "figures_grounded",
    "step_recall",
    "step_precision",
    "noise_free",
    "no_repeat",
    "qa_accuracy",
    "followup_accuracy",
)


def _in_process_lines(cmd: list[str], tolerate: bool = False) -> list[dict[str, Any]]:
    """The scorer's ``run_lines`` for ``ask`` runs of our CLI, called in this process so the model
    loads once; ``brief`` and every other command still run as the subprocess the scorer starts."""
    if cmd[:3] != project_cmd()[:3] or len(cmd) < 4 or cmd[3] != "ask":
        return _SUBPROCESS_LINES(cmd, tolerate)
    from newsbrief.bot import cli

    buf = io.StringIO()
    code: int | str | None = 0
    # the CLI turns SIGTERM into a clean stop of its own command (exit 0); here it must stop the whole run,
    # or a run told to stop goes on writing its log beside the next one
    before = signal.getsignal(signal.SIGTERM)
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        try:
            cli.main(cmd[3:])
        except SystemExit as exc:
            code = exc.code
        finally:
            signal.signal(signal.SIGTERM, before)
    if cli._terminated:
        raise SystemExit(143)
    if code not in (0, None):
        if tolerate:
            return []
        raise SystemExit(f"command failed ({code}): {' '.join(cmd)}")
    return [json.loads(line) for line in buf.getvalue().splitlines() if line.strip().startswith("{")]


_SUBPROCESS_LINES: Any = None


def load_scorer(in_process: bool = False) -> ModuleType:
    """The shared scorer, found relative to the repository; a missing one is an error, not a skip."""
    path = EVAL / "score_briefings.py"
    if not path.exists():
        raise SystemExit(f"the shared scorer is missing: {path}")
    spec = importlib.util.spec_from_file_location("score_briefings", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if in_process:
        global _SUBPROCESS_LINES
        _SUBPROCESS_LINES = mod.run_lines
        sys.path.insert(0, str(REPO))
        mod.__dict__["run_lines"] = _in_process_lines
    return mod


def project_cmd() -> list[str]:
    """The project's CLI from this checkout (PYTHONPATH puts this tree before any installed copy)."""
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if paths[0] != str(REPO):  # once: every scorecard calls this
        os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO), *filter(None, paths)])
    return [sys.executable, "-m", "newsbrief.bot.cli"]


def baseline_cmd() -> list[str]:
    return [sys.executable, str(EVAL / "baseline_cli.py")]


def rows_of(path: Path, half: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if path.name != DEV.name or half == "all":
        return rows
    return rows[:STUDY_SIZE] if half == "study" else rows[STUDY_SIZE:]


def misses_readable(gold: Path, half: str) -> bool:
    """Whether a set's per-article misses may be printed: the dev set's study half and our own study
    sets; never the dev set's held half, the public set or a blind set (``BLIND``), which are only scored."""
    if gold.name == DEV.name:
        return half == "study"
    return gold.name != PUBLIC.name and gold.name not in BLIND


def scorecard(
    gold: Path, half: str, qa: bool, baseline: bool, in_process: bool = False
) -> dict[str, dict[str, Any]]:
    scorer = load_scorer(in_process)
    rows = rows_of(gold, half)
    out = {"newsbrief": scorer.score(rows, project_cmd(), qa=qa)}
    if baseline:
        out["baseline"] = scorer.score(rows, baseline_cmd(), qa=qa)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, default=[DEV])
    ap.add_argument("--qa", action="store_true", help="also score answers and follow-ups (minutes)")
    ap.add_argument("--half", choices=("study", "held", "all"), default="all")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print the study half's per-article misses")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--in-process",
        action="store_true",
        help="run our `ask` in this process (same CLI code, one model load)",
    )
    args = ap.parse_args(argv)
    results = {}
    for gold in args.gold:
        halves = ["study", "held", "all"] if gold.name == DEV.name and args.half == "all" else [args.half]
        for half in halves:
            card = scorecard(gold, half, args.qa, baseline=not args.no_baseline, in_process=args.in_process)
            results[f"{gold.name}:{half}"] = card
            if args.json:
                continue
            print(f"== {gold.name} ({half}, {card['newsbrief']['articles']} articles)")
            for who, res in card.items():
                print(f"{who:>10}: " + " ".join(f"{k}={res[k]}" for k in KEYS if res[k] is not None))
            if args.misses and misses_readable(gold, half):
                for row in card["newsbrief"]["per_article"]:
                    if row["missed"]:
                        print(f"  {row['id']}: " + "; ".join(row["missed"]))
    if args.json:
        slim = {
            k: {who: {m: res[m] for m in KEYS} for who, res in card.items()} for k, card in results.items()
        }
        print(json.dumps(slim, indent=1))


if __name__ == "__main__":
    main()
