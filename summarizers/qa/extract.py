"""The short answer cut from the chosen sentence, by the kind of item the question expects."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any

from summarizers.lexicon.qa import QUESTION_STOP
from summarizers.qa.question import Expect, Question
from summarizers.qa.retrieve import AGE_RE, CAUSE_RE, DATE_RE, DURATION_RE, numbers, sentence_names
from summarizers.qa.words import Lemmatizer, terms

_ENTS: OrderedDict[tuple[int, str], list[tuple[str, str, int]]] = OrderedDict()
_ENTS_MAX = 1024
_ENTS_LOCK = threading.Lock()
_NUM_PREFIX = re.compile(r"\b(?:at least|more than|less than|fewer than|up to|about|around|nearly|almost|some|over|roughly|approximately|only|just)\s+$", re.I)
_PERSONISH = ("PERSON", "ORG", "NORP", "GPE")
_PLACE = ("GPE", "LOC", "FAC")


def entities(text: str, nlp: Any | None) -> list[tuple[str, str, int]]:
    """(text, label, char offset) of the named entities in one sentence (NER only; cached)."""
    if nlp is None:
        return []
    key = (id(nlp), text)
    with _ENTS_LOCK:
        hit = _ENTS.get(key)
        if hit is not None:
            return hit
    keep = {"tok2vec", "ner"}
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in keep])
    out = [(e.text, e.label_, e.start_char) for e in doc.ents]
    with _ENTS_LOCK:
        _ENTS[key] = out
        while len(_ENTS) > _ENTS_MAX:
            _ENTS.popitem(last=False)
    return out


def _anchor(q: Question, text: str, lem: Lemmatizer) -> int:
    """Character offset of the first question term in ``text`` (where the answer usually sits near)."""
    qset = set(q.terms)
    for m in re.finditer(r"[A-Za-z][A-Za-z']*|\d[\d,.]*", text):
        if terms(m.group(0), lem) and terms(m.group(0), lem)[0] in qset:
            return m.start()
    return 0


def _nearest(items: list[tuple[str, int]], at: int) -> str:
    return min(items, key=lambda it: (abs(it[1] - at), it[1]))[0] if items else ""


def span(q: Question, text: str, nlp: Any | None, lem: Lemmatizer) -> str:
    """The answering span of ``text`` for ``q``, or "" (the sentence itself is the answer)."""
    e = q.expect
    qlow = q.text.lower()
    at = _anchor(q, text, lem)

    def fresh(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return [(s.strip(" ,"), i) for s, i in items if s.strip() and s.strip(" ,").lower() not in qlow]

    if e in (Expect.NUMBER, Expect.MONEY, Expect.PERCENT):
        ms = numbers(text)
        if e == Expect.MONEY:
            ms = [m for m in ms if m.group("cur") or m.group("curw") or m.group("curw2")] or ms
        elif e == Expect.PERCENT:
            ms = [m for m in ms if m.group("pct") or m.group("pct2")] or ms
        items = []
        for m in ms:
            start, end = m.start(), m.end()
            pre = _NUM_PREFIX.search(text[:start])
            if pre:
                start = pre.start()
            if e == Expect.NUMBER:
                for t in re.finditer(r"\s+([a-z][\w-]*)", text[end:]):
                    if t.start() != 0 and not text[end : end + t.start()].isspace() or t.group(1) in QUESTION_STOP:
                        break
                    end += t.end()
                    if t.start() == 0:
                        pass
                    break
            items.append((text[start:end], m.start()))
        return _nearest(fresh(items), at)
    if e == Expect.AGE:
        return _nearest(fresh([(m.group(0), m.start()) for m in AGE_RE.finditer(text)]), at)
    if e == Expect.DURATION:
        return _nearest(fresh([(m.group(0), m.start()) for m in DURATION_RE.finditer(text)]), at)
    if e == Expect.DATE:
        return _nearest(fresh([(m.group(0), m.start()) for m in DATE_RE.finditer(text)]), at)
    if e in (Expect.PERSON, Expect.PLACE):
        labels = _PERSONISH if e == Expect.PERSON else _PLACE
        ents = [(t, i) for t, lab, i in entities(text, nlp) if lab in labels]
        if not ents and e == Expect.PERSON:
            ents = [(n, text.find(n)) for n in sentence_names(text)]
        items = [(t, i) for t, i in fresh(ents) if not any(t.lower() in n.lower() or n.lower() in t.lower() for n in q.names)]
        return _nearest(items, at)
    if e == Expect.CAUSE:
        m = CAUSE_RE.search(text)
        if m:
            clause = re.split(r"[.;]\s|, (?:and|but|which|who|while)\b|\s[\u2014-]\s", text[m.start() :])[0]
            return clause.strip(" ,.")
    return ""
