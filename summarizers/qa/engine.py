"""Answering: pick the sentence that answers, cut the short answer from it, cite it; and conversation turns.

The flow for one question: analyse it (:mod:`.question`), resolve what it refers back to from the
conversation state (:mod:`.conversation`), score every sentence of the articles by BM25 over lemma
keys plus its fit to the question's type (:mod:`.retrieve`), re-order the best three by their parse
(does a question word govern an item of the expected kind, in the question word's role: :mod:`.rerank`),
and cut the short answer from the best sentence (:mod:`.extract`). The answer text is the span
followed by its sentence, or the sentence alone; the best sentence must reach
:attr:`Weights.min_relevance`, and when none does the article doesn't say. All weights: :mod:`.weights`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsbrief.summarizers.lexicon.qa import (
    AGE_AT_EVENT,
    ANOTHER_WORDS,
    CALL_QUESTION,
    EVENT_KIN,
    FIXED_DATE_PATTERN,
    GENERIC_COUNTED,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    IT_PRONOUNS,
    JOB_QUESTION,
    LIGHT_WORDS,
    LISTED_NO_QUESTION,
    LISTED_ORDINALS,
    LISTED_STORY_PATTERN,
    MEASURE_NOUNS,
    MONEY_FAMILIES,
    NEXT_GENERIC,
    OBJECT_WHO,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PARTICLES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLACE_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    ROLE_WORDS,
    SCORE_WORDS,
    SPEECH_LEMMAS,
    THING_PRONOUNS,
    TIME_PRONOUNS,
)
from newsbrief.summarizers.lexicon.text import OPENING_QUOTE_MARKS
from newsbrief.summarizers.qa.conversation import ConversationState, Turn, advance
from newsbrief.summarizers.qa.epithets import epithet_age
from newsbrief.summarizers.qa.extract import (
    NOUN_KINDS,
    aged,
    aged_passage,
    answer_kind,
    asked_offices,
    asks_ahead,
    asks_audience,
    asks_job,
    asks_now,
    asks_opponent,
    asks_worth,
    audience_count,
    counts_plainly,
    dated_ahead,
    dated_behind,
    dated_event,
    head_kinds,
    holds_office,
    names_actor,
    names_kind,
    names_someone,
    office_of_asked,
    opponents,
    pronoun_aged,
    span,
    span_of_kind,
    tells_job,
    tells_office,
    values_thing,
)
from newsbrief.summarizers.qa.question import Expect, Question, QuestionType, analyse
from newsbrief.summarizers.qa.rerank import (
    asked_noun,
    asked_roles,
    asked_verbs,
    asks_passive,
    gives_strong_reason,
    may_report_reason,
    parse,
    parse_fits,
    question_parse,
    question_role,
    reports_reason,
)
from newsbrief.summarizers.qa.retrieve import (
    CAUSE_OPEN,
    DATE_RE,
    FUTURE_RE,
    SPEECH_FORMS,
    YEAR_RE,
    Passage,
    cause_marks,
    counted_key,
    counts,
    dates,
    gives_reason,
    harm_terms,
    idf_table,
    index_article,
    numbers,
    quotes,
    refines,
    relevance,
    roundings,
    runs_on,
    sentence_names,
    type_fit,
)
from newsbrief.summarizers.qa.sexes import agreeing, apostrophes, asked_sex, no_sex, sex_reader
from newsbrief.summarizers.qa.speaker import body_speaks, gives_words, speaks
from newsbrief.summarizers.qa.weights import WEIGHTS, Weights
from newsbrief.summarizers.qa.words import (
    NAME_FORM_OF,
    Lemmatizer,
    bare_key,
    families,
    key_of,
    lemmatizer,
    name_forms,
    synonyms,
    terms,
    words,
)
from newsbrief.summarizers.types import Answer, Briefing, Citation

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

NOT_ANSWERED = "The article doesn't say."
_NUMERIC = (Expect.NUMBER, Expect.MONEY, Expect.PERCENT)
_TYPED = (*_NUMERIC, Expect.DURATION, Expect.PLACE, Expect.POSITION, Expect.AILMENT)
_ITEMS = (*_TYPED, Expect.AGE, Expect.DATE, Expect.PERSON)  # a short item a sentence can hold beside others
NOT_ANSWERED_MANY = "The stories don't say."
# what an answer says when its best sentence lacks the item asked for (an age is often written in ways the
# age pattern misses, "a nine-year-old", and a person or a reason has no such test: those are not hedged)
_UNSAID = {
    Expect.NUMBER: "The article doesn't say how many.",
    Expect.MONEY: "The article doesn't say how much.",
    Expect.PERCENT: "The article doesn't give the share.",
    Expect.DURATION: "The article doesn't say how long.",
    Expect.DATE: "The article doesn't say when.",
    Expect.PLACE: "The article doesn't say where.",
    Expect.POSITION: "The article doesn't give the position.",
}

Source = Sequence[Briefing] | Sequence[tuple[str, Citation]]


@dataclass(frozen=True)
class _Article:
    sentences: list[str]
    citation: Citation
    briefing: Briefing | None


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


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
    return sents


def _site(url: str) -> str:
    """The site of a link, as a reader names it: "https://www.cnn.com/2015/..." -> "cnn.com"."""
    host = urlsplit(url).hostname or url
    return host[4:] if host.startswith("www.") else host


def _briefing_citation(b: Briefing) -> Citation:
    """Where a briefing's sentences come from: the outlet's name (the briefing's outlets: a feed's name, a
    page's own site name; else a source that is not a link; else the link's site), link and title."""
    aid = b.article_ids[0] if b.article_ids else ""
    url = next((s for s in b.sources if s.startswith(("http://", "https://"))), None)
    url = url or next((o.url for o in b.outlets if o.url), None)
    outlet = next((o.name for o in b.outlets if o.name), None)
    outlet = outlet or next((s for s in b.sources if not s.startswith(("http://", "https://"))), None)
    source = outlet or (_site(url) if url else None)
    return Citation(article_id=aid, sentence="", source=source, url=url, title=b.title or None)


def _articles(source: Source) -> list[_Article]:
    if not source:
        return []
    if isinstance(source[0], Briefing):
        return [
            _Article(_briefing_sentences(b), _briefing_citation(b), b)
            for b in source
            if isinstance(b, Briefing)
        ]
    order: dict[str, list[str]] = {}
    cites: dict[str, Citation] = {}
    for sentence, cite in source:  # type: ignore[misc]
        order.setdefault(cite.article_id, []).append(sentence)
        cites.setdefault(cite.article_id, cite)
    return [_Article(sents, cites[aid], None) for aid, sents in order.items()]


@dataclass(frozen=True)
class _Context:
    """What a follow-up brings from the thread: extra weighted query terms and the previous answer's place."""

    query: dict[str, float]
    previous: tuple[str, int] | None  # (article id, sentence position) of the previous answer
    answered: frozenset[tuple[str, int]] = frozenset()  # sentences earlier turns answered with
    referent: str = ""  # what the question's "it" / "its" points to (kept in the turn for the next "it")
    # sentences earlier turns answered with, when they asked for another kind of item than this question
    answered_other: frozenset[tuple[str, int]] = frozenset()
    person: str = ""  # the person the question's "he" / "she" / "that player" means (qa19)
    they: str = ""  # what the question's "they" / "them" means (kept in the turn for the next "they")


def _lead(arts: list[_Article]) -> str:
    """The story's lead actor (the briefing's first), when the question is about one briefed article."""
    if len(arts) != 1 or arts[0].briefing is None or not arts[0].briefing.actors:
        return ""
    return arts[0].briefing.actors[0].name


def _people(arts: list[_Article]) -> list[str]:
    """The people the briefings name (their actors of kind PERSON), in the briefings' order."""
    return [
        a.name for art in arts if art.briefing is not None for a in art.briefing.actors if a.kind == "PERSON"
    ]


def _sexes(arts: list[_Article]) -> Callable[[str], str]:
    """The articles' people's sex as their own words show it (:mod:`.sexes`)."""
    return sex_reader([s for art in arts for s in art.sentences], _people(arts))


def _resolve(
    q: Question,
    state: ConversationState,
    lem: Lemmatizer,
    w: Weights,
    lead: str = "",
    sex_of: Callable[[str], str] = no_sex,
    people: Sequence[str] = (),
    fragment: bool = False,
    near: Callable[[], Sequence[str]] = tuple,
) -> _Context:
    """``near``: the people the last answer's sentence names (:func:`_near_people`)."""
    query: dict[str, float] = {}
    last = state.last
    sex_of = _told_sexes(state, sex_of)

    def add(text: str, weight: float) -> None:
        for t in terms(text, lem):
            if t not in q.terms:
                query[t] = max(query.get(t, 0.0), weight)

    if last is None:
        # a thread's first question that says "he" / "she" without naming anyone means the story's lead, or,
        # when the lead is no person, its first person; of the pronoun's sex when the article shows it
        said = next((r for r in q.references if r in PERSON_PRONOUNS), "")
        if lead and not q.names and said:
            cands = (lead,) if lead in people or not people else tuple(people)
            add(agreeing(cands, said, sex_of, people)[0], w.referent)
        return _Context(query, None)

    referent = person = they = ""
    for ref in q.references:
        word, _, noun = ref.partition(" ")
        target: tuple[str, ...] = ()
        owner: tuple[str, ...] = ()
        if noun and word in POSSESSIVE_PRONOUNS and noun in ORG_NOUNS:
            # "her bank", "his union's": the organisation of that kind named earlier, not the person; the
            # one whose name holds the noun first, then the last answer's, then the latest named; none named:
            # the person "his" / "her" means, whose organisation the article names beside them (qa21)
            target = _naming(state.groups, noun) or last.groups or _not_places(state)
            if not target and word in PERSON_PRONOUNS:
                target = owner = agreeing(state.people, word, sex_of, people, near)
        elif noun and noun in GROUP_NOUNS:  # "that company", "the second team": an organisation named earlier
            target = _naming(state.groups, noun) or state.groups or state.things
        elif noun and _person_noun(noun, lem):  # "that player", "the second suspect", "that opponent"
            target = state.people or state.things
        elif word in PERSON_PRONOUNS:
            target = agreeing(state.people, word, sex_of, people, near)
        elif word in GROUP_PRONOUNS:
            plural = _plural_referent(q, state)
            target = (plural,) if plural else state.groups or state.people
            they = they or (target[0] if target else "")
        elif word in PLACE_PRONOUNS:
            target = state.places
        elif word in TIME_PRONOUNS:
            target = state.times
        elif word in IT_PRONOUNS:
            # "it" again means what the previous "it" meant; else an organisation the last answer named
            # ("Which union ...?" -> "What does it want?"); else the thing the last question asked about
            target = ((last.referent,) if last.referent else ()) or last.groups or state.things
            referent = referent or (target[0] if target else "")
        elif word in THING_PRONOUNS:
            target = state.things
        if target:
            add(target[0], w.referent)
            if owner or (not noun and word in PERSON_PRONOUNS) or (noun and _person_noun(noun, lem)):
                person = person or (target[0] if target is not state.things else "")
    ctx = w.context_elliptical if q.elliptical else w.context
    # a question without a verb ("On which horse?", "In what year?") asks another item of the previous
    # question's event: that question's words are this one's, and its answer's sentence may hold the item
    add(" ".join(last.focus), w.frame if fragment else ctx)
    add(last.answer.split(" \u2014 ")[0] if " \u2014 " in last.answer else "", ctx)
    prev = None
    if last.answered and last.article_ids:
        prev = (last.article_ids[0], last.position)
    # a sentence an earlier turn answered with is not new, unless this question wants another kind of item
    # from it ("Who won?" then "How old is she?" then "When?": one sentence often holds all three)
    other = q.expect in _ITEMS and not ANOTHER_WORDS & {w.lower() for w in words(q.text)}
    done = [(t.article_ids[0], t.position, t.question) for t in state.turns if t.answered and t.article_ids]
    # ... so does a bare "that" / "this" ("Which ship was that?"): the thing the last answer told of (qa24)
    if fragment or {"that", "this"} & set(q.references):
        done = done[:-1] if last.answered and last.article_ids else done
    if _JOB.match(q.text):
        # "what does he do for work?": the sentence that answered "who" most often gives the job too
        done = [(a, p, t) for a, p, t in done if analyse(t, lem).expect != Expect.PERSON]
    if person and _named_by_last(person, last, lem) and _told_there(q, last, lem, w, person):
        # "Who paid tribute?" -> "How did he pay tribute?": the sentence that answered "who" with the person the
        # "he" / "she" now means tells what they did, often how or why, and may give their age: no repeat
        # penalty for it (qa35; follow-ups extra5 0.635 -> 0.646, dev held 0.833 -> 0.845, no other set moved;
        # for any question but who / what-did-she-say, extra3 and extra2 lost one each; for person questions
        # too, extra3 lost one)
        done = [(a, p, t) for a, p, t in done if t != last.question]
    fresh = not q.references and not q.elliptical and not fragment
    if w.fresh_unpenalised and fresh and not ANOTHER_WORDS & {w.lower() for w in words(q.text)}:
        # a follow-up that points back at nothing ("Where was the match played?": no "he", "it", "there",
        # no "And ...?", no "else" / "other") asks afresh, as a first question would: no repeat penalty
        # (qa36; follow-ups extra5 0.646 -> 0.656, extra2 0.698 -> 0.708, extra 0.795 -> 0.8, no other set
        # moved; a lower penalty for every question, or for span / how / why after another kind, or where the
        # asked kind fits the earlier sentence beside its answer, traded sets)
        done = []
    used = frozenset((a, p) for a, p, _ in done)
    same = frozenset((a, p) for a, p, text in done if not other or analyse(text, lem).expect == q.expect)
    return _Context(query, prev, same, referent, used - same, person, they)


