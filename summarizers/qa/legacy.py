"""Answering follow-up questions from briefed articles, with a citation of the sentence used.

The flow: classify the question (:func:`classify_question`), gate on the entities it names (an
entity no article mentions means the articles don't answer), score every sentence by IDF-weighted
overlap of stems with the question, then let the question type choose among the best sentences
(a number for "how many", a date for "when", a named subject for "who", a speaker for "what did X
say", the briefing's next steps for "what happens next") and cut the answering span from the
sentence. When nothing fits, the answer says so (``answered=False``) rather than guessing.

The answer text is the answering span followed by its sentence ("1 September \u2014 Charging will
begin on 1 September, ..."), or the sentence alone when no span is cut (why, what did X say); "what
happens next" and "who is involved" list the briefing's next steps or actors. Each answer cites the
sentence(s) it used, with the article id, source and URL of the briefing they came from.

Pure and synchronous. spaCy is optional: with a pipeline, the question and the few best sentences
are parsed (never the whole article; recent parses are cached); without one, regular expressions
and the briefing's actors stand in.
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from summarizers.types import Answer, Briefing, Citation

NOT_ANSWERED = "The article doesn't say."
NOT_ANSWERED_MANY = "The stories don't say."
_MIN_COVERAGE = 0.34  # idf-weighted share of the question's words an answering sentence must hold
_TOP_K = 6  # sentences a question type chooses from
_WHO_K = 4  # best sentences spaCy parses for a "who" answer


class QuestionType(StrEnum):
    WHO = "who"
    HOW_MANY = "how_many"
    HOW_MUCH = "how_much"
    WHEN = "when"
    WHERE = "where"
    WHAT_NEXT = "what_next"
    WHY = "why"
    SAY = "say"  # what did X say / call / tell / warn
    OFFER = "offer"  # what did X offer / propose / promise
    RESPOND = "respond"  # how did X respond / react
    YES_NO = "yes_no"
    INVOLVED = "involved"  # who is involved?
    GIST = "gist"  # what happened? what is this about?
    OTHER = "other"


# ---------------------------------------------------------------- words and stems


_PARSED: OrderedDict[tuple[int, str], Any] = (
    OrderedDict()
)  # recent spaCy parses: chat asks the same stories again
_PARSED_MAX = 512
_PARSED_LOCK = threading.Lock()  # the bot answers from worker threads


def _parse(nlp: Any, texts: list[str]) -> list[Any]:
    """spaCy docs for ``texts``, parsing only those not seen lately, in one batch (thread-safe)."""
    with _PARSED_LOCK:
        key = id(nlp)
        todo = [t for t in dict.fromkeys(texts) if (key, t) not in _PARSED]
        fresh = dict(zip(todo, nlp.pipe(todo), strict=True)) if todo else {}
        out = []
        for t in texts:
            doc = fresh[t] if t in fresh else _PARSED.pop((key, t))
            _PARSED[(key, t)] = doc  # most recently used last
            out.append(doc)
        while len(_PARSED) > _PARSED_MAX:
            _PARSED.popitem(last=False)
        return out


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOP = _wordset(
    "a an the of in on at to for from by with about into over after before under between as and "
    "or but not no nor so than then that this these those there here it its it's he she they "
    "them his her their we us our you your i me my what who whom whose which when where why how "
    "many much did does do done is are was were be been being has have had will would shall "
    "should can could may might must happen happens happened happening next also any some all "
    "just only very more most such according per out off if one's s"
)
_LIGHT_VERBS = _wordset("hold take make get give go come put set have happen occur keep see last")
_AUX = _wordset("did does do is are was were has have had will would can could should shall may might must")
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "led": "lead",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "won": "win",
    "paid": "pay",
    "met": "meet",
    "held": "hold",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "made": "make",
    "spoke": "speak",
    "spoken": "speak",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "thought": "think",
    "sought": "seek",
    "fought": "fight",
    "struck": "strike",
    "went": "go",
    "gone": "go",
    "came": "come",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "chose": "choose",
    "chosen": "choose",
    "wrote": "write",
    "written": "write",
    "hit": "hit",
    "cut": "cut",
    "lost": "lose",
    "sent": "send",
    "spent": "spend",
    "built": "build",
    "kept": "keep",
    "felt": "feel",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "men": "man",
    "women": "woman",
    "children": "child",
    "people": "people",
    "news": "news",
    "its": "its",
    "was": "be",
    "were": "be",
}
# Derivational and inflectional suffixes, longest first; each keeps a stem of at least 3 letters.
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "itions",
    "ition",
    "ements",
    "ement",
    "ments",
    "ment",
    "nesses",
    "ness",
    "ities",
    "ity",
    "ings",
    "ing",
    "ers",
    "ors",
    "er",
    "or",
    "ated",
    "ates",
    "ate",
    "ating",
    "ised",
    "ized",
    "ises",
    "izes",
    "ise",
    "ize",
    "als",
    "al",
    "ies",
    "ied",
    "edly",
    "ed",
    "ly",
    "es",
    "s",
)
# Small equivalence classes of everyday news verbs and nouns (stems), matched at reduced weight.
_SYNONYM_CLASSES = (
    {"kill", "die", "dead", "death", "fatal", "fatality"},
    {"injur", "injury", "wound", "hurt"},
    {"begin", "start", "launch", "commence", "open"},
    {"end", "finish", "conclud", "close"},
    {"rise", "increas", "grow", "growth", "climb", "gain", "jump", "up"},
    {"fall", "drop", "declin", "slide", "slip", "down", "lower"},
    {"price", "cost", "charg", "fee"},
    {"pay", "wage", "salary"},
    {"offer", "propos", "proposal", "promis", "pledg"},
    {"respond", "respons", "react", "reply", "retort"},
    {"say", "tell", "stat", "add", "call", "describ", "warn", "speak", "spoke"},
    {"buy", "acquir", "acquisit", "purchas"},
    {"arrest", "detain", "detent", "custody"},
    {"lead", "leader", "head", "chief", "chair", "run"},
    {"vote", "ballot", "poll", "elect"},
    {"company", "firm", "group"},
    {"town", "city"},
)
_LEADER_TITLES = _wordset(
    "leader head chief president chair chairman chairwoman secretary director executive ceo "
    "mayor governor minister premier boss commander general founder owner"
)
_SPEECH_VERBS = _wordset(
    "say tell add warn call describ argu claim insist stat announc accus urg note explain reply "
    "respond react deni denie condemn welcom prais criticis criticiz vow pledg predict write "
    "told"
)
_TITLE_WORDS = _wordset("mr mrs ms dr sir president minister mayor general secretary chief the")


def _stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    w = _IRREGULAR.get(w, w)  # "rose" -> "rise", then stemmed like "rise"
    if not w.isalpha() or len(w) <= 3:
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            if suf in ("ies", "ied"):
                base += "y"
            elif suf in ("er", "ers", "or", "ors") and len(base) < 4:
                continue  # "offer", "water": too short to be an agent noun
            if suf in ("al", "als") and base.endswith("i") and len(base) > 4:
                base = base[:-1]  # "financial" / "finance", "presidential" / "president"
            w = base
            break
    if len(w) >= 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]
    return w


_SYN: dict[str, frozenset[str]] = {}
for _cls in _SYNONYM_CLASSES:
    _cls_stems = frozenset(_stem(x) for x in _cls) | frozenset(_cls)
    for _x in _cls_stems:
        _SYN[_x] = _SYN.get(_x, frozenset()) | _cls_stems

_TOKEN = re.compile(r"\d[\d,.]*\d%?|\d%?|[A-Za-z][A-Za-z'\u2019]*")


def _tokens(text: str) -> list[str]:
    return [t.rstrip("'\u2019") for t in _TOKEN.findall(text)]


def _stems(text: str) -> list[str]:
    out = []
    for tok in _tokens(text):
        low = tok.lower()
        if low in _STOP:
            continue
        out.append(_stem(tok) if tok[0].isalpha() else tok.rstrip("%").replace(",", ""))
    return out


# ---------------------------------------------------------------- numbers and dates

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\b(?:(?:early|mid|late)[- ])?{_MONTH}(?:\s+\d{{4}})?\b"
    rf"|\b{_WEEKDAY}(?:'s)?(?:\s+(?:night|morning|evening|afternoon))?"
    r"|\b(?:today|tomorrow|yesterday|tonight|this (?:morning|afternoon|evening|week|month|year))\b"
    r"|\b(?:next|last|this|coming|later this|early next|late next)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|quarter|decade|season)\b"
    r"|\b(?:by|before|until|at) the end of (?:the|this|next) \w+"
    r"|\b(?:within|in|over) (?:the next )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)[- ](?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:in|since|by|from|until) (?:19|20)\d\d\b"
    r"|\b(?:Christmas|Easter|New Year(?:'s)?(?: Day| Eve)?|Ramadan)\b"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\b(?:first|second|third|fourth) (?:half|quarter)(?: of (?:the|this|next) year)?\b"
    r"|\bimmediately\b|\bsoon\b"
)
_NUM_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|dozens?|scores|hundreds|thousands|"
    r"tens of thousands|hundreds of thousands|millions|a million|half)"
)
_SCALE = r"(?:\s*(?:million|billion|trillion|thousand|hundred|bn|mn|m|k)\b)?"
_CURRENCY_WORD = (
    r"(?:euros?|dollars?|pounds?|sterling|yuan|yen|rupees?|francs?|pesos?|roubles?|rubles?|dinars?|won)"
)
_NUMBER_RE = re.compile(
    rf"(?P<cur>[£$€¥]|US\$|\b(?:USD|EUR|GBP)\s?)?(?P<num>\d[\d,.]*\d|\d)(?P<pct>\s?%|\s?per ?cent\b)?{_SCALE}"
    rf"(?:\s*(?P<curw>{_CURRENCY_WORD}))?"
    rf"|\b(?P<word>{_NUM_WORDS})\b(?:\s+(?:of\s+)?(?P<curw2>{_CURRENCY_WORD}))?",
    re.I,
)
_UNIT_RE = re.compile(
    r"^[\s-]*(?:square[\s-])?(?:km|kilomet(?:er|re)s?|met(?:er|re)s?|m|cm|mm|miles?|feet|foot|ft|inch(?:es)?|yards?|"
    r"kg|kilo(?:gram)?s?|grams?|tonnes?|tons?|pounds?|lbs?|litres?|liters?|gallons?|acres?|hectares?|mph|km/h|"
    r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|degrees?)\b",
    re.I,
)
_DURATION_RE = re.compile(
    r"\b(?:for|over|in|within|since)\s+(?:(?:more than|over|nearly|almost|about|around|at least|less than)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\d+)[\s-]"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\b"
    r"|\b(?:an? )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:hour|day|week|month|year)[\s-]?long\b",
    re.I,
)
_MEASURE_Q = re.compile(r"\bhow (long|far|tall|high|big|large|heavy|deep|wide|old|fast)\b", re.I)
_MONEY_Q = frozenset(
    _stem(w)
    for w in _wordset(
        "cost pay price spend worth charge fee raise revenue profit sales fine budget salary wage "
        "loss debt fund invest value earn"
    )
)
_PERCENT_Q = frozenset(
    _stem(w) for w in _wordset("percent percentage share proportion rate turnout margin growth inflation")
)


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    text: str
    kind: str  # money | percent | year | date | count


def _numbers(sentence: str) -> list[_Number]:
    dates = [m.span() for m in _DATE_RE.finditer(sentence)]
    out = []
    for m in _NUMBER_RE.finditer(sentence):
        s, e = m.span()
        text = m.group(0).strip()
        if m.group("num"):
            digits = m.group("num")
            if m.group("cur") or m.group("curw"):
                kind = "money"
            elif m.group("pct"):
                kind = "percent"
            elif any(ds <= s < de or ds < e <= de for ds, de in dates):
                kind = "date"
            elif re.fullmatch(r"(?:19|20)\d\d", digits):
                kind = "year"
            else:
                kind = "count"
            if (
                re.search(r"\d[-\u2013]\d", sentence[max(0, s - 2) : e + 2])
                and kind == "count"
                and ":" in text
            ):
                kind = "date"
        else:
            kind = "money" if m.group("curw2") else "count"
        out.append(_Number(s, e, text, kind))
    return out


# ---------------------------------------------------------------- questions


@dataclass(frozen=True)
class ParsedQuestion:
    """What the answerer needs from a question: its type, weighted stems and the entities it names."""

    text: str
    qtype: QuestionType
    terms: dict[str, float]  # stem -> weight (the asked-about noun and the main verb weigh more)
    entities: tuple[str, ...]  # proper-noun phrases the answer must be about
    subject: str | None = None  # X in "what did X say / offer", "how did X respond"
    verb: str | None = None  # the stem of the question's main verb
    future: bool = False
    focus: tuple[str, ...] = ()  # stems of the noun asked about ("people" in "how many people")
    subject_head: str | None = (
        None  # stem of the main verb's subject noun ("share" in "how much did shares fall")
    )


_SAY_VERBS = frozenset(
    _stem(v) for v in _wordset("say tell call describe claim argue warn announce add think believe mean")
)
_OFFER_VERBS = frozenset(_stem(v) for v in _wordset("offer propose promise pledge suggest plan"))
_RESPOND_VERBS = frozenset(_stem(v) for v in ["respond", "react", "reply", "answer", "retort"])


def classify_question(question: str) -> QuestionType:
    """The type of ``question`` from its wording alone (no model needed)."""
    q = " " + re.sub(r"\s+", " ", question.lower().replace("\u2019", "'")).strip(" ?!.") + " "
    if re.search(
        r"\b(what|what's|whats)\b.*\b(happens?|happening|comes?|will happen|is going to happen)\s+next\b", q
    ) or re.search(
        r"\bnext steps?\b|\bwhat'?s next\b|\bwhat now\b|\bwhat will happen\b|\bwhat happens now\b", q
    ):
        return QuestionType.WHAT_NEXT
    if re.search(
        r"\bwho(?:'s| is| are| was| were)? (?:involved|behind (?:it|this)|the (?:key|main) (?:players|people|actors|figures))\b"
        r"|\b(?:which|what) (?:people|organi[sz]ations|countries|parties|groups) are involved\b",
        q,
    ):
        return QuestionType.INVOLVED
    if re.match(
        r" (?:so )?(?:what happened|what's happening|what is happening|what's going on|what is going on|"
        r"what's (?:the story|this about|it about|the gist)|what is (?:the story|this about|it about)|"
        r"summari[sz]e|tl;?dr|(?:give me )?the gist)\b",
        q,
    ):
        return QuestionType.GIST
    if re.search(r"\bhow (many|often)\b", q):
        return QuestionType.HOW_MANY
    if re.search(r"\bhow (much|large|big|high|low|long|far|old)\b|\bwhat (percentage|proportion|share)\b", q):
        return QuestionType.HOW_MUCH
    m = re.search(
        r"\b(?:how|what) (?:did|does|do|has|have|will|would) (.+?) (\w+)(?: to\b| of\b| about\b|$| the\b| it\b| them\b| this\b| that\b)",
        q,
    )
    if re.match(r" how (did|does|do|has|have|will|would)\b", q) and re.search(
        r"\b(respond|responded|react|reacted|reply|replied|answer|answered|retort)\b", q
    ):
        return QuestionType.RESPOND
    if re.match(r" what (did|does|do|has|have|will|would)\b", q) or re.match(
        r" what (\w+ ){1,3}(did|does|has|have|will)\b", q
    ):
        words = {_stem(w) for w in re.findall(r"[a-z']+", q)}
        if (
            m
            and _stem(m.group(2)) in _SAY_VERBS
            or words & _SAY_VERBS
            and re.search(r"\b(say|said|tell|told|call|called|describe|claim|warn)\b", q)
        ):
            return QuestionType.SAY
        if words & _OFFER_VERBS:
            return QuestionType.OFFER
    if re.match(r" (who|whom|whose)\b", q) or re.match(
        r" (which|what) (\w+ )?(person|people|man|woman|men|women|candidates?|leaders?|officials?|companies|company|groups?|organi[sz]ations?|countries|country|party|parties|team|teams)\b",
        q,
    ):
        return QuestionType.WHO
    if (
        re.match(r" when\b", q)
        or re.match(r" (what|which) (date|day|time|year|month)\b", q)
        or re.search(r"\bwhat time\b|\bby when\b", q)
    ):
        return QuestionType.WHEN
    if re.match(r" where\b", q) or re.match(
        r" (in )?(what|which) (city|country|place|town|region|area|location)\b", q
    ):
        return QuestionType.WHERE
    if (
        re.match(r" (why|how come)\b", q)
        or re.match(r" what (caused|led to|prompted|triggered|drove)\b", q)
        or re.search(r"\bwhat (was|is|were|are) the (reason|cause)s?\b|\bfor what reason\b", q)
    ):
        return QuestionType.WHY
    if re.match(r" (is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b", q):
        return QuestionType.YES_NO
    return QuestionType.OTHER


_Q_CAP_SKIP = _wordset(
    "what who whom whose which when where why how is are was were did does do has have had will "
    "would can could should i the a an in on at"
)


def _question_entities(question: str, nlp: Any | None) -> list[str]:
    """Proper-noun phrases in the question: capitalised runs (not the first word) and spaCy entities."""
    found: list[str] = []
    toks = list(re.finditer(r"[A-Za-z][\w'\u2019.&-]*", question))
    run: list[str] = []
    for i, m in enumerate(toks):
        w = m.group(0).rstrip(".")
        clean = re.sub(r"['\u2019]s$", "", w)
        is_cap = w[0].isupper() and not (i == 0 or (clean.lower() in _Q_CAP_SKIP and not clean.isupper()))
        if is_cap or (
            run and clean.lower() in ("de", "al", "van", "von", "bin", "of", "la", "le", "da", "del")
        ):
            run.append(clean)
            if w != clean:  # a possessive ends the name
                found.append(" ".join(run))
                run = []
        else:
            if run:
                found.append(" ".join(run))
            run = []
    if run:
        found.append(" ".join(run))
    if nlp is not None:
        try:
            doc = _parse(nlp, [question])[0]
            for ent in doc.ents:
                if ent.label_ in (
                    "PERSON",
                    "ORG",
                    "GPE",
                    "NORP",
                    "LOC",
                    "FAC",
                    "EVENT",
                    "PRODUCT",
                    "WORK_OF_ART",
                ):
                    name = re.sub(r"^(the|The)\s+|['\u2019]s$", "", ent.text).strip()
                    if name and not any(
                        name.lower() in f.lower() or f.lower() in name.lower() for f in found
                    ):
                        found.append(name)
        except Exception:  # pragma: no cover - a broken pipeline must not break answering
            pass
    trimmed = (re.sub(r"(?:\s+of)+$", "", f).strip() for f in found)
    return [f for f in trimmed if f]


def _looks_verb(word: str, question: str, nlp: Any | None) -> bool:
    if nlp is not None:
        try:
            for tok in _parse(nlp, [question])[0]:
                if tok.lower_ == word:
                    return bool(tok.pos_ in ("VERB", "AUX"))
        except Exception:  # pragma: no cover
            pass
    return word.endswith("ed") and not word.endswith("eed")


def parse_question(question: str, nlp: Any | None = None) -> ParsedQuestion:
    """Type, weighted stems, named entities, subject and main verb of ``question``."""
    qtype = classify_question(question)
    entities = _question_entities(question, nlp)
    low = question.lower().replace("\u2019", "'")
    terms: dict[str, float] = {}
    # words that only shape the question: "how long", "take place", "be held"
    shaped = re.sub(
        r"\bhow (long|far|tall|high|big|large|heavy|deep|wide|old|fast|often)\b", " ", question, flags=re.I
    )
    shaped = re.sub(r"\b(take|takes|took|taken|taking) place\b", " ", shaped, flags=re.I)
    for st in _stems(shaped):
        terms[st] = terms.get(st, 0.0) + 1.0
    subject: str | None = None
    verb: str | None = None
    subject_head: str | None = None
    m = re.match(
        r"\s*(?:how|what|why|when|where|who|which)(?: \w+){0,2}? (?:did|does|do|has|have|had|will|would|is|are|was|were) (.+?)\s*\??$",
        low,
    )
    rest = m.group(1) if m else ""
    if rest:
        # the subject runs up to the last capitalised or known-entity word before the main verb
        rw = rest.split()
        ent_words = {w.lower() for e in entities for w in re.findall(r"[\w'-]+", e)}
        last_ent = max((i for i, w in enumerate(rw) if re.sub(r"'s$", "", w) in ent_words), default=-1)
        if last_ent >= 0 and last_ent + 1 < len(rw) and not rw[last_ent].endswith("'s"):
            subject = " ".join(rw[: last_ent + 1])
            verb = _stem(rw[last_ent + 1])
        elif last_ent < 0 and len(rw) >= 2:
            # "what did the union leader say": the verb is the last word or the one before a preposition
            idx = len(rw) - 1
            for i, w in enumerate(rw[1:], start=1):
                if w in ("to", "about", "of", "for", "on", "the", "it", "them", "this", "that"):
                    idx = i - 1
                    break
            if idx >= 1:
                subject = " ".join(rw[:idx])
                verb = _stem(rw[idx])
    if nlp is not None:
        try:
            doc = _parse(nlp, [question])[0]
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            if root is not None and root.pos_ in ("VERB",) and root.lemma_.lower() not in _AUX:
                verb = _stem(root.lemma_)
            if root is not None:
                subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in _STOP:
                    subject_head = _stem(subj.text)
        except Exception:  # pragma: no cover
            pass
    if verb in ("be", "do", "happen"):
        verb = None
    if verb and verb in terms:
        # a light verb ("be held", "take place", "get") says little about which sentence answers
        terms[verb] *= 0.5 if verb in _LIGHT_VERBS else 1.5
    focus: list[str] = []
    fm = re.search(r"\bhow many ([a-z][a-z-]*)", low) or re.search(
        r"\bhow much ([a-z][a-z-]*) (?:did|does|do|has|have|is|are|was|were|will)\b", low
    )
    if (
        fm
        and fm.group(1) not in _STOP
        and fm.group(1) not in _AUX
        and not _looks_verb(fm.group(1), question, nlp)
    ):
        focus.append(_stem(fm.group(1)))
    fm = re.match(
        r"\s*(?:what|which)(?: (?:was|is|were|are|will be))? (?:the |a |an )?((?:[a-z0-9'-]+ ){0,3}?[a-z-]+)(?: (?:of|in|for|on|at|by|did|does|has|have|was|is|were|are|will)\b|\?|$)",
        low,
    )
    if fm and qtype in (QuestionType.OTHER, QuestionType.WHO, QuestionType.WHEN, QuestionType.WHERE):
        head = fm.group(1).split()[-1]
        if head not in _STOP and head not in _AUX:
            focus.append(_stem(head))
    for f in focus:
        if f in terms:
            # in "which company ...?" the noun names the kind of answer, which the text rarely repeats
            terms[f] *= 0.5 if qtype is QuestionType.WHO else 2.0
    ent_stems = {st for e in entities for st in _stems(e)}
    for st in ent_stems:
        if st in terms:
            terms[st] *= 1.3
    future = bool(re.search(r"\b(will|going to|next|plan|planned|expected|due)\b", low))
    return ParsedQuestion(
        question, qtype, terms, tuple(entities), subject, verb, future, tuple(focus), subject_head
    )


# ---------------------------------------------------------------- passages


@dataclass
class _Passage:
    sentence: str
    citation: Citation
    group: int
    position: int  # index within its group (the title, when kept, is 0)
    count: int  # sentences in the group
    stems: set[str] = field(default_factory=set)
    ctx: set[str] = field(
        default_factory=set
    )  # the previous sentence's stems, when this one opens with a pronoun


@dataclass
class _Group:
    briefing: Briefing | None
    passages: list[_Passage]
    text: str  # everything the group says, for the entity gate
    acronyms: dict[str, str]


_ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w&'-]*\s+){0,2}(?:(?:of|for|and|the|de|on)\s+)?(?:[A-Z][\w&'-]*\s+(?:(?:of|for|and|the|de|on)\s+)*){1,8})\(([A-Z][A-Za-z&]{1,9})\)"
)


def _acronyms(text: str) -> dict[str, str]:
    """``ABC -> Long Name`` from "Long Name (ABC)" in the text, when the initials agree."""
    out: dict[str, str] = {}
    for m in _ACRONYM_RE.finditer(text):
        long, short = m.group(1).strip(), m.group(2)
        words = long.split()
        letters = [w[0].upper() for w in words if w[0].isupper()]
        # keep the trailing words whose initials spell the acronym
        while len(letters) > len(short) and words:
            words = words[1:]
            letters = [w[0].upper() for w in words if w[0].isupper()]
        if (
            "".join(letters) == short.upper()
            or short.upper().startswith("".join(letters)[:2])
            and len(letters) >= 2
        ):
            out[short] = " ".join(words)
    return out


def _passage_stems(sentence: str, acronyms: dict[str, str]) -> set[str]:
    st = set(_stems(sentence))
    for short, long in acronyms.items():
        if re.search(rf"\b{re.escape(short)}\b", sentence):
            st.update(_stems(long))
    return st


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _build_groups(units: Iterable[tuple[Briefing | None, list[str], Citation]]) -> list[_Group]:
    groups: list[_Group] = []
    for briefing, sentences, cite in units:
        seen: set[str] = set()
        uniq = []
        for s in sentences:
            key = _norm(s)
            if key and key not in seen:
                seen.add(key)
                uniq.append(s)
        text = " ".join(uniq)
        if briefing is not None:
            text += " " + " ".join(n for a in briefing.actors for n in (a.name, *a.aliases))
        acr = _acronyms(text)
        gi = len(groups)
        passages = [
            _Passage(
                s,
                Citation(cite.article_id, s, cite.source, cite.url),
                gi,
                i,
                len(uniq),
                _passage_stems(s, acr),
            )
            for i, s in enumerate(uniq)
        ]
        for prev, cur in zip(passages, passages[1:], strict=False):
            if _PRONOUN_START.search(cur.sentence) or re.match(
                r"^\W*(its|his|her|their)\b", cur.sentence, re.I
            ):
                cur.ctx = prev.stems - cur.stems
        groups.append(_Group(briefing, passages, text, acr))
    return groups


def _briefing_sentences(b: Briefing) -> list[str]:
    sents = list(b.sentences)
    if not sents:  # a stored briefing without its article: use everything it kept
        sents = list(b.summary)
        for s in [
            *(a.sentence for a in b.actors),
            *(f.sentence for f in b.figures),
            *(n.sentence for n in b.next_steps),
        ]:
            if s and s not in sents:
                sents.append(s)
    if b.title and _norm(b.title) not in {_norm(s) for s in sents} and len(b.title.split()) >= 4:
        sents.insert(0, b.title)
    return sents


def _briefing_citation(b: Briefing) -> Citation:
    aid = b.article_ids[0] if b.article_ids else ""
    url = next((s for s in b.sources if s.startswith(("http://", "https://"))), None)
    source = b.sources[0] if b.sources else None
    return Citation(article_id=aid, sentence="", source=source, url=url)


# ---------------------------------------------------------------- entity gate


def _entity_keys(entity: str) -> list[str]:
    """Words of ``entity`` that identify it on their own: "John Kerry" -> ["John Kerry", "Kerry"]."""
    words = [w for w in re.findall(r"[A-Za-z][\w&-]*", entity) if w.lower() not in _TITLE_WORDS]
    keys = [entity]
    if words:
        keys.append(words[-1])
        keys.extend(w for w in words[:-1] if len(w) >= 4 and w[0].isupper() and w.lower() not in _STOP)
    return keys


_CONNECTOR = r"(?:\s+(?:of|the|for|and|on|de|du)\b)*\s+"


def _key_patterns(entity: str) -> list[re.Pattern[str]]:
    """Patterns that find ``entity`` in text: its identifying words, and its acronym or expansion.

    Names are matched with their capitals (so "Foreign" does not match "foreign minister"),
    unless the question wrote them in lower case.
    """
    pats = []
    for key in _entity_keys(entity):
        if len(key) >= 2:
            flags = re.I if key.islower() else 0
            pats.append(re.compile(rf"(?<![\w]){re.escape(key)}(?![a-z])", flags))
    letters = entity.replace(".", "")
    if (
        letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6
    ):  # "WHO" -> "World Health Organization"
        pats.append(re.compile(r"\b" + _CONNECTOR.join(rf"{c}[a-z]+" for c in letters)))
    words = [w for w in entity.split() if w[:1].isupper()]
    if len(words) >= 2:  # "World Health Organization" -> "WHO"
        pats.append(re.compile(rf"\b{''.join(w[0] for w in words)}\b"))
    return pats


def _mentions(text: str, entity: str, acronyms: dict[str, str] | None = None) -> bool:
    if any(p.search(text) for p in _key_patterns(entity)):
        return True
    if acronyms:
        for short, long in acronyms.items():
            if entity.lower() in (short.lower(), long.lower()) and (
                re.search(rf"\b{re.escape(short)}\b", text) or long.lower() in text.lower()
            ):
                return True
    return False


def _adjectival_match(text: str, entity: str) -> bool:
    """ "Russia" vs "Russian", "Syria" vs "Syrian": the demonym counts as a mention."""
    base = entity.rstrip("aeiouy")
    return len(base) >= 4 and re.search(rf"\b{re.escape(base)}\w{{0,4}}n\b", text) is not None


# ---------------------------------------------------------------- scoring


def _idf(groups: list[_Group]) -> tuple[dict[str, float], float]:
    df: dict[str, int] = {}
    n = 0
    for g in groups:
        for p in g.passages:
            n += 1
            for st in p.stems:
                df[st] = df.get(st, 0) + 1
    idf = {t: math.log(1 + n / (c + 0.5)) for t, c in df.items()}
    # a word found nowhere cannot tell sentences apart and is often a paraphrase ("pay" for "buy"):
    # it lowers every sentence's share, but by half its would-be weight
    return idf, 0.5 * math.log(1 + n / 0.5)


def _coverage(
    q: ParsedQuestion,
    stems: set[str],
    idf: dict[str, float],
    idf_max: float,
    skip: frozenset[str] = frozenset(),
    ctx: set[str] | None = None,
) -> float:
    """Idf-weighted share of the question's stems found in ``stems`` (synonyms 0.7, ``ctx`` 0.5)."""
    total = got = 0.0
    for t, w in q.terms.items():
        if t in skip:
            continue
        weight = w * idf.get(t, idf_max)
        total += weight
        if t in stems:
            got += weight
        elif _SYN.get(t, frozenset()) & stems:
            got += 0.7 * weight
        elif ctx and t in ctx:
            got += 0.5 * weight
    return got / total if total else 0.0


