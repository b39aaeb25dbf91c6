"""Parse-based re-rank of the best few candidate sentences.

Lexical retrieval leaves near-ties between sentences that share the question's words. The one that
answers usually *relates* a question word to an item of the expected kind: "she succeeded Omar
Velling" (the focus verb governs a person) beats "Brant will be named as director" (no person
hangs on a question word); "members, who hold 60 per cent" (a percentage is the object of the focus
verb) beats "prices rose more than 2 per cent". :func:`parse_fit` reads the dependency parse of one
sentence and says how closely an item of the expected kind stands to a question word in the tree
(1 when one governs the other or they share a head, 0.5 one step further, 0 otherwise). For a
why-question the item is a word that introduces a reason (:func:`cause_fit`: "because", a clause opened
by "as" / "after", "fined for training"), which must stand by the event the question asks about.

Only the top :attr:`Weights.rerank_top` sentences within :attr:`Weights.rerank_margin` of the best are
candidates, and of those only the ones whose place the parse could change (within :attr:`Weights.parse_fit`
of another candidate) are parsed, with the question, in one ``nlp.pipe`` batch (about half the cost of
parsing them one by one), cached by text. So an answer stays inside its time budget.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from newsbrief.summarizers.lexicon.qa import (
    AGE_CUES,
    AGENT_SUFFIXES,
    CAUSE_EVENT_PREPOSITIONS,
    CAUSE_SUBORDINATORS,
    CAUSE_VERB_LEMMAS,
    CAUSE_WORDS,
    DURATION_UNITS,
    LENGTH_UNITS,
    NOUN_DERIVATIONS,
    PLACE_NOUNS,
    REASON_GIVING_LEMMAS,
    ROLE_WORDS,
)
from newsbrief.summarizers.qa.question import Expect, Question
from newsbrief.summarizers.qa.words import Lemmatizer, terms, words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

_LONG_UNITS = DURATION_UNITS | LENGTH_UNITS  # "how long": a length of time or of a thing
_DOCS: OrderedDict[tuple[int, str], Doc] = OrderedDict()
_DOCS_MAX = 512
_DOCS_LOCK = threading.Lock()
_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "ner")
# a question alone is read for its tags and dependencies only (asked_noun, question_role): the entity
# recogniser, last in the pipeline and on a tok2vec of its own, changes neither, and costs half its parse
_QUESTIONS: OrderedDict[tuple[int, str], Doc] = OrderedDict()
_QUESTIONS_MAX = 256
_QUESTION_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler")

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
    Expect.POSITION: frozenset({"ORDINAL"}),
}


# entity labels of a number or a time: a proper noun inside one is no name (qa20)
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def _introduces_reason(t: Token, lem: Lemmatizer) -> bool:
    """``t`` introduces a reason: "because", "due to", a clause opened by "as" / "since" / "after",
    "after" / "following" / "over" + an event that is not a date or number, "for" + an -ing verb ("fined
    for training"), a causing verb ("sparked", "blamed")."""
    low = t.lower_
    if low in CAUSE_WORDS or (low in CAUSE_SUBORDINATORS and t.dep_ == "mark"):
        return True
    if low in CAUSE_EVENT_PREPOSITIONS and t.dep_ == "prep":
        objs = [c for c in t.children if c.dep_ in ("pobj", "pcomp")]
        return bool(objs) and all(not c.ent_type_ and not c.like_num and c.pos_ != "NUM" for c in objs)
    if low == "for":
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in t.children)
    return t.pos_ == "VERB" and lem.lemma(t.text) in CAUSE_VERB_LEMMAS


def cause_fit(q: Question, doc: Doc, lem: Lemmatizer, near: float) -> float:
    """A why-question's fit: 1 when a word introducing a reason stands within two edges of a word of the
    question (the reason is given for the event asked about), ``near`` at three, else 0."""
    focus_keys = _focus_keys(q, lem)
    focus = [t for t in doc if (k := terms(t.text, lem)) and k[0] in focus_keys and not t.ent_type_]
    causes = [t for t in doc if _introduces_reason(t, lem)]
    if not focus or not causes:
        return 0.0
    best = min(_path(f, c) for f in focus for c in causes)
    return 1.0 if best <= 2 else near if best == 3 else 0.0


