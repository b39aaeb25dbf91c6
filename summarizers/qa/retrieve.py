"""Candidate sentences for a question: BM25 over lemma keys, plus the fit of each sentence to the question's type."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from newsbrief.summarizers.lexicon.qa import (
    ADVICE_QUESTION_PATTERN,
    AGE_PATTERN,
    AILMENT_WORDS,
    ANOTHER_WORDS,
    CAUSE_MARKERS,
    CAUSE_VERBS,
    DATE_PATTERN,
    DIMENSION_UNITS,
    DIRECTIVE_MODAL_PATTERN,
    DIRECTIVE_PATTERN,
    DURATION_PATTERN,
    DURATION_UNITS,
    FUTURE_MARKERS,
    HARM_VERBS,
    HEALTH_QUESTION,
    HEALTH_STATE_PATTERN,
    HOW_MUCH_STUFF,
    LANGUAGES,
    LENGTH_PATTERN,
    LENGTH_UNITS,
    MANNER_PATTERN,
    MARGIN_AFTER,
    MARGIN_QUESTION,
    NAME_LEADS,
    NAME_NUMBER_BEFORE,
    NOT_CAUSE_AFTER,
    NOT_CAUSE_BEFORE,
    NUMBER_PATTERN,
    OBJECT_DETERMINERS,
    PLACE_COMPOUND_PATTERN,
    PLACE_NOUNS,
    POSITION_PATTERN,
    QUESTION_STOP,
    QUOTE_PATTERN,
    ROLE_TITLES,
    ROLE_WORDS,
    ROUNDED_ABOVE,
    ROUNDED_BELOW,
    ROUNDED_NEAR,
    SAID_QUESTION_KEYS,
    SCORE_PATTERN,
    SCORE_WORDS,
    SENTENCE_OPENERS,
    SPEECH_LEMMAS,
    STRANDED_PREPOSITIONS,
    STUFF_UNITS,
    UNTIL_PATTERN,
    VAGUE_QUANTITIES,
    YEAR_PATTERN,
)
from newsbrief.summarizers.lexicon.text import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, OPENING_QUOTE_PATTERN
from newsbrief.summarizers.qa.question import Expect, Question, QuestionType
from newsbrief.summarizers.qa.sexes import pronoun_sex, sex_reader
from newsbrief.summarizers.qa.weights import WEIGHTS, Weights
from newsbrief.summarizers.qa.words import Lemmatizer, terms, words
from newsbrief.summarizers.text import open_quotation
from newsbrief.summarizers.types import Citation

DATE_RE = re.compile(DATE_PATTERN, re.I)
NUMBER_RE = re.compile(NUMBER_PATTERN, re.I)
AGE_RE = re.compile(AGE_PATTERN, re.I)
# what "how long" is answered with: a length of time, or a length ("6,000 metres", "a 70ft arrow")
DURATION_RE = re.compile(f"{DURATION_PATTERN}|{LENGTH_PATTERN}", re.I)
UNTIL_RE = re.compile(UNTIL_PATTERN, re.I)
QUOTE_RE = re.compile(QUOTE_PATTERN)
POSITION_RE = re.compile(POSITION_PATTERN, re.I)
SCORE_RE = re.compile(SCORE_PATTERN)
MANNER_RE = re.compile(MANNER_PATTERN, re.I)
HEALTH_RE = re.compile(HEALTH_STATE_PATTERN, re.I)
HEALTH_QUESTION_RE = re.compile(HEALTH_QUESTION)
CAUSE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m.strip()) for m in CAUSE_MARKERS) + r")\b", re.I)
_NOT_CAUSE_AFTER = re.compile(NOT_CAUSE_AFTER)
_NOT_CAUSE_BEFORE = re.compile(NOT_CAUSE_BEFORE)


def cause_marks(text: str) -> list[re.Match[str]]:
    """The cause words of ``text`` (:data:`CAUSE_RE`) that give a reason: not "for" / "since" telling a time
    ("for the first ten minutes", "since 2019"), nor "as" telling a role, an example or a comparison ("as a
    child", "such as", "as soon as", "worked as"); qa51."""
    return [
        m
        for m in CAUSE_RE.finditer(text)
        if not _NOT_CAUSE_AFTER.match(text, m.start())
        and not (m.group(0).lower() == "as" and _NOT_CAUSE_BEFORE.search(text[: m.start()]))
    ]


FUTURE_RE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in FUTURE_MARKERS) + r")\b", re.I)
ADVICE_QUESTION_RE = re.compile(ADVICE_QUESTION_PATTERN, re.I)
DIRECTIVE_RE = re.compile(DIRECTIVE_PATTERN, re.I)
DIRECTIVE_MODAL_RE = re.compile(DIRECTIVE_MODAL_PATTERN, re.I)
CAP_RUN = re.compile(r"(?<![\w'])[A-Z][\w'\u2019&-]*(?:\s+(?:of\s+|the\s+|de\s+|al-)?[A-Z][\w'\u2019&-]*)*")
PRONOUN_START = re.compile(
    r"^\W*(?:he|she|they|it|his|her|their|its|the (?:\w+ )?(?:" + "|".join(sorted(ROLE_WORDS)) + r"))\b", re.I
)
PRONOUN_ANY = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b", re.I)
CAUSE_OPEN = re.compile(
    r"^\W*(?:it|this|that|the \w+)?\s*(?:comes?|came)? ?(?:after|because|as|amid|following)\b|^\W*(?:because|the (?:reason|cause))",
    re.I,
)


@dataclass(frozen=True)
class Passage:
    """One sentence of one article, indexed."""

    text: str
    article: int  # index of the article among those answered from
    position: int  # index in the article (0 = first)
    count: int  # sentences in the article
    keys: Counter[str]
    seq: tuple[str, ...]  # the keys in order (for proximity)
    length: int
    names: tuple[str, ...]  # capitalised runs (not the sentence's first word unless it is a name)
    # name keys of the previous sentence, when this one opens with "He ..." (of the nearest person the
    # article does not show to be of the other sex, for a "he" / "she")
    inherited: frozenset[str]
    antecedent: str  # the previous sentence's first name (that person's, for a "he" / "she")
    citation: Citation
    # the speaker's name keys for a whole-sentence quote with no speaker of its own ("Ana Ode said:" then
    # "'We will appeal.'"): read only for questions asking what someone said (qa42)
    quoted: frozenset[str] = frozenset()


