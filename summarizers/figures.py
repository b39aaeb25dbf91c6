"""Key figures: the numbers of a story, each with a short phrase saying what it counts.

Numbers are found by shape in the sentence text (so ``value`` is verbatim and every digit in it
appears in the article); calendar dates, years, times of day, ages and numbers inside names are
skipped. The context comes from the dependency parse: the noun the number quantifies, its
governing verb and that verb's subject, plus the source of an "according to X" sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from summarizers.facets import ParsedSentence
from summarizers.types import Figure

MAX_FIGURES = 8

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)"
_CUR = r"(?:US\$|A\$|C\$|HK\$|[$\u20ac\u00a3\u00a5\u20b9])"
_UNIT = (
    r"(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?percentage points?\b|"
    r"\s(?:euros?|dollars?|pounds?|yen|yuan|francs?|rupees?|pence|cents?|kroner|kronor|krona|rubles?|roubles?|rand|naira|shillings?|pesos?|lira|zloty|forints?|rupiah|won|dinars?|dirhams?|riyals?)\b)"
)
_MEASURE = (
    r"(?:\s?(?:km|kg|cm|mm|mph|km/h|kph|ft|sq km)\b|\s(?:metres?|meters?|kilometres?|kilometers?|miles?|"
    r"tonnes?|tons?|kilograms?|litres?|liters?|barrels?|hectares?|acres?|degrees?|feet|inches)\b)"
)
_ONE = rf"{_CUR}?\s?(?:{_NUM}){_SCALE}?(?:{_UNIT}|{_MEASURE})?"
_QUAL = (
    r"(?:(?:up to|more than|less than|fewer than|at least|at most|as many as|as much as|about|around|"
    r"roughly|nearly|almost|over|some|approximately|an estimated|just over|just under|under)\s)"
)
_WORD_NUMS = (
    r"(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|hundreds|thousands|"
    r"millions|dozens|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred)"
)
_FIGURE_RE = re.compile(
    rf"(?<![\w.,$\u20ac\u00a3])(?:between\s{_ONE}\sand\s{_ONE}"
    rf"|{_QUAL}?{_ONE}(?:\s?(?:-|\u2013|to)\s?{_ONE})?(?:-[a-z]+(?:-[a-z]+)*)?)(?![\w$\u20ac\u00a3])"
    rf"|(?<![\w-])(?:{_QUAL})?{_WORD_NUMS}(?:-[a-z]+)?(?=\s+[a-z]+)",
    re.I,
)
_SCORE_RE = re.compile(r"^\d{1,3}-\d{1,3}$")
_YEAR_RE = re.compile(r"^(?:1[89]\d\d|20\d\d)s?$")
_TIME_AFTER = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EST|CET|UTC|o'clock|hrs\b)", re.I)
_MONTH_NEAR = re.compile(rf"\b(?:{_MONTHS})\.?$", re.I)
_MONTH_AFTER = re.compile(rf"^\s?(?:st|nd|rd|th)?\s?(?:of\s)?(?:{_MONTHS})\b", re.I)
_DURATION = re.compile(r"\b(?:second|minute|hour|day|week|month|year|decade|century)s?\b", re.I)
_NAME_LABELS = {"ORG", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_PEOPLE_NOUNS = {
    "people",
    "jobs",
    "workers",
    "employees",
    "deaths",
    "dead",
    "victims",
    "children",
    "civilians",
    "patients",
    "passengers",
    "cases",
    "voters",
    "members",
    "residents",
    "troops",
    "soldiers",
    "fighters",
    "refugees",
    "students",
    "homes",
    "vehicles",
    "cars",
    "votes",
    "seats",
    "businesses",
    "customers",
}


@dataclass
class _Candidate:
    value: str
    context: str
    sentence: str
    score: float
    key: tuple[str, ...]


def _digits_key(value: str) -> tuple[str, ...]:
    nums = re.findall(r"\d[\d,.]*\d|\d", value)
    if nums:
        return tuple(n.replace(",", "") for n in nums)
    return (value.lower(),)


def _skip(text: str, start: int, end: int, value: str, doc: Any) -> bool:
    """Dates, years, times, ages, phone and street numbers, numbers that are part of a name."""
    before, after = text[:start], text[end:]
    core = value.strip()
    has_unit = bool(
        re.search(rf"%|per ?cent|{_CUR}|million|billion|trillion|euro|dollar|pound|yen", core, re.I)
    )
    bare = re.sub(r"^(?:between|up to|more than|less than|about|around|over|nearly|almost|some)\s", "", core)
    if not has_unit:
        if _YEAR_RE.match(bare):
            return True
        if _TIME_AFTER.match(after) or re.match(r"^\d{1,2}[:.]\d\d$", bare) and re.search(r":", bare):
            return True
        if _MONTH_NEAR.search(before.rstrip()) or _MONTH_AFTER.match(after):
            return True
        if re.search(r"-year-old|-years-old", core) or re.match(
            r"^,?\s?(?:aged|age\b|years?[- ]old|-year-old)", after
        ):
            return True
        if re.search(r"\baged?\s$", before) or (
            re.search(r"[A-Z][a-z]+,\s$", before) and re.match(r"^,", after)
        ):
            return True  # "Joana Silva, 34, ..."
        if re.match(r"^\s[A-Z][a-z]+\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way)\b", after):
            return True
        if re.match(r"^\d{1,2}$", bare) and re.search(
            r"\b(?:No|Number|Route|Article|Section|Chapter|Room)\.?\s$", before, re.I
        ):
            return True
        if re.search(r"\d[-\s]\d{3}[-\s]\d{3,4}\b", text[max(0, start - 12) : end + 12]):
            return True  # a phone number
        if re.search(r"\baged?\s\d+\s(?:and|or|to)\s$", before):
            return True  # "aged 71 and 64"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for ent in doc.ents:
            if ent.start <= span.start < ent.end or span.start <= ent.start < span.end:
                if ent.label_ in _NAME_LABELS and not has_unit:
                    return True
                if ent.label_ in ("DATE", "TIME") and not has_unit:
                    et = ent.text
                    if re.search(rf"\b(?:{_MONTHS})\b|\b(?:1[89]|20)\d\d\b|a\.m\.|p\.m\.|:\d\d", et, re.I):
                        return True
                    if ent.label_ == "TIME" and not _DURATION.search(et):
                        return True
    return False


def _compact(tokens: Sequence[Any], limit: int = 7) -> str:
    """Tokens as text, without punctuation, other numbers and leading function words."""
    toks = [
        t
        for t in tokens
        if (not t.is_punct or t.text in ("-", "&"))
        and not (t.like_num and any(ch.isdigit() for ch in t.text))
        and not t.is_currency
        and t.text != "%"
    ]
    toks = toks[:limit]
    while toks and toks[0].lower_ in ("a", "an", "the", "of", "and", "but", "while"):
        toks = toks[1:]
    out = "".join(t.text_with_ws for t in toks).strip()
    return re.sub(r"\s+", " ", out)


def _subtree(tok: Any, exclude: set[int], limit: int = 7) -> str:
    """A short noun phrase headed by ``tok``: its left modifiers, the head and a short "of ..."
    complement; never relative clauses, appositions or the number itself."""
    doc = tok.doc
    if tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "LOC") and tok.ent_iob_ != "O":
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return _compact(list(ent), 10)
    sub = {t.i for t in tok.subtree}
    left: list[Any] = []
    i = tok.i - 1
    while i >= 0 and i in sub and i not in exclude and len(left) < limit - 1:
        t = doc[i]
        if t.text in (",", ";", "(", ")", '"') or t.dep_ in ("relcl", "appos", "acl", "prep"):
            break
        left.insert(0, t)
        i -= 1
    right: list[Any] = []
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i not in exclude:
            part = [t for t in child.subtree if t.i not in exclude]
            if len(left) + 1 + len(part) <= limit + 2:
                right = part
        break
    toks = [t for t in left if t.dep_ not in ("det",) or t.i != left[0].i] + [tok] + right
    return _compact(toks, limit + 3)


def _first_prep(verb: Any, exclude: set[int]) -> str:
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.i > verb.i and child.i not in exclude:
            toks = [t for t in child.subtree if t.i not in exclude and t.dep_ not in ("relcl", "appos")]
            cut: list[Any] = []
            for t in toks:
                if t.text in (",", ";") or t.dep_ in ("cc",):
                    break
                cut.append(t)
            return _compact(cut, 7)
    return ""


def _source(doc: Any) -> str:
    for t in doc:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            for child in doc[t.i + 1].children:
                if child.dep_ == "pobj":
                    return _subtree(child, set(), 6)
    return ""


def _window(doc: Any, span: Any) -> str:
    """A few words either side of the number, within its clause."""
    left: list[Any] = []
    for t in reversed(doc[max(0, span.start - 5) : span.start]):
        if t.text in (",", ";", ":", '"', "\u201c", "\u201d", "(", ")"):
            break
        left.insert(0, t)
    right: list[Any] = []
    for t in doc[span.end : span.end + 5]:
        if t.text in (",", ";", ":", ".", '"', "\u201c", "\u201d", "(", ")"):
            break
        right.append(t)
    return _compact(left + right, 10)


def _context(doc: Any, start: int, end: int) -> str:
    """What the number at ``[start, end)`` counts, from the parse; a word window without one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    if not doc.has_annotation("DEP"):
        return _window(doc, span)
    inside = {t.i for t in span}
    root = span.root
    noun = root
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.i not in inside:
        noun = root.head
    np_text = _subtree(noun, inside, 6)
    if noun.i in inside:
        # "41.3% of the vote": what the percentage or amount is of
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        np_text = _compact([t for t in of.subtree], 6) if of is not None else ""
        np_text = f"of {np_text}" if np_text else ""
    # the governing verb
    gov = noun
    prep = ""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_.startswith("NN"):
        # "revenue of $910 million": the governing noun says what the amount is
        gov = noun.head.head
        np_text = _subtree(gov, inside | {t.i for t in noun.head.subtree}, 5)
    elif noun.dep_ == "pobj":
        prep = noun.head.lower_
        gov = noun.head.head
    elif noun.dep_ not in ("ROOT",):
        gov = noun.head
    hops = 0
    while not gov.tag_.startswith("VB") and gov.dep_ != "ROOT" and hops < 3:
        if gov.tag_.startswith("NN") and not np_text:
            np_text = _subtree(gov, inside, 5)
        gov = gov.head
        hops += 1
    parts: list[str] = []
    if gov.tag_.startswith("VB"):
        subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == gov.i:
            parts = [np_text, gov.text, _first_prep(gov, inside)]
        else:
            subj_text = _subtree(subj, inside, 5) if subj is not None and subj.i not in inside else ""
            if subj_text.lower() in ("it", "they", "he", "she", "we", "i", "this", "that", "which", "who"):
                subj_text = ""
            obj = ""
            if prep:
                dobj = next((c for c in gov.children if c.dep_ == "dobj" and c.i not in inside), None)
                if dobj is not None and not any(t.i in inside for t in dobj.subtree):
                    obj = _subtree(dobj, inside, 5)
            parts = [subj_text, gov.text, obj, prep, np_text]
    else:
        parts = [np_text or _subtree(gov, inside, 6)]
    kept: list[str] = []
    for part in parts:
        if part and not any(part in k for k in kept):
            kept.append(part)
    ctx = " ".join(kept).strip()
    if len(ctx.split()) < 2:
        ctx = _window(doc, span)
    src = _source(doc)
    if src and src.lower() not in ctx.lower():
        ctx = f"{ctx}, per {src}" if ctx else f"per {src}"
    return re.sub(r"\s+", " ", ctx)[:160]