@dataclass
class _Candidate:
    passage: _Passage
    score: float
    span: str = ""
    extra: list[_Passage] = field(default_factory=list)


_CAUSE_RE = re.compile(
    r"\b(because|due to|owing to|as a result|after|amid|since|citing|blamed|attributed|reason|so that|in order to|"
    r"as\b|caused|led to|following|in response|over concerns?|fears?)\b",
    re.I,
)
_FUTURE_RE = re.compile(
    r"\b(will|would|shall|is due|are due|due to (?:\w+ )?(?:be|meet|start|begin|open|vote|rule|decide|publish|award)|"
    r"plans? to|planned|scheduled|expected to|set to|is to|are to|intends? to|aims? to|next week|next month|"
    r"next year|deadline|by the end of|upcoming|later this|is preparing|are preparing|ready to)\b",
    re.I,
)
_CONTINUES_RE = re.compile(r"^\W*(he|she|it|they|his|her|its|their|this|that)\b", re.I)
_QUOTE_RE = re.compile(r"[\"\u201c\u201d]")
_SPEECH_RE = re.compile(
    r"\b(said|says|say|told|tells|added|adds|warned|warns|called|calls|described|describes|argued|argues|claimed|"
    r"claims|insisted|stated|announced|urged|noted|explained|replied|responded|reacted|denied|condemned|"
    r"welcomed|praised|criticised|criticized|vowed|predicted|wrote|according to|quoted|in a statement)\b",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^\W*(he|she|they|it|the (?:minister|mayor|president|official|company|group|union|ministry|envoy))\b",
    re.I,
)