def sentence_names(text: str) -> list[str]:
    """Runs of capitalised words; a sentence's first word only when it is not a common opener or role."""
    out = []
    for m in CAP_RUN.finditer(text):
        name = m.group(0)
        first, _, rest = name.partition(" ")
        if rest and first.lower() in ROLE_WORDS:
            name = rest
        if re.fullmatch(r"I(?:['\u2019](?:m|ve|ll|d))?", name.split()[0]):  # "I", "I've": no name
            name = name.partition(" ")[2]
            if not name:
                continue
        if m.start() == 0 or text[: m.start()].strip() in (*OPENING_QUOTE_MARKS, "("):
            first, _, rest = name.partition(" ")
            if first.lower() in SENTENCE_OPENERS:
                name = rest.strip()
                if not name:
                    continue
        if not DATE_RE.fullmatch(name):  # "Friday", "March" are times, not names
            out.append(name)
    return out


_CLOSE_QUOTE = re.compile(r"[\u201d\"]\W*$|[.!?,]['\u2019]\W*$")
_OPEN_QUOTE = re.compile(OPENING_QUOTE_PATTERN)


def runs_on(text: str) -> bool:
    """The sentence opens a quotation it does not close: the speaker's words go on into the next sentence
    (curly marks, or an odd number of straight double marks; a single mark may be an apostrophe)."""
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def continues_quote(text: str) -> bool:
    """The sentence closes a quotation it did not open: it goes on with the previous sentence's speaker."""
    return bool(_CLOSE_QUOTE.search(text)) and not _OPEN_QUOTE.search(text)


def closes_quote(text: str) -> bool:
    """The sentence closes a quotation before it opens one: at its end, or before a tag ("... like a wall," she
    said.", the close of a quote a sentence before it opened)."""
    shut = _CLOSE_QUOTE.search(text) or _QUOTE_SHUT.search(text)
    opened = _OPEN_QUOTE.search(text)
    return shut is not None and (opened is None or opened.start() > shut.start())


def quotes(text: str) -> bool:
    """The sentence opens or closes a quotation of its own (an apostrophe inside a word does not count)."""
    return bool(_OPEN_QUOTE.search(text) or _CLOSE_QUOTE.search(text))


_QUOTE_START = re.compile(rf"\s*[{OPENING_QUOTE_MARKS}]\w")
# a quote closed before the sentence ends: a tag follows ("..., she said.")
_QUOTE_SHUT = re.compile(rf"[,.!?][{CLOSING_QUOTE_MARKS}]\s+\S")


# "He said: ...", "..., she added." / "... ' he told the court.": the speaker is a "he" / "she", not a name the
# sentence holds
_PRONOUN_TAG = re.compile(
    rf"^\W*(?:he|she)\s+(\w+)|[,!?][{CLOSING_QUOTE_MARKS}]\s+(?:he|she)\s+(\w+)\b[^{OPENING_QUOTE_MARKS}]*$",
    re.I,
)


def _pronoun_speaks(text: str) -> bool:
    """A "he" / "she" is the subject of the sentence's verb of saying, at its start or in a tag after a quote."""
    m = _PRONOUN_TAG.search(text)
    return m is not None and (m.group(1) or m.group(2) or "").lower() in SPEECH_FORMS


def unattributed_quote(text: str) -> bool:
    """The whole sentence is a quotation with no speaker of its own ("'We will appeal.'", "'It was a shock."):
    the words of the speaker the sentences before it name."""
    return bool(_QUOTE_START.match(text)) and not _QUOTE_SHUT.search(text)


_INDEX: OrderedDict[tuple[int, tuple[str, ...], Citation, tuple[str, ...]], list[Passage]] = OrderedDict()
_LOOK_BACK = 3  # how many sentences before a "he" / "she" its person may be named in
_INDEX_MAX = 256
_INDEX_LOCK = threading.Lock()


def index_article(
    sentences: Sequence[str], article: int, cite: Citation, lem: Lemmatizer, people: Sequence[str] = ()
) -> list[Passage]:
    """The article's sentences as passages (cached: a conversation asks about the same article again).

    ``people``: the story's people (full names), whose sex (:mod:`.sexes`) picks whom a "he" / "she" means."""
    key = (id(lem), tuple(sentences), cite, tuple(people))
    with _INDEX_LOCK:
        hit = _INDEX.get(key)
        if hit is not None:
            _INDEX.move_to_end(key)
            return [p if p.article == article else _with_article(p, article) for p in hit]
    out: list[Passage] = []
    read = sex_reader(sentences, people)
    known = {w for person in people for w in person.split()}

    def sex_of(name: str) -> str:  # only the story's people have a sex (and reading one costs a scan)
        base = re.sub(r"['\u2019]s?$", "", name)
        return read(base) if base in people or (" " not in base and base in known) else ""

    named: list[tuple[tuple[str, ...], frozenset[str]]] = []  # the sentences so far with names: (names, keys)
    n = len(sentences)
    inside = False  # the sentence before left a quotation open
    for i, s in enumerate(sentences):
        seq = tuple(terms(s, lem))
        keys = Counter(seq)
        names = tuple(sentence_names(s))
        for nm in names:  # "World Health Organization" also answers to "WHO"
            caps = [w[0] for w in nm.split() if w[0].isupper()]
            if len(caps) >= 2:
                keys["".join(caps).lower()] += 1
        opens_pronoun = bool(PRONOUN_START.match(s))
        said = PRONOUN_ANY.search(s)
        inherited: frozenset[str] = frozenset()
        antecedent = ""
        quoted: frozenset[str] = frozenset()
        # a sentence of a quotation opened before it: no quote marks of its own, or only the one that closes it
        within = inside and (not quotes(s) or continues_quote(s))
        if out and (unattributed_quote(s) or within):
            # the speaker the sentence before names ("he said": whom its "he" means), or its quote's speaker
            before = out[-1]
            quoted = before.quoted or (
                before.inherited
                if _pronoun_speaks(before.text) and before.inherited
                else frozenset(k for nm in before.names for k in terms(nm, lem)) or before.inherited
                if not unattributed_quote(before.text)
                else frozenset()
            )
        inside = bool(open_quotation(s)) or (within and not closes_quote(s))
        if named and (opens_pronoun or said or continues_quote(s)):
            inherited, antecedent = _referent(
                named, pronoun_sex(said.group(0).lower()) if said else "", sex_of, lem
            )
        out.append(
            Passage(
                s,
                article,
                i,
                n,
                keys,
                seq,
                max(sum(keys.values()), 1),
                names,
                inherited,
                antecedent if opens_pronoun else "",
                replace(cite, sentence=s),
                quoted,
            )
        )
        if names:
            named.append((names, frozenset(k for nm in names for k in terms(nm, lem))))
        elif named:
            named.append(((), frozenset()))  # a sentence without names still counts toward the look-back
    with _INDEX_LOCK:
        _INDEX[key] = out
        while len(_INDEX) > _INDEX_MAX:
            _INDEX.popitem(last=False)
    return out