_JOB = re.compile(JOB_QUESTION, re.I)
_CALL_QUESTION = re.compile(CALL_QUESTION, re.I)


def _near(state: ConversationState, nlp: Language | None) -> Callable[[], tuple[str, ...]]:
    """What gives the names of people in the last answer's sentence: its person entities, and its names of two
    words or more that no other entity is and that hold no word of an organisation's name (the small model cuts
    invented names short, "Ana" an organisation). Called only when a "he" / "she" fits no person the thread or
    the briefing names: the one sentence's parse (cached) is paid only then."""
    return lambda: _near_people(state, nlp)


def _near_people(state: ConversationState, nlp: Language | None) -> tuple[str, ...]:
    last = state.last
    if nlp is None or last is None or not last.answered:
        return ()
    sentence = last.answer.split(" \u2014 ", 1)[-1]
    ents = [(e.text, e.label_, e.start_char) for e in parse(sentence, nlp).ents]
    others = {re.sub(r"^the ", "", t, flags=re.I) for t, label, _ in ents if label != "PERSON"}
    named = [
        n
        for n in sentence_names(sentence)
        if len(n.split()) > 1 and n not in others and not any(w.lower() in ORG_NAME_WORDS for w in n.split())
    ]
    return tuple(dict.fromkeys([*(t for t, label, _ in ents if label == "PERSON"), *named]))


def _plural_referent(q: Question, state: ConversationState) -> str:
    """What "they" / "them" means, unless the last answer named organisations (they come first): what the last
    "they" meant; else the plural nouns of the last two questions, most
    recent first ("How many children does she have?" -> "How do they feel?": the children); "" for none."""
    last = state.last
    if last is None or last.groups:
        return ""
    if last.they:
        return last.they
    for turn in reversed(state.turns[-2:]):
        found = [p for p in turn.plurals if p not in q.terms]
        if found:
            return found[0]
    return ""


def _plurals(question: str, nlp: Language | None, lem: Lemmatizer) -> tuple[str, ...]:
    """The plural common nouns of ``question`` as lemmas, people and animals first (:data:`NOUN_KINDS`)."""
    if nlp is None:
        return ()
    q = analyse(question, lem)
    doc = question_parse(question, nlp)
    # a fragment's or a date question's noun after "what" / "which" is the kind of item asked for ("On what dates?")
    kind = q.expect == Expect.DATE or not any(t.pos_ in ("VERB", "AUX") for t in doc)
    found = [
        key
        for t in doc
        if t.tag_ == "NNS"
        and t.is_alpha
        and (key := lem.lemma(t.lower_)) in q.terms
        and not (kind and any(c.lower_ in ("what", "which") for c in t.children))
    ]
    alive = [n for n in found if NOUN_KINDS.get(n, frozenset()) & {"person", "animal"}]
    return tuple(dict.fromkeys([*alive, *found]))


def _asked_head(q: Question, nlp: Language) -> str:
    """The noun a which / what person question asks about: the one "which" / "what" determines (:func:`asked_noun`);
    else, when the parser reads "which" as a pronoun, the noun right after it, past adjectives and compounds
    ("Which Nordic singer won?"); else the noun "the name of" takes ("What is the name of her coach?": "coach")."""
    head = asked_noun(q, nlp)
    if head:
        return head
    doc = question_parse(q.text, nlp)
    toks = [t for t in doc if not t.is_punct and t.lower_ not in ("and", "so")]
    if toks and toks[0].lower_ in ("which", "what") and toks[0].pos_ == "PRON":
        for t in toks[1:4]:
            if t.pos_ == "NOUN" and t.dep_ != "compound":
                return t.lower_
            if t.pos_ not in ("ADJ", "NOUN"):
                break
    name = next((t for t in doc if t.lower_ in ("name", "names") and t.dep_ in ("nsubj", "attr")), None)
    of = next((c for c in name.children if c.lower_ == "of"), None) if name is not None else None
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun.lower_ if noun is not None and noun.pos_ == "NOUN" else ""


def _named_by_last(person: str, last: Turn, lem: Lemmatizer) -> bool:
    """The last turn asked who and its answer's span named ``person`` (qa35)."""
    span = last.answer.split(" \u2014 ")[0] if last.answered and " \u2014 " in last.answer else ""
    return bool(span) and person in span and analyse(last.question, lem).expect == Expect.PERSON


def _says(person: str, sentence: str) -> bool:
    """``person`` (by the last word of the name) is followed by a verb of saying, after an aside set off by commas or
    an adverb at most ("Ana Ode, a traffic officer, said ...", "Ode also stated ..."; qa41)."""
    last = re.sub(r"['\u2019]s?$", "", person).split()[-1] if person.strip() else ""
    m = (
        re.search(rf"\b{re.escape(last)}\b(?:,[^,]{{1,90}},)?\s+(?:also\s+|\w+ly\s+)?([a-z]+)", sentence)
        if last
        else None
    )
    return m is not None and m.group(1) in SPEECH_FORMS


def _told_there(q: Question, last: Turn, lem: Lemmatizer, w: Weights, person: str = "") -> bool:
    """The who-turn's sentence may answer ``q`` too: ``q`` asks how or why, or an item other than a person that
    the sentence holds ("How old is she?" after "Who won?" answered from "Ana Ode, 24, won ...") (qa35)."""
    if q.expect in (Expect.MANNER, Expect.CAUSE):
        return True
    if q.expect == Expect.SPEECH:
        # "Which officer gave details of the collision?" -> "What did she say about the junction?": the sentence
        # that named the speaker holds their words when the person is the one saying it ("Ana Ode, an officer,
        # said ...") and it holds what the question asks about ("the junction"), not only the speaker's opening
        # words (qa41)
        told = last.answer.split(" \u2014 ", 1)[-1]  # the sentence after the short answer, or the whole
        topic = [t for t in q.terms if t not in SPEECH_LEMMAS]
        return _says(person, told) and bool(topic) and set(topic) <= set(terms(told, lem))
    return (
        q.expect in _ITEMS
        and q.expect != Expect.PERSON
        and type_fit(q, last.answer.split(" \u2014 ", 1)[1], w=w, lem=lem) >= 1.0
    )


_WH = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.I)


def _wh_fragment(question: str, nlp: Language | None) -> bool:
    """``question`` asks with a question word but has no verb ("On which horse?", "In what year?", "Why?"):
    a fragment that takes the rest of its frame from the previous question (its parse is cached)."""
    if nlp is None or not _WH.search(question):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in question_parse(question, nlp))


def _told_sexes(state: ConversationState, sex_of: Callable[[str], str]) -> Callable[[str], str]:
    """``sex_of``, but a person who answered a question about a husband, a sister ... is of that sex (qa21)."""
    told = {
        name: sex
        for t in state.turns
        if t.answered and " \u2014 " in t.answer and (sex := asked_sex(t.question))
        for name in sentence_names(t.answer.split(" \u2014 ")[0])
    }
    return (lambda name: told.get(name) or sex_of(name)) if told else sex_of


def _aged_who(q: Question, query: dict[str, float], lem: Lemmatizer, w: Weights) -> list[str]:
    """The words an age question's person goes by: the words of the names it uses, the thread's referents,
    and (``w.described_age``) the person nouns that describe someone ("how old is the woman?": "the
    23-year-old woman", "the singer, 41,")."""
    who = [x for n in q.names for x in re.sub(r"['\u2019]s?$", "", n).split()]
    who += [t for t, v in query.items() if v >= w.referent]
    if w.described_age:
        who += [x for x in words(q.text.lower()) if _person_noun(x, lem)]
    return who


def _person_noun(noun: str, lem: Lemmatizer) -> bool:
    """``noun`` names a person ("player", "opponent", "golfer"): the listed ones, or a noun whose only kind
    in :data:`~newsbrief.summarizers.lexicon.noun_kinds.KINDS` is a person (qa21)."""
    return noun in PERSON_NOUNS or NOUN_KINDS.get(lem.lemma(noun), NOUN_KINDS.get(noun)) == {"person"}


def _naming(names: tuple[str, ...], noun: str) -> tuple[str, ...]:
    """The names that hold ``noun`` ("bank" -> "National Bank of Ostmark"), most recent first."""
    stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return tuple(n for n in names if stem in n.lower())


def _not_places(state: ConversationState) -> tuple[str, ...]:
    return tuple(g for g in state.groups if g not in state.places)


