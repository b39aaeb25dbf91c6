"""Candidate sentences for a question: BM25 over lemma keys, plus the fit of each sentence to the question's type."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from summarizers.lexicon.qa import (
    AGE_PATTERN,
    CAUSE_MARKERS,
    DATE_PATTERN,
    DURATION_PATTERN,
    FUTURE_MARKERS,
    NUMBER_PATTERN,
    QUOTE_PATTERN,
    ROLE_WORDS,
    SPEECH_LEMMAS,
)
from summarizers.qa.question import Expect, Question
from summarizers.qa.weights import WEIGHTS, Weights
from summarizers.qa.words import Lemmatizer, terms
from summarizers.types import Citation

DATE_RE = re.compile(DATE_PATTERN, re.I)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.I)
AGE_RE = re.compile(AGE_PATTERN, re.I)
DURATION_RE = re.compile(DURATION_PATTERN, re.I)
QUOTE_RE = re.compile(QUOTE_PATTERN)
CAUSE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m.strip()) for m in CAUSE_MARKERS) + r")\b", re.I)
FUTURE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in FUTURE_MARKERS) + r")\b", re.I)
CAP_RUN = re.compile(r"(?<![\w'])[A-Z][\w'\u2019&-]*(?:\s+(?:of\s+|the\s+|de\s+|al-)?[A-Z][\w'\u2019&-]*)*")
PRONOUN_START = re.compile(r"^\W*(?:he|she|they|it|his|her|their|its|the (?:\w+ )?(?:" + "|".join(sorted(ROLE_WORDS)) + r"))\b", re.I)
CAUSE_OPEN = re.compile(r"^\W*(?:it|this|that|the \w+)?\s*(?:comes?|came)? ?(?:after|because|as|amid|following)\b|^\W*(?:because|the (?:reason|cause))", re.I)
_COMMON_START = frozenset("the a an but and in on at it he she they this that there his her their its".split())


@dataclass(frozen=True)
class Passage:
    """One sentence of one article, indexed."""

    text: str
    article: int  # index of the article among those answered from
    position: int  # index in the article (0 = first)
    count: int  # sentences in the article
    keys: Counter[str]
    length: int
    names: tuple[str, ...]  # capitalised runs (not the sentence's first word unless it is a name)
    inherited: frozenset[str]  # name keys of the previous sentence, when this one opens with "He ..."
    citation: Citation


def sentence_names(text: str) -> list[str]:
    out = []
    for m in CAP_RUN.finditer(text):
        name = m.group(0)
        if m.start() == 0 or text[: m.start()].strip() in ('"', "\u201c", "'", "("):
            first, _, rest = name.partition(" ")
            if first.lower() in _COMMON_START:
                name = rest.strip()
                if not name:
                    continue
        out.append(name)
    return out


_INDEX: OrderedDict[tuple[int, tuple[str, ...], Citation], list[Passage]] = OrderedDict()
_INDEX_MAX = 256
_INDEX_LOCK = threading.Lock()


def index_article(sentences: Sequence[str], article: int, cite: Citation, lem: Lemmatizer) -> list[Passage]:
    """The article's sentences as passages (cached: a conversation asks about the same article again)."""
    key = (id(lem), tuple(sentences), cite)
    with _INDEX_LOCK:
        hit = _INDEX.get(key)
        if hit is not None:
            _INDEX.move_to_end(key)
            return [p if p.article == article else _with_article(p, article) for p in hit]
    out: list[Passage] = []
    prev_names: frozenset[str] = frozenset()
    n = len(sentences)
    for i, s in enumerate(sentences):
        keys = Counter(terms(s, lem))
        names = tuple(sentence_names(s))
        for nm in names:  # "International Monetary Fund" also answers to "IMF"
            caps = [w[0] for w in nm.split() if w[0].isupper()]
            if len(caps) >= 2:
                keys["".join(caps).lower()] += 1
        inherited = prev_names if PRONOUN_START.match(s) else frozenset()
        out.append(
            Passage(
                s, article, i, n, keys, max(sum(keys.values()), 1), names, inherited,
                Citation(cite.article_id, s, cite.source, cite.url),
            )
        )
        name_keys = frozenset(k for nm in names for k in terms(nm, lem))
        prev_names = name_keys or prev_names
    with _INDEX_LOCK:
        _INDEX[key] = out
        while len(_INDEX) > _INDEX_MAX:
            _INDEX.popitem(last=False)
    return out


