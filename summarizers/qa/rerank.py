"""Parse-based re-rank of the best few candidate sentences.

Lexical retrieval leaves near-ties between sentences that share the question's words. The one that
answers usually *relates* a question word to an item of the expected kind: "he replaced Allan
Johnston" (the focus verb governs a person) beats "Locke will be confirmed as manager" (no person
hangs on a question word); "taxpayers, who own 80 per cent" (a percentage is the object of the focus
verb) beats "shares fell more than 3 per cent". :func:`parse_fit` reads the dependency parse of one
sentence and says how closely an item of the expected kind stands to a question word in the tree
(1 when one governs the other or they share a head, 0.5 one step further, 0 otherwise).

Only the top :attr:`Weights.rerank_top` sentences within :attr:`Weights.rerank_margin` of the best are
parsed (a few milliseconds each, cached), so an answer stays well inside its time budget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from summarizers.lexicon.qa import AGE_CUES, DURATION_UNITS, PLACE_NOUNS
from summarizers.qa.question import Expect, Question
from summarizers.qa.words import Lemmatizer, terms

_DOCS: OrderedDict[tuple[int, str], Any] = OrderedDict()
_DOCS_MAX = 512
_DOCS_LOCK = threading.Lock()
_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "ner")

# entity labels that are an item of each expected kind
_LABELS: dict[Expect, frozenset[str]] = {
    Expect.NUMBER: frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}),
    Expect.MONEY: frozenset({"MONEY"}),
    Expect.PERCENT: frozenset({"PERCENT"}),
    Expect.AGE: frozenset({"DATE", "CARDINAL"}),
    Expect.DURATION: frozenset({"DATE", "TIME", "QUANTITY"}),
    Expect.DATE: frozenset({"DATE", "TIME"}),
    Expect.PERSON: frozenset({"PERSON", "ORG", "NORP", "GPE"}),
    Expect.PLACE: frozenset({"GPE", "LOC", "FAC"}),
}


def parse(text: str, nlp: Any) -> Any:
    """The parsed sentence (tagger, parser, NER; cached)."""
    key = (id(nlp), text)
    with _DOCS_LOCK:
        hit = _DOCS.get(key)
        if hit is not None:
            return hit
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in _PIPES])
    with _DOCS_LOCK:
        _DOCS[key] = doc
        while len(_DOCS) > _DOCS_MAX:
            _DOCS.popitem(last=False)
    return doc


def _items(q: Question, doc: Any) -> list[Any]:
    """Tokens of ``doc`` that are (part of) an item of the kind ``q`` expects and that the question lacks."""
    labels = _LABELS.get(q.expect)
    if labels is None:
        return []
    qlow = q.text.lower()
    out = []
    for ent in doc.ents:
        if ent.label_ not in labels or ent.text.lower() in qlow:
            continue
        if q.expect == Expect.AGE and not any(t.lower_ in AGE_CUES for t in doc[ent.start : ent.end + 2]):
            continue
        if q.expect == Expect.DURATION and not any(t.lower_.rstrip("s") in DURATION_UNITS for t in ent):
            continue
        out.extend(ent)
    if q.expect in (Expect.NUMBER, Expect.MONEY, Expect.PERCENT) and not out:
        out = [t for t in doc if t.like_num and t.text.lower() not in qlow]
    if q.expect == Expect.PLACE:
        out += [t for t in doc if t.pos_ == "NOUN" and t.lower_ in PLACE_NOUNS]
    if q.expect == Expect.DURATION:
        out += [t for t in doc if t.lower_.split("-")[-1].rstrip("s") in DURATION_UNITS and not t.ent_type_]
    return out


def _path(a: Any, b: Any) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up = {a.i: 0}
    t, d = a, 0
    while t.head.i != t.i:
        t, d = t.head, d + 1
        up[t.i] = d
    t, d = b, 0
    while t.i not in up:
        if t.head.i == t.i:
            return 99
        t, d = t.head, d + 1
    return d + up[t.i]


def parse_fit(q: Question, text: str, nlp: Any, lem: Lemmatizer) -> float:
    """How closely an item of the expected kind stands to a question word in ``text``'s parse, 0..1."""
    if nlp is None or q.expect not in _LABELS:
        return 0.0
    name_keys = {t for n in q.names for t in terms(n, lem)}
    focus_keys = set(q.terms) - name_keys
    if not focus_keys:
        return 0.0
    doc = parse(text, nlp)
    focus = [t for t in doc if not t.ent_type_ and (k := terms(t.text, lem)) and k[0] in focus_keys]
    items = [t for t in _items(q, doc) if t not in focus]
    if not focus or not items:
        return 0.0
    best = min(_path(f, i) for f in focus for i in items)
    return 1.0 if best <= 2 else 0.5 if best == 3 else 0.0