def _score(value: str, ctx: str, index: int, n: int, title: str, text: str, start: int) -> float:
    score = 2.5 * (1 - index / max(1, n))
    digits = re.findall(r"\d[\d,.]*\d|\d", value)
    if digits and any(re.search(r"(?<![\d.,])" + re.escape(d) + r"(?![\d])", title) for d in digits):
        score += 3.0
    if re.search(rf"%|per ?cent|{_CUR}|million|billion|euro|dollar|pound", value, re.I):
        score += 1.0
    if any(w in ctx.lower().split() for w in _PEOPLE_NOUNS):
        score += 1.0
    if not digits:
        score -= 2.0
    before = text[max(0, start - 40) : start].lower()
    if re.search(
        r"\b(?:from|previous|previously|compared with|versus|vs\.?|had expected|expected)\s(?:\w+\s){0,4}$",
        before,
    ):
        score -= 1.5  # a baseline ("up from 19%") matters less than the new value
    after = text[start + len(value) : start + len(value) + 30].lower()
    if re.match(r"^\s?(?:\w+\s){0,2}(?:had |have )?(?:expected|forecast|estimated)\b", after):
        score -= 1.5  # what others expected, not what happened
    if text[:start].count('"') % 2 == 1 or text[:start].count("\u201c") > text[:start].count("\u201d"):
        score -= 0.5
    return score