def _phrasal(ws: list[str], i: int) -> bool:
    """A particle follows word ``i`` ("take over", "set up"), and not as the preposition of a name
    ("get in Tarnby")."""
    nxt = ws[i + 1].lower() if i + 1 < len(ws) else ""
    after = ws[i + 2] if i + 2 < len(ws) else ""
    return nxt in PARTICLES and not after[:1].isupper()


def _light_terms(q: Question, lem: Lemmatizer | None) -> frozenset[str]:
    """The question's light verbs ("how bad will it get?"), without those a particle makes a phrasal verb
    ("take over", "set up"): a phrasal verb says what happened."""
    ws = words(q.text)
    out: set[str] = set()
    for i, word in enumerate(ws):
        low = word.lower()
        key = lem.lemma(low) if lem is not None else low
        if key in LIGHT_WORDS and not _phrasal(ws, i):
            out.add(key)
    return frozenset(out)


def _asked_synonyms(
    q: Question,
    query: dict[str, float],
    idf: dict[str, float],
    lem: Lemmatizer,
    nlp: Language | None,
    classes: bool = False,
) -> dict[str, frozenset[str]]:
    """The question's words that no sentence uses (the asker's own words) -> the keys of their synonyms in
    the part of speech the question's parse gives them ("who was exonerated?": "acquit"; "what is its name?"
    has the noun "name", not the verb that is "call"). ``classes``: a word of a related-lemma class has the
    synonyms of its own lemma too, and a synonym in a class is matched by the class's key ("when will the plant
    shut?": "close", keyed "end"; qa26)."""
    syn = synonyms(lem, classes)
    wanted = [
        t for t in query if t not in idf and (classes or any((pos, t) in syn for pos in _SENSES.values()))
    ]
    if not wanted or nlp is None:
        return {}
    out: dict[str, frozenset[str]] = {}
    for tok in question_parse(q.text, nlp):
        t = terms(tok.text, lem)
        if not t or t[0] not in wanted:
            continue
        lemma = lem.lemma(tok.text.lower())
        own = lemma if classes and key_of(lemma) != lemma else t[0]
        # a participle ("was she linked to") is an adjective too; a graded adjective ("biggest") is not
        # its plain synonym's grade
        senses = [_SENSES.get(tok.pos_, ""), _ADJ if tok.tag_ == "VBN" else ""]
        found = [
            w for pos in senses if pos and tok.tag_ not in ("JJR", "JJS") for w in syn.get((pos, own), ())
        ]
        if found:
            out[t[0]] = frozenset(found)
    return out


def _money_kin(
    query: dict[str, float], similar: dict[str, frozenset[str]] | None
) -> dict[str, frozenset[str]]:
    """``similar`` with each money word of a how-much query matched by its family's other words ("how much was
    she paid?": "wage", "salary", "earn"), which the sentence giving the amount often uses instead (qa37)."""
    out = dict(similar or {})
    for t in query:
        kin = frozenset(k for fam in MONEY_FAMILIES if t in fam for k in fam) - {t}
        if kin:
            out[t] = out.get(t, frozenset()) | kin
    return out


def _event_kin(
    q: Question, query: dict[str, float], lem: Lemmatizer, nlp: Language
) -> dict[str, frozenset[str]]:
    """Each event noun the question uses as a noun ("when did the crash happen?"; not the verb of "who shot
    him?") -> the keys of the other nouns of its class (:data:`EVENT_KIN`), which a story uses for its event in
    turn ("the accident", "the incident"; qa28)."""
    nouns = {k for tok in question_parse(q.text, nlp) if tok.pos_ == "NOUN" for k in terms(tok.text, lem)}
    out: dict[str, frozenset[str]] = {}
    for cls in EVENT_KIN:
        keys = {k for word in cls for k in terms(word, lem)}
        for t in query.keys() & keys & nouns:
            if keys - {t}:
                out[t] = out.get(t, frozenset()) | frozenset(keys - {t})
    return out


_ADJ = "adj"
_SENSES = {"VERB": "verb", "NOUN": "noun", "ADJ": _ADJ}  # the question parse's tags -> the synonym table's


def _score(
    q: Question,
    ctx: _Context,
    passages: list[Passage],
    w: Weights,
    lem: Lemmatizer | None = None,
    nlp: Language | None = None,
) -> list[tuple[float, float, Passage]]:
    light = _light_terms(q, lem) if w.light != 1.0 else frozenset()
    query = {
        t: (w.measure if t in MEASURE_NOUNS and q.expect in _NUMERIC else w.light if t in light else 1.0)
        for t in q.terms
    }
    if q.expect == Expect.NUMBER and q.type != QuestionType.HOW_MANY:  # "how many did he score?" counts goals
        for t in query.keys() & SCORE_WORDS:  # asked the score: a scoreline, not who scored
            query[t] = w.scoreline
    for t in query.keys() & (harm_terms(q, lem) if w.harm != 1.0 else frozenset()):
        # "how did the driver die?": "die" asks the way, which the answer seldom says with it
        query[t] = w.harm
    for t, v in ctx.query.items():
        query.setdefault(t, v)
    idf = idf_table(passages)
    if lem is not None:
        query = _split_compounds(query, idf, lem)
    avg = sum(p.length for p in passages) / max(len(passages), 1)
    by_pos = {(p.article, p.position): p for p in passages}
    out = []
    default_idf = max(idf.values(), default=1.0)
    family = families(lem) if lem is not None and w.derived else None
    forms = name_forms(lem) if lem is not None and w.name_form else None
    similar = (
        _asked_synonyms(q, query, idf, lem, nlp, w.class_synonyms) if lem is not None and w.synonym else None
    )
    if q.expect == Expect.MONEY and w.money_family:
        similar = _money_kin(query, similar)
    kin = _event_kin(q, query, lem, nlp) if lem is not None and nlp is not None and w.event_kin else None
    rels = {
        (p.article, p.position): relevance(
            query,
            p,
            idf,
            avg,
            w,
            default_idf,
            family,
            similar,
            speech=q.expect == Expect.SPEECH,
            forms=forms,
            kin=kin,
        )
        for p in passages
    }
    prev = ctx.previous
    if prev is not None and _turns_away(q, prev[0], passages):
        prev = None
    for p in passages:
        rel = rels[(p.article, p.position)]
        nxt = by_pos.get((p.article, p.position + 1))
        fit = type_fit(q, p.text, nxt.text if nxt else "", w, lem)
        score = rel + w.type_fit * fit
        if prev is not None and p.citation.article_id == prev[0]:
            score += (
                w.same_story
            )  # a thread over several stories stays on its story unless another answers better
            if abs(p.position - prev[1]) <= 2:
                score += w.locality
        if (p.citation.article_id, p.position) in ctx.answered:
            score -= w.repeat
        elif (p.citation.article_id, p.position) in ctx.answered_other:
            score -= w.repeat_other
        out.append((score, rel, p))
    out.sort(key=lambda x: (-x[0], x[2].article, x[2].position))
    return out


def _split_compounds(query: dict[str, float], idf: dict[str, float], lem: Lemmatizer) -> dict[str, float]:
    """A query word no sentence holds that is two words the sentences do hold, run together ("snowstorm":
    "snow", "storm"; "floodwater"), is searched for as those two words, each at the word's weight."""
    out: dict[str, float] = {}
    for t, v in query.items():
        parts = _compound_parts(t, idf, lem) if t not in idf else ()
        for k in parts or (t,):
            out[k] = max(out.get(k, 0.0), v)
    return out


def _compound_parts(word: str, idf: dict[str, float], lem: Lemmatizer) -> tuple[str, ...]:
    """The keys of both words ``word`` joins, when the sentences hold both (each four letters or more: a
    three-letter part, "weekend" as "week" + "end", matches too much)."""
    if len(word) < 8 or not word.isalpha():
        return ()
    for i in range(4, len(word) - 3):
        left, right = terms(word[:i], lem), terms(word[i:], lem)
        if len(left) == 1 and len(right) == 1 and left[0] in idf and right[0] in idf:
            return (left[0], right[0])
    return ()


def _turns_away(q: Question, article_id: str, passages: list[Passage]) -> bool:
    """The question names something the thread's story never mentions and another story does ("what
    did the energy minister say?" in a thread about a central bank): it turns to that story, so the
    thread's own story gains nothing for being the thread's. Words that name no topic ("next") don't
    count."""
    own: set[str] = set()
    others: set[str] = set()
    for p in passages:
        (own if p.citation.article_id == article_id else others).update(p.keys)
    return any(t not in own and t in others and t not in NEXT_GENERIC for t in q.terms)


def _name_parts(name: str) -> list[str]:
    """The words of a name that identify it on their own ("Irene Castell's" -> irene, castell; "U.S." -> us)."""
    clean = re.sub(r"['\u2019]s?$", "", name.replace("\u2019", "'")).replace(".", "")
    return [w.lower() for w in re.findall(r"[\w&-]+", clean) if len(w) > 2 or w.isupper()]


def _mentions(p: Passage, name: str, speech: bool = False) -> bool:
    """``p`` names ``name``, or goes on about them ("he", a closing quote); with ``speech``, also a quote of
    theirs with no speaker of its own (qa42)."""
    low = " " + re.sub(r"[^\w&-]+", " ", p.text.lower().replace(".", "")) + " "
    parts = _name_parts(name)
    return (
        any(f" {w} " in low or f" {w}s " in low for w in parts)
        or bool(set(parts) & p.inherited)
        or (speech and bool(set(parts) & p.quoted))
        or any(w in p.keys for w in parts)
        or _names_another_form(p.text, parts)
    )


def _names_another_form(text: str, parts: list[str]) -> bool:
    """``text`` names one of ``parts`` in another of its forms, capitalised ("Tory" for "Conservatives", "Britain"
    for "Britons"; not "a conservative estimate"); qa43."""
    forms = [f for w in parts for f in NAME_FORM_OF.get(w, ())]
    if not forms:
        return False
    padded = " " + re.sub(r"[^\w&-]+", " ", text.replace(".", "")) + " "
    return any(f" {f.capitalize()} " in padded or f" {f.upper()} " in padded for f in forms)


def _text(span_text: str, sentence: str) -> str:
    s = span_text.strip()
    if not s or _norm(s) == _norm(sentence) or len(s) > 0.8 * len(sentence):
        return sentence
    return f"{s} \u2014 {sentence}"


MAX_HEADLINES = 5


def _headlines(question: str, arts: list[_Article]) -> Answer:
    """The gist of several stories ("what's new?"): each one's title (else its first sentence), in
    order, each cited without a quote (the title is what it says; the link leads to the rest)."""
    lines: list[str] = []
    cites: list[Citation] = []
    for a in [a for a in arts if a.sentences][:MAX_HEADLINES]:
        lede = a.briefing.summary[0] if a.briefing is not None and a.briefing.summary else a.sentences[0]
        lines.append(f"\u2022 {a.citation.title or lede}")
        cites.append(replace(a.citation, sentence=""))
    return Answer(question, "\n".join(lines), True, tuple(cites))


_LISTED_STORY = re.compile(LISTED_STORY_PATTERN, re.I)
MAX_NEXT_STEPS = 3  # "what happens next?": the story's next steps, at most this many


