"""Every briefing and answer the eval sets give, in one file, to check that a speed-up changes no output.

Usage:
    python benchmarks/dump_outputs.py OUT.jsonl [--no-qa] [--jobs N] [SET.jsonl ...]

For each set (default: the development, public, extra and fiction facet sets and the 250
CNN/DailyMail articles) the articles are written to files under a fixed temporary folder and
briefed by the command line in this process (``newsbrief brief --json``, one batch as users
run it); then, for the facet sets, each article is briefed alone (``BriefingEngine.build``) and
its questions and conversations answered as ``bench_qa_inprocess.py`` asks them. Every output is
one line of OUT; compare two runs with ``cmp`` or ``diff``. Nothing is printed but counts and
the sets' names, so the dump may cover a set whose texts must not be read: diff by line number
and article id, not by reading the lines.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
EVAL = REPO.parent / "shared" / "eval"
DEFAULT_SETS = (
    EVAL / "facets_dev.jsonl",
    EVAL / "facets_public.jsonl",
    REPO / "benchmarks" / "data" / "facets_extra.jsonl",
    REPO / "benchmarks" / "data" / "facets_extra2.jsonl",
    REPO / "benchmarks" / "data" / "facets_fiction.jsonl",
    EVAL / "cnndm_frank_250.jsonl",
)


def _rows(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for k, r in enumerate(rows):
        r.setdefault("id", f"{path.stem}-{k:04d}")
        r.setdefault("text", r.get("article", ""))
    return rows


def _cli_lines(files: list[str], jobs: int) -> list[str]:
    from newsbrief.bot.cli import main as cli_main

    buf = io.StringIO()
    with (
        contextlib.redirect_stdout(buf),
        contextlib.redirect_stderr(io.StringIO()),
        contextlib.suppress(SystemExit),
    ):
        cli_main(["brief", "--json", "--jobs", str(jobs), *files])
    return buf.getvalue().splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="*", type=Path, default=list(DEFAULT_SETS))
    ap.add_argument("--no-qa", action="store_true", help="briefings only")
    ap.add_argument("--jobs", type=int, default=1, help="brief --jobs (default 1)")
    args = ap.parse_args()

    from newsbrief.bot.inputs import article_from_text
    from newsbrief.summarizers.briefing import BriefingEngine
    from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question

    engine = BriefingEngine()
    tmp = Path(tempfile.gettempdir()) / "newsbrief-dump-outputs"
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in args.sets:
            rows = _rows(path)
            folder = tmp / path.stem
            folder.mkdir(parents=True, exist_ok=True)
            files = []
            for r in rows:
                f = folder / f"{r['id']}.txt"
                f.write_text(r["text"], encoding="utf-8")
                files.append(str(f))
            for line in _cli_lines(files, args.jobs):
                out.write(f"{path.stem}\tbrief\t{line}\n")
                n += 1
            print(f"{path.name}: {len(rows)} articles", file=sys.stderr)
            if args.no_qa or not any("questions" in r or "conversations" in r for r in rows):
                continue
            for r in rows:
                b = engine.build(article_from_text(r["text"], f"/tmp/{r['id']}.txt"))
                out.write(f"{path.stem}\t{r['id']}\tbuild\t{json.dumps(b.to_json(), ensure_ascii=False)}\n")
                n += 1
                for q in r.get("questions", []):
                    a = answer_question(q["q"], [b], engine.nlp)
                    out.write(f"{path.stem}\t{r['id']}\tqa\t{json.dumps(a.to_json(), ensure_ascii=False)}\n")
                    n += 1
                for conv in r.get("conversations", []):
                    state = ConversationState()
                    for t in conv["turns"]:
                        a, state = answer_in_conversation(t["q"], [b], state, engine.nlp)
                        out.write(
                            f"{path.stem}\t{r['id']}\tfu\t{json.dumps(a.to_json(), ensure_ascii=False)}\n"
                        )
                        n += 1
    print(f"{n} lines in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
