"""The short answer cut from the chosen sentence, by the kind of item the question expects."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsbrief.summarizers.lexicon.actors import (
    DEMONYM_ENDINGS,
    DEMONYM_WORDS,
    KIN_WORDS,
    OCCUPATION_WORDS,
    ORIGIN_NOUNS,
)
from newsbrief.summarizers.lexicon.noun_kinds import KINDS as _NOUN_KINDS
from newsbrief.summarizers.lexicon.noun_kinds_more import KINDS as _MORE_NOUN_KINDS
from newsbrief.summarizers.lexicon.qa import (
    AGE_NAME_STOPS,
    AGE_WORDS,
    AHEAD_DATE,
    AHEAD_MARKERS,
    AHEAD_QUESTION,
    AHEAD_REACH,
    ATTRIBUTIVE_MONEY,
    AUDIENCE_COUNT,
    AUDIENCE_QUESTION,
    BEHIND_DATE,
    CAUSE_VERBS,
    DATELINE_OPENER,
    EPONYM_AILMENTS,
    HOLDER_NAME_PARTICLES,
    HOLDER_NAME_TITLES,
    JOB_MARKERS,
    JOB_QUESTION,
    JOB_WORDS,
    KIND_LABELS,
    KIND_PLACE_PREPOSITIONS,
    KIND_UNTAGGED,
    LIGHT_WORDS,
    MORE_KIND_LABELS,
    MORE_KIND_UNTAGGED,
    NAME_APPOSITION_PATTERN,
    NAMING_PATTERN,
    OPPONENT_MARKER,
    OPPONENT_NAME_PARTICLES,
    OPPONENT_QUESTION,
    PERSON_TITLES,
    PRICE_FOR_MONEY,
    QUESTION_STOP,
    ROLE_SYNONYMS,
    ROLE_VERB_NOUNS,
    ROLE_WORDS,
    SCORE_WORDS,
    SETTING_PREPOSITIONS,
    TIME_ASKING_NOUNS,
    WORDED_ATTRIBUTIVE_MONEY,
    WORTH_QUESTION,
)
from newsbrief.summarizers.lexicon.text import OPENING_QUOTE_MARKS
from newsbrief.summarizers.qa.question import Expect, Question, QuestionType, asks_name
from newsbrief.summarizers.qa.rerank import asks_passive, parse, parsed_ents, question_parse, role_offsets
from newsbrief.summarizers.qa.retrieve import (
    AGE_RE,
    BY_RE,
    DATE_RE,
    DURATION_RE,
    MARGIN_AFTER_RE,
    PLACE_COMPOUND_RE,
    POSITION_RE,
    PRONOUN_START,
    SCORE_RE,
    SPEECH_FORMS,
    TO_RE,
    Passage,
    asked_units,
    bare_name,
    cause_marks,
    changed_by,
    counted_key,
    counts,
    dates,
    in_units,
    is_amount,
    is_vague,
    is_weak,
    not_money,
    sentence_names,
    sizes_change,
    undated_numbers,
    until,
)
from newsbrief.summarizers.qa.words import Lemmatizer, terms

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

_ENTS: OrderedDict[tuple[int, str], list[tuple[str, str, int]]] = OrderedDict()
_ENTS_MAX = 1024
_ENTS_LOCK = threading.Lock()
_NUM_PREFIX = re.compile(
    r"\b(?:at least|more than|less than|fewer than|up to|about|around|nearly|almost|some|over|roughly|approximately|only|just|minus)\s+$",
    re.I,
)
_PERSONISH = ("PERSON", "ORG", "NORP", "GPE")
NAMING_RE = re.compile(NAMING_PATTERN)
NAME_APPOSITION_RE = re.compile(NAME_APPOSITION_PATTERN)
_PLACE = ("GPE", "LOC", "FAC")
# entity labels that never name a person or an organisation (FAC, PRODUCT, WORK_OF_ART are left out: the
# small model gives them to unfamiliar people's names)
_SOMEONE = frozenset({"PERSON", "ORG"})
_DISEASE = "DISEASE"  # no label of the recogniser's: a name an ailment is named after (qa54)
_NOT_SOMEONE = frozenset(
    {
        _DISEASE,
        "GPE",
        "LOC",
        "NORP",
        "DATE",
        "TIME",
        "EVENT",
        "LANGUAGE",
        "LAW",
        "PERCENT",
        "MONEY",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
    }
)


def entities(text: str, nlp: Language | None) -> list[tuple[str, str, int]]:
    """(text, label, char offset) of the named entities in one sentence (NER only; cached)."""
    if nlp is None:
        return []
    key = (id(nlp), text)
    with _ENTS_LOCK:
        hit = _ENTS.get(key)
        if hit is not None:
            return hit
    ents = parsed_ents(text, nlp)  # the re-rank parsed it already (the entity recogniser reads the same)
    if ents is not None:
        return _origins(text, ents)
    keep = {"tok2vec", "ner"}
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in keep])
    out = _origins(text, [(e.text, e.label_, e.start_char) for e in doc.ents])
    with _ENTS_LOCK:
        _ENTS[key] = out
        while len(_ENTS) > _ENTS_MAX:
            _ENTS.popitem(last=False)
    return out


_ORIGIN_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_EPONYM_AFTER = re.compile(r"['\u2019]s\s+([A-Za-z]+)")


def _origins(text: str, ents: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``ents`` with a "person" read as what it stands for: one word between an article and a noun for someone
    described by where they come from ("a Kelby woman", "the Ostmark man": :data:`ORIGIN_NOUNS`) as the place it
    is; a name an ailment is named after ("Ivo Lund's syndrome": :data:`EPONYM_AILMENTS`) as a disease."""

    def origin(t: str, at: int) -> bool:
        after = re.match(r"\s+([a-z]+)\b", text[at + len(t) :])
        return after is not None and after.group(1) in ORIGIN_NOUNS and bool(_ORIGIN_BEFORE.search(text[:at]))

    def eponym(t: str, at: int) -> bool:
        after = _EPONYM_AFTER.match(text, at + len(t))
        return after is not None and after.group(1).lower() in EPONYM_AILMENTS

    out = []
    for t, lab, at in ents:
        if lab == "PERSON" and " " not in t and origin(t, at):
            lab = "GPE"
        elif lab == "PERSON" and eponym(re.sub(r"['\u2019]s$", "", t), at):
            lab = _DISEASE
        out.append((t, lab, at))
    return out