def points_at_a_listed_story(question: str) -> bool:
    """``question`` names a story by its place in a list ("the second story", "story 3"): the bot
    then passes the thread's latest list of stories beside its other news."""
    return _LISTED_STORY.search(question) is not None


def _listed_story(
    question: str, arts: list[_Article], state: ConversationState
) -> tuple[str, _Article] | None:
    """The question "who is involved in the second story?" after a list of stories (the headlines of "what's
    new?"): the question without its pointer ("what about the third one?": the gist), and that
    story's article; None when the question points at no story of the thread's latest list."""
    m = _LISTED_STORY.search(question)
    if m is None or not state.listed:
        return None
    k = LISTED_ORDINALS[m.group("ord").lower()] if m.group("ord") else int(m.group("num")) - 1
    if k >= len(state.listed):
        return None
    art = next((a for a in arts if a.citation.article_id == state.listed[k]), None)
    if art is None:
        return None
    rest = " ".join(f"{question[: m.start()]} {question[m.end() :]}".split())
    if not {w.lower() for w in words(rest)} - LISTED_NO_QUESTION:
        rest = "what happened?"
    return re.sub(r"\s+([?.!])", r"\1", rest), art


def _in_focus(q: Question, arts: list[_Article], state: ConversationState) -> list[_Article]:
    """The articles a question about "the story" means: with several at hand, a thread that has been
    answering from one of them goes on with it for what next / who is involved."""
    if len(arts) < 2 or q.type not in (QuestionType.WHAT_NEXT, QuestionType.INVOLVED) or q.terms:
        return arts
    last = state.last
    if last is None or not last.answered or last.position < 0 or not state.article_ids:
        return arts
    return [a for a in arts if a.citation.article_id == state.article_ids[0]] or arts


def _special(q: Question, arts: list[_Article]) -> tuple[str, Citation] | None:
    """What next / who is involved / the gist, from the briefing's facets when it has them."""
    b = arts[0].briefing if len(arts) == 1 else None
    if b is None:
        return None
    cite = arts[0].citation
    if q.type == QuestionType.WHAT_NEXT and b.next_steps and not q.terms:
        # the step's sentence when there is one step; the steps themselves when there are several
        step = b.next_steps[0]
        sent = step.sentence or step.text
        steps = [s.text for s in b.next_steps[:MAX_NEXT_STEPS]]
        text = sent if len(steps) == 1 else "\n".join(f"\u2022 {s}" for s in steps)
        return text, replace(cite, sentence=sent)
    if q.type == QuestionType.INVOLVED and b.actors:
        names = [f"{a.name} ({a.role})" if a.role else a.name for a in b.actors[:4]]
        text = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
        return text, replace(cite, sentence=b.actors[0].sentence)
    if q.type == QuestionType.GIST and b.summary and not q.terms:  # "what happened?": the summary
        return " ".join(b.summary), replace(cite, sentence=b.summary[0])
    return None


@dataclass(frozen=True)
class _Result:
    answer: Answer
    span: str
    passage: Passage | None
    relevance: float = 1.0  # the chosen sentence's relevance (what the refusal threshold reads)
    # an age question whose sentence gives the asked person no age (another person's, or none; qa51), an opponent
    # question whose sentence names no opponent (qa56)
    unowned: bool = False


def _answer(
    question: str,
    arts: list[_Article],
    nlp: Language | None,
    state: ConversationState,
    w: Weights | None = None,
) -> _Result:
    """The answer from the articles' sentences, or from the sentences and the captions the cleaning
    removed (``Briefing.captions``, kept after the sentences) when the sentences do not answer, or when
    a caption shares far more of the question (``_CAPTION_LEAD`` times the relevance) than the sentence
    that answers: a caption may say what the story text does not, but a sentence answers first."""
    res = _answer_from_sentences(question, arts, nlp, state, w)
    if not any(a.briefing is not None and a.briefing.captions for a in arts):
        return res
    wider = [
        _Article(
            [*a.sentences, *(c for c in a.briefing.captions if c not in a.sentences)], a.citation, a.briefing
        )
        if a.briefing is not None
        else a
        for a in arts
    ]
    alt = _answer_from_sentences(question, wider, nlp, state, w)
    if not alt.answer.answered:
        return res
    if not res.answer.answered:
        return alt
    caption = alt.passage is not None and alt.passage.position >= len(arts[alt.passage.article].sentences)
    if caption and (w or WEIGHTS).hedged_caption and _hedged(res) and not _hedged(alt):
        # the sentences come closest without the item asked for ("The article doesn't say how many"); a caption
        # that gives it answers (qa34)
        return alt
    if caption and alt.relevance >= _CAPTION_LEAD * res.relevance:
        return alt
    if caption and res.unowned and not alt.unowned and alt.span:
        # "how old is he?": the sentences give only someone else's age, or none; a caption that gives his answers
        # (qa51); "who are they playing?": none names an opponent, a caption that does answers (qa56)
        return alt
    if caption and (w or WEIGHTS).caption_entity and _caption_names(question, res, alt, state, nlp):
        return alt
    return res


def _caption_names(
    question: str, res: _Result, alt: _Result, state: ConversationState, nlp: Language | None
) -> bool:
    """A who / which question that a caption answers with a name of the asked kind: a person for "who", the kind
    the noun of "which X" names (:func:`head_kinds`), by the recogniser's label, that neither the question, the
    thread nor the sentence answering from the text uses (lead, qa47). Not for "who else" / "which other" (the
    one more the thread asks for), "who is Ana Ode's coach?" (whom a role names: the text says it beside the role),
    a name qualifying the question's thing ("the Kell robot" for "who built the robot?"), nor, for a who-question
    asking who acts, a name that is no clause's subject in the caption."""
    if nlp is None or not alt.span or alt.passage is None or _ANOTHER.search(question):
        return False
    lem = lemmatizer(nlp)
    q = analyse(question, lem)
    if q.expect != Expect.PERSON:
        return False
    if state.turns:
        said = [t.question for t in state.turns] + [
            t.answer.split(" \u2014 ")[0] for t in state.turns if " \u2014 " in t.answer
        ]
        q = replace(q, known=" | ".join(said))
    who = bool(re.match(r"\W*(?:and |so )?who\b", question, re.I))
    if who:
        if asks_opponent(q) or _OBJECT_WHO.match(question) or _identity(question, nlp):
            return False
        kinds = frozenset({"person"})
    elif re.match(r"\W*(?:and |so )?(?:which|what)\b", question, re.I):
        q = replace(q, head=_asked_head(q, nlp))
        kinds = head_kinds(q, lem)
    else:
        return False
    found = span_of_kind(q, alt.span, alt.passage.text, nlp, kinds)
    if found is None:
        return False
    name, at = found
    text = alt.passage.text
    if _names_same(apostrophes(name), apostrophes(res.passage.text if res.passage else res.answer.text)):
        return False
    head = _name_head(text, at, name, nlp)
    if head is not None and head.dep_ == "compound" and key_of(lem.lemma(head.head.lower_)) in q.terms:
        return False
    before = re.search(r"([A-Za-z-]+)\W*$", text[:at])
    if (
        not who
        and before
        and _person_noun(before.group(1).lower(), lem)
        and lem.lemma(before.group(1).lower()) != lem.lemma(q.head.lower())
    ):
        # "which player ...?" answered by "club boss Ana Ode": the caption names them by another role
        return False
    if who:
        role = question_role(q, nlp, lem)
        if role is not None and role[0] == "subj" and not _subject_at(text, at, name, nlp):
            return False
    return True


# a question for one more than the thread named ("who else", "which other club")
_ANOTHER = re.compile(r"\b(?:else|other)\b", re.I)


def _identity(question: str, nlp: Language) -> bool:
    """A who-question that asks whom a role names, with no verb but "be" ("who is Ana Ode's coach?")."""
    return bool(re.match(r"\W*(?:and |so )?who\s+(?:is|was|are|were|'s)\b", question, re.I)) and not any(
        t.pos_ == "VERB" for t in question_parse(question, nlp)
    )


def _names_same(name: str, text: str) -> bool:
    """``text`` names the person ``name``: the whole name, or its last word not after another capitalised word
    ("... the coach praised Lund," for "Ivo Lund"; not "Ada Lund", someone else of that surname)."""
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        return True
    last = name.split()[-1]
    if last == name:
        return False
    return any(
        not re.search(r"[A-Z][\w'\u2019-]*['\u2019]?\s*$", text[: m.start()])
        for m in re.finditer(rf"(?<!\w){re.escape(last)}(?!\w)", text)
    )


def _name_head(text: str, at: int, name: str, nlp: Language) -> Token | None:
    """The token of the name at ``at`` in ``text`` whose head is outside the name (by the sentence's parse)."""
    toks = [t for t in parse(text, nlp) if at <= t.idx < at + len(name)]
    return next((t for t in toks if not (at <= t.head.idx < at + len(name)) or t.head.i == t.i), None)


def _subject_at(text: str, at: int, name: str, nlp: Language) -> bool:
    """The name at ``at`` in ``text`` is a clause's subject (through an apposition, a compound or a
    coordination: "Its owner, Ana Ode, said", "Ana Ode and Ben Lim won"), or the root of a verbless caption."""
    tok = _name_head(text, at, name, nlp)
    if tok is None:
        return False
    while tok.dep_ in ("appos", "conj", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "ROOT" and tok.pos_ in ("PROPN", "NOUN"))


def _hedged(res: _Result) -> bool:
    """The answer says the article lacks the item asked for, quoting the closest sentence (:data:`_UNSAID`)."""
    return any(res.answer.text.startswith(u) for u in _UNSAID.values())


_CAPTION_LEAD = 2.0
_OBJECT_WHO = re.compile(OBJECT_WHO)