def _referent(
    named: list[tuple[tuple[str, ...], frozenset[str]]],
    sex: str,
    sex_of: Callable[[str], str],
    lem: Lemmatizer,
) -> tuple[frozenset[str], str]:
    """The name keys and first name a sentence's pronoun points back to: the latest sentence with names;
    for a "he" / "she" when that sentence names someone of the other sex, the nearest person, in it or a
    few sentences back, whose sex the article shows to agree. Unknown sexes change nothing."""
    latest = next((e for e in reversed(named) if e[0]), ((), frozenset()))
    first = latest[0][0] if latest[0] else ""
    other = {"m": "f", "f": "m"}.get(sex, "")
    if other and any(sex_of(nm) == other for nm in latest[0]):
        for names, _ in reversed(named[-_LOOK_BACK:]):
            agree = next((nm for nm in names if sex_of(nm) == sex), "")
            if agree:
                return frozenset(terms(agree, lem)), agree
    return latest[1], first


def _with_article(p: Passage, article: int) -> Passage:
    return Passage(
        p.text,
        article,
        p.position,
        p.count,
        p.keys,
        p.seq,
        p.length,
        p.names,
        p.inherited,
        p.antecedent,
        p.citation,
        p.quoted,
    )


def idf_table(passages: Sequence[Passage]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for p in passages:
        df.update(p.keys.keys())
    n = len(passages)
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}


def relevance(
    query: dict[str, float],
    p: Passage,
    idf: dict[str, float],
    avg_len: float,
    w: Weights = WEIGHTS,
    default_idf: float = 1.0,
    family: Mapping[str, frozenset[str]] | None = None,
    similar: Mapping[str, frozenset[str]] | None = None,
    speech: bool = False,
    forms: Mapping[str, frozenset[str]] | None = None,
    kin: Mapping[str, frozenset[str]] | None = None,
) -> float:
    """BM25 of ``p`` for the weighted ``query``, divided by the query's total weight x idf (about 0..1).

    A query key no sentence holds counts with ``default_idf`` (the rarest key's idf) in the divisor. A
    query key ``p`` lacks whose word family (``family``: "resign" -> "resignation") ``p`` holds counts
    ``w.derived`` of itself; one whose synonym (``similar``: "purchase" -> "buy") ``p`` holds, ``w.synonym``.
    ``speech``: the question asks what someone said: a quote's speaker (``p.quoted``) counts as inherited.
    A query key ``p`` lacks whose name's other form (``forms``: "briton" -> "britain") ``p`` holds counts
    ``w.name_form`` of itself. An event noun ``p`` lacks one of whose class-mates (``kin``: "crash" ->
    "accident", "incident") ``p`` holds counts ``w.event_kin`` of itself."""
    total = 0.0
    norm = 0.0
    damp = w.k1 * (1 - w.b + w.b * p.length / avg_len)
    for t, qw in query.items():
        ti = idf.get(t, default_idf)
        norm += qw * ti
        tf = p.keys.get(t, 0)
        share = 1.0
        if not tf and (t in p.inherited or (speech and t in p.quoted)):
            total += qw * ti * w.inherited
            continue
        if not tf and family and w.derived and t in family:
            tf, share = max(p.keys.get(d, 0) for d in family[t]), w.derived
        if not tf and similar and w.synonym and t in similar:
            tf, share = max(p.keys.get(d, 0) for d in similar[t]), w.synonym
        if not tf and forms and t in forms:
            tf, share = max(p.keys.get(d, 0) for d in forms[t]), w.name_form
        if not tf and kin and w.event_kin and t in kin:
            tf, share = max(p.keys.get(d, 0) for d in kin[t]), w.event_kin
        if tf:
            total += share * qw * ti * tf * (w.k1 + 1) / (tf + damp)
    return total / norm if norm else 0.0


_COUNT_ASKED = re.compile(r"\W*(?:which|what|who|name)\s+(?:are\s+the\s+)?(two|three|four|both)\b", re.I)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
SPEECH_FORMS = frozenset(
    f for lemma in SPEECH_LEMMAS for f in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing")
) | frozenset(["said", "told", "wrote", "thought", "saying", "telling"])


def _names_role(text: str, role: str) -> bool:
    """``text`` puts a capitalised name right beside ``role`` ("Mayor Ana Ruiz", "Ruiz, the mayor"), or a
    title that stands for it before one ("Sgt Ana Ruiz" for an officer, ``ROLE_TITLES``; qa41)."""
    return _role_beside(text, role) or any(
        re.search(rf"\b(?:{re.escape(t.capitalize())}|{re.escape(t.upper())})\.?\s+[A-Z]", text)
        for t in ROLE_TITLES.get(role, ())
    )