def aged(text: str, who: Sequence[str]) -> str:
    """The age ``text`` gives one of the words ``who`` (a person's name words, any case), or "": "Ivo Lund,
    66." / "Lund, 66, said", "the 20-year-old Sgt Ivo Lund", "Lund (66)", "Lund, who turned 25 in May", "Ivo
    Lund, a 20-year-old nurse"; not another person's of the same surname ("Ada Lund, 54," when ``who`` is Ivo
    Lund)."""
    words = [w for w in who if len(w) > 1]
    if not words:
        return ""
    mine = {w.lower() for w in words}
    n = r"(?P<name>(?i:" + "|".join(re.escape(w) for w in words) + r"))"
    for pattern, whole in (
        (
            rf"\b{n}(?:['\u2019]s)?,\s+(?:aged\s+)?(?P<age>\d{{1,3}})\b(?![\d,.]\d|\s*(?:%|per\b|years|million))",
            False,
        ),
        (
            rf"\b(?P<age>\d{{1,3}}|{AGE_WORDS})[- ]years?[- ]old\s+(?:(?!{AGE_NAME_STOPS}\b)[A-Za-z.-]+\s+){{0,3}}?{n}\b",
            False,
        ),
        (rf"\b{n}\s*\((?P<age>\d{{1,3}})\)", False),
        (rf"\b{n}\b[^.;:]{{0,40}}?\b(?:turned|turns|aged|age of)\s+(?P<age>\d{{1,3}})\b", False),
        # an apposition may describe anyone of the name ("her father Mr Lund, a 51-year-old foreman"): the
        # whole name, when the question gives one
        (rf"\b{n}(?:['\u2019]s)?,\s+(?:a|an|the)\s+(?P<age>\d{{1,3}})[- ]years?[- ]old\b", True),
    ):
        for m in re.finditer(pattern, text):
            before = re.search(r"([A-Z][\w'\u2019-]*)\s+$", text[: m.start("name")])
            if (
                before
                and len(mine) > 1
                and before.group(1).lower() not in mine | PERSON_TITLES
                and m.start("name") == m.start()
            ):
                continue  # "Ada Lund": someone else of that surname (a surname alone may have any given name)
            if whole and len(mine) > 1 and not (before and before.group(1).lower() in mine):
                continue
            return m.group("age")
    return ""


def answer_kind(name: str, text: str, nlp: Language | None) -> str:
    """What a name that answered "who" is when the recogniser says it is no one, for the thread's he / she:
    "PLACE" (a place) or "GROUP" (a nationality, a date, an event); "" when it may be someone (a person,
    an organisation: the small model calls many unfamiliar people's names organisations) or the recogniser
    says nothing of it (the entity of ``text`` that holds ``name``, or that ``name`` holds)."""
    label = next(
        (lab for t, lab, _ in entities(text, nlp) if name in t or (t in name and len(t) > 2)),
        "",
    )
    if label in ("GPE", "LOC"):
        return "PLACE"
    return "GROUP" if label in ("NORP", "DATE", "TIME", "EVENT") else ""


# An age given through "he" / "she" after a name: "Ivo Lund ... she insisted she was 22", "Lund, who said he
# was 30"; not one at an event ("once she was 16", "by the time he was 20") nor a measure ("he was 30 feet").
_PRONOUN_AGE = re.compile(
    r"\b(?:he|she)\s+(?:was|is|had been|'s|\u2019s)\s+(?:only\s+|just\s+|already\s+)?(?P<age>\d{1,3})\b"
    r"(?![\d,.:]\d|\s*(?:%|per\b|percent|million|billion|thousand|hundred|feet|foot|ft\b|inches|metres|meters"
    r"|pounds|lbs?\b|kg\b|kilos?|stone|points?|goals?|seconds?|minutes?|hours?|days?|weeks?|months?|miles?"
    r"|km\b|times|of\b|in\b|on\b|out\b|th\b|st\b|nd\b|rd\b|am\b|pm\b|a\.m|p\.m|o['\u2019]clock|-))",
    re.I,
)
_AT_EVENT = re.compile(
    r"\b(?:when|whenever|after|before|since|until|till|while|once|as|by the time|at the time)\s+$", re.I
)
# A name of two or more capitalised words (a person other than the asked one may stand between them).
_FULL_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)+")


def pronoun_aged(text: str, who: Sequence[str]) -> str:
    """The age ``text`` gives through "he" / "she" to one of the words ``who``, named earlier in the same
    clause run (no full stop, semicolon or colon between): "Ivo Lund ... she insisted she was 22", "Lund,
    who said he was 30"; not an age at an event ("once she was 16"), not when the nearest full name before
    the pronoun is someone else's ("Ivo Lund met Ada Berg, who said she was 30"), or ""."""
    mine = {w.lower() for w in who if len(w) > 1}
    if not mine:
        return ""
    for m in _PRONOUN_AGE.finditer(text):
        clause = re.split(r"[.;:!?]", text[: m.start()])[-1]
        if _AT_EVENT.search(clause):
            continue  # "once she was 16": an age at an event
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w'\u2019-]*", clause)]
        if not mine & set(words):
            continue  # nobody asked about is named before the pronoun
        names = _FULL_NAME.findall(clause)
        if names and not mine & {w.lower() for w in names[-1].split()}:
            continue  # the nearest full name is someone else's
        return m.group("age")
    return ""


def aged_passage(p: Passage, who: Sequence[str]) -> str:
    """:func:`aged`, or the age the sentence gives one of ``who`` through "he" / "she" (:func:`pronoun_aged`),
    or the age a sentence opens with for the person it goes on about ("The 25-year-old ... as she left": the
    previous sentence's person, when that is one of ``who``)."""
    found = aged(p.text, who) or pronoun_aged(p.text, who)
    if found:
        return found
    m = re.match(r"\W*the (\d{1,3})[- ]years?[- ]old\b", p.text, re.I)
    return m.group(1) if m and {w.lower() for w in who} & p.inherited else ""


def _new_name(name: str, q: Question, qlow: str) -> bool:
    """``name`` is not one the question (``qlow``: its text and the thread's, lower-cased) uses."""
    return bare_name(name).lower() not in qlow and not any(
        _word_in(name, n) or _word_in(n, name) for n in q.names
    )


def _named_in(name: str, qlow: str) -> bool:
    """``name`` stands in ``qlow`` (a question and its thread, lower-cased) by its last two words at most: the
    thread's "Ana Ode" is the sentence before's "Health Secretary Ana Ode"."""
    tail = " ".join(bare_name(name).lower().split()[-2:])
    return bool(tail) and re.search(rf"(?<!\w){re.escape(tail)}(?!\w)", qlow) is not None


def _word_in(part: str, whole: str) -> bool:
    """``part`` stands in ``whole`` as whole words ("Lund" in "Ivo Lund", not "Lund" in "Lundberg")."""
    return re.search(rf"(?<!\w){re.escape(part.lower())}(?!\w)", whole.lower()) is not None


def _misread_people(name: str, label: str) -> bool:
    """A name the recogniser tagged a nationality or a people that is none: its last word does not end as a
    people's adjective or noun does ("Cuban", "Danish", "Americans") and is no such word of another form
    ("French", "Greek"): an unfamiliar name before a noun ("a Kellband fan"), the small model's usual misreading."""
    if label != "NORP":
        return False
    last = name.split()[-1].lower().strip(".'\u2019")
    last = last[:-1] if last.endswith("s") and len(last) > 4 else last
    return not last.endswith(DEMONYM_ENDINGS) and last not in DEMONYM_WORDS