def _type_score(
    q: ParsedQuestion, p: _Passage, base: float, groups: list[_Group], idf: dict[str, float], idf_max: float
) -> tuple[float, str]:
    """Adjust a passage's overlap score for the question type; returns (score, answering span)."""
    s = p.sentence
    t = q.qtype
    if t in (QuestionType.HOW_MANY, QuestionType.HOW_MUCH):
        nums = _acceptable_numbers(q, s)
        if not nums and re.search(r"\bhow long\b", q.text, re.I):
            dur = _DURATION_RE.search(s)
            if dur:
                return base + 0.1, dur.group(0)
        if not nums:
            return -1.0, ""
        bonus = 0.15
        if q.subject_head and any(q.subject_head in _words_around(s, n, 0, 6)[1] for n in nums):
            bonus += 0.1  # "Shares closed down 6.4%" for "how much did shares fall?"
        return base + bonus, _number_span(q, s, nums, groups[p.group].briefing)
    if t is QuestionType.WHEN:
        dates = list(_DATE_RE.finditer(s))
        if not dates:
            return -1.0, ""
        bonus = 0.1
        if q.future and _FUTURE_RE.search(s):
            bonus += 0.1
        return base + bonus, _nearest_span(s, [(m.start(), m.end(), m.group(0)) for m in dates], q)
    if t is QuestionType.WHERE:
        places = [
            (m.start(1), m.end(1), m.group(1))
            for m in _WHERE_RE.finditer(s)
            if not re.fullmatch(rf"(?:the\s+)?(?:{_MONTH}|{_WEEKDAY}).*", m.group(1))
        ]
        if not places:
            return base - 0.15, ""
        return base + 0.05, _nearest_span(s, places, q)
    if (  # "what was the turnout?": the answer talks about the thing asked
        t is QuestionType.OTHER
        and q.focus
        and not any(f in p.stems or _SYN.get(f, frozenset()) & p.stems for f in q.focus)
    ):
        return base * 0.6, ""
    if t is QuestionType.WHY:
        return base + (0.12 if _CAUSE_RE.search(s) else 0.0), ""
    if t in (QuestionType.SAY, QuestionType.RESPOND, QuestionType.OFFER):
        return _actor_verb_score(q, p, base, groups, idf, idf_max), ""
    return base, ""