_UNIT_OF = re.compile(rf"%|per ?cent|percent|{_CUR}|euro|dollar|pound|yen|yuan|franc|rupee|pence|cent", re.I)
_RANGE_TO = re.compile(r"\s?(?:-|\u2013|to)\s?(?=[$\u20ac\u00a3\u00a5\d])")


def _unit(part: str) -> str:
    m = _UNIT_OF.search(part)
    return m.group(0).lower() if m else ""


def _spans(text: str) -> list[tuple[int, int]]:
    """Character spans of number phrases; "X to Y" with different units is two numbers
    ("rose 8.2% to 14.6 billion euros"), not a range."""
    out: list[tuple[int, int]] = []
    for m in _FIGURE_RE.finditer(text):
        value = m.group(0)
        start = m.start()
        end = start + len(value.rstrip())
        seps = list(_RANGE_TO.finditer(value))
        if seps and not value.lower().startswith("between"):
            sep = seps[0]
            left, right = value[: sep.start()], value[sep.end() :]
            ul, ur = _unit(left), _unit(right)
            if (ul and ur and ul != ur) or (ul and not ur and re.search(r"[a-z]{3,}", right, re.I)):
                out.append((start, start + len(left)))
                out.append((start + sep.end(), end))
                continue
        out.append((start, end))
    return out