def names_someone(
    q: Question,
    p: Passage,
    nlp: Language | None,
    labels: frozenset[str] = _SOMEONE,
    untagged: bool = True,
) -> bool:
    """The sentence names a person or an organisation the question does not ("Who ran the survey?":
    "Pollsters Tarn & Co ran it"), or opens with a "he" / "she" whose person the question does not name;
    not when it only restates the question with a common noun ("A new survey found ..."). True without
    a parser (nothing to tell by)."""
    if nlp is None:
        return True
    qlow = q.text.lower()
    if q.known:
        qlow += " | " + q.known.lower()
    if untagged and p.antecedent and PRONOUN_START.match(p.text) and not _named_in(p.antecedent, qlow):
        return True

    def new(t: str) -> bool:
        return _new_name(t, q, qlow)

    ents = entities(p.text, nlp)
    if any(lab in labels and new(t) for t, lab, _ in ents):
        return True
    if not untagged:
        return False
    # a name the recogniser missed or mislabelled ("Director of Public Prosecutions Ana Ode" is often no
    # entity at all, an unfamiliar "Tomas Brel" a building): a capitalised run that no entity of a kind that
    # is never someone (a place, a nationality, a date, an event) covers
    spans = [(i, i + len(t)) for t, lab, i in ents if lab in _NOT_SOMEONE and not _misread_people(t, lab)]
    for name in sentence_names(p.text):
        at = p.text.find(name)
        if common_opener(name, at, p.text, ents) or plain_opener(name, at, p.text, nlp):
            continue
        if new(name) and (
            not any(a < at + len(name) and at < b for a, b in spans) or aged(p.text, name.split())
        ):  # "Colin, 66," is someone whatever the recogniser says
            return True
    return False


NOUN_KINDS: dict[str, frozenset[str]] = {}
for _line in (_NOUN_KINDS + "\n" + _MORE_NOUN_KINDS).split("\n"):
    if " " in _line:
        NOUN_KINDS[_line.split(" ")[0]] = NOUN_KINDS.get(_line.split(" ")[0], frozenset()) | frozenset(
            _line.split(" ")[1:]
        )
_LABELS = {**KIND_LABELS, **MORE_KIND_LABELS}
_UNTAGGED = KIND_UNTAGGED | MORE_KIND_UNTAGGED


def head_kinds(q: Question, lem: Lemmatizer) -> frozenset[str]:
    """The kinds of thing the noun a which-question asks about names ("which clubs" -> {"group"}), of those
    :data:`KIND_LABELS` and :data:`MORE_KIND_LABELS` can tell; empty when it names none of them ("which colour")
    or there is no such noun."""
    if not q.head:
        return frozenset()
    # the noun as written, or its singular, before its lemma: "golfer" is a person, though keyed as "golf"
    head = q.head.lower()
    forms = (head, head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head)
    found = next(
        (NOUN_KINDS[f] for f in forms if f in NOUN_KINDS), NOUN_KINDS.get(lem.lemma(head), frozenset())
    )
    return found & _LABELS.keys()


def common_opener(name: str, at: int, text: str, ents: Sequence[tuple[str, str, int]]) -> bool:
    """``name`` is one word opening the sentence, a common noun by :data:`NOUN_KINDS` (as written or as its
    singular: "Investigators", "Police"), that the recogniser did not tag as a person or an organisation: a
    word capitalised for its place, not someone's name (qa27)."""
    low = name.lower()
    return (
        " " not in name
        and not text[:at].strip(" (" + OPENING_QUOTE_MARKS)
        and (low in NOUN_KINDS or (low.endswith("s") and low[:-1] in NOUN_KINDS))
        and not any(i <= at < i + len(t) and lab in _SOMEONE for t, lab, i in ents)
    )


_NOT_NAME_POS = frozenset(
    {"VERB", "AUX", "ADV", "ADJ", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "INTJ", "NUM"}
)


def plain_opener(name: str, at: int, text: str, nlp: Language | None) -> bool:
    """``name`` is one word that the parser reads as no name (a verb, an adverb, a conjunction: "Speaking outside
    court, ...", "Unwilling to wait, ...", "So far ...", a caption run into the text "... on the quay Kneeling
    down, ..."): capitalised for its place, not someone (qa51)."""
    if nlp is None or " " in name:
        return False
    tok = next((t for t in parse(text, nlp) if t.idx == at), None)
    return tok is not None and tok.pos_ in _NOT_NAME_POS


_DATELINE_OPENER = re.compile(DATELINE_OPENER)


def dateline(name: str, at: int, text: str) -> bool:
    """``name`` is (part of) the dateline opening the sentence ("KELBY, 3 May -"): the place the story was filed
    from, not a person or a body that did anything (qa35)."""
    m = _DATELINE_OPENER.match(text)
    return m is not None and at < m.end() and not text[:at].strip()


def names_kind(q: Question, p: Passage, nlp: Language | None, kinds: frozenset[str]) -> bool:
    """The sentence names something of one of ``kinds`` that the question does not (:func:`names_someone`
    with the kinds' entity labels; a capitalised run no place, date or number covers counts for a person or
    a group, which the small recogniser often leaves untagged or mislabels). True without a parser."""
    labels = frozenset().union(*(_LABELS[k] for k in kinds))
    if names_someone(q, p, nlp, labels, bool(kinds & _UNTAGGED)):
        return True
    if "group" not in kinds or nlp is None:
        return False
    # a place's name that acts, not one a place preposition sets ("City beat them", not "a show in Leeds"): a
    # team or a country as a group, which the recogniser tags as the place
    qlow = q.text.lower() + " | " + q.known.lower()
    return any(
        lab == "GPE"
        and _new_name(t, q, qlow)
        and (p.text[:at].split() or [""])[-1].lower() not in KIND_PLACE_PREPOSITIONS
        for t, lab, at in entities(p.text, nlp)
    )


def span_of_kind(
    q: Question, cut: str, text: str, nlp: Language | None, kinds: frozenset[str]
) -> tuple[str, int] | None:
    """The entity of ``text`` (its words and offset) that the answer span ``cut`` is (the span holds it or it
    holds the span), when the recogniser tags it as one of ``kinds`` (by :data:`KIND_LABELS` /
    :data:`MORE_KIND_LABELS`) and neither the question nor its thread uses it; None otherwise (no parser, no
    span, an untagged run: nothing to tell by)."""
    bare = bare_name(cut.strip(" ,.;:\"'\u201c\u201d"))
    if nlp is None or len(bare) < 3 or not kinds:
        return None
    labels = frozenset().union(*(_LABELS[k] for k in kinds if k in _LABELS))
    qlow = q.text.lower() + " | " + q.known.lower()
    return next(
        (
            (t, at)
            for t, lab, at in entities(text, nlp)
            if lab in labels
            and len(t) > 2
            and (_word_in(t, bare) or _word_in(bare, t))
            and _new_name(t, q, qlow)
        ),
        None,
    )