def gives_strong_reason(doc: Doc, lem: Lemmatizer) -> bool:
    """The sentence names a reason outright: "because", "due to", a causing verb ("sparked", "blamed")."""
    return any(
        t.lower_ in CAUSE_WORDS or (t.pos_ == "VERB" and lem.lemma(t.text) in CAUSE_VERB_LEMMAS) for t in doc
    )


def may_report_reason(text: str, lem: Lemmatizer) -> bool:
    """Whether ``text`` holds a word keyed as a reason-giving verb, read without parsing: a sentence without one
    cannot pass :func:`reports_reason`, so it need not be parsed (the why-question's window looks at up to six)."""
    return any(k in REASON_GIVING_LEMMAS for w in words(text) for k in terms(w, lem)[:1])


def reports_reason(doc: Doc, lem: Lemmatizer) -> bool:
    """The sentence's main verb (or one joined to it) gives a reason in the active voice, with a subject and an
    object: "The firm blamed higher costs ...", "The board attributed the loss to ..." (not "X was blamed for")."""
    for t in doc:
        if t.pos_ != "VERB" or _key(t, lem) not in REASON_GIVING_LEMMAS:
            continue
        if not (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT")):
            continue
        deps = {c.dep_ for c in t.children}
        if "auxpass" in deps or "nsubjpass" in deps:
            continue
        subject = "nsubj" in deps or (t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.head.children))
        if subject and "dobj" in deps:
            return True
    return False


def _cached(key: tuple[int, str], docs: OrderedDict[tuple[int, str], Doc] = _DOCS) -> Doc | None:
    with _DOCS_LOCK:
        hit = docs.get(key)
        if hit is not None:
            docs.move_to_end(key)
        return hit


def _keep(key: tuple[int, str], doc: Doc, docs: OrderedDict[tuple[int, str], Doc] = _DOCS) -> None:
    with _DOCS_LOCK:
        docs[key] = doc
        while len(docs) > (_DOCS_MAX if docs is _DOCS else _QUESTIONS_MAX):
            docs.popitem(last=False)


def parse(text: str, nlp: Language) -> Doc:
    """The parsed sentence (tagger, parser, NER; cached)."""
    key = (id(nlp), text)
    hit = _cached(key)
    if hit is not None:
        return hit
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in _PIPES])
    _keep(key, doc)
    return doc


def parse_all(texts: list[str], nlp: Language) -> None:
    """Parse the sentences not parsed yet in one batch (``nlp.pipe``: a third cheaper than one by one)."""
    todo = list(dict.fromkeys(t for t in texts if _cached((id(nlp), t)) is None))
    if not todo:
        return
    if len(todo) == 1:
        parse(todo[0], nlp)
        return
    disable = [n for n in nlp.pipe_names if n not in _PIPES]
    for text, doc in zip(todo, nlp.pipe(todo, disable=disable), strict=True):
        _keep((id(nlp), text), doc)


def question_parse(text: str, nlp: Language) -> Doc:
    """The question's tags and dependencies: its full parse when it has one (:func:`parse_fits` parses
    it with the sentences), else a parse without entities, cached apart (never read for entities)."""
    key = (id(nlp), text)
    for docs in (_DOCS, _QUESTIONS):
        hit = _cached(key, docs)
        if hit is not None:
            return hit
    doc = nlp(text, disable=[n for n in nlp.pipe_names if n not in _QUESTION_PIPES])
    _keep(key, doc, _QUESTIONS)
    return doc


def _question_parsed(text: str, nlp: Language) -> bool:
    key = (id(nlp), text)
    with _DOCS_LOCK:
        return key in _DOCS or key in _QUESTIONS


def parsed_ents(text: str, nlp: Language) -> list[tuple[str, str, int]] | None:
    """(text, label, char offset) of the entities of an already parsed sentence, else None (no parse here)."""
    doc = _cached((id(nlp), text))
    return None if doc is None else [(e.text, e.label_, e.start_char) for e in doc.ents]