def _answer_from_sentences(
    question: str,
    arts: list[_Article],
    nlp: Language | None,
    state: ConversationState,
    w: Weights | None = None,
) -> _Result:
    w = w or WEIGHTS
    nope = NOT_ANSWERED_MANY if len(arts) > 1 else NOT_ANSWERED
    if not question.strip() or not any(a.sentences for a in arts):
        return _Result(Answer(question, nope, False), "", None)
    lem = lemmatizer(nlp)
    q = analyse(question, lem)
    if state.turns and q.references:  # a follow-up that points back asks for someone not named so far
        said = [t.question for t in state.turns] + [
            t.answer.split(" \u2014 ")[0] for t in state.turns if " \u2014 " in t.answer
        ]
        q = replace(q, known=" | ".join(said))
    if (
        nlp is not None
        and w.head_fit < 1.0
        and q.expect == Expect.PERSON
        and re.match(r"\W*(?:which|what)\b", question, re.I)
    ):
        q = replace(q, head=_asked_head(q, nlp))
    if (
        nlp is not None
        and q.expect == Expect.PERSON
        and ROLE_WORDS & set(re.findall(r"[a-z]+", question.lower()))
    ):
        # the role words that name the person asked for, by the question's parse (only when it has one: qa41); read
        # as the type fit reads them, a possessor's too ("the governor's wife": the parse leaves it out)
        q = replace(q, roles=asked_roles(q, nlp))
    special = _special(q, _in_focus(q, arts, state))
    if special is not None:
        return _Result(Answer(question, special[0], True, (special[1],)), "", None)
    if q.type == QuestionType.GIST and not q.terms and len(arts) > 1:
        return _Result(_headlines(question, arts), "", None)
    ctx = _resolve(
        q,
        state,
        lem,
        w,
        _lead(arts),
        _sexes(arts),
        _people(arts),
        bool(state.turns) and _wh_fragment(question, nlp),
        _near(state, nlp),
    )
    indexed = [index_article(a.sentences, i, a.citation, lem, _people([a])) for i, a in enumerate(arts)]
    # entity gate: the articles that mention most of the names the question uses; none at all: no answer
    named = [sum(_article_mentions(ps, n) for n in q.names) for ps in indexed]
    allowed = [ps for ps, k in zip(indexed, named, strict=True) if k == max(named)]
    if q.names and max(named) == 0:
        missing = next((n for n in q.names if not any(_article_mentions(ps, n) for ps in indexed)), None)
        if missing and len(arts) == 1:
            return _Result(Answer(question, f"The article doesn't mention {missing}.", False), "", None, 0.0)
        return _Result(Answer(question, nope, False), "", None, 0.0)
    passages = [p for ps in allowed for p in ps]
    if (
        not q.terms
        and not ctx.query
        and q.type in (QuestionType.WHAT_NEXT, QuestionType.GIST, QuestionType.INVOLVED)
    ):
        # nothing to search for: what next = the first forward-looking sentence; the gist = the lede
        pick = next(
            (p for p in passages if q.type == QuestionType.WHAT_NEXT and FUTURE_RE.search(p.text)), None
        )
        if pick is None and q.type != QuestionType.WHAT_NEXT:
            pick = passages[0]
        if pick is None:
            return _Result(Answer(question, nope, False), "", None)
        return _Result(Answer(question, pick.text, True, (pick.citation,)), "", pick)
    ranked = _score(q, ctx, passages, w, lem, nlp)
    if not ranked:
        return _Result(Answer(question, nope, False), "", None)
    ranked = _rerank(q, ranked, nlp, lem, w)
    score, rel, best = ranked[0]
    # "how many people watched the match?": the best-ranked sentence that counts a crowd ("in front of 8,400", "a
    # crowd of 1,250") answers at any relevance (it seldom shares a word with the question), after the steps below
    crowd = (
        next((r for r in ranked if audience_count(r[2].text)), None)
        if w.audience and asks_audience(q)
        else None
    )
    # a person question's words are fewer and often told another way (the answer names someone the question
    # describes): its sentence need share less of them (``w.person_relevance``; qa46)
    least = w.min_relevance * (w.person_relevance if q.expect == Expect.PERSON else 1.0)
    if rel < least and not (q.elliptical and ctx.query) and crowd is None:
        # the best-scored sentence barely shares the question's words: the best one that does answers,
        # and the article doesn't say only when none does
        passing = next(((sc, r, p) for sc, r, p in ranked if r >= least), None)
        # an ailment or a state of health is told by its own words: it answers even when the question names
        # its person another way ("how is the victim doing?" of "a boy ... in a critical condition")
        health = q.expect == Expect.AILMENT and type_fit(q, best.text, w=w) >= 1.0
        if passing is None and not health:
            return _Result(Answer(question, nope, False), "", None, rel)
        # ... unless the best-scored one shares some words and holds an item of the asked kind (a number,
        # a date, a name) that the passing one lacks: the article says it, and this sentence says what
        if passing is not None and not (
            (rel > 0 or health)
            and q.expect in _ITEMS
            and type_fit(q, best.text, w=w) >= 1.0 > type_fit(q, passing[2].text, w=w)
        ):
            score, rel, best = passing
    if q.expect in _TYPED and w.typed_share and type_fit(q, best.text, w=w) == 0.0:
        # "how long / how many / where": a sentence without an item of that kind cannot give the short
        # answer; the best one with such an item that shares enough of the question's words answers instead
        # (a length of time at a lower share: ``duration_share``)
        share = w.duration_share if q.expect == Expect.DURATION else w.typed_share
        typed = _fallback(ranked, share * rel, w, lambda p: type_fit(q, p.text, w=w) > 0.0)
        if typed is not None:
            score, rel, best = typed
    unowned, owned = False, ""
    if q.expect == Expect.AGE and w.age_share and not re.search(AGE_AT_EVENT, question, re.I):
        # "how old is he?": an age given that person ("Ivo Lund, 66,") answers before a sentence that names
        # them, or someone else's age, without theirs (not "how old was she when ...": an age at an event)
        who = _aged_who(q, ctx.query, lem, w)
        if who and not aged_passage(best, who):
            given = _fallback(ranked, w.age_share * rel, w, lambda p: aged_passage(p, who))
            if given is None and (ctx.person or q.names) and type_fit(q, best.text, w=w) == 0.0:
                # "How old is he?" / "how old is Ivo Lund?" on a sentence giving no age: the article often gives
                # it only by an epithet ("the 41-year-old climbed down", "He was 88.") after naming the person
                # (follow4; a question naming the person too, qa56)
                people = _people(arts)
                given = next((r for r in ranked if epithet_age(passages, r[2], who, people)), None)
            if given is not None:
                score, rel, best = given
            unowned = given is None
        owned = aged_passage(best, who) if who else ""
        age = pronoun_aged(best.text, who) if who and not aged(best.text, who) else ""
        if age and type_fit(q, best.text, w=w) == 0.0:
            # "... Ivo Lund ... she insisted she was 22": the age is given through a pronoun, which the age
            # pattern does not see; it answers (not a neighbour's age, which may be someone else's)
            return _Result(Answer(question, _text(age, best.text), True, (best.citation,)), age, best, rel)
    if (
        q.expect == Expect.PERSON
        and w.who_share
        and re.match(r"\W*(?:and |so )?who\b", question, re.I)
        and not names_someone(q, best, nlp)
    ):
        # "who ran the survey?" on "a new survey found ...": the sentence restates the question with a common
        # noun; the best one that names someone answers, when it shares enough of the question's words
        naming = _fallback(ranked, w.who_share * rel, w, lambda p: names_someone(q, p, nlp))
        if naming is not None:
            score, rel, best = naming
    if (
        q.expect == Expect.PERSON
        and w.person_share
        and re.match(r"\W*(?:and |so )?who\b", question, re.I)
        and not asks_opponent(q)
        and not _OBJECT_WHO.match(question)
        and not state.turns
        and not names_actor(q, best, nlp)
    ):
        # "who founded the firm?" on "the Kell-based firm says ...": a sentence whose new names are only places,
        # nationalities or organisations a preposition sets ("a flat near Kell University") names no one who acts;
        # the best one naming a new person or an acting organisation answers, when it shares enough of the
        # question's words (qa30; not a who-question's object, "who is she dating?", nor a follow-up)
        naming = _fallback(ranked, w.person_share * rel, w, lambda p: names_actor(q, p, nlp))
        if naming is not None:
            score, rel, best = naming
    if q.expect == Expect.PERSON and w.role_share and nlp is not None and not state.turns:
        # "who prepared the memo?" on a sentence that restates the question and whose new names stand elsewhere: the
        # best few sentences' one whose new name fills the question word's role on its verb ("prepared by the
        # Kell Institute") answers, when it shares enough of the question's words (qa52; not a follow-up)
        acting = _role_filled(q, ranked, best, rel, nlp, lem, w)
        if acting is not None:
            score, rel, best = acting
    if (
        q.expect == Expect.PERSON
        and w.bare_share
        and nlp is not None
        and not state.turns
        and type_fit(q, best.text, w=w) == 0.0
        and not numbers(best.text)
        and (verbs := asked_verbs(q, nlp, lem))
    ):
        # "which rail union called the strike?" on "Britain's biggest rail union.": a sentence holding no name and
        # no number restates the question's noun and cannot tell which; the best one naming someone new answers, at
        # a lower share of the relevance than ``who_share`` / ``kind_share`` (the restating sentence holds the asked
        # noun's words, which the answering one often leaves out: "the union, Tarn, called it"); the answering one
        # tells the question's own verb ("called"), and a question with none ("which boy is ill?") keeps its
        # sentence: a name beside the adjective alone is as likely someone else's; qa53
        bare = _fallback(
            ranked,
            w.bare_share * rel,
            w,
            lambda p: (
                bool(verbs & set(terms(p.text, lem)))
                and type_fit(q, p.text, w=w) > 0.0
                and names_someone(q, p, nlp)
            ),
        )
        if bare is not None:
            score, rel, best = bare
    offices = asked_offices(q, lem) if w.office_share >= 0 else ()
    if offices and not holds_office(best.text, q, offices) and not tells_office(best.text, q, offices, lem):
        # "who chairs the authority?" on a sentence about the authority that tells no chairing ("chaired by", "who
        # chairs"): the best-ranked one that puts a new full name beside the office ("said DMAA chair Ana Ode")
        # answers (qa62)
        holders = [r for r in ranked if holds_office(r[2].text, q, offices)]
        # the office of the body the question names, at any relevance ("said Kell Pipes chief executive Ana Ode");
        # another's office ("its chief executive" of a firm it bought, a rival's coach) only at ``office_share``
        owners = [office_of_asked(r[2].text, q, offices, lem) for r in holders]
        holder = next((r for r, o in zip(holders, owners, strict=True) if o), None)
        holder = holder or next(
            (r for r, o in zip(holders, owners, strict=True) if o is None or r[1] >= w.office_share * rel),
            None,
        )
        if holder is not None:
            score, rel, best = holder
    kinds = head_kinds(q, lem) if w.kind_share else frozenset()
    if kinds and not names_kind(q, best, nlp, kinds):
        # "which committee ...?": a sentence naming no organisation beyond the question's (a person, a city)
        # does not answer; the best one that does, when it shares enough of the question's words (qa18)
        naming = _fallback(ranked, w.kind_share * rel, w, lambda p: names_kind(q, p, nlp, kinds))
        if naming is not None:
            score, rel, best = naming
    if w.opponent_share and asks_opponent(q) and not opponents(best.text, q):
        # "who are they playing next?": a sentence naming no side after "against", "face", "host" ... does not say
        # whom; the best one that does, when it shares enough of the question's words (qa30)
        facing = _fallback(ranked, w.opponent_share * rel, w, lambda p: bool(opponents(p.text, q)))
        if facing is not None:
            score, rel, best = facing
        # none names the side's opponent: a caption that does answers instead (as for an age: qa56)
        unowned = facing is None
    # what a number question counts, read once: the plain-count step below may blank its own copy
    counted_noun = counted_key(q, lem) if q.expect == Expect.NUMBER or q.type == QuestionType.HOW_MANY else ""
    key = counted_noun if q.expect == Expect.NUMBER else ""
    if key and key not in GENERIC_COUNTED and w.counted_share and not counts(best.text, key, lem):
        # "how many couples": a sentence giving an exact count of couples answers before one that counts
        # something else or says only "dozens of couples", when it shares enough of the question's words
        counted = _fallback(ranked, w.counted_share * rel, w, lambda p: counts(p.text, key, lem))
        if counted is not None:
            score, rel, best = counted
    if key and q.type == QuestionType.HOW_MANY and w.plain_share and not counts_plainly(best.text, key, lem):
        # "how many patients": a sentence whose numbers are shares, sums of money or a score counts nothing;
        # the best one that gives a count answers, when it shares enough of the question's words (qa22; not
        # "and how many on placebo?", which may ask the share the thread asked about)
        key = "" if key in GENERIC_COUNTED else key
        plain = _fallback(ranked, w.plain_share * rel, w, lambda p: counts_plainly(p.text, key, lem))
        if plain is not None:
            score, rel, best = plain
    key = counted_noun if q.type == QuestionType.HOW_MANY else ""
    if key and w.exact_count and (rounding := roundings(best.text, key, lem)):
        # "more than 6,000 runners" in the lede, "6,212 runners" lower down: the exact figure the rounded
        # one stands for answers, wherever it is (a count above "more than N", below "nearly N", near "about N")
        exact = next((r for r in ranked if refines(r[2].text, key, lem, rounding)), None)  # noqa: B023
        if exact is not None:
            score, rel, best = exact
    if key and w.past_share and (year := YEAR_RE.search(best.text)) and not YEAR_RE.search(question):
        # "how many sheep drowned?" on "the valley's last great flood, in 1968, drowned 900 sheep": a count dated to
        # a year the question does not ask about and the article's first sentence does not give is a past
        # event's; the best sentence counting the thing without a year answers, when it shares enough words
        lede = next((p.text for _, _, p in ranked if p.article == best.article and p.position == 0), "")
        if year.group(0) not in lede:
            undated = _fallback(
                ranked,
                w.past_share * rel,
                w,
                lambda p: not YEAR_RE.search(p.text) and bool(counts(p.text, key, lem)),  # noqa: B023
            )
            if undated is not None:
                score, rel, best = undated
    if q.expect == Expect.DATE and w.fixed_date_share and not _fixed_date(best.text, q):
        # "when is the election?" on "... next month's election": a date told only from now, or "now" / "soon",
        # gives way to the best sentence that names the day, month or year, when it shares enough of the
        # question's words (qa34)
        fixed = _fallback(
            ranked,
            w.fixed_date_share * rel,
            w,
            lambda p: _fixed_date(p.text, q) and (not asks_ahead(q) or dated_ahead(p.text, q)),
        )
        if fixed is not None:
            score, rel, best = fixed
    if (
        q.expect == Expect.DATE
        and w.event_date_share
        and nlp is not None
        and not dated_event(best.text, q, nlp, lem)
    ):
        # "when did they marry?" on "she died on Friday, beside her husband": a sentence whose dates belong to
        # other events gives way to the best one with a date in a clause naming the question's event ("they
        # married on 3 May"), when it shares enough of the question's words (not one told only from now, "this
        # season", for a sentence naming a day, month or year)
        tied = _fallback(
            ranked,
            w.event_date_share * rel,
            w,
            lambda p: (
                dated_event(p.text, q, nlp, lem)
                and (not asks_ahead(q) or dated_ahead(p.text, q))
                and (_fixed_date(p.text, q) or not _fixed_date(best.text, q))  # noqa: B023
            ),
        )
        if tied is not None:
            score, rel, best = tied
    if w.ahead_share and asks_ahead(q) and not dated_ahead(best.text, q):
        # "when will she be sentenced?": a sentence dating only what is past does not answer; the best one
        # that puts a date ahead does, when it shares enough of the question's words (qa22)
        ahead = _fallback(ranked, w.ahead_share * rel, w, lambda p: dated_ahead(p.text, q))
        if ahead is not None:
            score, rel, best = ahead
    if w.now_share and nlp is not None and asks_now(q) and dated_behind(best.text, q, nlp):
        # "when is the final?": a sentence dating only what is past ("won it in 2010") does not answer; the best
        # one with a date it does not tell as past does, when it shares enough of the question's words
        now = _fallback(
            ranked,
            w.now_share * rel,
            w,
            lambda p: bool(dates(p.text, q)) and not dated_behind(p.text, q, nlp),
        )
        if now is not None:
            score, rel, best = now
    if w.job_share and asks_job(q) and not tells_job(best.text, q):
        # "what does she do for a living?" on a sentence naming her and no job: the best one telling a job ("the
        # retired nurse", "works as a tailor", "sold fish at the market") answers, when it shares enough of the
        # question's words
        job = _fallback(ranked, w.job_share * rel, w, lambda p: tells_job(p.text, q))
        if job is not None:
            score, rel, best = job
    if q.expect == Expect.SPEECH and q.names and type_fit(q, best.text, w=w) < 1.0:
        # "what did X say": a sentence where nobody speaks does not answer; take the best one where someone does
        # ("what did X call it?": one that quotes the name X gave it, "X dismissed it as 'a farce'", qa56)
        calls = bool(_CALL_QUESTION.match(question))
        speaking = [
            (sc, r, p)
            for sc, r, p in ranked
            if r >= w.min_relevance
            and (type_fit(q, p.text, w=w) >= 1.0 or p.quoted or (calls and quotes(p.text)))
            and all(_mentions(p, n, speech=True) for n in q.names)
        ]
        if not speaking:
            return _Result(Answer(question, nope, False), "", None, rel)
        score, rel, best = speaking[0]
    if q.expect == Expect.SPEECH and ctx.person and w.speaker_share and nlp is not None:
        # "what did she say about ...?": a sentence where the person "she" means speaks, not someone else (qa19)
        heard = _spoken_by(q, ranked, best, rel, ctx.person, nlp, lem, _sexes(arts), w)
        if heard is not None:
            score, rel, best = heard
    if q.expect == Expect.SPEECH and ctx.person and w.topic_share and nlp is not None:
        # "what did he say about the fees?" answered by a sentence of his quote run that says nothing of the fees:
        # the best sentence where he speaks about them (fu13)
        spoke = _on_topic(q, ctx, ranked, best, rel, nlp, lem, _sexes(arts), w)
        if spoke is not None:
            score, rel, best = spoke
    speaker = ctx.person or (q.names[0] if len(q.names) == 1 else "")
    if q.expect == Expect.SPEECH and speaker and nlp is not None:
        # "what did she say?" / "what did Wendt say?" answered by a sentence that only names them beside an act of
        # saying ("the deal was announced by ..."): their own words answer instead (lead, qa44)
        worded = _worded(q, ranked, best, rel, speaker, nlp, lem, _sexes(arts), w)
        if worded is not None:
            score, rel, best = worded
    if w.worth_top and asks_worth(q) and not values_thing(best.text):
        # "how much is the prize worth?" on a sentence that gives no sum as a thing's value: the best of the first
        # few sentences that does ("won the £50,000 Kell Prize") answers, at any relevance (the question's thing
        # is often named another way there, "award" / "Prize"); qa27
        valued = next((r for r in ranked[: w.worth_top] if values_thing(r[2].text)), None)
        if valued is not None:
            score, rel, best = valued
    if crowd is not None and not audience_count(best.text):
        # the crowd's count answers, cut from its sentence (qa27)
        score, rel, best = crowd
        count = audience_count(best.text)
        return _Result(Answer(question, _text(count, best.text), True, (best.citation,)), count, best, rel)
    nxt = _neighbour(passages, best, 1)
    if ctx.person and nxt is not None and _quote_goes_on(q, ctx.person, best, nxt, lem):
        # "how did he say they feel?": the person's quote runs on into the next sentence, which holds asked words
        # the best one lacks: quote both, the short answer cut from that one
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    reported = _reported_reason(q, passages, best, nlp, lem, w)
    if reported is not None:
        # qa32: the body that acted gives its reason a sentence or more later, in words the question lacks
        first, second = (best, reported) if reported.position > best.position else (reported, best)
        return _two(question, q, first, second, reported, nlp, lem, rel)
    if (
        w.short_quote
        and q.expect == Expect.SPEECH
        and ctx.person
        and nxt is not None
        and quotes(best.text)
        and (len(words(best.text)) <= w.short_quote or w.open_quote and runs_on(best.text))
        and bool(set(terms(ctx.person, lem)) & nxt.quoted)
    ):
        # "what did she say the risk was?" on a short quote that only opens her point ("The risk is not the
        # heat.") or one left open, while her quote runs on in the next sentence: quote both, the short answer cut
        # from that one
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    if (
        q.expect == Expect.CAUSE
        and not cause_marks(best.text)
        and nxt is not None
        and (cause_marks(nxt.text) or CAUSE_OPEN.match(nxt.text))
    ):  # the reason opens the next sentence: quote both, in the article's order
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    if q.expect == Expect.CAUSE and nxt is not None and _restates_cause(q, best.text, lem, w):
        # qa31: "... after they were cut to nine players" for "why were they down to nine players?": the sentence
        # restates what is asked; the reason, if the article gives it here, follows: quote both
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    if (
        w.list_share
        and q.expect == Expect.SPAN
        and q.type == QuestionType.OTHER
        and not _LISTS.search(best.text)
    ):
        # a what-question whose best sentence lists nothing: the runner-up whose next sentence lists items
        # answers instead, when it shares nearly as many of the question's words (``w.list_share``)
        up = next(
            (
                (sc, r, p)
                for sc, r, p in ranked[1:2]
                if r >= w.list_share * rel
                and (n := _neighbour(passages, p, 1)) is not None
                and _LISTS.search(n.text)
            ),
            None,
        )
        if up is not None:
            score, rel, best = up
            nxt = _neighbour(passages, best, 1)
    if q.expect == Expect.SPEECH and nxt is not None and nxt.quoted and not quotes(best.text):
        # "what did he say?": the best sentence names the speaker but quotes nothing ("Ana Ode said on Friday:",
        # "Ana Ode spoke outside the court.") and the next one is a quote with no speaker of its own: quote both
        # (qa42)
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    if (
        q.expect == Expect.SPAN
        and q.type == QuestionType.OTHER
        and nxt is not None
        and _sets_up(best.text, nxt.text)
    ):
        # "what did the kit contain?": the best sentence only brings the topic up ("The kit was modest.") and
        # the next one lists what it holds ("Inside: a torch, a rope and two flares."): quote both
        return _two(question, q, best, nxt, best, nlp, lem, rel)
    if (
        q.expect == Expect.PERSON
        and state.turns
        and nxt is not None
        and nlp is not None
        and not names_someone(q, best, nlp)
        and names_someone(q, nxt, nlp)
    ):
        # a follow-up "who ...?" whose sentence names only what the thread named ("The Tarn Trust opened an
        # inquiry.") and the next one names someone new ("Ana Ode, its chair, said ..."): quote both, the name cut
        # from that one
        return _two(question, q, best, nxt, nxt, nlp, lem, rel)
    if q.expect in _ITEMS and q.expect != Expect.PERSON and type_fit(q, best.text, w=w) == 0.0:
        # the sentence that answers holds no item of the asked kind and the next one does ("The team reached
        # the summit on Monday." "It went back to base camp at Lorne Col."), or the one before does: quote
        # both, the item cut from that one
        if nxt is not None and type_fit(q, nxt.text, w=w) >= 1.0:
            return replace(_two(question, q, best, nxt, nxt, nlp, lem, rel), unowned=unowned)
        prv = _neighbour(passages, best, -1)
        if prv is not None and type_fit(q, prv.text, w=w) >= 1.0:
            return replace(_two(question, q, prv, best, prv, nlp, lem, rel), unowned=unowned)
    if q.expect in _UNSAID and type_fit(q, best.text, w=w) == 0.0:
        # the best sentence holds no item of the asked kind (no number for "how many", no place for
        # "where"): say so, and quote it as the closest the article comes, rather than pass it off as the answer
        hedged = f"{_UNSAID[q.expect]} The closest it comes: {best.text}"
        return _Result(Answer(question, hedged, True, (best.citation,)), "", best, rel)
    cut = span(q, best, nlp, lem)
    if owned and not re.search(rf"\b{owned}\b", cut):
        cut = owned  # the age the sentence gives the asked person, not another's beside it (qa51)
    return _Result(Answer(question, _text(cut, best.text), True, (best.citation,)), cut, best, rel, unowned)