# the words before an organisation that make it a setting or a party, not who acts ("a flat near Kell University",
# "talks with Arvia"); not "to", "from" or "of", which may mark who receives, sends or leads ("pass to the Kell Trust")
_NOT_ACTING_BEFORE = SETTING_PREPOSITIONS | frozenset({"with", "against", "over", "than"})


def names_actor(q: Question, p: Passage, nlp: Language | None) -> bool:
    """The sentence names a new person, or a new organisation that acts, not one a preposition sets ("a flat near
    Kell University", "talks with Arvia Bank"), by the recogniser's labels (qa30). True without a parser."""
    if nlp is None:
        return True
    qlow = q.text.lower() + " | " + q.known.lower()
    ents = entities(p.text, nlp)
    if any(
        _new_name(t, q, qlow)
        and (
            lab == "PERSON"
            or (
                lab == "ORG"
                and (p.text[:at].split() or [""])[-1].lower() not in _NOT_ACTING_BEFORE
                and not p.text[at + len(t) :].startswith("-")
            )
        )
        for t, lab, at in ents
    ):
        return True
    # a name the recogniser left untagged, no entity at all, that the parse makes a clause's subject or a passive's
    # "by" agent ("Director of Public Prosecutions Ana Ode said", "created by Ode"): whoever acts
    for name in sentence_names(p.text):
        at = p.text.find(name)
        if (
            at >= 0
            and _new_name(name, q, qlow)
            and not any(i < at + len(name) and at < i + len(t) for t, _, i in ents)
            and _acts(p.text, at, name, nlp)
        ):
            return True
    return False


def _acts(text: str, at: int, name: str, nlp: Language) -> bool:
    """The proper noun that heads the name at ``at`` is a clause's subject or a passive verb's "by" agent."""
    toks = [t for t in parse(text, nlp) if at <= t.idx < at + len(name)]
    head = next((t for t in toks if not at <= t.head.idx < at + len(name) or t.head.i == t.i), None)
    if head is None or head.pos_ != "PROPN":
        return False
    return head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def counts_plainly(text: str, key: str, lem: Lemmatizer) -> bool:
    """``text`` gives a count a how-many question can be answered with: a number that is no share, no sum
    of money and no side of a scoreline ("4.1% of patients", "$9 million", "won 18-6" count nothing); one
    that counts the thing keyed ``key`` when that is given ("12 patients" for "how many patients")."""
    scores = [m.span() for m in SCORE_RE.finditer(text)]
    # keyed, :func:`counts` has already left out amounts and vague numbers; unkeyed, a vague one still counts
    found = counts(text, key, lem) if key else undated_numbers(text)
    return any(
        not is_amount(m) and not any(a <= m.start() < b for a, b in scores) and not is_weak(m, text)
        for m in found
    )


_AHEAD_QUESTION = re.compile(AHEAD_QUESTION, re.I)
_AHEAD_MARKERS = re.compile(AHEAD_MARKERS, re.I)
_AHEAD_DATE = re.compile(AHEAD_DATE, re.I)


_JOB_QUESTION = re.compile(JOB_QUESTION, re.I)
_JOB_MARKERS = re.compile(JOB_MARKERS, re.I)
_JOBS = JOB_WORDS | OCCUPATION_WORDS


def asks_job(q: Question) -> bool:
    """``q`` asks what someone does for a living ("what does she do for a living?", "what is his job?")."""
    return bool(_JOB_QUESTION.search(q.text))


def tells_job(text: str, q: Question) -> bool:
    """``text`` tells a job: "works as", "by trade", a verb of trade ("sold fish at the market"), or an occupation
    noun the question does not use ("the retired nurse", "Ana Ode, a tailor")."""
    if _JOB_MARKERS.search(text):
        return True
    asked = set(re.findall(r"[a-z]+", q.text.lower()))
    return any(
        (w in _JOBS or (w.endswith("s") and w[:-1] in _JOBS)) and w not in asked
        for w in re.findall(r"[a-z]+", text.lower())
    )


def asks_ahead(q: Question) -> bool:
    """``q`` asks when something still to come will be ("when will she be sentenced?", "when is the next vote?")."""
    return q.expect == Expect.DATE and bool(_AHEAD_QUESTION.search(q.text))


def dated_ahead(text: str, q: Question) -> bool:
    """``text`` puts one of its dates ahead: the date says so ("next month", "tomorrow") or a word of the future
    stands within :data:`AHEAD_REACH` words before it in the same clause ("would be sentenced on 19 May")."""
    for m in dates(text, q):
        if _AHEAD_DATE.match(m.group(0)):
            return True
        clause = re.split(r"[.;:!?]", text[: m.start()])[-1]
        if _AHEAD_MARKERS.search(" ".join(clause.split()[-AHEAD_REACH:])):
            return True
    return False


_AS_OF_NOW = re.compile(r"\W*(?:and\s+)?when\s+(?:is|are|does|do)\b", re.I)
_BEHIND_DATE = re.compile(BEHIND_DATE, re.I)


def asks_now(q: Question) -> bool:
    """``q`` asks in the present when something is or happens ("when is the final?", "when does the store
    open?"): what the story reports as still to come, or as now, not what it tells as past."""
    return q.expect == Expect.DATE and bool(_AS_OF_NOW.match(q.text)) and not asks_ahead(q)


def dated_behind(text: str, q: Question, nlp: Language) -> bool:
    """Every date of ``text`` is told as past: the date says so ("last month", "two years ago") or the verb
    it belongs to is in a past tense ("won the race in 2010", "has opened this week") and no modal or future
    word stands with it; False for a sentence without dates."""
    found = dates(text, q)
    if not found:
        return False
    doc = parse(text, nlp)
    for m in found:
        if _AHEAD_DATE.match(m.group(0)):
            return False
        if _BEHIND_DATE.match(m.group(0)) or re.search(r"\bago\b", text[m.start() : m.end() + 5]):
            continue
        token = next((t for t in doc if t.idx >= m.start()), None)
        verb = token
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        # an infinitive or a gerund takes its time from the verb it hangs on ("beat them to win it in 2010")
        while (
            verb is not None
            and verb.tag_ in ("VB", "VBG")
            and verb.dep_ in ("xcomp", "advcl")
            and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.tag_ == "MD" for c in verb.children)
        ):
            verb = verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX") or not _past_verb(verb):
            return False
    return True


