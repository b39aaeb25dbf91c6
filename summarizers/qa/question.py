"""Question analysis: type, focus terms, the kind of answer expected, and references to resolve."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from newsbrief.summarizers.lexicon import qa as lex
from newsbrief.summarizers.lexicon.qa import (
    AILMENT_QUESTION,
    COMMON_ACRONYMS,
    DIMENSION_NOUNS,
    DURATION_WORDS,
    GIST_PATTERN,
    GROUP_PRONOUNS,
    HEALTH_QUESTION,
    MEASURE_NOUNS,
    MONEY_WORDS,
    NEXT_GENERIC,
    ORG_NOUNS,
    PERCENT_WORDS,
    PERSON_PRONOUNS,
    PLACE_PRONOUNS,
    POSITION_QUESTION,
    QUESTION_OPENERS,
    START_POSITION_QUESTION,
    THING_PRONOUNS,
    TIME_PRONOUNS,
)
from newsbrief.summarizers.qa.words import Lemmatizer, lemmatizer, terms, words


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
    WHICH = "which"  # which bank / which minister: a named thing
    MANNER = "manner"  # how did X do it / how will they pay for it: the means or the way
    OTHER = "other"


class Expect(StrEnum):
    """The kind of item the answer span is."""

    NUMBER = "number"
    MONEY = "money"
    PERCENT = "percent"
    AGE = "age"
    DURATION = "duration"
    DATE = "date"
    PERSON = "person"  # a person or an organisation acting
    PLACE = "place"
    POSITION = "position"  # a place in a ranking ("10th", "third")
    CAUSE = "cause"
    SPEECH = "speech"
    MANNER = "manner"  # a means or a way ("by raising taxes", "using a heat gun")
    AILMENT = "ailment"  # an injury or an illness ("a broken wrist", "a chest infection")
    FUTURE = "future"
    SPAN = "span"  # anything: the sentence is the answer


_REQUEST = re.compile(lex.QUESTION_REQUEST_PATTERN, re.I)
_LEAD = re.compile(lex.QUESTION_LEAD_PATTERN)
_TYPE_PATTERNS = tuple((QuestionType(t), re.compile(p)) for t, p in lex.QUESTION_TYPE_PATTERNS)
_MEASURE = {kind: re.compile(p) for kind, p in lex.MEASURE_QUESTION_PATTERNS.items()}


def _unwrapped(question: str) -> str:
    """The question inside a request: "Tell me who won" -> "who won"."""
    return _REQUEST.sub("", question)


def _normalized(question: str) -> str:
    """The question lower-cased, spaced, without end punctuation, an opening "and"/"so" or a
    request around it ("can you tell me ..."), padded with one space each side (what the type
    patterns read)."""
    q = " " + re.sub(r"\s+", " ", _unwrapped(question).lower().replace("\u2019", "'")).strip(" ?!.") + " "
    return _LEAD.sub(" ", q)


def classify_question(question: str) -> QuestionType:
    """The type of ``question`` from its wording alone (no model needed)."""
    q = _normalized(question)
    for qtype, pattern in _TYPE_PATTERNS:  # in order: the first found tells the type
        if pattern.search(q):
            return qtype
    return QuestionType.OTHER


@dataclass(frozen=True)
class Question:
    """A question analysed: its type, focus terms, expected answer kind and references to resolve."""

    text: str
    type: QuestionType
    expect: Expect
    terms: tuple[str, ...]  # content keys (lemmas) in order
    names: tuple[str, ...]  # capitalised names the question uses ("Irene Castell", "WHO")
    references: tuple[str, ...]  # pronouns and "the second ..." phrases that point back
    elliptical: bool  # "And how many were injured?", "Why?": leans on the previous turn
    known: str = ""  # earlier questions of the thread: a name they use is not a new answer to a follow-up
    head: str = (
        ""  # the noun "which" / "what" asks about ("which company makes it?" -> "company"), from the parse
    )
    # the role words that name the person asked for, from the parse ("who is the mayor?": mayor; not "the
    # mayor's wife", "did she captain"); None: every role word of the question (qa41)
    roles: tuple[str, ...] | None = None


_NAME_RE = re.compile(lex.QUESTION_NAME_PATTERN)
_ORDINAL_REF = re.compile(lex.ORDINAL_REFERENCE_PATTERN, re.I)
_POSSESSIVE_REF = re.compile(lex.POSSESSIVE_REFERENCE_PATTERN, re.I)
_CONTRACTION_END = re.compile(lex.CONTRACTION_END)
_HOW_WORD = re.compile(lex.HOW_WORD, re.I)
_ASKED_KIND = re.compile(lex.ASKED_KIND_PATTERN, re.I)
_NAMING = re.compile(lex.NAMING_QUESTION)
_ELLIPTICAL = re.compile(lex.ELLIPTICAL_OPENING, re.I)


def possessive_refs(text: str) -> list[str]:
    """Possessive determiners before an organisation noun, as one reference: "her bank's target" -> "her bank".

    "her bank" points to a bank named earlier, not to the woman: the engine resolves it as an organisation."""
    out = []
    for m in _POSSESSIVE_REF.finditer(text):
        det, noun = m.group(1).lower(), m.group(2).lower()
        if noun in ORG_NOUNS:
            out.append(f"{det} {noun}")
    return out


def _bare(word: str) -> str:
    """A word lower-cased without a contraction's ending ("What's" -> "what", "Who'd" -> "who")."""
    return _CONTRACTION_END.sub("", word.lower())