# a sentence that announces what follows: it ends on a colon, "as follows", "include" or "such as"
_ANNOUNCES = re.compile(r"(?::|\b(?:as follows|the following|include[sd]?|including|such as))\W*$", re.I)
# a list in a sentence: a colon (not one opening a quote), "include(s)" or "such as", then items
# ("a, b and c", the later ones short, none opening a clause); "including" is left out: it mostly opens
# an aside ("Staff, including the cook, left.")
_LISTS = re.compile(
    r"(?<!\bsaid)(?<!\bsays)(?<!\badded)(?<!\bwrote)(?::|\b(?:include[sd]?|such as)\b)\s+"
    rf"(?![{OPENING_QUOTE_MARKS}])[^,.;:]{{1,80}}(?:,(?!\s*(?:he|she|it|they|we|i|you)\b)[^,.;:]{{1,40}})+,?\s+and\s",
    re.I,
)


def _sets_up(text: str, following: str) -> bool:
    """``text`` only sets a topic up and ``following`` gives its content: ``text`` announces what follows, or
    ``following`` lists items (after a colon, "include" or "such as") while ``text`` lists none."""
    return bool(_ANNOUNCES.search(text)) or (not _LISTS.search(text) and bool(_LISTS.search(following)))


def _neighbour(passages: list[Passage], p: Passage, step: int) -> Passage | None:
    """The sentence ``step`` places after ``p`` in its article (before it when negative), if any."""
    return next((o for o in passages if o.article == p.article and o.position == p.position + step), None)