def _role_beside(text: str, role: str) -> bool:
    """``role`` itself stands right beside a capitalised name."""
    # the role in any case, the name capitalised: a scoped flag, since re.I would make [A-Z] any letter
    r = f"(?i:{re.escape(role)})"
    return bool(
        re.search(rf"\b{r}\b[\s,]+(?:[a-z]+\s+){{0,2}}[A-Z]", text)
        and re.search(rf"\b{r}\b(?:[\s,]+(?i:of\s+)?(?i:the\s+)?[\w'-]+){{0,3}}?[\s,]+[A-Z][a-z]", text)
        or re.search(rf"[A-Z][\w'-]+,?\s+(?i:the\s+|a\s+)?(?:\w+\s+)?{r}\b", text)
    )


# past forms of saying that a reporting date follows ("said on Monday", "announced Friday")
REPORTING_FORMS = frozenset(
    lemma + ("d" if lemma.endswith("e") else "ed") for lemma in SPEECH_LEMMAS if not lemma.endswith("y")
) | frozenset(["said", "told", "wrote", "replied", "denied"])
# a place after a preposition, or after "of" set off by a comma ("Ivo Lund, 41, of Kelby"; qa45)
PLACE_RE = re.compile(
    r"(?:\b(?:in|at|near|from|to|outside|inside|into)|,\s+of)\s+(?:(?:north|south|east|west|northern|southern|eastern"
    r"|western|central|rural|downtown|coastal)(?:-?(?:east|west)(?:ern)?)?\s+)?((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
PLACE_COMPOUND_RE = re.compile(PLACE_COMPOUND_PATTERN)
PLACE_NOUN_RE = re.compile(
    r"\b(?:in|at|near|from|to|outside|inside|into)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(sorted(PLACE_NOUNS))
    + r")s?\b"
)


def bare_name(name: str) -> str:
    """A name without its possessive ending ("Khanal's" -> "Khanal")."""
    return re.sub(r"['\u2019]s?$", "", name)


def _not_in_question(item: str, q: Question) -> bool:
    low = bare_name(item).lower()
    return (
        low not in q.text.lower()
        and not (q.known and q.expect in (Expect.PERSON, Expect.PLACE) and low in q.known.lower())
        and not _same_name(item, q)
    )


def _same_name(item: str, q: Question) -> bool:
    """``item`` is a longer form of a name the question uses: its last word (a surname, the head of an
    organisation's name) is a word of one of the question's names ("Ana Ruiz" when it asks about "Ruiz")."""
    last = bare_name(item).split()[-1:] if item[:1].isupper() else []
    return bool(last) and last[0].lower() in {w.lower() for n in q.names for w in bare_name(n).split()}


def numbers(text: str) -> list[re.Match[str]]:
    return [m for m in NUMBER_RE.finditer(text) if m.group(0).strip() and not _in_name(m, text)]


_NAME_NUMBER_BEFORE = re.compile(NAME_NUMBER_BEFORE)


def _in_name(m: re.Match[str], text: str) -> bool:
    """The number is part of a name ("Canal 9 Sport", "Velvet 33"): bare digits after a capitalised word that does
    not open the sentence, not a scoreline's side ("Kell 2-1"); qa30."""
    return (
        m.group(0).strip().isdigit()
        and not text[m.end() : m.end() + 2].lstrip().startswith(("-", "\u2013"))
        and (
            _NAME_NUMBER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) is not None
            # ... or opening it, when a capitalised word follows too ("Canal 9 Sport said")
            or (
                re.fullmatch(r"\W*[A-Z][a-z][\w-]*\s+", text[: m.start()]) is not None
                and re.match(r"\s+[A-Z][a-z]", text[m.end() :]) is not None
            )
        )
    )


def undated_numbers(text: str) -> list[re.Match[str]]:
    """Numbers that are not part of a date or time ("3" in "on 3 May", "2014")."""
    dates = [m.span() for m in DATE_RE.finditer(text)]
    return [m for m in numbers(text) if not any(a <= m.start() < b for a, b in dates)]


_AGE_AFTER = re.compile(r"[- ]years?[- ]old\b|,")
_NAME_BEFORE = re.compile(r"[A-Z][\w'\u2019-]+,\s*$")


def is_weak(m: re.Match[str], text: str) -> bool:
    """A number that is a person's age ("Ana Ruiz, 37,", "the 24-year-old") or the word "one": rarely
    the count or amount a how-many / how-much question asks for."""
    if m.group("word") and m.group("word").lower() == "one" and not m.group("curw2"):
        return True
    if m.group("cur") or m.group("pct") or m.group("scale") or m.group("curw"):
        return False
    after, before = text[m.end() : m.end() + 10], text[max(0, m.start() - 40) : m.start()]
    return bool(
        after.startswith(("-year-old", " year old", " years old", "-years-old"))
        or (_NAME_BEFORE.search(before) and after.startswith(","))
    )


def is_vague(m: re.Match[str]) -> bool:
    """A number word that gives only an order of magnitude ("dozens", "tens of thousands")."""
    word = m.group("word")
    return bool(word) and word.lower().split()[-1] in VAGUE_QUANTITIES


_REPORTED_ON = re.compile(r"\b([a-z]+)\s+(?:on\s+)?$", re.I)


def dates(text: str, q: Question | None = None) -> list[re.Match[str]]:
    """The dates of ``text``, without the day a statement was made ("researchers said on Monday", "she
    told reporters Friday"): that day dates the report, not the event a when-question asks about (unless
    the question asks when something was said)."""
    out = []
    asks_said = q is not None and bool(set(q.terms) & SAID_QUESTION_KEYS)
    for m in DATE_RE.finditer(text):
        before = _REPORTED_ON.search(text[max(0, m.start() - 24) : m.start()])
        if not asks_said and before and before.group(1).lower() in REPORTING_FORMS:
            continue
        out.append(m)
    return out


_HOW_MANY_NOUN = re.compile(r"\bhow many\s+(?:more\s+|other\s+|different\s+)?([a-z][a-z-]+)\b", re.I)
_COUNTED_GAP = re.compile(r"(?:\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?[A-Za-z][\w-]*){1,3}")
# ... or a list of kinds before the counted noun: "112 bronze, ivory and wooden objects"
_COUNTED_LIST = re.compile(
    r"\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
)


