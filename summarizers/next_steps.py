"""Next steps: what the article says will or should happen.

A sentence yields a step when its parse has a forward-looking trigger: a future or modal
auxiliary ("will", "would", "could"), "is to"/"is due to"/"is expected to", a verb of planning,
offering, calling, urging, threatening or predicting, readiness ("ready to"), or a scheduled
event ("is due on Friday"). The step's text is the clause under the trigger; ``when`` is the date
phrase inside it. Clauses whose only verbs are past events are not steps.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from summarizers.facets import ParsedSentence
from summarizers.types import NextStep

MAX_STEPS = 6
_MAX_WORDS = 32

_FUTURE_AUX = {"will", "wo", "'ll", "shall", "would", "could", "might", "may", "should", "must"}
_PLAN_VERBS = {
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "aim",
    "aims",
    "aimed",
    "expect",
    "expects",
    "expected",
    "schedule",
    "scheduled",
    "set",
    "due",
    "prepare",
    "prepares",
    "prepared",
    "preparing",
    "offer",
    "offers",
    "offered",
    "propose",
    "proposes",
    "proposed",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "vow",
    "vowed",
    "vows",
    "threaten",
    "threatened",
    "threatens",
    "urge",
    "urged",
    "urges",
    "call",
    "calls",
    "called",
    "demand",
    "demanded",
    "demands",
    "appeal",
    "appealed",
    "appeals",
    "ask",
    "asked",
    "invite",
    "invited",
    "invites",
    "agree",
    "agreed",
    "agrees",
    "predict",
    "predicted",
    "predicts",
    "forecast",
    "forecasts",
    "warn",
    "warned",
    "warns",
    "seek",
    "seeks",
    "sought",
    "hope",
    "hopes",
    "hoped",
    "want",
    "wants",
    "decide",
    "decided",
}
# verbs that are forward-looking only with a complement ("offered to go", "called for an inquiry")
_NEEDS_COMPLEMENT = {
    "invite",
    "invited",
    "invites",
    "ask",
    "asked",
    "set",
    "agree",
    "agreed",
    "agrees",
    "warn",
    "warned",
    "warns",
    "want",
    "wants",
    "hope",
    "hopes",
    "hoped",
    "seek",
    "seeks",
    "sought",
    "decide",
    "decided",
    "expect",
    "expects",
    "expected",
    "call",
    "calls",
    "called",
}
_READY_ADJ = {
    "ready",
    "willing",
    "prepared",
    "due",
    "set",
    "poised",
    "likely",
    "unlikely",
    "expected",
    "scheduled",
}
_FUTURE_DATE_RE = re.compile(
    r"\b(?:next|coming|upcoming|tomorrow|later this|by the end of|before the end of|within|from)\b|"
    r"\b(?:on|by|from|until|before)\s(?:\d{1,2}\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.I,
)
_PAST_DATE_RE = re.compile(r"\b(?:last|ago|yesterday|earlier this|previous)\b", re.I)
_FIRST_PERSON = {"i", "we", "you"}
_WEAK_MODALS = {"could", "might", "may", "should", "must"}
_SPEECH = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "announced",
    "stated",
    "warned",
    "insisted",
    "argued",
    "claimed",
    "confirmed",
    "predicted",
    "forecast",
    "believes",
    "believed",
    "thinks",
}


@dataclass
class _Step:
    text: str
    sentence: str
    when: str | None
    score: float


def _trigger_head(tok: Any) -> Any | None:
    """The clause head a forward-looking trigger token governs, or None."""
    low = tok.lower_
    if tok.tag_ == "MD" and low in _FUTURE_AUX:
        return tok.head
    if (
        low in _READY_ADJ
        and tok.dep_ in ("acomp", "amod", "attr", "ROOT", "xcomp")
        and any(
            c.dep_ == "xcomp" or (c.dep_ == "prep" and low in ("due", "scheduled", "set"))
            for c in tok.children
        )
    ):
        return tok.head if tok.dep_ != "ROOT" else tok
    if tok.tag_.startswith("VB") and low in _PLAN_VERBS:
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "dative")]
        if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in tok.children) and not any(
            c.dep_ == "xcomp" for c in comps
        ):
            return None  # "he was offered a lawyer": something done to someone, not a step ahead
        if low in ("call", "calls", "called"):
            if not any(
                c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1 for c in tok.children
            ) and not any(c.dep_ == "xcomp" for c in tok.children):
                return None
        elif low in _NEEDS_COMPLEMENT and not any(c.dep_ in ("xcomp", "ccomp") for c in comps):
            # "The ruling is expected next month": no complement, but a date ahead
            if not (low in ("expected", "set", "due") and _has_future_date(tok)):
                return None
            return tok
        return tok if comps else None
    if low in ("is", "are", "was", "were") and tok.dep_ in ("ROOT", "ccomp", "conj"):
        # "is to ...": be + xcomp with "to"
        for c in tok.children:
            if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children):
                return tok
    return None


def _speaker(subj: Any) -> str:
    """A short name for who is speaking: the named entity in the subject when there is one."""
    doc = subj.doc
    inside = [e for e in doc.ents if subj.left_edge.i <= e.start <= subj.right_edge.i]
    for ent in inside:
        if ent.label_ == "PERSON":
            return str(ent.text)
    toks = [t for t in subj.subtree if t.dep_ not in ("relcl", "appos", "punct", "acl")]
    if len(toks) <= 6:
        return " ".join(t.text for t in toks).replace(" 's", "'s")
    for label in ("ORG", "GPE", "NORP"):
        for ent in inside:
            if ent.label_ == label:
                return str(ent.text)
    return ""


_DATE_WORDS = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|next|tomorrow|coming)\b"
)


def _has_future_date(tok: Any) -> bool:
    """A DATE entity naming a day, a month or "next ..." in ``tok``'s subtree."""
    idx = {t.i for t in tok.subtree}
    return any(
        e.label_ == "DATE"
        and e.start in idx
        and _DATE_WORDS.search(e.text)
        and not _PAST_DATE_RE.search(e.text)
        for e in tok.doc.ents
    )