def _two(
    question: str,
    q: Question,
    first: Passage,
    second: Passage,
    item: Passage,
    nlp: Language | None,
    lem: Lemmatizer,
    rel: float,
) -> _Result:
    """Two neighbouring sentences quoted together, in the article's order, the short answer cut from ``item``."""
    cut = span(q, item, nlp, lem)
    both = f"{first.text} {second.text}"
    return _Result(
        Answer(question, _text(cut, both), True, (first.citation, second.citation)), cut, item, rel
    )


def _spoken_by(
    q: Question,
    ranked: list[tuple[float, float, Passage]],
    best: Passage,
    rel: float,
    person: str,
    nlp: Language,
    lem: Lemmatizer,
    sex_of: Callable[[str], str],
    w: Weights,
) -> tuple[float, float, Passage] | None:
    """The best sentence where ``person`` speaks, when someone else speaks in ``best`` and it shares at least
    ``w.speaker_share`` of ``best``'s relevance; None to keep ``best`` (a sentence that goes on with a quote
    names no speaker: it stays)."""
    asked = next((r for r in q.references if r in PERSON_PRONOUNS), "")
    if speaks(best, person, nlp, lem, sex_of, asked) is not False:
        return None
    share = w.body_share if body_speaks(best, nlp, lem) else w.speaker_share
    return _fallback(ranked, share * rel, w, lambda p: bool(speaks(p, person, nlp, lem, sex_of, asked)))


def _worded(
    q: Question,
    ranked: list[tuple[float, float, Passage]],
    best: Passage,
    rel: float,
    person: str,
    nlp: Language,
    lem: Lemmatizer,
    sex_of: Callable[[str], str],
    w: Weights,
) -> tuple[float, float, Passage] | None:
    """For "what did she say?": when ``best`` names the person but nobody speaks in it and it gives no one's words
    ("the deal was announced by Ana Ruiz"), the best sentence where ``person`` speaks and
    gives words, at ``w.worded_share`` of ``best``'s relevance; None to keep ``best``."""
    asked = next((r for r in q.references if r in PERSON_PRONOUNS), "")
    low = " " + re.sub(r"[^\w&-]+", " ", best.text.lower()) + " "
    if (
        not w.worded_share
        or not any(
            f" {part} " in low for part in _name_parts(person)
        )  # a sentence of a quote run names no one
        or speaks(best, person, nlp, lem, sex_of, asked) is not None
        or gives_words(best, nlp, lem)
    ):
        return None
    return _fallback(
        ranked,
        w.worded_share * rel,
        w,
        lambda p: bool(speaks(p, person, nlp, lem, sex_of, asked)) and gives_words(p, nlp, lem),
    )


def _on_topic(
    q: Question,
    ctx: _Context,
    ranked: list[tuple[float, float, Passage]],
    best: Passage,
    rel: float,
    nlp: Language,
    lem: Lemmatizer,
    sex_of: Callable[[str], str],
    w: Weights,
) -> tuple[float, float, Passage] | None:
    """For "what did she say about X?": when ``best`` holds none of the question's own words but the verb of saying
    (its speaker alone made it relevant), the best sentence where the person ``ctx`` means speaks and that holds
    one, at ``w.topic_share`` of ``best``'s relevance; None to keep ``best``."""
    topic = {t for t in q.terms if t not in SPEECH_LEMMAS and t not in ctx.query}

    def holds(p: Passage) -> bool:  # a key may keep a closing quote mark ("poor'")
        return any(bare_key(k) in topic for k in p.keys)

    if not topic or holds(best):
        return None
    asked = next((r for r in q.references if r in PERSON_PRONOUNS), "")
    return _fallback(
        ranked,
        w.topic_share * rel,
        w,
        lambda p: holds(p) and bool(speaks(p, ctx.person, nlp, lem, sex_of, asked)),
    )


def _quote_goes_on(q: Question, person: str, best: Passage, nxt: Passage, lem: Lemmatizer) -> bool:
    """A question asking what ``person`` said, whose best sentence quotes them, and the next sentence goes on with
    their quote (no speaker of its own) holding some of the question's words the best sentence lacks."""
    asked = {lem.lemma(w.lower()) for w in words(q.text)}
    return (
        bool(asked & SPEECH_LEMMAS)
        and quotes(best.text)
        and bool(set(terms(person, lem)) & nxt.quoted)
        and any(t in nxt.keys and t not in best.keys for t in q.terms)
    )


def _reported_reason(
    q: Question, passages: list[Passage], best: Passage, nlp: Language | None, lem: Lemmatizer, w: Weights
) -> Passage | None:
    """For a why-question whose ``best`` sentence names no reason outright, the nearest of the next
    ``w.reason_window`` sentences, then of as many before it, that reports one ("The firm blamed higher costs
    ..."), if any (qa32)."""
    if (
        q.expect != Expect.CAUSE
        or nlp is None
        or not w.reason_window
        or gives_strong_reason(parse(best.text, nlp), lem)
    ):
        return None
    steps = [*range(1, w.reason_window + 1), *range(-1, -w.reason_window - 1, -1)]
    near = (n for step in steps if (n := _neighbour(passages, best, step)) is not None)
    return next(
        (n for n in near if may_report_reason(n.text, lem) and reports_reason(parse(n.text, nlp), lem)), None
    )


def _restates_cause(q: Question, text: str, lem: Lemmatizer, w: Weights) -> bool:
    """``text`` has cause words, each opening a clause that says little more than the question (qa31)."""
    found = cause_marks(text)
    return bool(found) and w.restated_cause < 1.0 and not any(gives_reason(q, text, m, lem) for m in found)


_FIXED_DATE = re.compile(FIXED_DATE_PATTERN)


def _fixed_date(text: str, q: Question) -> bool:
    """A date of ``text`` (:func:`.retrieve.dates`) names its day, month, year or feast (``FIXED_DATE_PATTERN``)."""
    return any(_FIXED_DATE.search(m.group(0)) for m in dates(text, q))


def _fallback(
    ranked: list[tuple[float, float, Passage]], floor: float, w: Weights, fits: Callable[[Passage], object]
) -> tuple[float, float, Passage] | None:
    """The best-ranked sentence that ``fits`` and whose relevance is at least ``floor`` (a share of the chosen
    sentence's) and ``w.min_relevance``, or None: how a chosen sentence that cannot give the kind of answer
    asked for gives way to one that can (``typed_share``, ``age_share``, ``who_share``, ``kind_share``,
    ``counted_share``, ``plain_share``, ``ahead_share``, ``speaker_share``)."""
    floor = max(w.min_relevance, floor)
    return next((r for r in ranked if r[1] >= floor and fits(r[2])), None)


def _role_filled(
    q: Question,
    ranked: list[tuple[float, float, Passage]],
    best: Passage,
    rel: float,
    nlp: Language,
    lem: Lemmatizer,
    w: Weights,
) -> tuple[float, float, Passage] | None:
    """The best of the first ``w.role_top`` sentences whose new item of the asked kind fills the subject's role the
    question word has (:func:`.rerank.parse_fit` 1: "who prepared the memo?" / "prepared by the Kell Institute"), when the
    chosen sentence has none there and its relevance is at least ``w.role_share`` of the chosen one's; else None."""
    role = question_role(q, nlp, lem)
    # "who did she meet?": an object question's sentence stays (qa52); "who was charged?" asks the one a passive
    # verb acts on, told as the object of the active verb ("police charged Ana Ode"): it moves (qa63)
    if role is None or (role[0] != "subj" and not (w.passive_role and asks_passive(q, nlp))):
        return None
    head = [r for r in ranked[: w.role_top] if r[2] is not best]
    floor = max(w.min_relevance, w.role_share * rel)
    head = [r for r in head if r[1] >= floor]
    if not head:
        return None
    fits = parse_fits(q, [best.text] + [p.text for _, _, p in head], nlp, lem, w.parse_near)
    if fits[0] >= 1.0:
        return None
    return next((r for r, f in zip(head, fits[1:], strict=True) if f >= 1.0), None)


def _someone_fits(
    q: Question, head: list[tuple[float, float, Passage]], nlp: Language, w: Weights
) -> list[tuple[float, float, Passage]]:
    """A person question's best few sentences, each whose names are only places, nationalities, dates or
    events ("a Norvish singer's claim", "met in Kestwick on Easter Monday") fitting ``w.someone_fit`` of a
    name, not the whole: its capitalised words gave it the type fit of a sentence naming someone
    (:func:`names_someone`)."""
    out = []
    for sc, rel, p in head:
        fit = type_fit(q, p.text, w=w)
        if fit > w.someone_fit and not names_someone(q, p, nlp):
            sc -= w.type_fit * (fit - w.someone_fit)
        out.append((sc, rel, p))
    out.sort(key=lambda x: (-x[0], x[2].article, x[2].position))
    return out