def _items(q: Question, doc: Doc) -> list[Token]:
    """Tokens of ``doc`` that are (part of) an item of the kind ``q`` expects and that the question lacks."""
    labels = _LABELS.get(q.expect)
    if labels is None:
        return []
    qlow = q.text.lower()
    out: list[Token] = []
    for ent in doc.ents:
        if ent.label_ not in labels or ent.text.lower() in qlow:
            continue
        if q.expect == Expect.AGE and not any(t.lower_ in AGE_CUES for t in doc[ent.start : ent.end + 2]):
            continue
        if q.expect == Expect.DURATION and not any(t.lower_.rstrip("s") in _LONG_UNITS for t in ent):
            continue
        out.extend(ent)
    if q.expect in (Expect.NUMBER, Expect.MONEY, Expect.PERCENT) and not out:
        out = [t for t in doc if t.like_num and t.text.lower() not in qlow]
    if q.expect == Expect.PERSON:
        # the small model misses or mislabels many names, invented ones most ("Sgt Ivo Brand" no entity, "Orla
        # Penn-Ady" a work of art): a proper noun counts whatever it is tagged, unless a number or a time (qa20)
        qwords = {w.lower() for w in words(q.text)}
        out += [
            t
            for t in doc
            if t.pos_ == "PROPN"
            and t.ent_type_ not in _NOT_NAMES
            and not {t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")} & qwords
            and t not in out
        ]
    if q.expect == Expect.PLACE:
        out += [t for t in doc if t.pos_ == "NOUN" and t.lower_ in PLACE_NOUNS]
    if q.expect == Expect.DURATION:
        out += [t for t in doc if t.lower_.split("-")[-1].rstrip("s") in _LONG_UNITS and not t.ent_type_]
    return out


def _path(a: Token, b: Token) -> int:
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


def _focus_keys(q: Question, lem: Lemmatizer) -> set[str]:
    name_keys = {t for n in q.names for t in terms(n, lem)}
    return set(q.terms) - name_keys


def parse_fits(
    q: Question, texts: list[str], nlp: Language | None, lem: Lemmatizer, near: float = 0.6
) -> list[float]:
    """:func:`parse_fit` of each sentence; the ones that can fit (the question expects a kind of item and
    the sentence holds one of its non-name words) are parsed together first, in one batch."""
    if nlp is None or (q.expect not in _LABELS and not _reads_cause(q)):
        return [0.0] * len(texts)
    focus_keys = _focus_keys(q, lem)
    usable = [bool(focus_keys & set(terms(t, lem))) for t in texts]
    if any(usable):  # the question's parse too, in the same batch (cheaper than on its own)
        question = [] if _question_parsed(q.text, nlp) else [q.text]
        parse_all([*(t for t, u in zip(texts, usable, strict=True) if u), *question], nlp)
    return [parse_fit(q, t, nlp, lem, near) if u else 0.0 for t, u in zip(texts, usable, strict=True)]


def parse_fit(q: Question, text: str, nlp: Language | None, lem: Lemmatizer, near: float = 0.6) -> float:
    """How closely an item of the expected kind stands to a question word in ``text``'s parse, 0..1: 1
    when it fills the question word's role (subject, object) on the same verb, ``near`` when it is within
    two edges of a question word, half that at three, else 0."""
    if nlp is None or (q.expect not in _LABELS and not _reads_cause(q)):
        return 0.0
    focus_keys = _focus_keys(q, lem)
    if not focus_keys:
        return 0.0
    doc = parse(text, nlp)
    if q.expect == Expect.CAUSE:
        return cause_fit(q, doc, lem, near)
    focus = [t for t in doc if (k := terms(t.text, lem)) and k[0] in focus_keys]
    # an entity that holds one of the question's own words is what the question names, not its answer
    qwords = {w.lower() for w in words(q.text)}
    named = {
        i
        for t in focus
        if t.ent_type_ and t.lower_ in qwords
        for e in doc.ents
        if e.start <= t.i < e.end
        for i in range(e.start, e.end)
    }
    items = [t for t in _items(q, doc) if t.i not in named and t not in focus]
    if not focus or not items:
        return 0.0
    asked = question_role(q, nlp, lem)
    if asked is not None and any(_role(i, focus, lem) == asked for i in items):
        return 1.0  # "Who replaced X?" / "X replaced Berg": the item fills the role the question word has
    if asked is not None and asked[0] == "subj" and any(_passive_agent(i, focus) for i in items):
        return 1.0  # "Who found the tape?" / "the tape was posted by Kestrel News" (qa20)
    doers = _doers(q, nlp, lem) if asked is not None and asked[0] == "subj" else None
    if (
        doers is not None
        and asked is not None
        and asked[1] in doers[0]
        and any(_noun_agent(i, lem, doers) for i in items)
    ):
        return 1.0  # "Who ran the poll?" / "a poll by Kestrel", "the organiser was Berg"
    best = min(_path(f, i) for f in focus for i in items)
    return near if best <= 2 else near / 2 if best == 3 else 0.0


def role_offsets(q: Question, text: str, nlp: Language, lem: Lemmatizer) -> list[int]:
    """The character offsets in ``text`` of the items of the asked kind that fill the question word's role on its
    verb ("who was charged?": Ana Ode in "police charged Ana Ode"), by the parse; empty when none does."""
    asked = question_role(q, nlp, lem)
    focus_keys = _focus_keys(q, lem)
    if asked is None or not focus_keys:
        return []
    doc = parse(text, nlp)
    focus = [t for t in doc if (k := terms(t.text, lem)) and k[0] in focus_keys]
    return [t.idx for t in _items(q, doc) if t not in focus and _role(t, focus, lem) == asked]


def _passive_agent(tok: Token, focus: list[Token]) -> bool:
    """``tok`` (or its name's head word) is the "by" agent of a passive verb whose subject is a word of the
    question: a who-question's doer told with another verb ("the tape was posted by Kestrel News" for "who
    found the tape?")."""
    tok = _base_name(tok)
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    return any(c.dep_ == "nsubjpass" and c in focus for c in tok.head.head.children)


def _reads_cause(q: Question) -> bool:
    return q.expect == Expect.CAUSE


def _key(tok: Token, lem: Lemmatizer) -> str:
    k = terms(tok.text, lem)
    return k[0] if k else tok.lower_


def _role(tok: Token, focus: list[Token], lem: Lemmatizer) -> tuple[str, str] | None:
    """(subject or object, the verb's key) when ``tok`` (or the head word of its name) is the subject or
    object of a focus word; a passive's "by" agent is a subject and its subject an object."""
    base = _base_name(tok)
    # the clause may hang on any word from the name up to the noun it stands for ("her uncle, Ivo Lund, who")
    chain = [tok]
    while chain[-1].i != base.i and chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    relative = next((r for t in chain if (r := _relative_role(t, focus)) is not None), None)
    if relative is not None:
        return relative[0], _key(relative[1], lem)
    tok = base
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.dep_ == "agent":
        dep, head = "agent", head.head
    if head not in focus:
        return None
    kind = "subj" if dep in ("nsubj", "agent") else "obj" if dep in ("dobj", "nsubjpass", "attr") else ""
    return (kind, _key(head, lem)) if kind else None


def _relative_role(tok: Token, focus: list[Token]) -> tuple[str, Token] | None:
    """(subject or object, the verb) when a relative clause on ``tok`` has a focus word for its verb and its
    relative pronoun is that verb's subject or object: "her father, Ivo Lund, who complained" makes Lund (or the
    noun his name stands in apposition to) the one who complained; "the firm, which the court fined" the one
    fined (an object)."""
    for verb in tok.children:
        if verb.dep_ != "relcl" or verb not in focus:
            continue
        for c in verb.children:
            if c.tag_ not in ("WP", "WDT") and c.lower_ != "that":
                continue
            if c.dep_ == "nsubj":
                return "subj", verb
            if c.dep_ in ("dobj", "nsubjpass"):
                return "obj", verb
    return None


_LIGHT_VERBS = frozenset({"be", "do", "have"})  # an auxiliary the parser took for the question's verb
# the rows of the derivation table that make a doer of a verb ("winner" -> "win", "organiser" -> "organise")
_AGENT_DERIVATIONS = tuple((suffix, repl) for suffix, repl, _ in NOUN_DERIVATIONS if suffix in AGENT_SUFFIXES)


def _deverbal(noun: str, verbs: set[str]) -> bool:
    """Whether ``noun`` (a key) is one of ``verbs`` or its doer ("host", "winner" of "win", "editor")."""
    if noun in verbs:
        return True
    for suffix, repl in _AGENT_DERIVATIONS:
        stem = noun[: -len(suffix)] + repl
        if (
            noun.endswith(suffix)
            and len(stem) >= 4
            and (stem in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs))
        ):
            return True
    return False