def _dated_heads(doc: Any) -> list[Any]:
    """Present-tense verbs with a calendar date: "The company has until 20 November to appeal"."""
    out: list[Any] = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _DATE_WORDS.search(ent.text) or _PAST_DATE_RE.search(ent.text):
            continue
        verb = ent.root.head
        hops = 0
        while not verb.tag_.startswith("VB") and verb.dep_ != "ROOT" and hops < 4:
            verb = verb.head
            hops += 1
        present = verb.tag_ in ("VBZ", "VBP") or (
            verb.tag_ in ("VBN", "VBG")
            and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
        )
        if (
            present
            and verb.lower_ not in _SPEECH
            and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBN") for c in verb.children)
        ):
            prev = doc[ent.start - 1].lower_ if ent.start else ""
            if prev in ("until", "by", "from", "before", "on", "in", "next") or ent.text.lower().startswith(
                "next"
            ):
                out.append(verb)
    return out


def _clause(head: Any) -> list[Any]:
    """The clause under ``head``: its subject and the head's subtree, without a trailing reporting frame."""
    toks = sorted(head.subtree, key=lambda t: t.i)
    if head.dep_ in ("xcomp", "ccomp", "conj", "advcl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children
    ):
        # borrow the subject of the governing verb ("Russia was ready to support")
        gov = head.head
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            toks = sorted({*subj.subtree, *toks}, key=lambda t: t.i)
    # drop a leading "that" and surrounding quotes/punctuation
    while toks and (toks[0].lower_ in ("that", ",", '"', "\u201c", "and") or toks[0].is_punct):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


_BACKWARD_PREPS = frozenset({"after", "since", "following", "ago"})


def _when(doc: Any, toks: Sequence[Any], head: Any) -> str | None:
    """The best forward date phrase in the clause: calendar days first, then relative phrases.

    Dates attached to a past-tense verb other than the trigger ("the plan approved on Tuesday")
    are not when the step happens."""
    idx = {t.i for t in toks}
    best: tuple[int, str] | None = None
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start not in idx or _PAST_DATE_RE.search(ent.text):
            continue
        verb = ent.root.head
        backward = False  # "after three floods in two winters", "since the war": behind us, not ahead
        while not verb.tag_.startswith("VB") and verb.dep_ != "ROOT" and verb.i != head.i:
            backward = backward or verb.lower_ in _BACKWARD_PREPS
            verb = verb.head
        if backward:
            continue
        if (
            verb.i != head.i
            and verb.tag_ in ("VBD", "VBN")
            and not any(c.tag_ == "MD" for c in verb.children)
        ):
            continue
        text = str(ent.text)
        if re.fullmatch(r"[\w.]+-(?:year|month|week|day|hour)s?(?:-old)?", text) or "old" in text.split():
            continue  # "seven-year stint", ages
        if ent.label_ == "TIME" and not re.search(
            r"\b(?:day|week|month|night|morning|evening)\b", text, re.I
        ):
            continue
        rank = 0
        if re.search(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
            r"July|August|September|October|November|December|Christmas|Easter)\b|\d",
            text,
        ):
            rank = 3
        elif re.search(r"\b(?:next|end|coming|within|tomorrow|later|by|before|half|quarter)\b", text, re.I):
            rank = 2
        elif re.search(r"\b(?:day|week|month|year)s?\b", text, re.I):
            rank = 1
        if best is None or rank > best[0]:
            best = (rank, text)
    return best[1] if best else None