def event_words(q: Question, nlp: Language, lem: Lemmatizer) -> frozenset[str]:
    """The lemmas of the words that name a when-question's event, by its parse: its verbs other than auxiliaries
    and light verbs ("when did they marry?"); without a verb, its common nouns ("when is the Kell bout?"), else
    its proper nouns ("when is the Kell Marathon?"); none when its only verb is a light one ("when did he put it
    there?": the event is told too many ways) and none of the words that ask for the time ("what time", "which
    day")."""
    doc = question_parse(q.text, nlp)
    verbs = [t for t in doc if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")]
    content = [t for t in verbs if lem.lemma(t.lower_) not in LIGHT_WORDS]
    if verbs and not content:
        return frozenset()
    nouns = [t for t in doc if t.pos_ == "NOUN" and t.lower_ not in TIME_ASKING_NOUNS] or [
        t for t in doc if t.pos_ == "PROPN"
    ]
    return frozenset(lem.lemma(t.lower_) for t in content or nouns)


def _clause_verb(tok: Token) -> Token:
    """The first verb on the way up the parse from ``tok``, ``tok`` itself included; the root without one."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def dated_event(text: str, q: Question, nlp: Language, lem: Lemmatizer) -> bool:
    """A date of ``text`` belongs to a clause that names the question's event: the verb the date hangs on, or a
    word hanging on that verb short of another verb, is keyed as one of the question's words other than its
    names ("the pair married on 3 May" for "when did they marry?", "preparing for the bout on 3 May" for "when is
    the bout?"; not "she died on Friday, beside her husband")."""
    keys = event_words(q, nlp, lem)
    found = dates(text, q)
    if not keys or not found:
        return False
    doc = parse(text, nlp)
    for m in found:
        tok = next((t for t in doc if t.idx >= m.start()), None)
        if tok is None:
            continue
        verb = _clause_verb(tok)
        if any(
            not m.start() <= t.idx < m.end()
            and _clause_verb(t).i == verb.i
            and t.is_alpha
            and lem.lemma(t.lower_) in keys
            for t in doc
        ):
            return True
    return False


def _past_verb(verb: Token) -> bool:
    """``verb`` tells of the past: a simple past, or a participle with a past or perfect auxiliary, and no
    modal ("would", "will") with it."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux)


def _anchor(q: Question, text: str, lem: Lemmatizer) -> int:
    """Character offset of the first question word in ``text`` that is not a name (usually the verb the
    answer is the subject or object of); else of the first question word; else 0."""
    qset = set(q.terms)
    name_keys = {t for n in q.names for t in terms(n, lem)}
    first = -1
    for m in re.finditer(r"[A-Za-z][A-Za-z']*|\d[\d,.]*", text):
        t = terms(m.group(0), lem)
        if t and t[0] in qset:
            if t[0] not in name_keys:
                return m.start()
            if first < 0:
                first = m.start()
    return max(first, 0)


def _in_setting(text: str, at: int) -> bool:
    """The name at offset ``at`` follows a preposition of place ("in", "at the", "near" ...)."""
    before = [w.lower() for w in text[:at].split()[-2:]]
    if before and before[-1] == "the":
        before.pop()
    return bool(before) and before[-1] in SETTING_PREPOSITIONS


# a sentence opening on a possessive whose noun a name stands beside, right after it or after a comma and a few
# lower-case words ("His aunt Ada", "Her coach, former sprinter Ivo Lund,"; not "Her crew is led by Ivo Lund"):
# that person holds what the pronoun's owner has, and the pronoun is not who acts
_OWNED_NAME = re.compile(
    r"^\W*(?i:his|her|their|its)\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?(?:,\s+(?:[a-z][\w-]*\s+){0,3}|\s+)$"
)


def _own_person(q: Question, text: str, qlow: str, nlp: Language | None) -> bool:
    """``text`` opens on a possessive's noun and a person (a PERSON entity) beside it that the question does not
    name (:data:`_OWNED_NAME`), and the question asks more
    than who a person it names is ("who is Ana Ode?" asks of her, not of someone her sentence names)."""
    named = {w.lower() for n in q.names for w in re.findall(r"\w+", n)}
    if set(q.terms) <= named:
        return False
    return any(
        lab == "PERSON" and _OWNED_NAME.match(text[:at]) and _new_name(t, q, qlow)
        for t, lab, at in entities(text, nlp)
    )


def _nearest(items: list[tuple[str, int]], at: int) -> str:
    """The item whose span lies closest to offset ``at`` (the gap between them, not their starts)."""

    def gap(it: tuple[str, int]) -> int:
        start, end = it[1], it[1] + len(it[0])
        return 0 if start <= at < end else min(abs(start - at), abs(at - end))

    return min(items, key=lambda it: (gap(it), it[1]))[0] if items else ""


def _role_nouns(q: Question) -> list[str]:
    """The question's nouns that only name people by what they are or do ("coach", "superintendent"), not
    after "as" (a role someone takes: "who did she succeed as coach?")."""
    asked = re.findall(r"(?<!\bas )\b[a-z][a-z-]+", q.text.lower())
    return [
        w for w in asked if w in ROLE_WORDS or w in KIN_WORDS or NOUN_KINDS.get(w) == frozenset({"person"})
    ]


# the single words of the offices: a noun that may also be a verb ("head", "coach") tells no act
_OFFICE_WORDS = frozenset(w for nouns in ROLE_VERB_NOUNS.values() for n in nouns for w in n.split())
# "who chairs ...?", "who will run ...?": the verb right after the question word, past an auxiliary or a time adverb
_OFFICE_VERB = re.compile(
    r"\W*(?:and\s+|so\s+)?who\s+(?:(will|would|does|did|can|is going to|now|currently|still)\s+)?([a-z-]+)\b",
    re.I,
)
# "who is his lawyer?": a who-question whose verb is "be" asks for the holder of the role nouns it names
_OFFICE_BE = re.compile(
    r"\W*(?:and\s+|so\s+)?who(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s", re.I
)

# "who is building ...?", "who was running ...?": a who-question in the progressive, its verb's -ing form
_OFFICE_ING = re.compile(
    r"\W*(?:and\s+|so\s+)?who(?:['\u2019]s|\s+is|\s+was|\s+are|\s+were)\s+([a-z]+ing)\b", re.I
)


def _office_verbs(q: Question, lem: Lemmatizer) -> tuple[str, ...]:
    """The lemmas of the verbs that tell the office a who-question asks the holder of: its own verb ("chairs":
    chair), or those whose offices it names ("who is the coach?": coach, manage)."""
    m = _OFFICE_VERB.match(q.text)
    ing = _OFFICE_ING.match(q.text)
    if ing:
        # "who is building the line?": the progressive's verb tells the office as its present tense would (qa64)
        return tuple(v for v in (lem.lemma(ing.group(1).lower()),) if v in ROLE_VERB_NOUNS)
    if m and not _OFFICE_BE.match(q.text):
        verb = m.group(2).lower()
        # a bare form after an auxiliary ("who will chair"), else an inflected one ("chairs", "founded"), never a
        # bare past tense ("who found the body?" is not "founded")
        forms = {lem.lemma(verb)} | ({verb} if m.group(1) else set())
        forms |= {verb[: -len(end)] for end in ("s", "es", "d", "ed") if verb.endswith(end)}
        return tuple(sorted(f for f in forms if f in ROLE_VERB_NOUNS))
    return ()


def asked_offices(q: Question, lem: Lemmatizer) -> tuple[str, ...]:
    """The role nouns a who-question asks the holder of (qa62): those its verb names ("who chairs the board?":
    chair, chairman ...; ``ROLE_VERB_NOUNS``), or those a "who is ...?" asks for, with the others naming the same
    office ("who is his lawyer?": attorney, solicitor ...; ``ROLE_SYNONYMS``; not a role after "as", one someone
    takes); none for another question."""
    if q.expect != Expect.PERSON:
        return ()
    out = [n for v in _office_verbs(q, lem) for n in ROLE_VERB_NOUNS[v]]
    if _OFFICE_BE.match(q.text):
        low = re.sub(r"\bas\s+.*", "", q.text.lower())
        asked = set(q.roles or ()) | {
            w
            for w in re.findall(r"[a-z][a-z-]+", low)
            if w not in ROLE_WORDS and any(w in g for g in ROLE_SYNONYMS)
        }
        for role in sorted(asked):
            for group in ROLE_SYNONYMS:
                if role in group or any(" " in g and g in low and role in g.split() for g in group):
                    out.extend(sorted(group))
    return tuple(dict.fromkeys(out))


def tells_office(text: str, q: Question, offices: Sequence[str], lem: Lemmatizer) -> bool:
    """``text`` tells the office's act itself with a verb ("led by Ana Ode", "Ana Ode, who headed it"): the sentence
    that answers in the question's own terms."""
    verbs = set(_office_verbs(q, lem)) or {
        v for v, nouns in ROLE_VERB_NOUNS.items() if set(nouns) & set(offices)
    }
    return any(lem.lemma(w) in verbs for w in re.findall(r"[a-z]+", text) if w not in _OFFICE_WORDS)


# a full name: two capitalised words or more, after a title if any ("Dr Ana Ode", "Keith Vaz", "Liam O'Donnell")
# (a particle inside: "Vicente del Bosque"; a possessive left out: "Ana Ode's")
_HOLDER_NAME = (
    rf"((?:(?:{'|'.join(HOLDER_NAME_TITLES)})\.?\s+)?[A-Z][\w'\u2019.-]*"
    rf"(?:\s+(?:(?:{'|'.join(HOLDER_NAME_PARTICLES)})\s+)?[A-Z][\w-]*(?:['\u2019][A-Za-z]{{2,}}[\w-]*)?)+)"
)


def holds_office(text: str, q: Question, offices: Sequence[str]) -> str:
    """The full name ``text`` puts beside one of ``offices`` and the question does not name ("chair Ana Ode",
    "his attorney, Ana Ode, said", "Ana Ode, its founder"), or ""."""
    qlow = q.text.lower()
    for office in offices:
        o = re.escape(office)
        for pattern in (
            rf"(?i:\b{o})\s+{_HOLDER_NAME}",
            rf"(?i:\b{o}),\s+{_HOLDER_NAME},",
            # "Ana Ode, the club's coach": the words between are the office's own, not a new clause's ("..., but coach")
            rf"{_HOLDER_NAME},\s+(?i:(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?"
            rf"(?:(?!(?:but|and|or|while|as|who|which|when|after|before|said|says)\b)[\w'\u2019-]+\s+){{0,2}}{o})\b",
        ):
            for m in re.finditer(pattern, text):
                name = m.group(1)
                if bare_name(name).lower() not in qlow:
                    return name
    return ""


def _acronyms(question: str) -> set[str]:
    """The initials of the question's names of several words ("Kell Medical Association": kma), the small words
    inside them left out."""
    out = set()
    for m in re.finditer(
        r"[A-Z][\w'\u2019-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'\u2019-]*)+", question
    ):
        caps = [w for w in m.group(0).split() if w[0].isupper()]
        if caps and caps[0].lower() in ("who", "which", "what"):
            caps = caps[1:]
        if len(caps) > 1:
            out.add("".join(w[0] for w in caps).lower())
    return out


def office_of_asked(text: str, q: Question, offices: Sequence[str], lem: Lemmatizer) -> bool | None:
    """Whose one of ``offices`` in ``text`` is: True when a word of the question (or the initials of a name it
    uses) stands among the few words before it ("Kell Pipes chief executive", "KMA chair", "the panel's chairman")
    or after it with "of" ("chair of Kell Pipes"); None when nothing before it names an owner ("said chairman
    Ana Ode", a sentence or a quote opening on the office); False for another's ("its chief executive" of a firm
    it bought, "Leeds coach")."""
    asked = set(terms(q.text, lem)) | _acronyms(q.text)
    owned = False
    for office in offices:
        for m in re.finditer(rf"\b{re.escape(office)}\b", text, re.I):
            near = text[max(0, m.start() - 30) : m.start()].split()[-3:]
            after = re.match(r"\s+of\s+(?:the\s+)?((?:\S+\s+){0,2}\S+)", text[m.end() :])
            words = " ".join(near) + " " + (after.group(1) if after else "")
            if asked & (set(terms(words, lem)) | {re.sub(r"\W", "", w).lower() for w in words.split()}):
                return True
            last = re.sub(r"^\W+|\W+$", "", near[-1]) if near else ""
            owner = (
                bool(last)
                # an article is no owner, capitalised or not ("The main contractor, Ana Ode, said"; qa64)
                and last.lower() not in ("the", "a", "an")
                and (last[0].isupper() or last.lower() in ("its", "his", "her", "their"))
                and (not near[-1].endswith((",", '"', "\u201d", ":", ".")))
            )
            owned = owned or owner
    return False if owned else None


def _beside_role(text: str, item: tuple[str, int], roles: list[str]) -> bool:
    """The name at ``item`` stands right after one of ``roles`` ("coach Ana Ode"), or after it and a comma with at
    most a rank or a force's words between ("her husband, Sgt Ana Ode,"; not one that says: "a fine coach, Ode
    said"), or right before it after a comma ("Ana Ode, the coach", "Ana Ode, the club's coach")."""
    name, at = item
    before, after = text[:at], text[at + len(name) :]
    return any(
        re.search(rf"\b{re.escape(r)}\s+$", before, re.I)
        or (
            re.search(rf"\b(?i:{re.escape(r)}),\s+(?:[A-Z][\w'\u2019-]*\.?\s+){{0,3}}$", before) is not None
            and not _says_next(after)
        )
        or re.match(
            rf",\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){{0,2}}{re.escape(r)}\b",
            after,
            re.I,
        )
        for r in roles
    )


def _says_next(after: str) -> bool:
    """The words after a name open with a verb of saying, past an adverb ("said", "also told")."""
    m = re.match(r"[,\s]*(?:\w+ly\s+|also\s+)?([a-z]+)", after)
    return m is not None and m.group(1) in SPEECH_FORMS


def _name_run(text: str, ent: str, at: int) -> str:
    """The capitalised run a nationality-tagged entity at ``at`` opens when a capitalised word follows it: the
    small recogniser tags unfamiliar given names so ("Ilyas Varro"), so the run is a name; "" when a
    lower-case word or a hyphen follows (an adjective: "a Norvan crew", "Norvan-flagged")."""
    m = re.match(r"\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*", text[at + len(ent) :])
    return ent + m.group(0) if m else ""


_OPPONENT_QUESTION = re.compile(OPPONENT_QUESTION)
_OPPONENT_MARKER = re.compile(OPPONENT_MARKER)
_CAPITALISED_RUN = re.compile(
    rf"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|{'|'.join(OPPONENT_NAME_PARTICLES)}))*"
)


def asks_opponent(q: Question) -> bool:
    """The question asks whom a side plays ("who are they playing next?", "who will Ode face?"); qa30."""
    return q.expect == Expect.PERSON and _OPPONENT_QUESTION.match(q.text) is not None


def opponents(text: str, q: Question) -> list[tuple[str, int]]:
    """The names ``text`` gives as a side's opponent ("... against Kell", "will play 12th seed Ana Ode"), with
    their offsets, leaving out the names the question or its thread uses (qa30)."""
    qlow = q.text.lower() + " | " + q.known.lower()
    out = []
    for m in _OPPONENT_MARKER.finditer(text):
        run = _CAPITALISED_RUN.match(text, m.end())
        if run and _new_name(run.group(0).rstrip(".'\u2019"), q, qlow):
            out.append((run.group(0).rstrip(".'\u2019"), run.start()))
    return out


_AUDIENCE_QUESTION = re.compile(AUDIENCE_QUESTION, re.I)
_AUDIENCE_COUNT = re.compile(AUDIENCE_COUNT, re.I)


def asks_audience(q: Question) -> bool:
    """The question asks how many people saw an event where it was held ("how many fans watched the game?", "how
    big was the crowd?"); qa27."""
    return _AUDIENCE_QUESTION.search(q.text) is not None


def audience_count(text: str) -> str:
    """The number ``text`` counts the people who saw an event with ("a crowd of 1,250", "in front of 8,400", "a
    12,000 crowd": "1,250", "8,400", "12,000"), or "" (qa27)."""
    m = _AUDIENCE_COUNT.search(text)
    if m is None:
        return ""
    num = re.search(r"\d[\d,.]*\d(?:\s?(?:million|m|k|thousand)\b)?|\d", m.group(0))
    return num.group(0) if num else ""


_WORTH_QUESTION = re.compile(WORTH_QUESTION, re.I)
_ATTRIBUTIVE_MONEY = re.compile(ATTRIBUTIVE_MONEY)
_WORDED_ATTRIBUTIVE_MONEY = re.compile(WORDED_ATTRIBUTIVE_MONEY)
_PRICE_FOR_MONEY = re.compile(PRICE_FOR_MONEY)


def asks_worth(q: Question) -> bool:
    """The question asks what something is worth ("how much is the prize worth?"); qa27."""
    return _WORTH_QUESTION.search(q.text) is not None


def values_thing(text: str) -> bool:
    """``text`` gives a sum of money as the value of the thing it stands before ("the £50,000 Kell Prize", "a $2m
    deal"; in words, "a 3 billion euro merger") or as the total paid for it or its worth ("bought the mill for $40
    million", "exports worth $3 billion"), not a price per unit ("for $12 a share"); qa27, qa35."""
    return any(
        r.search(text) is not None for r in (_ATTRIBUTIVE_MONEY, _WORDED_ATTRIBUTIVE_MONEY, _PRICE_FOR_MONEY)
    )


def span(q: Question, p: Passage, nlp: Language | None, lem: Lemmatizer) -> str:
    """The answering span of the passage's sentence for ``q``, or "" (the sentence itself is the answer)."""
    text = p.text
    e = q.expect
    qlow = q.text.lower()
    if q.known and e in (Expect.PERSON, Expect.PLACE):
        qlow += " | " + q.known.lower()
    at = _anchor(q, text, lem)

    def fresh(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
        return [
            (s.strip(" ,"), i) for s, i in items if s.strip() and bare_name(s.strip(" ,")).lower() not in qlow
        ]

    if e == Expect.NUMBER and set(q.terms) & SCORE_WORDS:
        scores = [(m.group(0), m.start()) for m in SCORE_RE.finditer(text)]
        if scores:  # the whole scoreline, as the sentence gives it ("6-3 6-1")
            return (
                text[scores[0][1] : scores[-1][1] + len(scores[-1][0])] if len(scores) <= 3 else scores[0][0]
            )
    if e in (Expect.NUMBER, Expect.MONEY, Expect.PERCENT):
        ms = undated_numbers(text)
        ms = [m for m in ms if not is_weak(m, text)] or ms  # "12 jobs" before "Ana Ruiz, 37,"
        key = counted_key(q, lem) if e == Expect.NUMBER else ""
        if key and (counting := counts(text, key, lem)):
            ms = counting  # "how many couples": the number that counts couples
        elif e == Expect.NUMBER:
            ms = [m for m in ms if not is_vague(m)] or ms  # "41" before "dozens"
            # "how cold ...?": the number in degrees, not "a 12-strong team" (qa63)
            if units := asked_units(q):
                ms = [m for m in ms if in_units(m, text, units)] or ms
        if changed_by(q):  # "how much did it cut ...": the number after "by"
            ms = [m for m in ms if sizes_change(m, text)] or ms
        elif e in (Expect.MONEY, Expect.PERCENT) and any(TO_RE.search(text[: m.start()]) for m in ms):
            # "how much is the fare now?" on "rose to 25 euros, up by 3": the level reached, not the change
            ms = [m for m in ms if not BY_RE.search(text[: m.start()])] or ms
        elif e == Expect.MONEY:
            ms = (
                [m for m in ms if m.group("cur") or m.group("curw") or m.group("curw2")]
                or [m for m in ms if not not_money(m, text)]
                or ms
            )
        elif e == Expect.PERCENT:
            ms = [m for m in ms if m.group("pct") or m.group("pct2")] or ms
        items = []
        for m in ms:
            start, end = m.start(), m.end()
            pre = _NUM_PREFIX.search(text[:start])
            if pre:
                start = pre.start()
            if e == Expect.NUMBER:  # the counted noun: "12 workers", "8 ships"
                noun = re.match(r"\s+((?:[a-z]+-[a-z-]+\s+)?[a-z][\w-]*)", text[end:])  # "14 part-time jobs"
                if noun and noun.group(1) not in QUESTION_STOP:
                    end += noun.end()
            if changed_by(q) and (margin := MARGIN_AFTER_RE.match(text, end)):
                end = margin.end() - len(" than")  # the difference with its unit: "12 seconds faster"
            items.append((text[start:end], m.start()))
        return _nearest(fresh(items), at)
    if e == Expect.AGE:
        return _nearest(fresh([(m.group(0), m.start()) for m in AGE_RE.finditer(text)]), at)
    if e == Expect.DURATION:
        return _nearest(
            fresh([(m.group(0), m.start()) for m in DURATION_RE.finditer(text)] + until(text)), at
        )
    if e == Expect.POSITION:
        return _nearest(fresh([(m.group(0), m.start()) for m in POSITION_RE.finditer(text)]), at)
    if e == Expect.DATE:
        return _nearest(
            fresh([(m.group(0), m.start()) for m in dates(text, q) or DATE_RE.finditer(text)]), at
        )
    if e in (Expect.PERSON, Expect.PLACE):
        if asks_opponent(q) and (met := opponents(text, q)):
            return met[0][0]  # "who are they playing?": the side named after "against", "face", "host" ...
        if (
            e == Expect.PERSON
            and (offices := asked_offices(q, lem))
            and (held := holds_office(text, q, offices))
        ):
            return held  # "who chairs it?": the name beside the office ("chair Ana Ode"; qa62)
        if q.type == QuestionType.WHICH and (
            "name" in q.terms or asks_name(q)
        ):  # "what is the name of ...?": "named X"
            named = fresh([(m.group(1), m.start(1)) for m in NAMING_RE.finditer(text)])
            if not named and asks_name(q):  # "what is the ferry called?": "the new ferry, Grey Heron," (qa63)
                named = fresh([(m.group(1), m.start(1)) for m in NAME_APPOSITION_RE.finditer(text)])
            if named:
                return _nearest(named, at)
        if (
            e == Expect.PERSON
            and p.antecedent
            and PRONOUN_START.match(text)
            and at < 30
            # not when the question names that person: "Who coaches Ode?" on "His coach, Ana Ruiz, said ..."
            and not _named_in(p.antecedent, qlow)
            # nor when the pronoun only owns the person the sentence names beside its noun ("Her coach, former
            # sprinter Ivo Lund, said": Lund coaches, not the previous sentence's first name)
            and not _own_person(q, text, qlow, nlp)
        ):
            return p.antecedent  # "He trains ..." answers "Who trains ...?" with the previous sentence's name
        labels = _PERSONISH if e == Expect.PERSON else _PLACE

        def usable(found: list[tuple[str, int]]) -> list[tuple[str, int]]:
            return [
                (t, i)
                for t, i in fresh(found)
                if not any(t.lower() in n.lower() or n.lower() in t.lower() for n in q.names)
            ]

        found = [
            (t, lab, i)
            for t, lab, i in entities(text, nlp)
            if lab in labels and not (e == Expect.PERSON and dateline(t, i, text))
        ]
        if e == Expect.PLACE:  # "a Kelby-based firm": the place of a compound, tagged or not
            found += [
                (m.group(1), "GPE", m.start(1))
                for m in PLACE_COMPOUND_RE.finditer(text)
                if not any(i == m.start(1) for _, _, i in found)
            ]
        if e == Expect.PERSON and q.type == QuestionType.WHO and re.match(r"\W*who\b", q.text, re.I):
            # "who ...?" asks for a person first: a person the sentence names answers before an
            # organisation, a nationality or a place near the question's words
            found = [f for f in found if f[1] == "PERSON" and usable([(f[0], f[2])])] or found
        kinds = head_kinds(q, lem) if e == Expect.PERSON and q.type == QuestionType.WHICH else frozenset()
        # "which X ...?" wants a name of X's kind (qa29): a nationality adjective ("a Norvan-flagged ship")
        # answers only a question whose X can name a group ("which nationality / party"), not "which ship /
        # prosecutor"; a person noun X ("which prosecutor") takes a person the sentence names first
        if kinds and "group" not in kinds:
            found = [f for f in found if f[1] != "NORP"] + [
                (n, "PERSON", i) for t, lab, i in found if lab == "NORP" and (n := _name_run(text, t, i))
            ]
        if kinds == {"person"}:
            found = [f for f in found if f[1] == "PERSON" and usable([(f[0], f[2])])] or found
        wants_person = kinds == {"person"} or (
            q.type == QuestionType.WHO and re.match(r"\W*who\b", q.text, re.I)
        )
        if e == Expect.PERSON and wants_person and not any(f[1] == "PERSON" for f in found):
            # ... and a name of two words or more that the recogniser left untagged ("Sgt Ivo Lund" beside "Kell
            # Police") before an organisation or a place (qa51)
            ents = entities(text, nlp)
            spans = [(i, i + len(t)) for t, _, i in ents]
            located = [(n, text.find(n)) for n in sentence_names(text) if len(n.split()) > 1]
            runs = [
                (n, "PERSON", i)
                for n, i in located
                if i >= 0
                and not any(a < i + len(n) and i < b for a, b in spans)
                and not common_opener(n, i, text, ents)
                and not dateline(n, i, text)
            ]
            found = [f for f in runs if usable([(f[0], f[2])])] or found
        items = usable([(t, i) for t, _, i in found])
        if e == Expect.PERSON:
            # "who announced it?": a place that is only the setting ("announced in X by Y") is not who;
            # it answers only when the sentence names nobody else
            places = {i for t, lab, i in entities(text, nlp) if lab in _PLACE and _in_setting(text, i)}
            items = [it for it in items if it[1] not in places] or items
        if e == Expect.PERSON and len(items) > 1 and nlp is not None and asks_passive(q, nlp):
            # "who was charged?": the name the passive's verb acts on ("police charged Ana Ode"), not its doer (qa63)
            filling = role_offsets(q, text, nlp, lem)
            items = [it for it in items if any(it[1] <= i < it[1] + len(it[0]) for i in filling)] or items
        roles = _role_nouns(q) if e == Expect.PERSON else []
        if roles and len(items) > 1:
            # "who is the club's physio?": the name the sentence puts beside that noun ("physio Ana Ode",
            # "Ode, the physio") before one nearer the question's other words
            beside = [it for it in items if _beside_role(text, it, roles)]
            items = beside or items
        if roles and not any(_beside_role(text, it, roles) for it in items):
            # ... or a name of two words or more the recogniser missed there ("her husband, Sgt Ivo Lund,"; qa51)
            untagged = [(n, text.find(n)) for n in sentence_names(text) if len(n.split()) > 1]
            # the last such run: a rank before a name is a run of its own ("Army Spc. Ivo Lund")
            items = [it for it in usable(untagged) if _beside_role(text, it, roles)][-1:] or items
        if not items and e == Expect.PERSON:
            ents = entities(text, nlp)
            named = [(n, text.find(n)) for n in sentence_names(text)]
            if kinds and "group" not in kinds:  # nor an untagged run the recogniser read as a nationality
                named = [
                    (n, i)
                    for n, i in named
                    if not any(lab == "NORP" and (n in t or n.startswith(t + "-")) for t, lab, _ in ents)
                ]
            items = usable(
                [
                    (n, i)
                    for n, i in named
                    if not common_opener(n, i, text, ents)
                    and not plain_opener(n, i, text, nlp)
                    and not dateline(n, i, text)
                ]
            )
        return _nearest(items, at)
    if e == Expect.CAUSE:
        cause = next(iter(cause_marks(text)), None)
        if cause and cause.group(0).lower().split()[0] in CAUSE_VERBS and cause.start() > 0:
            return re.split(r"[,;:]\s", text[: cause.start()])[-1].strip(" ,.")
        if cause:
            clause = re.split(r"[.;]\s|, (?:and|but|which|who|while)\b|\s[\u2014-]\s", text[cause.start() :])[
                0
            ]
            return clause.strip(" ,.")
    return ""