def counted_key(q: Question, lem: Lemmatizer) -> str:
    """The key of the noun a "how many" question counts ("how many couples ..." -> couple), or ""."""
    m = _HOW_MANY_NOUN.search(q.text)
    if not m:
        return ""
    keys = terms(m.group(1), lem)
    return keys[0] if keys else ""


def is_amount(m: re.Match[str]) -> bool:
    """Money or a share ("$9m", "12 euros", "40%"), not a count (qa20)."""
    return any(m.group(g) for g in ("cur", "curw", "curw2", "pct", "pct2"))


def counts(text: str, key: str, lem: Lemmatizer) -> list[re.Match[str]]:
    """The exact numbers of ``text`` that count the thing keyed ``key``: the noun stands within the
    three words after the number ("41 couples", "12,400 heart patients", "28 of the prisoners")."""
    out = []
    for m in undated_numbers(text):
        if is_vague(m) or is_amount(m):  # money or a share counts nothing: "$4m to fix farms", "30% of farms"
            continue
        after = [
            g.group(0) for g in (_COUNTED_GAP.match(text, m.end()), _COUNTED_LIST.match(text, m.end())) if g
        ]
        if (hyphen := _COUNTED_HYPHEN.match(text, m.end())) is not None:
            after.append(hyphen.group(1))  # the noun the number makes a compound with: "a 14-lorry crash"
        if any(key in terms(a, lem) for a in after):
            out.append(m)
    return out


# a number joined to the noun it counts by a hyphen ("a 14-lorry crash", "a three-car crash"), not an age
# ("a 24-year-old")
_COUNTED_HYPHEN = re.compile(r"-([a-z]{3,})\b(?!-old\b)")


_ROUNDED = re.compile(
    rf"\b(?:(?P<above>{ROUNDED_ABOVE})|(?P<below>{ROUNDED_BELOW})|(?P<near>{ROUNDED_NEAR}))\s+$", re.I
)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9}
YEAR_RE = re.compile(YEAR_PATTERN)


def value(m: re.Match[str]) -> float | None:
    """The value of a number written in digits ("6,212" -> 6212, "2.7 million" -> 2700000), or None."""
    digits = m.group("num")
    if not digits:
        return None
    try:
        v = float(digits.replace(",", ""))
    except ValueError:
        return None
    scale = (m.group("scale") or "").strip().lower()
    return v * _SCALES.get(scale, 1.0)


def rounded(text: str, m: re.Match[str]) -> str:
    """How the number ``m`` of ``text`` is hedged as a rounding: "above" ("more than 65"), "below"
    ("nearly 65"), "near" ("about 65"), or "" (an exact figure)."""
    h = _ROUNDED.search(text[max(0, m.start() - 24) : m.start()])
    return next((k for k in ("above", "below", "near") if h and h.group(k)), "")


def roundings(text: str, key: str, lem: Lemmatizer) -> list[tuple[str, float]]:
    """The rounded counts of ``key`` ``text`` gives, each as its hedge's side and its value ("more than
    6,000 runners" -> ("above", 6000)); empty when every count is exact."""
    out = []
    for m in counts(text, key, lem):
        v, side = value(m), rounded(text, m)
        if v and side:
            out.append((side, v))
    return out


def refines(text: str, key: str, lem: Lemmatizer, hedged: list[tuple[str, float]]) -> bool:
    """``text`` gives an exact count of ``key`` that one of the ``hedged`` roundings (:func:`roundings`)
    stands for: "6,212 runners" refines "more than 6,000 runners", "63 boats" "nearly 65 boats"."""
    for m in counts(text, key, lem):
        v = value(m)
        if not v or rounded(text, m):
            continue
        for side, h in hedged:
            if (
                (side == "above" and h < v <= 1.25 * h)
                or (side == "below" and 0.8 * h <= v < h)
                or (side == "near" and v != h and abs(v - h) <= 0.15 * h)
            ):
                return True
    return False


# what may follow the noun of a "which X" question before the name that is X: a comma, a capitalised word (in
# quotes or not) or a word of ``NAME_LEADS`` ("the", "called", "including"); a lower-case noun right after it is
# the head it qualifies
_BESIDE = (
    rf"(?:\s*,\s*|\s+(?=(?-i:[{OPENING_QUOTE_MARKS}]?[A-Z])|(?:" + "|".join(sorted(NAME_LEADS)) + r")\b))"
)


def _stands_with(text: str, name: str, noun: str) -> bool:
    """``name`` holds ``noun`` ("Harbour Zoo") or stands right beside it ("the company Moravia Labs",
    "Moravia's new company", "Kestrel, a company", "a zoo called Ark Park"); not a ``noun`` that only
    qualifies the lower-case noun after it ("zoo visitor Ivo Lund", "club captain Ivo Lund": the name is
    the visitor's, the captain's; qa46)."""
    n, stem = (
        re.escape(name),
        re.escape(noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun),
    )
    if re.search(rf"\b{stem}", name, re.I):
        return True
    return bool(
        re.search(
            rf"\b{stem}\w*{_BESIDE}(?:(?:the|a|an|of)\s+)?(?:[\w'-]+\s+){{0,2}}?[{OPENING_QUOTE_MARKS}]?{n}",
            text,
            re.I,
        )
        or re.search(
            rf"{n}(?:['\u2019]s?)?,?\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w'-]+\s+){{0,2}}?{stem}",
            text,
            re.I,
        )
    )


def until(text: str) -> list[tuple[str, int]]:
    """How long something lasts given by when it ends: "until 9am on Monday", "through May" (the date
    starts within the three words after "until")."""
    out = []
    for m in UNTIL_RE.finditer(text):
        d = DATE_RE.search(text, m.end(), m.end() + 24)
        if d is not None and not re.search(r"[,;.]", text[m.end() : d.start()]):
            end = d.end()
            while (more := DATE_RE.match(text, end + 1)) or (more := DATE_RE.match(text, end + 4)):
                end = more.end()  # "until 9am on Monday": the whole run of dates
            out.append((text[m.start() : end], m.start()))
    return out