def _render(toks: Sequence[Any]) -> str:
    text = "".join(t.text_with_ws for t in toks).strip()
    if text.count("(") > text.count(")"):
        text = re.sub(r"\(([A-Z][A-Za-z]{1,7})(?=\s)", r"(\1)", text)  # the parser left ")" outside
    words = text.split()
    if len(words) > _MAX_WORDS:
        text = " ".join(words[:_MAX_WORDS]).rstrip(",;:") + " ..."
    return re.sub(r"\s+", " ", text).strip(' "\u201c\u201d')


def _is_quote(text: str, start: int) -> bool:
    """Whether ``start`` is inside quoted speech (straight, curly double or curly single quotes)."""
    before = text[:start]
    if before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d"):
        return True
    opening = len(re.findall(r"(?:^|[\s(\[])\u2018", before))
    closing = len(re.findall(r"\u2019(?![A-Za-z])", before))
    return opening > closing


def extract_next_steps(parsed: Sequence[ParsedSentence]) -> tuple[NextStep, ...]:
    """Forward-looking clauses, most important first, one per sentence, at most ``MAX_STEPS``."""
    steps: list[_Step] = []
    n = max(1, len(parsed))
    for p in parsed:
        doc = p.doc
        if not p.parsed:
            continue
        all_heads = [h for h in (_trigger_head(t) for t in doc) if h is not None]
        all_heads.extend(_dated_heads(doc))
        # one step per grammatical sentence (a cleaned "sentence" may hold two)
        for sent in doc.sents:
            heads = [h for h in all_heads if sent.start <= h.i < sent.end]
            if not heads:
                continue
            # the outermost triggered clause covers the others
            head = min(heads, key=lambda h: (len(list(h.ancestors)), h.i))
            if head.dep_ == "conj" and head.head.tag_.startswith("VB") and head.head.lower_ not in _SPEECH:
                head = head.head  # "had received 47 complaints and would rule on them": keep what "them" is
            hops = 0
            while head.dep_ in ("relcl", "acl") and hops < 4:
                # "40,000 doses, which are expected to arrive on Monday": say what arrives
                hops += 1
                head = head.head
                while not head.tag_.startswith("VB") and head.dep_ != "ROOT":
                    head = head.head
            toks = _clause(head)
            speaker = trailer = ""
            if head.dep_ == "ccomp" and head.head.lower_ in _SPEECH:
                subj = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i not in {t.i for t in toks}:
                    who = _speaker(subj)
                    if who and subj.i < head.i:
                        speaker = f"{who} {head.head.text} "
                    elif who:
                        trailer = f", {who} {head.head.text}"
            if len(toks) < 3:
                continue
            text = speaker + _render(toks) + trailer
            when = _when(doc, toks, head)
            score = 1.5 * (1 - p.index / n)
            if when:
                score += 2.0
                if re.search(
                    r"\d|day\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b",
                    when,
                ):
                    score += 0.5
            elif _FUTURE_DATE_RE.search(text):
                score += 1.0
            if _is_quote(p.text, toks[0].idx):
                score -= 1.5
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ in _FIRST_PERSON:
                score -= 1.0
            if any(c.dep_ == "neg" for c in head.children):
                score -= 0.5
            if when and _PAST_DATE_RE.search(when):
                score -= 1.0
            if head.tag_ != "MD" and any(c.tag_ == "MD" and c.lower_ in _WEAK_MODALS for c in head.children):
                score -= 0.5  # "could", "might", "may", "should", "must" are weaker than "will"
            if score <= 0:
                continue
            steps.append(_Step(text=text, sentence=p.text, when=when, score=score))
    steps.sort(key=lambda s: -s.score)
    out: list[NextStep] = []
    seen: set[str] = set()
    for s in steps:
        key = re.sub(r"\W+", " ", s.text.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        out.append(NextStep(text=s.text, sentence=s.sentence, when=s.when))
        if len(out) >= MAX_STEPS:
            break
    return tuple(out)