def _acceptable_numbers(q: ParsedQuestion, s: str) -> list[_Number]:
    """Numbers in ``s`` of the kind asked for and attached to what the question counts."""
    low_q = q.text.lower()
    wants_money = bool(set(q.terms) & _MONEY_Q) or any(
        x in low_q for x in ("£", "$", "€", "euro", "dollar", "pound")
    )
    wants_pct = (
        bool(set(q.terms) & _PERCENT_Q)
        or "%" in q.text
        or "percent" in low_q
        or "per cent" in low_q
        or bool(re.search(r"\bhow much (more|less|higher|lower|bigger|smaller|cheaper)\b", low_q))
    )
    out = []
    for n in _numbers(s):
        if n.kind in ("year", "date"):
            continue
        if re.search(rf"(?<![\d.,]){re.escape(n.text.replace(',', ''))}(?![\d])", q.text.replace(",", "")):
            continue  # a number the question already gives is not the answer
        if q.qtype is QuestionType.HOW_MANY and n.kind == "money":
            continue
        if q.qtype is QuestionType.HOW_MANY and n.kind == "percent" and not wants_pct:
            continue
        if q.qtype is QuestionType.HOW_MUCH and wants_money and n.kind != "money" and not wants_pct:
            continue
        if _MEASURE_Q.search(q.text) and not _UNIT_RE.match(s[n.end :]):
            continue  # "how long / far / old" wants a length, distance or duration
        if q.qtype is QuestionType.HOW_MANY and _attachment(q, s, n) is None:
            continue
        out.append(n)
    return out