def _singular(word: str) -> str:
    """A plural's singular, roughly ("injuries" -> "injury", "wounds" -> "wound")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


BY_RE = re.compile(r"\bby (?:about |around |nearly |almost |more than |some |just |up to )?[$\u00a3\u20ac]?$")
# an amount something went to ("rose to 25 euros", "cut to 4.1%"): a level, where "by" gives a change
TO_RE = re.compile(r"\bto (?:about |around |nearly |almost |more than |some |just )?[$\u00a3\u20ac]?$")
_CHANGE_KEYS = frozenset({"increase", "decrease"})


MARGIN_QUESTION_RE = re.compile(MARGIN_QUESTION, re.I)
MARGIN_AFTER_RE = re.compile(MARGIN_AFTER, re.I)


def changed_by(q: Question, w: Weights = WEIGHTS) -> bool:
    """A how-much question about a rise or a fall, or one asking a margin (opening on "by" + "how many"): its
    answer is the size of the change or the difference ("by 12%", "9 seconds faster than")."""
    return (
        q.type == QuestionType.HOW_MUCH
        and bool(set(q.terms) & _CHANGE_KEYS)
        and not asks_stuff(q, w)
        # "how much did profit fall to?" asks the level reached, not the size of the change (qa64)
        and stranded_preposition(q) != "to"
    ) or bool(MARGIN_QUESTION_RE.match(q.text))


def sizes_change(m: re.Match[str], text: str) -> bool:
    """The number ``m`` gives the size of a change or a difference: after "by" ("up by 12%") or before a
    comparative and "than" ("14 minutes faster than", "three more than")."""
    return bool(BY_RE.search(text[: m.start()]) or MARGIN_AFTER_RE.match(text, m.end()))


_MEASURE_UNITS = frozenset(LENGTH_UNITS) | {u + "s" for u in DURATION_UNITS} | frozenset(DURATION_UNITS)
_UNIT_AFTER = re.compile(r"[\s-]?\u00b0?([a-z]+)", re.I)  # a degree sign may stand before its scale


_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_WORD_SCALE = re.compile(r"\s+(?:million|billion|trillion|thousand|hundred|bn|mn|m|k)\b", re.I)


def not_money(m: re.Match[str], text: str) -> bool:
    """A number without its currency that no sum of money can be: a year ("built in 1887"), one joined to the noun
    it counts by a hyphen ("a 40-page report", "a 12-bed ward"), one in words without a scale ("four shops",
    "double"; not "four million"), a side of a scoreline ("won 3-1") or the digits of an ordinal ("the 18th-century
    house", "her 3rd title")."""
    return bool(
        YEAR_RE.fullmatch(m.group(0).strip())
        or (m.group("num") and _ORDINAL_AFTER.match(text, m.end()))
        or _COUNTED_HYPHEN.match(text, m.end())
        or (m.group("word") and not m.group("curw2") and not _WORD_SCALE.match(text, m.end()))
        or any(s.start() <= m.start() < s.end() for s in SCORE_RE.finditer(text))
    )


def measured(m: re.Match[str], text: str) -> bool:
    """The number ``m`` measures time or length ("14 seconds", "9.5km") or is part of a clock time ("3:12"):
    no sum of money."""
    if text[m.end() : m.end() + 1] == ":" or text[max(0, m.start() - 1) : m.start()] == ":":
        return True
    unit = _UNIT_AFTER.match(text, m.end())
    return unit is not None and unit.group(1).lower() in _MEASURE_UNITS


# --- qa39 ---
_DIMENSION_ASKED = re.compile(
    r"\bhow (" + "|".join(sorted(set(DIMENSION_UNITS) - {"weigh"})) + r")\b|\b(weigh)(?:s|ed|ing)?\b", re.I
)


_STUFF_ASKED = re.compile(HOW_MUCH_STUFF, re.I)


def asked_units(q: Question, w: Weights = WEIGHTS) -> frozenset[str]:
    """The units a number answering ``q`` carries when it asks a size ("how tall / high / deep / wide / heavy / cold",
    "how much did it weigh?": ``DIMENSION_UNITS``) or an amount of a stuff ("how much rain fell?", "how much weight
    did she lose?": ``STUFF_UNITS``, when ``w.stuff_units``); empty for any other question (a count, a rate, money)."""
    if q.expect != Expect.NUMBER:
        return frozenset()
    m = _DIMENSION_ASKED.search(q.text)
    if m:
        return DIMENSION_UNITS[(m.group(1) or m.group(2)).lower()]
    return STUFF_UNITS if asks_stuff(q, w) else frozenset()


def asks_stuff(q: Question, w: Weights = WEIGHTS) -> bool:
    """``q`` asks how much of a stuff ("how much rain fell?", "how much weight did she lose?"; ``w.stuff_units``):
    the word after "how much" is one of the question's own content words (not "faster", keyed "fast"), and the
    question wants a number, not money or a share. Its answer is the amount, with its unit, even when its verb
    tells a change ("fell", "lose"): not the size of a change "by" some figure."""
    stuff = _STUFF_ASKED.search(q.text) if w.stuff_units and q.expect == Expect.NUMBER else None
    return stuff is not None and stuff.group(1).lower() in {*q.terms, *(t + "s" for t in q.terms)}


def in_units(m: re.Match[str], text: str, units: frozenset[str]) -> bool:
    """The number ``m`` carries one of ``units``: after it ("3,454 metres", "24lbs", "a 20-yard") or read as its
    scale ("301m": metres, not millions, when no currency stands with it)."""
    scale = (m.group("scale") or "").strip().lower()
    if scale and scale in units and not is_amount(m):
        return True
    unit = _UNIT_AFTER.match(text, m.end())
    return unit is not None and unit.group(1).lower() in units


# the kinds of answer a directive can be: a span, a plan ("what does X suggest ... should do"), a way
_ADVICE_KINDS = (Expect.SPAN, Expect.FUTURE, Expect.MANNER, Expect.SPEECH)


def asks_advice(q: Question) -> bool:
    """The question asks what someone should do, or was told, urged or advised to do."""
    return q.expect in _ADVICE_KINDS and bool(ADVICE_QUESTION_RE.search(q.text))


def directive_fit(text: str, w: Weights = WEIGHTS) -> float:
    """1 when ``text`` gives a directive (someone urges, advises, tells or calls on others to act, appeals
    for something, a quoted imperative); ``w.advice_modal`` for a modal of obligation alone; else 0."""
    if DIRECTIVE_RE.search(text):
        return 1.0
    return w.advice_modal if DIRECTIVE_MODAL_RE.search(text) else 0.0


def type_fit(
    q: Question, text: str, next_text: str = "", w: Weights = WEIGHTS, lem: Lemmatizer | None = None
) -> float:
    """How well ``text`` holds an item of the kind ``q`` expects, 0..1; for a question asking what someone
    should do (:func:`asks_advice`), the better of that and :func:`directive_fit` (``lem`` lets the
    preposition rule match the question's words by lemma)."""
    fit = _type_fit(q, text, next_text, w, lem)
    if w.advice_fit and fit < 1.0 and asks_advice(q):
        fit = max(fit, w.advice_fit * directive_fit(text, w))
    if w.preposition_fit and fit < 1.0 and q.expect == Expect.SPAN:
        fit = max(fit, w.preposition_fit * preposition_fit(q, text, lem))
    return fit


# --- qa31 ---
_CLAUSE_END = re.compile(r"[.;]\s|, (?:and|but|which|who|while)\b|\s[\u2014-]\s")


def cause_clause(text: str, m: re.Match[str]) -> str:
    """The reason a cause word ``m`` of ``text`` opens: from it to the end of its clause (a causing verb,
    "caused", "sparked", gives its reason before it: the clause before the verb)."""
    if m.group(0).lower().split()[0] in CAUSE_VERBS and m.start() > 0:
        return re.split(r"[,;:]\s", text[: m.start()])[-1].strip(" ,.")
    return _CLAUSE_END.split(text[m.start() :])[0].strip(" ,.")


def gives_reason(q: Question, text: str, m: re.Match[str], lem: Lemmatizer | None = None) -> bool:
    """The cause word ``m`` opens a clause that says more than the question: half or more of its words are not
    the question's ("why were they down to nine players?" is not answered by "after they were cut to nine
    players", nor "why did she give so much to charity?" by "because she gives to charity"; the words the marker
    is made of do not count; a causing verb always gives one)."""
    if m.group(0).lower().split()[0] in CAUSE_VERBS:  # "X sparked Y", "Y was sparked by X"
        return True
    marker = set(terms(m.group(0), lem or _PLAIN))
    keys = [k for k in terms(cause_clause(text, m), lem or _PLAIN) if k not in marker]
    asked = set(q.terms) | {k for n in q.names for k in terms(n, lem or _PLAIN)}
    fresh = [k for k in keys if k not in asked]
    return 2 * len(fresh) >= len(keys) > 0


PREP_REACH = 4
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def stranded_preposition(q: Question) -> str:
    """The preposition a what-question ends on ("What was the barge loaded with?" -> "with"), or ""."""
    m = _LAST_WORD.search(q.text)
    prep = m.group(1).lower() if m else ""
    return prep if prep in STRANDED_PREPOSITIONS and len(words(q.text)) > 2 else ""


_PLAIN = Lemmatizer(None)  # no pipeline: a word is its own lower-cased key


def preposition_fit(q: Question, text: str, lem: Lemmatizer | None = None) -> float:
    """1 when ``text`` has a word of the question followed, within four words, by the preposition the
    question ends on and then by a word the question lacks ("loaded with gravel" for "What was the barge
    loaded with?"); else 0. Words match by lemma key ("spent" is "spend"); without ``lem``, as written."""
    prep = stranded_preposition(q)
    qwords = {w.lower() for w in words(q.text)}
    if not prep or qwords & ANOTHER_WORDS:  # "what other jobs is it fit for?": another item, said another way
        return 0.0
    name_words = {w.lower() for n in q.names for w in words(n)}
    keys = (set(q.terms) | {w for w in qwords if len(w) >= 4 and w not in QUESTION_STOP}) - name_words
    lx = lem or _PLAIN
    keys = {k for w in keys for k in terms(w, lx)} - {k for n in name_words for k in terms(n, lx)}

    def like(word: str) -> bool:
        return bool(keys.intersection(terms(word, lx)))

    others = [bare_name(n) for n in sentence_names(text) if not _same_name(n, q) and n.lower() not in qwords]
    ws = words(text)
    for i, word in enumerate(ws):
        if word[:1].isupper() or not like(word):
            continue  # a name is what the question asks about, not the verb whose object it wants
        if q.names and any(o.split()[-1] in ws[max(0, i - 4) : i] for o in others):
            continue  # another person's charge, another firm's deal: the question names someone else
        j = next((j for j in range(i + 1, min(i + 1 + PREP_REACH, len(ws))) if ws[j].lower() == prep), None)
        if j is None:
            continue
        after = next((x for x in ws[j + 1 :] if x.lower() not in OBJECT_DETERMINERS), "")
        if after and after.lower() not in qwords and not like(after):
            return 1.0
    return 0.0


def health_question(q: Question) -> bool:
    """``q`` asks about someone's health or how they came to harm ("how did the driver die?", "how is she doing?")."""
    return q.expect == Expect.AILMENT and bool(
        HEALTH_QUESTION_RE.match(q.text.lower().replace("\u2019", "'"))
    )


def harm_terms(q: Question, lem: Lemmatizer | None) -> frozenset[str]:
    """The keys of a health question's verbs of harm ("how did the driver die?" -> "die"): what they ask is the way,
    which the sentence telling it seldom says with the same verb ("lost him to cancer")."""
    if not health_question(q):
        return frozenset()
    lx = lem or _PLAIN
    return frozenset(k for w in words(q.text) if w.lower() in HARM_VERBS for k in terms(w, lx))


def _type_fit(
    q: Question, text: str, next_text: str = "", w: Weights = WEIGHTS, lem: Lemmatizer | None = None
) -> float:
    """How well ``text`` holds an item of the kind ``q`` expects, 0..1 (1: an item the question lacks;
    0.3: only items the question already names; for "why", 0.6 when the reason opens the next sentence).
    """
    e = q.expect
    spans: list[tuple[str, int]] = []
    if e in (Expect.NUMBER, Expect.MONEY, Expect.PERCENT) and changed_by(q, w):
        # "how much did it cut / raise ...": the size of the change, "by 12%", "by 2 points"; a sentence
        # with numbers but none after "by" may still say it ("from 8 to 6")
        found = [m for m in numbers(text) if sizes_change(m, text)]
        if found:
            return 1.0
        return 0.5 if [m for m in numbers(text) if not is_weak(m, text)] else 0.0
    if e == Expect.NUMBER and set(q.terms) & SCORE_WORDS:  # "what was the score?": a scoreline
        spans = [(m.group(0), m.start()) for m in SCORE_RE.finditer(text)]
    elif e == Expect.NUMBER:
        found = undated_numbers(text)
        strong = [m for m in found if not is_weak(m, text)]
        spans = [(m.group(0), m.start()) for m in strong]
        if not spans and found:  # only an age or "one": hardly the count or amount asked for
            return 0.3
        units = asked_units(q, w)
        if units and strong and not any(in_units(m, text, units) for m in strong):
            return w.unit_less  # "how tall is the tower?": "six faces" is no height, "301m" is (qa39)
    elif e == Expect.MONEY:
        spans = [
            (m.group(0), m.start())
            for m in numbers(text)
            if m.group("cur") or m.group("curw") or m.group("curw2")
        ]
        if not spans:  # an amount without its currency may still be money; a share, an age, "dozens" never is
            # ... nor a date or a year ("built in 1887", "from 2011 to 2015")
            plain = [
                m
                for m in undated_numbers(text)
                if not (
                    m.group("pct")
                    or m.group("pct2")
                    or is_weak(m, text)
                    or is_vague(m)
                    or measured(m, text)
                    or not_money(m, text)
                )
            ]
            return 0.5 if plain else 0.0
    elif e == Expect.PERCENT:
        spans = [(m.group(0), m.start()) for m in numbers(text) if m.group("pct") or m.group("pct2")]
    elif e == Expect.AGE:
        spans = [(m.group(0), m.start()) for m in AGE_RE.finditer(text)]
    elif e == Expect.DURATION:
        spans = [(m.group(0), m.start()) for m in DURATION_RE.finditer(text)] + until(text)
    elif e == Expect.DATE:
        spans = [(m.group(0), m.start()) for m in dates(text, q)]
    elif e == Expect.POSITION:
        spans = [(m.group(0), m.start()) for m in POSITION_RE.finditer(text)]
    elif e == Expect.PERSON:
        spans = [(n, text.find(n)) for n in sentence_names(text) if bare_name(n) not in q.names]
        fresh = [n for n, _ in spans if _not_in_question(n, q)]
        wanted = _COUNT_ASKED.match(q.text)
        if wanted and len(fresh) < _COUNTS.get(wanted.group(1).lower(), 1):
            return 0.3  # "which two ministers ...": a sentence naming fewer does not answer
        # a role after "as" is one someone takes ("who did she succeed as head of ..."), not the asked one's
        asked = re.findall(r"(?<!\bas )\b[a-z]+", q.text.lower())
        roles = list(q.roles) if q.roles is not None else [w for w in asked if w in ROLE_WORDS]
        if roles and fresh and not any(_names_role(text, r) for r in roles):
            return 0.3  # "who is the mayor": the name must stand with the role
        if q.head and q.head not in roles and fresh and not any(_stands_with(text, n, q.head) for n in fresh):
            return (
                w.head_fit
            )  # "which zoo": a name that is not the zoo's ("Cleveland Zoo", "the zoo, Ark Park")
    elif e == Expect.PLACE:
        spans = [
            (m.group(1), m.start(1))
            for m in PLACE_RE.finditer(text)
            if not DATE_RE.fullmatch(m.group(1).removeprefix("the ")) and m.group(1).lower() not in LANGUAGES
        ] + [(m.group(1), m.start(1)) for m in PLACE_COMPOUND_RE.finditer(text)]
        if not spans:  # "sent to a youth court", "taken to hospital": a place without a name
            return 0.6 if PLACE_NOUN_RE.search(text) else 0.0
    elif e == Expect.CAUSE:
        found = cause_marks(text)
        if found and w.restated_cause < 1.0 and not any(gives_reason(q, text, m, lem) for m in found):
            return (
                w.restated_cause
            )  # "why were they down to nine players?" on "... after they were cut to nine players"
        return 1.0 if found else (0.6 if next_text and CAUSE_OPEN.match(next_text) else 0.0)
    elif e == Expect.SPEECH:
        low = text.lower()
        said = any(w in SPEECH_FORMS for w in re.findall(r"[a-z]+", low))
        quoted = QUOTE_RE.search(text) or continues_quote(text)
        return 1.0 if quoted or said or "according to" in low else 0.0
    elif e == Expect.MANNER:
        return 1.0 if MANNER_RE.search(text) else 0.0
    elif e == Expect.AILMENT:  # a word of the question ("injuries" for "what injury") is not the answer
        question_words = {_singular(x) for x in re.findall(r"[a-z]+", q.text.lower())}
        ailments = {x for x in re.findall(r"[a-z]+", text.lower()) if x in AILMENT_WORDS}
        if any(_singular(x) not in question_words for x in ailments):
            return 1.0
        # "how did the driver die?", "how is she doing?": a state of health or the way someone came to harm answers too
        return 1.0 if HEALTH_RE.search(text) and health_question(q) else 0.0
    elif e == Expect.FUTURE:
        return 1.0 if FUTURE_RE.search(text) else 0.0
    else:
        return 0.0
    if not spans:
        return 0.0
    return 1.0 if any(_not_in_question(i, q) for i, _ in spans) else 0.3