def _with_article(p: Passage, article: int) -> Passage:
    return Passage(p.text, article, p.position, p.count, p.keys, p.length, p.names, p.inherited, p.citation)


def idf_table(passages: Sequence[Passage]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for p in passages:
        df.update(p.keys.keys())
    n = len(passages)
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}


def relevance(
    query: dict[str, float], p: Passage, idf: dict[str, float], avg_len: float, w: Weights = WEIGHTS
) -> float:
    """BM25 of ``p`` for the weighted ``query``, divided by the query's total weight x idf (about 0..1)."""
    total = 0.0
    norm = 0.0
    default_idf = max(idf.values(), default=1.0)
    for t, qw in query.items():
        ti = idf.get(t, default_idf)
        norm += qw * ti
        tf = p.keys.get(t, 0)
        if tf:
            total += qw * ti * tf * (w.k1 + 1) / (tf + w.k1 * (1 - w.b + w.b * p.length / avg_len))
        elif t in p.inherited:
            total += qw * ti * w.inherited
    return total / norm if norm else 0.0


def _not_in_question(item: str, q: Question) -> bool:
    low = item.lower()
    return low not in q.text.lower()


def numbers(text: str) -> list[re.Match[str]]:
    return [m for m in NUMBER_RE.finditer(text) if m.group(0).strip()]


def type_fit(q: Question, text: str, next_text: str = "") -> float:
    """How well ``text`` holds an item of the kind ``q`` expects, 0..1 (1: an item the question lacks)."""
    e = q.expect
    if e == Expect.NUMBER:
        items = [m.group(0) for m in numbers(text) if not DATE_RE.fullmatch(m.group(0).strip())]
    elif e == Expect.MONEY:
        items = [m.group(0) for m in numbers(text) if m.group("cur") or m.group("curw") or m.group("curw2")]
        if not items:
            return 0.5 if numbers(text) else 0.0
    elif e == Expect.PERCENT:
        items = [m.group(0) for m in numbers(text) if m.group("pct") or m.group("pct2")]
    elif e == Expect.AGE:
        items = [m.group(0) for m in AGE_RE.finditer(text)]
    elif e == Expect.DURATION:
        items = [m.group(0) for m in DURATION_RE.finditer(text)]
    elif e == Expect.DATE:
        items = [m.group(0) for m in DATE_RE.finditer(text)]
    elif e == Expect.PERSON:
        items = [n for n in sentence_names(text) if n not in q.names]
    elif e == Expect.PLACE:
        items = [n for n in re.findall(r"\b(?:in|at|near|from|to|outside|inside)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)", text)]
    elif e == Expect.CAUSE:
        return 1.0 if CAUSE_RE.search(text) else (0.6 if next_text and CAUSE_OPEN.match(next_text) else 0.0)
    elif e == Expect.SPEECH:
        low = text.lower()
        said = any(re.search(rf"\b{v}(?:s|ed|d)?\b", low) for v in ("said", "told", "says", "added", "warned", "called", "claimed", "described", "insisted"))
        return 1.0 if QUOTE_RE.search(text) or said or "according to" in low else 0.3 if set(low.split()) & SPEECH_LEMMAS else 0.0
    elif e == Expect.FUTURE:
        return 1.0 if FUTURE_RE.search(text) else 0.0
    else:
        return 0.0
    if not items:
        return 0.0
    return 1.0 if any(_not_in_question(i, q) for i in items) else 0.3