_PREPOSITIONS = _wordset("in on at for after before since from by with to into over during until than")


def _words_around(s: str, n: _Number, after: int, before: int) -> tuple[list[str], list[str]]:
    clause_after = re.split(r"[;:.!?]\s|,\s(?:and|but|while|which|who)\b|\s\u2014\s", s[n.end :])[0]
    clause_before = re.split(r"[;:!?]\s|\.\s|\s\u2014\s", s[: n.start])[-1]
    aw = [_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", clause_after)][:after]
    bw = [_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", clause_before)][-before:]
    return aw, bw


def _attachment(q: ParsedQuestion, s: str, n: _Number) -> float | None:
    """How closely ``n`` is tied to what the question counts (lower is closer); None when it isn't."""
    aw, bw = _words_around(s, n, 8, 6)
    if q.focus:
        want = set(q.focus) | set().union(*(_SYN.get(f, frozenset()) for f in q.focus))
        # what a number counts follows it closely: "2,500 administrative jobs", "1,000 of its workers"
        for i, w in enumerate(aw[:4]):
            if w in want:
                return float(i)
            if w in _PREPOSITIONS:
                break
        approx = {
            "about",
            "around",
            "some",
            "nearly",
            "almost",
            "roughly",
            "more",
            "than",
            "over",
            "up",
            "to",
            "at",
            "least",
            "an",
            "estimat",
            "just",
            "a",
            "total",
            "of",
        }
        while bw and bw[-1] in approx:
            bw = bw[:-1]
        if q.verb and bw and bw[-1] == q.verb:  # "represents about 38,000 ..."
            return 4.0
        return None
    terms = set(q.terms)
    if q.verb:
        terms |= _SYN.get(q.verb, frozenset()) | {q.verb}
    hits = [i for i, w in enumerate(aw) if w in terms] + [len(bw) - i for i, w in enumerate(bw) if w in terms]
    return float(min(hits)) if hits else None


def _number_span(q: ParsedQuestion, s: str, nums: list[_Number], briefing: Briefing | None) -> str:
    """The number that answers, with a few words of what it counts ("at least 377 people have been killed")."""

    def closeness(n: _Number) -> float:
        a = _attachment(q, s, n)
        return a if a is not None else 50.0 + n.start / 100

    best = min(nums, key=closeness)
    lead = re.search(
        r"(?:\b(?:at least|about|around|roughly|nearly|almost|more than|over|up to|some|just|fewer than|less than|an estimated)\s+)$",
        s[: best.start],
        re.I,
    )
    start = lead.start() if lead else best.start
    clause = re.split(
        r"[;:,.!?](?:\s|$)|\s(?:and|but|while|since|after|because|which|who)\s|\s\u2014\s", s[best.end :]
    )[0]
    words = list(re.finditer(r"[^\s-]+", clause))[:6]
    for i, w in enumerate(words[1:], start=1):
        if w.group(0).lower() in (
            "in",
            "on",
            "at",
            "since",
            "for",
            "from",
            "by",
            "with",
            "over",
            "to",
            "into",
            "during",
        ):
            words = words[:i]
            break
    while words and words[-1].group(0).lower() in _STOP:
        words.pop()
    end = best.end + (words[-1].end() if words else 0)
    return s[start:end].strip(" ,;:.")


def _nearest_span(s: str, spans: list[tuple[int, int, str]], q: ParsedQuestion) -> str:
    anchors = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", s) if _stem(m.group(0)) == q.verb]
    if not anchors:
        anchors = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", s) if _stem(m.group(0)) in q.terms]
    if not anchors:
        return spans[0][2]

    def dist(sp: tuple[int, int, str]) -> float:
        d = min(sp[0] - a for a in anchors) if any(sp[0] >= a for a in anchors) else 10_000
        back = min(abs(sp[0] - a) for a in anchors)
        return min(d, back * 1.5)

    return min(spans, key=dist)[2].strip()


_SPEECH_WORDS = (
    r"said|says|say|told|tells|added|adds|warned|warns|called|calls|described|argued|claimed|insisted|stated|"
    r"announced|urged|noted|explained|replied|responded|reacted|denied|condemned|welcomed|praised|criticised|"
    r"criticized|vowed|predicted|wrote|rejected|dismissed|accused|hit back|insists|argues|believes|thinks"
)
_OFFER_WORDS = r"offered|offers|proposed|proposes|promised|promises|pledged|pledges|suggested|suggests|put forward|plans|planned"


_NOT_BETWEEN = _wordset(
    "in on at for after before since from by with to into over during until than that a an he she they it we "
    "his her their its reporters journalists told and but while when as"
)


def _acts(s: str, entity: str, verbs: str, acronyms: dict[str, str]) -> bool:
    """True when ``entity`` is the one doing ``verbs`` in ``s`` ("X said", "said ... X", "according to X")."""
    pats = _key_patterns(entity)
    pats += [
        re.compile(rf"\b{re.escape(short)}\b")
        for short, long in acronyms.items()
        if entity.lower() in (short.lower(), long.lower())
    ]
    for pat in pats:
        for m in pat.finditer(s):
            after = s[m.end() : m.end() + 120]
            before = s[max(0, m.start() - 90) : m.start()]
            if re.match(
                rf"(?:['\u2019]s(?:\s+[A-Z][\w-]*){{1,4}})?(?:\s*\([^)]{{1,20}}\))?(?:\s*,[^,]{{1,80}},)?\s+"
                rf"(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|was\s+|were\s+|on \w+\s+)*(?:{verbs})\b",
                after,
            ):
                return True
            between = re.search(
                rf"\b(?:{verbs}|according to|quoted)\s+((?:[^\s,.]+\s+){{0,8}})$", before, re.I
            )
            # "said US Secretary of State John Kerry", not "told reporters before a meeting with France's ..."
            if between and not (set(between.group(1).lower().split()) & _NOT_BETWEEN):
                return True
    return False


def _actor_verb_score(
    q: ParsedQuestion, p: _Passage, base: float, groups: list[_Group], idf: dict[str, float], idf_max: float
) -> float:
    """SAY / RESPOND / OFFER: the subject must be the one speaking or acting in (or just before) the sentence."""
    s = p.sentence
    g = groups[p.group]
    verbs = _SPEECH_WORDS if q.qtype is not QuestionType.OFFER else _OFFER_WORDS + "|" + _SPEECH_WORDS
    if q.qtype is QuestionType.SAY and not (_SPEECH_RE.search(s) or _QUOTE_RE.search(s)):
        return -1.0
    if q.qtype is QuestionType.RESPOND and not re.search(rf"\b(?:{_SPEECH_WORDS})\b", s, re.I):
        return -1.0
    if q.qtype is QuestionType.OFFER and not (
        p.stems & (_SYN.get("offer", frozenset()) | _OFFER_VERBS | {"ready", "willing"})
        or (_SPEECH_RE.search(s) and re.search(r"\b(would|will)\b", s))  # "X said it would add 40 buses"
    ):
        return -1.0
    subj_ents = [e for e in q.entities if q.subject and e.lower() in q.subject.lower()] or list(q.entities)
    prev = g.passages[p.position - 1].sentence if p.position > 0 else ""
    nxt = g.passages[p.position + 1].sentence if 0 <= p.position + 1 < len(g.passages) else ""
    if subj_ents:
        acting = any(_acts(s, e, verbs, g.acronyms) for e in subj_ents)
        mentioned = any(_mentions(s, e, g.acronyms) or _adjectival_match(s, e) for e in subj_ents)
        by_pronoun = (
            bool(_PRONOUN_START.search(s))
            and bool(re.search(rf"\b(?:{verbs})\b", s))
            and any(_mentions(prev, e, g.acronyms) for e in subj_ents)
        )
        # a quote cut off from its attribution: "...," X said.
        by_quote = (
            bool(_QUOTE_RE.search(s))
            and any(_acts(nxt, e, verbs, g.acronyms) for e in subj_ents)
            and (nxt.lstrip()[:1].islower() or len(nxt.split()) < 8)
        )
    else:
        sub_st = set(_stems(q.subject or ""))
        acting = (
            bool(sub_st)
            and len(sub_st & p.stems) / len(sub_st)
            >= 0.66  # "the prime minister" is not "the transport minister"
            and bool(re.search(rf"\b(?:{verbs})\b", s))
        )
        mentioned = bool(sub_st & p.stems)
        prev_st = set(_stems(prev))
        by_pronoun = (
            bool(sub_st)
            and bool(_PRONOUN_START.search(s))
            and bool(re.search(rf"\b(?:{verbs})\b", s))
            and len(sub_st & prev_st) / len(sub_st) >= 0.66
        )
        by_quote = False
    skip = frozenset(st for e in subj_ents for st in _stems(e)) | {q.verb or ""}
    rest = _coverage(q, p.stems, idf, idf_max, skip, p.ctx)
    score = 0.45 * rest + 0.15 * base
    if acting:
        score += 0.5
    elif by_pronoun or by_quote:
        score += 0.38
    elif mentioned:  # named but not the one speaking or acting: only a near-perfect match of the rest will do
        score += 0.05
    else:
        return -1.0
    if q.qtype is QuestionType.SAY and _QUOTE_RE.search(s):
        score += 0.1
    if q.qtype is QuestionType.RESPOND and p.stems & (
        _RESPOND_VERBS | {"warn", "reject", "condemn", "welcom", "deni", "dismiss", "accus"}
    ):
        score += 0.1
    return score


_WHERE_RE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|from|to|into|on|throughout)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*)"
)


