"""Figure lines read as a person reads them: count the shapes that read badly, per set.

Usage:
    python benchmarks/audit_figure_lines.py GOLD.jsonl [GOLD.jsonl ...] [--first N] [--sample K]
                                            [--seed S] [--show CLASS]

Briefs every article of each set with the project's CLI (``newsbrief brief --json``) and sorts each
figure line ("value: context") into the shapes below by reading the context with the parser. The
scorer's figure_context only asks that a word of what the number counts is in the line; these
shapes are what it does not see. ``--first N`` keeps the first N articles of every set (the
development set's study half is its first 21). ``--sample K`` prints K random lines (``--seed``),
``--show CLASS`` every line of one shape.

Shapes:
    verb_end      the context ends on a verb, auxiliary or a word that needs the number after it,
                  and the number followed it in the sentence ("Spending was", "will cost")
    verb_only     no noun, name or number in the context besides a pronoun ("killed", "it spends")
    prep_start    the context opens on a preposition whose object is not in it ("of ... counted")
    pronoun_only  a personal pronoun is the only noun-like word of the context ("it spends")
    in_quote      the context sits inside a quotation of the sentence and leaves part of it out
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

SHAPES = ("verb_end", "verb_only", "prep_start", "pronoun_only", "in_quote")
_QUOTES = re.compile(r"[\"\u201c\u201d]")
# words that want a number or a noun after them when they close a context
_NEEDS_MORE = {"DT", "PRP$", "IN", "TO", "CD", "JJ", "JJR", "JJS", "MD", "RB", "RBR", "POS"}


def _brief(texts: list[str]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, text in enumerate(texts):
            path = Path(tmp) / f"a{i:04d}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        out = subprocess.run(
            [sys.executable, "-m", "newsbrief", "brief", "--json", *files],
            capture_output=True,
            text=True,
            check=True,
        )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def _in_quote(sentence: str, context: str) -> bool:
    """The context starts inside a quotation and the quotation goes on past it, or began before it."""
    at = sentence.find(context)
    if at < 0:
        return False
    before = len(_QUOTES.findall(sentence[:at]))
    inside = len(_QUOTES.findall(context))
    return before % 2 == 1 and inside == 0


def shapes(nlp: Any, value: str, context: str, sentence: str) -> list[str]:
    """The bad shapes of one line (none when it reads well)."""
    if not context:
        return []
    doc = nlp(context)
    toks = [t for t in doc if not t.is_punct]
    if not toks:
        return []
    found = []
    at = sentence.find(context)
    number_after = at >= 0 and value not in context and sentence.find(value, at + len(context)) >= 0
    last = toks[-1]
    if number_after and (last.tag_.startswith("VB") or last.tag_ in _NEEDS_MORE):
        found.append("verb_end")
    nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN", "NUM") and not t.like_num or t.like_num]
    pronouns = [t for t in toks if t.tag_ == "PRP"]
    if not nouns and not any(ch.isdigit() for ch in context):
        found.append("pronoun_only" if pronouns else "verb_only")
    first = toks[0]
    if first.tag_ == "IN" and first.lower_ not in ("according", "if", "because", "while", "as"):
        obj = [t for t in first.subtree if t.i != first.i]
        if not obj or value in context or first.head.i > first.i:
            found.append("prep_start")
    if _in_quote(sentence, context):
        found.append("in_quote")
    return found


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--first", type=int, default=0, help="only the first N articles of each set")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", choices=SHAPES)
    args = ap.parse_args(argv)

    from newsbrief.summarizers.nlp import load_pipeline

    nlp = load_pipeline()
    lines: list[tuple[str, str, list[str]]] = []
    for path in args.gold:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if args.first:
            rows = rows[: args.first]
        counts: Counter[str] = Counter()
        n = 0
        for b in _brief([r["text"] for r in rows]):
            for f in b.get("figures", []):
                n += 1
                found = shapes(nlp, f["value"], f["context"], f.get("sentence", ""))
                counts.update(found)
                counts["any"] += bool(found)
                lines.append((path.stem, f"{f['value']}: {f['context']}", found))
        cells = " ".join(f"{k}={counts[k]}" for k in (*SHAPES, "any"))
        print(f"{path.stem}: lines={n} {cells}")
    if args.show:
        for name, line, found in lines:
            if args.show in found:
                print(f"  [{name}] {line}")
    elif args.sample:
        for name, line, found in random.Random(args.seed).sample(lines, min(args.sample, len(lines))):
            print(f"  [{name}] {line}   {' '.join(found)}")


if __name__ == "__main__":
    main()
