"""Where each important figure the briefing misses is lost: a stage-by-stage account, per set.

Usage:
    python benchmarks/figure_stages.py GOLD.jsonl [GOLD.jsonl ...] [--study-dev] [--show] [--census]
                                       [--verbose]

Briefs every article of each set in this process with ``summarizers/figures.py`` traced, and for each
importance-1 gold figure tells the stage that decides it:

    shown          a figure line holds it (``ctx-miss`` when the line does not say what it counts)
    no-text        no body sentence (nor read caption) holds a match of it
    no-span        a sentence holds it but no number shape (``_number_spans``) covers it
    skip:LINE      a rule of ``_skip`` dropped it (LINE is the rule's source line)
    drop:LINE      a ``continue`` of ``extract_figures`` dropped it
    merged         its candidate was merged into another one with the same key (``_one_per_number``)
    dup            ``_select`` dropped it as a number already shown (a key seen in a shown figure)
    cap            ranked past the list's length (MAX_FIGURES, or below the strong bar past it)
    not-reached    still in the pool when the longest list (MAX_FIGURES_STRONG) was full
    cand-lost      a candidate was made on it but no candidate's line holds the gold's match

``--census`` counts, for every number mention the loop visits and every pooled candidate, the rule or
stage that decided it, by what the gold says of it (g1: importance 1, g2: importance 2, no: not a gold
figure): a rule that fires mostly on gold figures drops true figures too eagerly. ``--verbose`` names
the line of ``_word_number_counts`` that said no, with its sentence, for gold mentions.
It also runs on an older checkout (copy it into that tree's ``benchmarks/``) to see first-sight losses.

``--study-dev`` keeps the development set's study half (its first 21 articles). Only study sets may
be given: the script prints texts of misses. ``--show`` prints each miss with its sentence.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import bench_quality  # noqa: E402
from newsbrief.bot.inputs import load_input  # noqa: E402
from newsbrief.summarizers import figures as fig  # noqa: E402
from newsbrief.summarizers.briefing import BriefingEngine  # noqa: E402

VERBOSE = "--verbose" in sys.argv
NOT_STUDY = ("facets_public",) + tuple(n.removesuffix(".jsonl") for n in sorted(bench_quality.BLIND))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def contains(hay: str, needle: str) -> bool:
    h, n = _norm(hay), _norm(needle)
    if not n:
        return False
    if re.search(r"\d", n):
        return re.search(r"(?<![\d.,])" + re.escape(n) + r"(?![\d])(?![.,]\d)", h) is not None
    return n in h


def find_all(hay: str, needle: str) -> list[tuple[int, int]]:
    """Character spans of ``needle`` in ``hay`` (case-insensitive, digits not continued)."""
    n = re.escape(needle.strip()).replace("\\ ", "\\s+")
    if re.search(r"\d", needle):
        n = r"(?<![\d.,])" + n + r"(?![\d])(?![.,]\d)"
    return [(m.start(), m.end()) for m in re.finditer(n, hay.replace("\u2019", "'"), re.I)]


STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "it",
        "they",
        "he",
        "she",
        "we",
        "you",
        "i",
        "not",
        "no",
        "than",
        "then",
        "over",
        "under",
        "about",
        "after",
        "before",
        "since",
        "per",
        "into",
        "out",
        "up",
        "down",
        "new",
        "more",
        "most",
        "less",
        "least",
        "year",
        "years",
    ]
)


def says_what(line: str, gold_fig: dict[str, Any]) -> bool:
    words = gold_fig.get("what") or [
        w
        for w in re.findall(r"[a-z][a-z'-]+", _norm(gold_fig.get("counts", "")))
        if w not in STOP and len(w) > 2
    ]
    toks = re.findall(r"[a-z][a-z'-]+", _norm(line))
    for w in words:
        w = _norm(w)
        if " " in w:
            if w in _norm(line):
                return True
        elif any(t == w or (len(w) >= 4 and t.startswith(w[: max(4, len(w) - 2)])) for t in toks):
            return True
    return False


_SRC, _FIRST = inspect.getsourcelines(fig)
_LINES = {i + 1: line.rstrip() for i, line in enumerate(_SRC)}


def _loop_lines() -> range:
    """The source lines of the body of ``extract_figures``'s loop over a sentence's number spans."""
    first = fig.extract_figures.__code__.co_firstlineno
    for k in range(first, max(_LINES) + 1):
        if _LINES[k].strip().startswith("for start, end in spans"):
            indent = len(_LINES[k]) - len(_LINES[k].lstrip())
            j = k + 1
            while j <= max(_LINES) and (
                not _LINES[j].strip() or len(_LINES[j]) - len(_LINES[j].lstrip()) > indent
            ):
                j += 1
            return range(k + 1, j)
    raise SystemExit("no loop over number spans in extract_figures")


_LOOP = _loop_lines()


def _label(lineno: int) -> str:
    """The condition that led to the line (the nearest ``if`` above it), short."""
    for k in range(lineno, max(0, lineno - 12), -1):
        text = _LINES.get(k, "").strip()
        if text.startswith(("if ", "elif ", "or ", "and ")) or text.startswith("if("):
            cond = text
            j = k
            while j > 0 and not _LINES[j].strip().startswith(("if ", "elif ")):
                j -= 1
                cond = _LINES[j].strip() + " " + cond
            return f"{j}:{cond[:70]}"
    return f"{lineno}:{_LINES.get(lineno, '').strip()[:70]}"


class Tracer:
    """Records, for each (sentence, start) the loop of ``extract_figures`` visits, the last line it ran,
    and for ``_skip`` the line of the ``return True`` that fired."""

    def __init__(self) -> None:
        self.fates: dict[tuple[str, int], tuple[int, str]] = {}
        self.skips: dict[tuple[str, int], int] = {}
        self.appended: set[tuple[str, int]] = set()
        self.spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.code_main = fig.extract_figures.__code__
        self.code_skip = fig._skip.__code__
        self._skip_last = 0
        self.code_words = fig._word_number_counts.__code__
        self.words: dict[tuple[str, int], int] = {}
        self._words_last = 0
        self.cands: list[Any] = []

    def global_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is self.code_main:
            return self.main_trace
        if frame.f_code is self.code_skip:
            return self.skip_trace
        if frame.f_code is self.code_words:
            return self.words_trace
        return None

    def main_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        loc = frame.f_locals
        if event == "line":
            p, start = loc.get("p"), loc.get("start")
            line = _LINES.get(frame.f_lineno, "").strip()
            if p is not None and start is not None and frame.f_lineno in _LOOP:
                key = (p.text, start)
                self.fates[key] = (frame.f_lineno, line)
                if "cands.append" in line:
                    self.appended.add(key)
            if line.startswith("for start, end in spans") and "spans" in loc and p is not None:
                self.spans[p.text] = list(loc["spans"])
        elif event == "return":
            self.cands = list(loc.get("cands", []))
        return self.main_trace

    def words_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self._words_last = frame.f_lineno
        elif event == "return" and not arg:
            loc = frame.f_locals
            self.words[(loc["p"].text, loc["start"])] = self._words_last
        return self.words_trace

    def skip_trace(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self._skip_last = frame.f_lineno
        elif event == "return" and arg is True:
            loc = frame.f_locals
            self.skips[(loc["text"], loc["start"])] = self._skip_last
        return self.skip_trace


def trace_select(pool: list[Any]) -> dict[int, str]:
    """The fate of each pooled candidate (by ``order``) in ``_select``, replayed."""
    pool = list(pool)
    kind_of = getattr(fig, "_kind_of", lambda c: fig._kind(c.value))
    seen: set[str] = set()
    shown: dict[str, int] = {}
    ranked: list[Any] = []
    fate: dict[int, str] = {}
    while pool and len(ranked) < fig.MAX_FIGURES_STRONG:
        best = min(
            pool,
            key=lambda c: (
                -(c.score - (0 if c.lede else fig.KIND_PENALTY) * shown.get(kind_of(c), 0)),
                c.order,
            ),
        )
        pool.remove(best)
        if set(best.key) <= seen or any(k in seen for k in best.key if len(k.replace(".", "")) >= 3):
            fate[best.order] = "dup"
            continue
        seen.update(best.key)
        shown[kind_of(best)] = shown.get(kind_of(best), 0) + 1
        ranked.append(best)
    for c in pool:
        fate[c.order] = "not-reached"
    out = ranked[: fig.MAX_FIGURES]
    if len(out) == fig.MAX_FIGURES:
        bar = out[-1].score + fig.STRONG_MARGIN
        out += [c for c in ranked[fig.MAX_FIGURES :] if c.score >= bar]
    for k, c in enumerate(ranked):
        fate[c.order] = "shown" if c in out else f"cap(rank {k + 1})"
    return fate


def brief_traced(
    engine: BriefingEngine, text: str, rid: str
) -> tuple[Any, Tracer, dict[int, str], list[Any]]:
    tracer = Tracer()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{rid}.txt"
        path.write_text(text, encoding="utf-8")
        article = load_input(str(path))
    sys.settrace(tracer.global_trace)
    try:
        briefing = engine.build(article)
    finally:
        sys.settrace(None)
    pool = fig._one_per_number(list(tracer.cands))
    return briefing, tracer, trace_select(pool), pool


def account(
    row: dict[str, Any], briefing: Any, tracer: Tracer, fates: dict[int, str], pool: list[Any]
) -> list[tuple[str, dict[str, Any], str]]:
    out = []
    lines = [f"{f.value} {f.context}" for f in briefing.figures]
    for gf in row["figures"]:
        if gf["importance"] != 1:
            continue
        matches = gf["match"]
        hit = [line for line in lines if any(contains(line, m) for m in matches)]
        if hit:
            ok = any(says_what(line, gf) and len(line.split()) <= 16 for line in hit)
            out.append(("shown" if ok else "ctx-miss", gf, hit[0]))
            continue
        # a candidate that holds it
        cand_hits = [c for c in tracer.cands if any(contains(f"{c.value} {c.context}", m) for m in matches)]
        if cand_hits:
            pooled = [c for c in pool if any(contains(f"{c.value} {c.context}", m) for m in matches)]
            if pooled:
                best = min(pooled, key=lambda c: c.order)
                out.append(
                    (
                        fates.get(best.order, "?").split("(")[0],
                        gf,
                        f"{fates.get(best.order)} score={best.score:.2f} {best.value} | {best.context}",
                    )
                )
            else:
                c = cand_hits[0]
                out.append(("merged", gf, f"{c.value} | {c.context} key={c.key}"))
            continue
        # no candidate holds it: find the sentence and the span
        found = False
        for sent, spans in tracer.spans.items():
            for m in matches:
                for a, b in find_all(sent, m):
                    found = True
                    over = [(s, e) for s, e in spans if s < b and a < e]
                    if not over:
                        continue
                    s, e = over[0]
                    skip = tracer.skips.get((sent, s))
                    if skip:
                        out.append((f"skip:{_label(skip)}", gf, sent[max(0, s - 60) : e + 40]))
                    elif (sent, s) in tracer.appended:
                        out.append(("cand-lost", gf, f"[{sent[s:e]}] " + sent[max(0, s - 60) : e + 40]))
                    else:
                        ln, line = tracer.fates.get((sent, s), (0, "?"))
                        out.append(
                            (f"drop:{_label(ln)}", gf, f"[{sent[s:e]}] " + sent[max(0, s - 60) : e + 40])
                        )
                    break
                else:
                    continue
                break
            else:
                continue
            break
        else:
            if found:
                sent = next(s for s in tracer.spans if any(find_all(s, m) for m in matches))
                out.append(("no-span", gf, sent[:160]))
            else:
                out.append(("no-text", gf, ""))
    return out


def census(
    row: dict[str, Any], tracer: Tracer, fates: dict[int, str], pool: list[Any], out: Counter[tuple[str, str]]
) -> None:
    """Every number span the loop visits and every pooled candidate, by its fate and by what the gold
    says of it (importance 1, 2, or not a gold figure)."""

    def klass(hits: list[int]) -> str:
        return f"g{min(hits)}" if hits else "no"

    for sent, spans in tracer.spans.items():
        occ = [
            (a, b, gf["importance"])
            for gf in row["figures"]
            for m in gf["match"]
            for a, b in find_all(sent, m)
        ]
        for s, e in spans:
            k = klass([imp for a, b, imp in occ if a < e and s < b])
            skip = tracer.skips.get((sent, s))
            if skip:
                out[(f"skip:{_label(skip)}", k)] += 1
                continue
            ln, line = tracer.fates.get((sent, s), (0, "?"))
            if (sent, s) in tracer.appended:
                out[("candidate", k)] += 1
            else:
                why = tracer.words.get((sent, s)) if "_word_number_counts" in _label(ln) else None
                label = f"drop:{_label(ln)}" + (f" <- {why}:{_LINES[why].strip()[:60]}" if why else "")
                out[(label, k)] += 1
                if why and k != "no" and VERBOSE:
                    print(f"    [{k}] {why} {sent[max(0, s - 50) : e + 50]}")
    for c in pool:
        hits = [gf["importance"] for gf in row["figures"] for m in gf["match"] if contains(c.value, m)]
        out[("select:" + fates.get(c.order, "?").split("(")[0], klass(hits))] += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--study-dev", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--census", action="store_true", help="every rule's firings by gold class")
    args = ap.parse_args()
    engine = BriefingEngine()
    total: Counter[str] = Counter()
    per_set: dict[str, Counter[str]] = {}
    fired: Counter[tuple[str, str]] = Counter()
    for gold in args.gold:
        if any(gold.name.startswith(b) for b in NOT_STUDY):
            raise SystemExit(f"not a study set: {gold}")
        rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
        if gold.name == "facets_dev.jsonl":
            if not args.study_dev:
                raise SystemExit("the dev set needs --study-dev (its held half is only scored)")
            rows = rows[:21]
        counts: Counter[str] = Counter()
        for row in rows:
            briefing, tracer, fates, pool = brief_traced(engine, row["text"], row["id"])
            if args.census:
                census(row, tracer, fates, pool, fired)
            for stage, gf, note in account(row, briefing, tracer, fates, pool):
                counts[stage] += 1
                if args.show and stage != "shown":
                    print(f"  {gold.stem}/{row['id']} {gf['value']!r} [{stage}] {note[:220]}")
        per_set[gold.stem] = counts
        total.update(counts)
        print(f"== {gold.stem}: " + ", ".join(f"{k}={v}" for k, v in counts.most_common()), flush=True)
    print("== all: " + ", ".join(f"{k}={v}" for k, v in total.most_common()))
    if args.census:
        rules = sorted({r for r, _ in fired}, key=lambda r: -sum(fired[(r, k)] for k in ("g1", "g2", "no")))
        print(f"{'g1':>5} {'g2':>5} {'no':>5}  rule")
        for r in rules:
            print(f"{fired[(r, 'g1')]:5d} {fired[(r, 'g2')]:5d} {fired[(r, 'no')]:5d}  {r}")


if __name__ == "__main__":
    main()