# ---------------------------------------------------------------- who

_ENT_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_CAP_RUN = re.compile(
    r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z'\u2019-]+(?:\s+(?:de|van|von|al|bin|da|del|la|le)?\s*[A-Z][a-z'\u2019-]+)+)"
)


def _who(
    q: ParsedQuestion,
    ranked: list[tuple[float, _Passage]],
    groups: list[_Group],
    nlp: Any | None,
    idf: dict[str, float],
    idf_max: float,
) -> _Candidate | None:
    """The person or organisation that answers a "who" question, with its role and source sentence."""
    q_low = q.text.lower()
    q_ent_words = {w.lower() for e in q.entities for w in re.findall(r"\w+", e)}
    leader_q = q.verb in ("lead", "head", "run", "chair") or bool(
        re.search(r"\b(leads?|heads?|runs?|chairs?)\b", q_low)
    )
    role_terms = {t: w for t, w in q.terms.items() if t not in {_stem(x) for x in q_ent_words}}
    best: _Candidate | None = None

    # 1) an actor whose role fits the question ("who is the mayor", "who leads the union")
    for g in groups:
        if g.briefing is None:
            continue
        for a in g.briefing.actors:
            if not a.role:
                continue
            rstems = set(_stems(a.role)) | _passage_stems(a.role, g.acronyms)
            if leader_q and {_stem(w) for w in _LEADER_TITLES} & rstems:
                rstems |= {"lead", "leader"}
            tot = got = 0.0
            for t, w in role_terms.items():
                wt = w * idf.get(t, idf_max)
                tot += wt
                if t in rstems or t in _passage_stems(a.sentence, g.acronyms) and t not in {"lead"}:
                    got += wt if t in rstems else 0.5 * wt
            cov = got / tot if tot else 0.0
            if a.name.lower() in q_low or any(w in q_ent_words for w in a.name.lower().split()):
                continue  # the question is about this actor, not asking for them
            if cov >= 0.5:
                sent = a.sentence or next(
                    (p.sentence for p in g.passages if _mentions(p.sentence, a.name)), ""
                )
                psg = next((p for p in g.passages if p.sentence == sent), None)
                if psg is None:
                    continue
                score = 0.4 + 0.6 * cov
                if best is None or score > best.score:
                    best = _Candidate(psg, score, f"{a.name}, {a.role}")

    # 2) the subject or speaker of the best-matching sentences
    plural = bool(
        re.search(r"\b(which|what) (two|three|four|both|\w+s)\b|\bwho (are|were|have|will be)\b", q_low)
    )
    nm = re.search(r"\b(two|three|four|both)\b", q_low)
    want_n = {"two": 2, "both": 2, "three": 3, "four": 4}[nm.group(1)] if nm else 0
    top = [(base, p) for base, p in ranked[:_WHO_K] if base >= 0.5 * ranked[0][0]]
    if nlp is not None and top:
        _parse(nlp, [p.sentence for _, p in top])  # one batch; _sentence_names reads the cache
    for base, p in top:
        names = _sentence_names(p.sentence, nlp, groups[p.group], q, leader_q)
        if names and names[0][0] == _PRONOUN:
            g = groups[p.group]
            prev = g.passages[p.position - 1].sentence if p.position > 0 else ""
            neutral = ParsedQuestion("", QuestionType.WHO, {}, ())
            before = [
                (n, w) for n, w in _sentence_names(prev, nlp, g, neutral, False) if n != _PRONOUN and w >= 0.5
            ]
            names = [(before[0][0], names[0][1])] + names[1:] if before else names[1:]
        names = [(n, w) for n, w in names if not (set(re.findall(r"\w+", n.lower())) & q_ent_words)]
        if not names:
            continue
        name, weight = names[0]
        score = base * (0.85 + 0.15 * weight)
        if leader_q and any(t in p.sentence.lower() for t in _LEADER_TITLES):
            score += 0.1
        if plural:
            people = [n for n, w in names if w >= 0.5] or [n for n, w in names if w >= 0.4] or [name]
            score += 0.12 if len(people) >= 2 else -0.05
            if want_n and len(people) == want_n:
                score += 0.1
            span = ", ".join(people[:-1]) + f" and {people[-1]}" if len(people) > 1 else people[0]
        else:
            span = _with_role(name, groups[p.group])
        if best is None or score > best.score:
            best = _Candidate(p, score, span)
    return best


_NOT_TITLE = _wordset(
    "said says told tell added according to by with and or but the a an as was is were are has "
    "had have that who which when after before since on at in for from while also"
)


def _describe(entity: str, groups: list[_Group]) -> _Candidate | None:
    """ "Who is X?": X's role from the briefing, else the title or apposition around X's first mention."""
    for g in groups:
        if g.briefing is not None:
            for a in g.briefing.actors:
                if a.role and (_mentions(a.name, entity) or any(_mentions(al, entity) for al in a.aliases)):
                    p = next((p for p in g.passages if p.sentence == a.sentence), None) or next(
                        (p for p in g.passages if _mentions(p.sentence, entity)), None
                    )
                    if p is not None:
                        return _Candidate(p, 1.0, f"{a.name}, {a.role}")
    for g in groups:
        for p in g.passages:
            for key in _entity_keys(entity):
                m = re.search(rf"(?<!\w){re.escape(key)}(?![a-z])", p.sentence)
                if not m:
                    continue
                words = re.findall(r"[A-Za-z][\w'-]*|[,;:\"(]", p.sentence[: m.start()])
                title: list[str] = []
                for w in reversed(words):
                    if w.lower() in _NOT_TITLE or not w[0].isalpha() or len(title) >= 6:
                        break
                    title.insert(0, w)
                while title and title[0].lower() == "of":
                    title.pop(0)
                app = re.match(
                    r"(?:\s+[A-Z][\w'-]*)*,\s+((?:a|an|the)\s+[^,.;\"]{3,80}?)(?:,|\.|;|$)",
                    p.sentence[m.end() :],
                )
                desc = (
                    " ".join(title)
                    if title and any(t[0].islower() or t.lower() in _LEADER_TITLES for t in title)
                    else (app.group(1) if app else "")
                )
                if desc:
                    return _Candidate(p, 1.0, f"{entity}, {desc}")
                break  # only the first matching key of this sentence
    return None


_PRONOUN = "\u0000pronoun"
_NAME_TITLES = _LEADER_TITLES | _wordset(
    "mr mrs ms dr sir dame lord lady prof professor trainer coach manager captain judge senator "
    "spokesman spokeswoman officer detective inspector sergeant former deputy acting actor actress "
    "singer star striker defender goalkeeper midfielder chancellor ambassador envoy prince princess king queen"
)