def _rerank(
    q: Question, ranked: list[tuple[float, float, Passage]], nlp: Language | None, lem: Lemmatizer, w: Weights
) -> list[tuple[float, float, Passage]]:
    """The best few sentences re-ordered by their score plus ``w.parse_fit`` x their parse fit."""
    if nlp is None or not w.parse_fit or w.rerank_top < 2 or len(ranked) < 2:
        return ranked
    top = ranked[0][0]
    head = [r for r in ranked[: int(w.rerank_top)] if r[0] >= top - w.rerank_margin]
    if len(head) < 2:
        return ranked
    if q.expect == Expect.PERSON and w.someone_fit < 1.0:
        head = _someone_fits(q, head, nlp, w)
        ranked = head + ranked[len(head) :]
    # a sentence more than ``w.parse_fit`` away from every other one keeps its place whatever its parse
    # says (the bonus is at most ``w.parse_fit``): only the others are parsed, in one batch
    reach = w.parse_fit + 1e-9
    close = [
        any(j != i and abs(r[0] - o[0]) <= reach for j, o in enumerate(head)) for i, r in enumerate(head)
    ]
    if not any(close):
        return ranked
    fits = iter(
        parse_fits(q, [p.text for (_, _, p), c in zip(head, close, strict=True) if c], nlp, lem, w.parse_near)
    )
    scored = [
        (sc + (w.parse_fit * next(fits) if c else 0.0), rel, p)
        for (sc, rel, p), c in zip(head, close, strict=True)
    ]
    scored.sort(key=lambda x: (-x[0], x[2].article, x[2].position))
    return scored + ranked[len(head) :]


def _article_mentions(passages: list[Passage], name: str) -> bool:
    """The article names ``name``, or each name of a pairing it joins with a hyphen ("the Kell-Dunmore derby",
    "Arvia-Tesk talks": two sides the article names apart); qa27."""
    if any(_mentions(p, name) for p in passages):
        return True
    sides = [s for s in name.split("-") if s[:1].isupper()]
    return len(sides) > 1 and all(any(_mentions(p, s) for p in passages) for s in sides)


def answer_question(question: str, briefings: Sequence[Briefing], nlp: Language | None = None) -> Answer:
    """Answer a self-contained ``question`` from one or more briefings (their article sentences and facets)."""
    return _answer(question, _articles(briefings), nlp, ConversationState()).answer


def answer_from_sentences(
    question: str, hits: Sequence[tuple[str, Citation]], nlp: Language | None = None
) -> Answer:
    """Answer ``question`` from loose sentences, e.g. full-text search hits ``(sentence, Citation)`` from the store.

    Hits that share an ``article_id`` are one article, in the order given.
    """
    return _answer(question, _articles(hits), nlp, ConversationState()).answer


def answer_in_conversation(
    question: str, source: Source, state: ConversationState | None = None, nlp: Language | None = None
) -> tuple[Answer, ConversationState]:
    """Answer ``question`` as the next turn of the thread ``state``; return the answer and the new state.

    ``source`` is the briefings to answer from, or store hits as ``(sentence, Citation)`` pairs (as
    :func:`answer_from_sentences`). ``state`` None or empty starts a thread. The new state records
    this turn; store it (``state.to_json()``) and pass it back with the next question.
    """
    state = state or ConversationState()
    arts = _articles(source)
    listed = _listed_story(question, arts, state)
    if listed is not None:  # "... in the second story?": that story, and the question without the pointer
        res = _answer(listed[0], [listed[1]], nlp, state)
        res = replace(res, answer=replace(res.answer, question=question))
    else:
        res = _answer(question, arts, nlp, state)
    lem = lemmatizer(nlp)
    q = analyse(question, lem)
    ctx = _resolve(q, state, lem, WEIGHTS, _lead(arts), _sexes(arts), _people(arts), near=_near(state, nlp))
    focus = list(q.terms) + [t for t, v in ctx.query.items() if v >= WEIGHTS.referent]
    ans = res.answer
    turn = Turn(
        question,
        ans.text,
        ans.answered,
        tuple(dict.fromkeys(c.article_id for c in ans.citations)),
        tuple(dict.fromkeys(focus)),
        res.passage.position if res.passage is not None else -1,
    )
    pool = arts if listed is None else [listed[1]]
    caption = res.passage is not None and res.passage.position >= len(pool[res.passage.article].sentences)
    kinds = {a.name: a.kind for art in arts if art.briefing is not None for a in art.briefing.actors}
    people, groups, places, times, things, answer_groups = _named(
        q, res, kinds, nlp, _sexes(arts), state.people
    )
    if ctx.referent:  # the thing "it" meant stays the thread's thing
        things = [ctx.referent, *things]
    if ctx.person in state.people and q.expect != Expect.PERSON:
        # the person "he" / "she" meant, whom the thread named, stays the thread's person: the others the
        # question names ("when did he call Ana Ode?") are what it asks about, not whom the next "he" means
        people = [ctx.person, *(p for p in people if p != ctx.person)]
    # an organisation a caption named is not what a later "it" means: the story's text, where the next answer is
    # sought, calls it by the noun the question asked ("the charity"), which the thread's things keep (qa47)
    turn = replace(
        turn,
        referent=ctx.referent,
        groups=() if caption else tuple(answer_groups),
        plurals=_plurals(question, nlp, lem),
        they=ctx.they,
    )
    return ans, advance(state, turn, people=people, groups=groups, places=places, times=times, things=things)


_PERSON_KINDS = PERSON_NOUNS | ROLE_WORDS
_POSSESSOR = re.compile(r"['\u2019]s?$")


def _kind(name: str, q: Question, in_answer: bool, label: str, sentence: str = "") -> str:
    """PERSON, ORG (an organisation), GROUP (some other group) or PLACE for a name a turn used.

    The name's own words first (a title makes a person, "Partners" / "Police" / "Bank" an organisation),
    then the question that the name answers ("who ...?" wants a person, "which union ...?" an
    organisation), then the briefing's tag (often wrong for names the tagger has never seen)."""
    parts = [w.lower().strip(".'\u2019") for w in name.split()]
    if parts and parts[0] in PERSON_TITLES and len(parts) > 1:
        return "PERSON"
    if sentence and re.search(re.escape(name) + r",\s+(?:aged\s+)?\d{1,3},", sentence):
        return "PERSON"  # the answer's sentence gives the name an age ("Mia Church, 41,"): a person
    if any(w in ORG_NAME_WORDS for w in parts):
        return "ORG"
    if label in ("GPE", "LOC", "FAC"):
        return "PLACE"
    if in_answer and q.expect == Expect.PERSON:
        # the noun "which" asks about, past up to two modifiers ("which former astronaut", "which activist fund")
        asked = re.match(r"\s*(?:and |so )?(?:which|what) ((?:[\w-]+ ){0,2}[\w-]+)", q.text, re.I)
        noun = next(
            (
                w
                for w in (asked.group(1).lower().split() if asked else [])
                if w in ORG_NOUNS | _PERSON_KINDS or NOUN_KINDS.get(w) == {"person"}
            ),
            "",
        )
        if noun in ORG_NOUNS:
            return "ORG"
        if q.type == QuestionType.WHO or noun:
            return "PERSON"  # "which golfer", "which tax inspector": a noun that only names people
        if q.type == QuestionType.WHICH and label != "PERSON":
            return "GROUP"
    if label in ("PERSON", "ORG"):
        return label
    if not label and q.expect == Expect.PLACE:
        return "PLACE"
    return "GROUP"


def _in_question(name: str, q: Question) -> bool:
    """A word of ``name`` is in the question."""
    return any(w.lower() in q.text.lower() for w in name.split())


def _named(
    q: Question,
    res: _Result,
    kinds: dict[str, str],
    nlp: Language | None = None,
    sex_of: Callable[[str], str] = no_sex,
    known: tuple[str, ...] = (),
) -> tuple[list[str], list[str], list[str], list[str], list[str], list[str]]:
    """What this turn named, by kind: the answer span's items first, then the question's; and the
    organisations the answer named.

    A name's kind: :func:`_kind` (its words, the question it answers, the briefing's actors' tags: PERSON /
    ORG / GPE / NORP); for a name that answered, its sentence's entities when the recogniser read them (cached)
    say a place or a date is no person. No new parse here: a turn must stay cheap."""
    people: list[str] = []
    groups: list[str] = []
    places: list[str] = []
    times: list[str] = []
    things: list[str] = []
    answer_groups: list[str] = []
    labels = kinds
    span_names = sentence_names(res.span) if res.span and q.expect in (Expect.PERSON, Expect.PLACE) else []
    # a possessor after the names it qualifies: "Ana Ruiz's coach Ben Ode" is about Ben Ode (qa21)
    asked = sorted(
        (_POSSESSOR.sub("", n) for n in q.names),
        key=lambda n: bool(re.search(re.escape(n) + r"['\u2019]s\b", q.text)),
    )
    for name in dict.fromkeys([*span_names, *asked]):
        plain = apostrophes(name)
        lab = labels.get(name) or next(
            (lab for t, lab in labels.items() if plain in apostrophes(t) or apostrophes(t) in plain), ""
        )
        kind = _kind(name, q, name in span_names, lab, res.passage.text if res.passage is not None else "")
        if kind == "GROUP" and len(name.split()) > 1 and sex_of(name):
            # the article calls them "he" or "she" (qa21); not a lone word ("Leeds ... his"): a team, a town
            kind = "PERSON"
        if (
            kind == "PERSON"
            and name in span_names
            and res.passage is not None
            and _kind(name, q, False, "", res.passage.text) != "PERSON"  # no title, no age
            and not sex_of(name)
        ):
            # a place, a nationality, a date or an event that answered "who" is no he / she for later turns
            # (its sentence's entities: the span was cut from them, so they are read already)
            kind = answer_kind(name, res.passage.text, nlp) or kind
        if kind == "PERSON":
            people.append(name)
        elif kind == "PLACE":
            places.append(name)
            groups.append(name)
        else:
            groups.append(name)
            if name in span_names and kind == "ORG":  # not "Spanish", "Democrats": what "it" may mean
                answer_groups.append(name)
    asks_name = q.expect == Expect.PERSON or "name" in q.terms  # "the minister's name?"
    if asks_name and res.passage is not None and not set(span_names) & set(people):
        # "which sergeant ...?" or "and the minister's name?" answered by a force's name, a nationality or
        # the whole sentence: the story's people that sentence names and neither the question nor the thread
        # (``known``) did may be whom a "he" / "she" next means, after the question's own (qa21)
        named = [
            n
            for n, k in kinds.items()
            if k == "PERSON"
            and n not in known
            and not _in_question(n, q)
            and re.search(rf"\b{re.escape(n.split()[-1])}\b", res.passage.text)
        ]
        people += named
    if res.span and q.expect == Expect.DATE:
        times.append(res.span)
    elif res.passage is not None:
        times += [m.group(0) for m in DATE_RE.finditer(res.passage.text)][:1]
    if q.terms:
        things.append(" ".join(q.terms))
    return people, groups, places, times, things, answer_groups