def extract_figures(title: str, parsed: Sequence[ParsedSentence]) -> tuple[Figure, ...]:
    """The article's key figures, most important first, one per distinct number."""
    cands: list[_Candidate] = []
    n = len(parsed)
    for p in parsed:
        text = p.text
        for start, end in _spans(text):
            value = text[start:end]
            if re.search(r"-year-old|-years-old", value):
                continue
            if not re.search(r"\d", value) and not p.parsed:
                continue
            if _skip(text, start, end, value, p.doc):
                continue
            if not re.search(r"\d", value):
                # a number in words counts only when it quantifies a plural noun
                span = p.doc.char_span(start, end, alignment_mode="expand")
                if (
                    span is None
                    or span.root.dep_ not in ("nummod", "quantmod")
                    or span.root.head.tag_ not in _PLURAL_TAGS
                    or _DURATION.fullmatch(span.root.head.lower_)
                ):
                    continue
            ctx = _context(p.doc, start, end)
            if not ctx:
                continue
            score = _score(value, ctx, p.index, n, title, text, start)
            span = p.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and p.parsed:
                head = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
                if head.tag_ in _PLURAL_TAGS and head.i not in range(span.start, span.end):
                    score += 0.8  # counts things
                    if _DURATION.fullmatch(head.lower_):
                        score -= 1.8  # a duration ("10 years") rather than a count
            if re.search(r"\d{1,3}(?:,\d{3})+|million|billion|\d{4,}", value):
                score += 0.5
            cands.append(_Candidate(value, ctx, text, score, _digits_key(value)))
    cands.sort(key=lambda c: -c.score)
    seen: set[tuple[str, ...]] = set()
    out: list[Figure] = []
    for c in cands:
        if c.key in seen:
            continue
        seen.add(c.key)
        out.append(Figure(value=c.value, context=c.context, sentence=c.sentence))
        if len(out) >= MAX_FIGURES:
            break
    return tuple(out)