def _base_name(tok: Token) -> Token:
    """The word standing for the name ``tok`` is part of: the name's head word, or the common noun the name
    is in apposition to ("the firm Kelvar Pictures", "its founder, Ada Wren") or that it is "of" ("envoys
    of Ostland")."""
    while tok.head.i != tok.i and (
        tok.dep_ in ("compound", "flat") or (tok.ent_type_ and tok.head.ent_type_ == tok.ent_type_)
    ):
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "envoys of Ostland": the noun it names (qa20)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok


def _noun_agent(tok: Token, lem: Lemmatizer, doers: tuple[set[str], set[str]]) -> bool:
    """Whether ``tok`` (or the head word of its name) does what a who-question asks though no verb says
    so: the object of a "by" under a noun that is the question's verb or its object ("an attack by
    rebels", "a poll by Kestrel" for "who ran the poll"), or the other side of a copula from a noun that
    is the question's verb or its doer ("the host was Berg", "Berg was the winner")."""
    verbs, objects = doers
    tok = _base_name(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return _key(head.head, lem) in verbs | objects
    if tok.dep_ in ("attr", "nsubj") and head.pos_ == "AUX" and lem.lemma(head.text) == "be":
        other = "nsubj" if tok.dep_ == "attr" else "attr"
        return any(
            c.dep_ == other and c.pos_ == "NOUN" and _deverbal(_key(c, lem), verbs) for c in head.children
        )
    return False


def _doers(q: Question, nlp: Language, lem: Lemmatizer) -> tuple[set[str], set[str]]:
    """The keys of a question's verb and of its direct objects ("Who ran the poll?": {run}, {poll})."""
    doc = question_parse(q.text, nlp)
    heads = [t for t in doc if t.pos_ == "VERB" and lem.lemma(t.text) not in _LIGHT_VERBS]
    return {_key(t, lem) for t in heads}, {
        _key(c, lem) for t in heads for c in t.children if c.dep_ == "dobj"
    }


def asked_verbs(q: Question, nlp: Language, lem: Lemmatizer) -> set[str]:
    """The keys of the question's verbs, light ones left out ("Which union called the strike?": {call}; "Which
    boy is ill?": none); a root the small tagger took for a noun is one ("... did the panel back?")."""
    doc = question_parse(q.text, nlp)
    return {
        _key(t, lem)
        for t in doc
        if (t.pos_ == "VERB" or (t.dep_ == "ROOT" and t.pos_ == "NOUN"))
        and lem.lemma(t.text) not in _LIGHT_VERBS
    }


def asked_noun(q: Question, nlp: Language) -> str:
    """The noun the question's "which" / "what" determines ("Which small company makes it?" -> "company"), or ""."""
    doc = question_parse(q.text, nlp)
    wh = next(
        (t for t in doc if t.tag_ == "WDT" and t.dep_ == "det" and t.head.pos_ in ("NOUN", "PROPN")), None
    )
    return wh.head.lower_ if wh is not None else ""


def asked_roles(q: Question, nlp: Language) -> tuple[str, ...]:
    """The question's role words that name the person asked for, by its parse (qa41): nouns, not a verb ("which
    side did she captain?", "which show does she star in?"), not a possessor ("the mayor's husband"), not after
    "as" (a role someone takes); for a "which X" question only X ("which traffic officer": officer; "which
    clubs admire the striker?": none)."""
    out = []
    for t in question_parse(q.text, nlp):
        if t.lower_ not in ROLE_WORDS or t.pos_ not in ("NOUN", "PROPN") or (q.head and t.lower_ != q.head):
            continue
        if t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children):
            continue
        if t.i > 0 and t.doc[t.i - 1].lower_ == "as":
            continue
        out.append(t.lower_)
    return tuple(out)


def _asked_word(q: Question, nlp: Language) -> Token | None:
    """The question word of ``q``'s parse, or the noun it determines ("which team"), or None."""
    doc = question_parse(q.text, nlp)
    wh = next((t for t in doc if t.tag_ in ("WP", "WDT", "WP$")), None)
    return wh.head if wh is not None and wh.dep_ == "det" else wh


def asks_passive(q: Question, nlp: Language) -> bool:
    """The question word is the subject of a passive verb ("who was charged?", "which firm has been fined?")."""
    wh = _asked_word(q, nlp)
    return wh is not None and wh.dep_ == "nsubjpass"


def question_role(q: Question, nlp: Language, lem: Lemmatizer) -> tuple[str, str] | None:
    """The role the question word (or the noun it determines: "which team") has on the question's verb."""
    wh = _asked_word(q, nlp)
    if wh is None:
        return None
    kind = "subj" if wh.dep_ == "nsubj" else "obj" if wh.dep_ in ("dobj", "nsubjpass") else ""
    if not kind or wh.head.pos_ not in ("VERB", "AUX"):
        return None
    return kind, _key(wh.head, lem)