def question_names(text: str) -> list[str]:
    """Capitalised names in a question, without the question's first word when it is a question word."""
    out = []
    for m in _NAME_RE.finditer(text):
        name = m.group(0).strip(" .'")
        first = _bare(name.split()[0])
        if m.start() == 0 or text[: m.start()].strip() in ("And", "So", "But"):
            rest = name.split()[1:]
            if first in QUESTION_OPENERS:
                if not rest:
                    continue
                name = " ".join(rest)
        if _bare(name) in QUESTION_OPENERS or name in ("I",) or name in COMMON_ACRONYMS:
            continue
        out.append(name)
    return out


def expect_of(
    qtype: QuestionType, text: str, keys: list[str], lemmas: frozenset[str] | None = None
) -> Expect:
    """The kind of item that answers; ``lemmas`` (the question's words' lemmas, before related lemmas share
    a key) say whether it names a measure ("what was the toll?"), else its keys do."""
    low = text.lower()
    if qtype == QuestionType.HOW_MANY:
        return Expect.NUMBER
    if qtype == QuestionType.HOW_MUCH:
        if _MEASURE["age"].search(low):
            return Expect.AGE
        if _MEASURE["duration"].search(low) and not set(keys) & DURATION_WORDS - {"long"}:
            return Expect.DURATION
        # "per share" / "a share" is what a price is paid for, not a share of a whole
        # the words as written too: "inflation" and "growth" are keyed as their verbs ("inflate", "increase")
        percent_keys = (set(keys) | set(re.findall(r"[a-z]+", low))) & PERCENT_WORDS - (
            {"share"} if _MEASURE["per_share"].search(low) else set()
        )
        if percent_keys or _MEASURE["percent"].search(low):
            return Expect.PERCENT
        if _MEASURE["weight"].search(low):
            return Expect.NUMBER  # "how much did the lamb weigh?": a weight, not money (qa39)
        if set(keys) & MONEY_WORDS or _MEASURE["money"].search(low):
            return Expect.MONEY
        return Expect.NUMBER
    if (
        qtype == QuestionType.OTHER
        and _MEASURE["what_is"].search(low.replace("\u2019", "'"))
        # "toll" is keyed "die"; "old" is keyed "age" but "her old school" names no measure
        and (set(keys if lemmas is None else lemmas) | set(re.findall(r"[a-z]+", low))) & MEASURE_NOUNS
    ):
        if (set(keys) | set(re.findall(r"[a-z]+", low))) & PERCENT_WORDS - {"share"} or "percent" in low:
            return Expect.PERCENT
        return Expect.MONEY if set(keys) & MONEY_WORDS else Expect.NUMBER
    if qtype in (QuestionType.OTHER, QuestionType.MANNER) and re.match(
        HEALTH_QUESTION, low.replace("\u2019", "'")
    ):
        # "how did the driver die?", "how is she doing?": an ailment, a state of health or the way of the harm
        return Expect.AILMENT
    if qtype in (QuestionType.OTHER, QuestionType.WHICH) and re.match(AILMENT_QUESTION, low):
        return Expect.AILMENT  # "what injury did she suffer?": a part of the body or an ailment
    if qtype == QuestionType.WHERE and (
        re.match(POSITION_QUESTION, low) or re.match(START_POSITION_QUESTION, text)
    ):
        return Expect.POSITION  # "where did she finish?", "where are they in the table?": a ranking
    return {
        QuestionType.WHO: Expect.PERSON,
        QuestionType.WHICH: Expect.PERSON,
        QuestionType.WHEN: Expect.DATE,
        QuestionType.WHERE: Expect.PLACE,
        QuestionType.WHY: Expect.CAUSE,
        QuestionType.MANNER: Expect.MANNER,
        QuestionType.SAY: Expect.SPEECH,
        QuestionType.RESPOND: Expect.SPEECH,
        QuestionType.WHAT_NEXT: Expect.FUTURE,
        QuestionType.OFFER: Expect.FUTURE,
    }.get(qtype, Expect.SPAN)