def _strip_title(name: str) -> str:
    """ "Trainer Jonas Ekberg" -> "Jonas Ekberg": leading titles are a role, not the name."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in _NAME_TITLES:
        words = words[1:]
    return " ".join(words)


def _with_role(name: str, g: _Group) -> str:
    if g.briefing is not None:
        for a in g.briefing.actors:
            if a.role and (
                a.name == name or name in a.aliases or _mentions(a.name, name) or _mentions(name, a.name)
            ):
                return f"{a.name}, {a.role}"
    return name


def _sentence_names(
    s: str, nlp: Any | None, g: _Group, q: ParsedQuestion, leader_q: bool
) -> list[tuple[str, float]]:
    """Names in ``s``, best answer first: subject of the question's verb, speaker, then others (weight 1..0).

    In "who did X replace?" (X named in the question) the object of the verb answers instead.
    """
    found: list[tuple[str, float]] = []
    object_q = (
        bool(q.entities)
        and bool(q.subject)
        and bool(re.match(r"\s*whom? (?:did|does|do|will|has|have|had|would)\b", q.text, re.I))
    )
    if nlp is not None:
        try:
            doc = _parse(nlp, [s])[0]
        except Exception:  # pragma: no cover
            doc = None
        if doc is not None:
            ents = [e for e in doc.ents if e.label_ in _ENT_LABELS]

            def ent_of(tok: Any, depth: int = 0) -> str | None:
                """The name ``tok`` stands for: its entity, its proper-noun compound, or its apposition's."""
                for e in ents:
                    if e.start <= tok.i < e.end:
                        return str(e.text)
                if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"):
                    return None  # a date, number or product, not someone
                if tok.pos_ == "PROPN" and tok.text[:1].isupper():
                    parts = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
                    return " ".join([*(c.text for c in parts), tok.text])
                if depth < 2:
                    for c in tok.children:
                        if c.dep_ in ("appos", "compound", "flat"):
                            found_name = ent_of(c, depth + 1)
                            if found_name:
                                return found_name
                return None

            for tok in doc:
                if tok.pos_ != "VERB" and tok.pos_ != "AUX":
                    continue
                st = _stem(tok.lemma_)
                if object_q and (st == q.verb or st in _SYN.get(q.verb or "", frozenset())):
                    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "dative")]
                    objs += [
                        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
                    ]
                    for o in objs:
                        name = ent_of(o)
                        if name is not None:
                            found.append((name, 1.0))
                for child in tok.children:
                    if child.dep_ not in ("nsubj", "agent"):
                        continue
                    head = child
                    if child.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                        head = tok.head
                    if child.dep_ == "agent":
                        head = next((c for c in child.children if c.dep_ == "pobj"), child)
                    name = ent_of(head)
                    if name is None and head.lower_ in ("he", "she", "they"):
                        name = _PRONOUN  # the person of the sentence before; resolved by the caller
                    if name is None:
                        continue
                    if st == q.verb or st in q.terms or (leader_q and st in ("lead", "head", "run", "chair")):
                        found.append((name, 0.6 if object_q else 1.0))
                    elif st in _SPEECH_VERBS or st in ("accord",):
                        found.append((name, 0.8))
            for m in re.finditer(r"according to (?:the )?", s, re.I):
                for e in ents:
                    if e.start_char >= m.end() and e.start_char - m.end() < 40:
                        found.append((e.text, 0.8))
                        break
            order = {"PERSON": 0.5, "ORG": 0.4, "GPE": 0.2, "NORP": 0.1}
            found.extend((e.text, order[e.label_]) for e in ents)
    if not found:
        if g.briefing is not None:
            for a in g.briefing.actors:
                for n in (a.name, *a.aliases):
                    if n and re.search(rf"\b{re.escape(n)}\b", s):
                        found.append((a.name, 0.5 if a.kind == "PERSON" else 0.4))
                        break
        found.extend((m.group(1), 0.3) for m in _CAP_RUN.finditer(s))
        if object_q and q.verb:
            for m in re.finditer(r"[A-Za-z]+", s):
                if _stem(m.group(0)) == q.verb:
                    nxt = _CAP_RUN.match(s, m.end() + 1) if m.end() + 1 < len(s) else None
                    if nxt:
                        found.append((nxt.group(1), 1.0))
    # a name right after one of the question's role words: "girlfriend and model Alexis Randock"
    role_stems = {t for t in q.terms if t not in {st for e in q.entities for st in _stems(e)} and t != q.verb}
    if role_stems:
        for i, (n, w) in enumerate(found):
            pos = s.find(n)
            if pos >= 0 and role_stems & set(_stems(" ".join(s[:pos].split()[-5:]))):
                found[i] = (n, max(w, 0.9))
    found.sort(key=lambda x: -x[1])
    if not s:
        return []
    out: list[tuple[str, float]] = []
    for n, w in found:
        n = _strip_title(re.sub(r"^(the|The)\s+|['\u2019]s$", "", n).strip())
        if n and not any(n == o or n in o for o, _ in out):
            out = (
                [(o, ow) for o, ow in out if o not in n or ow > w] + [(n, w)]
                if any(o in n for o, _ in out)
                else [*out, (n, w)]
            )
    return sorted(out, key=lambda x: -x[1])


# ---------------------------------------------------------------- what next


def _what_next(
    q: ParsedQuestion, groups: list[_Group], idf: dict[str, float], idf_max: float
) -> _Candidate | None:
    """The briefing's next steps (or forward-looking sentences), the ones the question names first."""
    generic = {_stem(w) for w in _wordset("what happen next step now come will going")}
    specific = {t: w for t, w in q.terms.items() if t not in generic}
    sq = ParsedQuestion(q.text, q.qtype, specific, q.entities)
    items: list[tuple[float, _Passage, str]] = []
    for gi, g in enumerate(groups):
        by_sentence = {_norm(p.sentence): p for p in g.passages}
        steps = list(g.briefing.next_steps) if g.briefing is not None else []
        for rank, step in enumerate(steps):
            p = by_sentence.get(_norm(step.sentence))
            if p is None:
                sent = step.sentence or step.text
                aid = g.passages[0].citation.article_id if g.passages else ""
                p = _Passage(
                    sent, Citation(aid, sent, *_cite_src(g)), gi, 0, 1, _passage_stems(sent, g.acronyms)
                )
            cov = _coverage(sq, p.stems | set(_stems(step.text)), idf, idf_max) if specific else 0.0
            items.append((0.6 + cov - 0.03 * rank, p, step.text))
        if not steps:
            for p in g.passages:
                if p.position >= 0 and _FUTURE_RE.search(p.sentence):
                    cov = _coverage(sq, p.stems, idf, idf_max) if specific else 0.0
                    items.append((0.45 + cov - 0.2 * p.position / max(p.count, 1), p, p.sentence))
    if not items:
        return None
    items.sort(key=lambda x: -x[0])
    top_score, top, text = items[0]
    cand = _Candidate(top, top_score, text)
    if not specific and len(items) > 1 and items[1][1].sentence != top.sentence:
        cand.extra.append(items[1][1])
        cand.span = f"{text}; {items[1][2]}"
    return cand


def _involved(g: _Group, nlp: Any | None) -> _Candidate | None:
    """The story's main actors with their roles, citing where the first of them appears."""
    body = [p for p in g.passages if p.position >= 0]
    if not body:
        return None
    people: list[tuple[str, str]] = []  # (label, sentence)
    if g.briefing is not None and g.briefing.actors:
        for a in g.briefing.actors[:4]:
            people.append((f"{a.name} ({a.role})" if a.role else a.name, a.sentence))
    else:
        for p in body[:4]:
            for name, w in _sentence_names(
                p.sentence, nlp, g, ParsedQuestion("", QuestionType.INVOLVED, {}, ()), False
            ):
                if w >= 0.4 and not any(name in n or n in name for n, _ in people):
                    people.append((name, p.sentence))
        people = people[:4]
    if not people:
        return None
    first = next((p for p in g.passages if p.sentence == people[0][1]), body[0])
    labels = [n for n, _ in people]
    text = ", ".join(labels[:-1]) + f" and {labels[-1]}" if len(labels) > 1 else labels[0]
    cand = _Candidate(first, 1.0, text)
    cand.extra = [p for p in g.passages if p.sentence in {s for _, s in people[1:]} and p is not first][:3]
    return cand


def _gist(g: _Group) -> _Candidate | None:
    """The story in one sentence: the briefing's first summary sentence, else the lede."""
    body = [p for p in g.passages if p.position >= 0]
    if g.briefing is not None and g.briefing.summary:
        first = next((p for p in body if _norm(p.sentence) == _norm(g.briefing.summary[0])), None)
        if first is not None:
            return _Candidate(first, 1.0)
    return _Candidate(body[0], 1.0) if body else None


def _cite_src(g: _Group) -> tuple[str | None, str | None]:
    if g.passages:
        return g.passages[0].citation.source, g.passages[0].citation.url
    return None, None


# ---------------------------------------------------------------- entry points


def answer_question(question: str, briefings: Sequence[Briefing], nlp: object | None = None) -> Answer:
    """Answer ``question`` from one or more briefings (each briefing's article sentences, title and facets).

    Sentences are ranked across all briefings; the answer cites the article it came from. ``nlp`` (a
    spaCy pipeline) sharpens who/entity answers; without it the answer comes from regular expressions
    and the briefings' actors. ``answered`` is False, with a plain "doesn't say" text, when no sentence
    fits the question.
    """
    units = [(b, _briefing_sentences(b), _briefing_citation(b)) for b in briefings]
    return _answer(question, _build_groups(units), nlp, many=len(briefings) > 1)


def answer_from_sentences(
    question: str, hits: Sequence[tuple[str, Citation]], nlp: object | None = None
) -> Answer:
    """Answer ``question`` from loose sentences, e.g. full-text search hits from the store.

    Each hit is a sentence and the citation of the article it came from; hits that share an
    ``article_id`` are treated as one article, in the order given. There are no facets here, so
    "what happens next" falls back to forward-looking sentences.
    """
    order: dict[str, list[str]] = {}
    cites: dict[str, Citation] = {}
    for sentence, cite in hits:
        order.setdefault(cite.article_id, []).append(sentence)
        cites.setdefault(cite.article_id, cite)
    units = [(None, sents, cites[aid]) for aid, sents in order.items()]
    return _answer(question, _build_groups(units), nlp, many=len(order) > 1)


def _answer(question: str, groups: list[_Group], nlp: Any | None, many: bool) -> Answer:
    nope = NOT_ANSWERED_MANY if many else NOT_ANSWERED
    if not question.strip() or not any(g.passages for g in groups):
        return Answer(question, nope, False)
    q = parse_question(question, nlp)

    # entity gate: every entity the question names must be mentioned by the article answering it
    allowed = []
    for gi, g in enumerate(groups):
        if all(_mentions(g.text, e, g.acronyms) or _adjectival_match(g.text, e) for e in q.entities):
            allowed.append(gi)
    if not allowed:
        missing = next(
            (e for e in q.entities if not any(_mentions(g.text, e, g.acronyms) for g in groups)), None
        )
        where = "stories don't" if many else "article doesn't"
        text = f"The {where} mention {missing}." if missing else nope
        return Answer(question, text, False)

    idf, idf_max = _idf([groups[i] for i in allowed])  # word weights among the articles that can answer
    ranked: list[tuple[float, _Passage]] = []
    coverage: dict[int, float] = {}
    for gi in allowed:
        for p in groups[gi].passages:
            coverage[id(p)] = _coverage(q, p.stems, idf, idf_max, ctx=p.ctx)
            # news puts the answer early: a small prior breaks near-ties
            ranked.append((coverage[id(p)] + 0.03 * (1 - p.position / max(p.count, 1)), p))
    ranked.sort(key=lambda x: -x[0])

    cand: _Candidate | None = None
    if q.qtype in (QuestionType.INVOLVED, QuestionType.GIST):
        generic = {
            _stem(w)
            for w in [
                "involved",
                "involve",
                "happen",
                "story",
                "about",
                "going",
                "gist",
                "summarize",
                "summarise",
                "key",
                "main",
                "player",
                "people",
                "actor",
                "figure",
                "behind",
            ]
        }
        specific = ParsedQuestion(
            q.text, q.qtype, {t: w for t, w in q.terms.items() if t not in generic}, q.entities
        )
        gi = max(
            allowed,
            key=lambda i: (
                max((_coverage(specific, p.stems, idf, idf_max) for p in groups[i].passages), default=0.0)
                if specific.terms
                else 0.0,
                -i,
            ),
        )
        cand = _involved(groups[gi], nlp) if q.qtype is QuestionType.INVOLVED else _gist(groups[gi])
        if cand is not None:
            return _make_answer(question, cand)
        return Answer(question, nope, False)
    if q.qtype is QuestionType.WHAT_NEXT:
        cand = _what_next(q, [groups[i] for i in allowed], idf, idf_max)
        if cand is not None:
            return _make_answer(question, cand)
        return Answer(question, "The article doesn't say what happens next." if not many else nope, False)
    if (
        q.qtype is QuestionType.WHO
        and q.entities
        and re.match(
            rf"\s*who(?:'s| is| was| are| were)\s+(?:the\s+)?{re.escape(q.entities[0])}\W*$", question, re.I
        )
    ):
        cand = _describe(q.entities[0], [groups[i] for i in allowed])
        if cand is None:  # no title or apposition: the first sentence about them is the best description
            first = next(
                (p for i in allowed for p in groups[i].passages if _mentions(p.sentence, q.entities[0])), None
            )
            cand = _Candidate(first, 1.0) if first is not None else None
        if cand is not None:
            return _make_answer(question, cand)
    if q.qtype is QuestionType.WHO:
        cand = _who(q, ranked, groups, nlp, idf, idf_max)
        if (
            cand is not None
            and cand.score >= _MIN_COVERAGE
            and _beyond_entities(q, cand.passage, idf, idf_max)
        ):
            return _make_answer(question, cand)
        if (
            ranked and ranked[0][0] >= 0.6 and _beyond_entities(q, ranked[0][1], idf, idf_max)
        ):  # "who will be exempt?": the answer is not a name
            return _make_answer(question, _Candidate(ranked[0][1], ranked[0][0]))
        return Answer(question, nope, False)

    if q.qtype in (QuestionType.HOW_MANY, QuestionType.HOW_MUCH) and q.subject and not q.entities:
        # "how much did the new stadium cost?" about an article with no stadium: the number asked is absent
        head = _stem(q.subject.split()[-1])
        if head not in _STOP and not any(
            head in p.stems or _SYN.get(head, frozenset()) & p.stems
            for gi in allowed
            for p in groups[gi].passages
        ):
            return Answer(question, nope, False)
    if (
        q.qtype is QuestionType.HOW_MANY
        and q.verb
        and q.verb in q.terms
        and q.verb not in _LIGHT_VERBS
        and not any(
            q.verb in p.stems or _SYN.get(q.verb, frozenset()) & p.stems
            for gi in allowed
            for p in groups[gi].passages
        )
    ):
        return Answer(question, nope, False)  # "how many trains were derailed?" where nothing was derailed
    pool = (
        ranked[: max(_TOP_K * 3, 12)]
        if q.qtype not in (QuestionType.SAY, QuestionType.RESPOND, QuestionType.OFFER)
        else ranked
    )
    best: _Candidate | None = None
    best_base = 0.0
    for base, p in pool:
        score, span = _type_score(q, p, base, groups, idf, idf_max)
        if score < 0:
            continue
        if best is None or score > best.score:
            best = _Candidate(p, score, span)
            best_base = coverage[id(p)]
    if best is None:
        return Answer(question, nope, False)
    if q.qtype in (QuestionType.SAY, QuestionType.RESPOND, QuestionType.OFFER):
        if best.score < 0.5:  # the subject speaking or acting in the sentence is enough
            return Answer(question, nope, False)
    elif best_base * _event_factor(q, best.passage) < _MIN_COVERAGE:
        return Answer(question, nope, False)  # the type's preferences choose; the words must still match
    if not _beyond_entities(q, best.passage, idf, idf_max):
        return Answer(question, nope, False)
    if q.qtype is QuestionType.WHY and not _CAUSE_RE.search(best.passage.sentence):
        # the reason often follows in the next sentence: "X had to withdraw. His wife was in a coma owing to ..."
        g = groups[best.passage.group]
        pos = best.passage.position
        nxt = g.passages[pos + 1] if pos + 1 < len(g.passages) else None
        if nxt is not None and _CAUSE_RE.search(nxt.sentence) and _CONTINUES_RE.match(nxt.sentence):
            best.extra = [nxt]
            best.span = f"{best.passage.sentence} {nxt.sentence}"
    return _make_answer(question, best)


def _beyond_entities(q: ParsedQuestion, p: _Passage, idf: dict[str, float], idf_max: float) -> bool:
    """Naming the entity is not enough: the rest of the question must match too ("when will X step down?").

    A question whose only other word is its verb may paraphrase it ("pay for" / "buy") when a number
    is asked; for the other types the verb must be there.
    """
    if not q.entities or q.qtype in (
        QuestionType.SAY,
        QuestionType.RESPOND,
        QuestionType.OFFER,
        QuestionType.YES_NO,
    ):
        return True
    ent = frozenset(st for e in q.entities for st in _stems(e))
    rest = [t for t in q.terms if t not in ent]
    if not rest:
        return True
    if rest == [q.verb] and q.qtype in (QuestionType.HOW_MANY, QuestionType.HOW_MUCH):
        return True
    return _coverage(q, p.stems, idf, idf_max, ent, p.ctx) >= 0.25


def _event_factor(q: ParsedQuestion, p: _Passage) -> float:
    """When / how many / how much ask about one event: a sentence without its verb probably tells another."""
    if q.qtype not in (QuestionType.WHEN, QuestionType.HOW_MANY, QuestionType.HOW_MUCH):
        return 1.0
    if not q.verb or q.verb in _LIGHT_VERBS or q.verb not in q.terms:
        return 1.0
    if q.verb in p.stems or _SYN.get(q.verb, frozenset()) & p.stems:
        return 1.0
    return 0.75


def _make_answer(question: str, cand: _Candidate) -> Answer:
    sent = cand.passage.sentence
    cites = [cand.passage.citation, *(p.citation for p in cand.extra)]
    span = cand.span.strip()
    if not span or _norm(span) == _norm(sent):
        text = sent
    elif cand.extra:
        text = span
    elif _norm(span) in _norm(sent) and len(span) > 0.8 * len(sent):
        text = sent
    else:
        text = f"{span} \u2014 {sent}"
    return Answer(question, text, True, tuple(cites))