def _dimension_keys(qtype: QuestionType, text: str, keys: list[str], lem: Lemmatizer) -> list[str]:
    """The key of the measure noun a "how deep / tall / far ...?" question asks for ("how deep is the
    wreck?" -> "depth"), which the sentence that answers it often uses ("lies at a depth of 40 metres");
    none when the question asks for a share or an amount of money ("how high is the rate?"), or names it."""
    m = _HOW_WORD.search(text)
    noun = DIMENSION_NOUNS.get(m.group(1).lower(), "") if m and qtype == QuestionType.HOW_MUCH else ""
    if not noun or expect_of(qtype, text, keys) in (Expect.PERCENT, Expect.MONEY):
        return []
    return [k for k in terms(noun, lem) if k not in keys]


def _opening_adverb(name: str, text: str, lem: Lemmatizer) -> bool:
    """``name`` is the question's first word, capitalised only for that, and only an adverb in the lemmatizer's
    tables ("Roughly what share ...?", "Exactly how many ...?"): no name (qa41)."""
    return " " not in name and text.lstrip(" \"'\u201c").startswith(name) and lem.is_adverb(name)


def analyse(text: str, lem: Lemmatizer) -> Question:
    qtype = classify_question(text)
    keys = terms(_unwrapped(text), lem)
    # the words that only say what kind of answer is wanted ("how long", "what time") are not searched for
    asked = _ASKED_KIND.search(text)
    if asked:
        kind = terms(asked.group(1) or asked.group(2), lem)
        if kind and kind[0] not in ("many", "much"):
            keys = [k for k in keys if k != kind[0]]
    naming = _NAMING.search(_normalized(text)) if qtype == QuestionType.WHICH else None
    if naming:  # "what is the new ferry called?": "called" only says a name is wanted
        keys = [k for k in keys if k not in terms(naming.group(1), lem)]
    if qtype == QuestionType.WHAT_NEXT:
        keys = [k for k in keys if k not in NEXT_GENERIC]
    elif qtype == QuestionType.GIST:
        # only what follows "tell me about ..." names a topic; "what's new?" names none
        gist = re.match(GIST_PATTERN, _normalized(text))
        keys = terms(_normalized(text)[gist.end() :], lem) if gist else keys
    low = [w.lower() for w in words(text)]
    refs = [
        w
        for w in low
        if w in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | PLACE_PRONOUNS | TIME_PRONOUNS
    ]
    phrases = [m.group(0).lower() for m in _ORDINAL_REF.finditer(text)] + possessive_refs(text)
    # "that company" refers as a whole: its "that" alone is not a second reference
    refs = [r for r in refs if not any(p.split()[0] == r for p in phrases)] + phrases
    elliptical = bool(_ELLIPTICAL.search(text)) or len(keys) <= 1
    keys += _dimension_keys(
        qtype, text, keys, lem
    )  # after ``elliptical``: "how tall is he?" leans on the thread
    return Question(
        text=text,
        type=qtype,
        expect=expect_of(qtype, text, keys, frozenset(lem.lemma(w) for w in words(text))),
        terms=tuple(keys),
        names=tuple(n for n in question_names(text) if not _opening_adverb(n, text, lem)),
        references=tuple(dict.fromkeys(refs)),
        elliptical=elliptical,
    )


def asks_name(q: Question) -> bool:
    """``q`` asks the name a thing goes by ("what is the new ferry called?", ``NAMING_QUESTION``)."""
    return q.type == QuestionType.WHICH and _NAMING.search(_normalized(q.text)) is not None


def asks_for_the_news(question: str) -> bool:
    """``question`` asks what the news is, naming no topic ("what's new?", "any news today?"): it is
    answered with the latest stories' headlines, not by searching for its words."""
    q = analyse(question, lemmatizer(None))  # the wording alone: no model needed
    return q.type == QuestionType.GIST and not q.terms
