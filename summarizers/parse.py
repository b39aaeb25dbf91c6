"""Running spaCy over an article's sentences, selectively, so a briefing costs less than one full
pass of the pipeline: the named-entity recogniser runs on every sentence, the tagger and parser
only on the sentences a facet needs them for (numbers, future cues, roles, country subjects),
with the attribute ruler and lemmatizer after the parser (rules read ``tag_`` and, on parsed
sentences, ``lemma_``). The facet extractors (``actors``, ``figures``, ``next_steps``) read the
``ParsedSentence`` values made here; ``facets`` runs them. The parse also finds the captions that
text cleaning cannot see: one glued onto a sentence with no punctuation is cut off, and run-on or
present-tense picture captions are marked ``credit`` (kept out of the facets and the summary).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, cast

from newsbrief.summarizers.lexicon import text as text_lex
from newsbrief.summarizers.lexicon.actors import ANIMAL_NOUNS, GROUP_ACTOR_WORDS, KIN_WORDS, ROLE_WORDS
from newsbrief.summarizers.lexicon.common import CALENDAR_ALT, YEAR_SHAPE
from newsbrief.summarizers.lexicon.figures import CASUALTY_VERBS, NUMBER_WORDS
from newsbrief.summarizers.lexicon.steps import FUTURE_CUE_RE, SCHEDULE_FIELD_RE, STEP_CUE_RE
from newsbrief.summarizers.text import is_credit_line, strip_label, without_picture_pointers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Pipe
    from spacy.tokens import Doc, Span, Token

# Components that never run. The attribute ruler and lemmatizer run with the parser (cheap table
# look-ups): rules that read verbs match them by lemma.
_SKIPPED: set[str] = set()
_LOCATION_PREPS = {
    "in",
    "at",
    "from",
    "across",
    "into",
    "near",
    "to",
    "outside",
    "around",
    "throughout",
    "of",
}
_LEAD_SENTENCES = 3
# countries are checked for acting (subject, speaker) in the first sentences only: a country that
# acts in a story does so early
_COUNTRY_SENTENCES = 12


@dataclass(frozen=True)
class ParsedSentence:
    """One article sentence after ``parse_sentences``: ``doc`` always has entities; it has
    tags and dependencies only when ``parsed``. ``credit`` marks credit lines and captions."""

    @property
    def steps_doc(self) -> Doc | None:
        """The parse the next steps read: ``doc`` when parsed, else ``step_doc`` (or None)."""
        if self.steps_by_whole:
            return self.steps_whole
        return self.doc if self.parsed else self.step_doc

    index: int
    text: str
    doc: Doc
    parsed: bool
    credit: bool = False
    # a parse made for the next steps alone, of a sentence no other facet needed parsed
    # (``doc`` then keeps only its entities)
    step_doc: Doc | None = None
    # the words the parse cut off the sentence's start as a glued-on caption, parsed on their own,
    # when they read as a clause that counts something (a subject, a finite verb and a number):
    # only the figures read them (the summary, the steps and the actors never do)
    lead_doc: Doc | None = None
    # a parse made for the actors alone, of a sentence no other facet needed parsed that names a body
    # the story may follow unnamed ("police said", ``GROUP_ACTOR_WORDS``)
    actor_doc: Doc | None = None
    # the words the parse cut off the sentence's start as a glued-on caption, as the whole sentence's
    # entities and parse read them: only the actors read them, for the names the story is about (a
    # caption is never shown, but it names who the story follows)
    cut_doc: Doc | None = None
    # a sentence no facet needed parsed that opens with a person's or a body's name: the name's
    # span and its part in the sentence's parse, made on a copy for the actors alone ("nsubj" for
    # "Ana Lind tucked away the penalty"); the sentence itself stays unparsed
    opening: tuple[int, int, str] | None = None
    # the sentence as the answers read it when the parse cut off a glued-on caption by its opening
    # function word (see :func:`_opener_starts`): the briefing shows ``text``, the answers still search
    # the words that cut left out ("": the answers read ``text``)
    whole: str = ""
    # a sentence cut by a name its parse did not read as a subject (see :func:`_name_glue_starts`):
    # the next steps read ``steps_whole``, the parse they would read without that cut (None: none),
    # and a step reaching into the cut words shows ``whole`` as its sentence
    steps_whole: Doc | None = None
    steps_by_whole: bool = False


# a cardinal in words before a lower-case word ("three fishermen", "a four-year deal")
_COUNT_WORD_RE = re.compile(
    r"\b(?:"
    + "|".join(NUMBER_WORDS)
    + r")(?:-[a-z]+)?\s+[a-z]|\bone\s(?:in|out of)\s|\b(?:a|one)\s(?:million|billion)\b"
    # a casualty of one ("one man was killed"): a figure only by its parse, like any count in words
    + r"|\bone\s[a-z]+\s(?:has\s|had\s|was\s)?(?:been\s)?(?:"
    + "|".join(CASUALTY_VERBS)
    + r")\b",
    re.I,
)


_SCHEDULE_RE = re.compile(rf"\b(?:{CALENDAR_ALT}|next|coming|tomorrow|end)\b", re.I)


def _needs_parse(index: int, doc: Doc) -> bool:
    """Whether a sentence (already through NER) needs the tagger and parser for some facet."""
    text = doc.text
    if index < _LEAD_SENTENCES:
        return True
    if FUTURE_CUE_RE.search(text):
        return True
    if re.search(r"\d", text):
        # digits only inside dates and times ("on 3 May 2021") carry no figure
        in_dates = sum(len(re.findall(r"\d+", e.text)) for e in doc.ents if e.label_ in ("DATE", "TIME"))
        if len(re.findall(r"\d+", text)) > in_dates:
            return True
    if _COUNT_WORD_RE.search(text):
        return True  # a count in words ("three fishermen") is a figure only by its parse
    for ent in doc.ents:
        if ent.label_ == "DATE" and _SCHEDULE_RE.search(ent.text):
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev in ("until", "by", "before", "from", "on", "in") and not re.search(
                r"\b(?:19|20)\d\d\b", ent.text
            ):
                if prev != "on" or re.search(r"\d", ent.text):
                    return True  # "until 20 November", "by Friday", "on 4 June": a date that may lie ahead
            elif re.match(r"(?:next|coming|tomorrow)\b", ent.text, re.I):
                return True
        if ent.label_ == "PERSON":
            window = doc[max(0, ent.start - 3) : min(len(doc), ent.end + 3)]
            if any(t.lower_ in ROLE_WORDS for t in window):
                return True  # a role to read: "council chairman Ivo Lenz", "Lenz, the chairman"
        elif ent.label_ in ("GPE", "NORP") and index < _COUNTRY_SENTENCES:
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev not in _LOCATION_PREPS:
                return True  # a country that may act: needs its syntactic role
    return False


def _year_may_lie_ahead(doc: Doc, latest: int | None) -> bool:
    """Whether a sentence dates something by the latest year its article names ("to finish the
    line by 2031"): the year may lie ahead, a step only the parse can show."""
    if latest is None:
        return False
    return any(
        ent.label_ == "DATE"
        and str(latest) in _YEAR_RE.findall(ent.text)
        and ent.start > 0
        and doc[ent.start - 1].lower_ in ("in", "by", "until", "before")
        for ent in doc.ents
    )


def parse_sentences(
    nlp: Language, texts: Sequence[str], batch_size: int = 64, titled: bool = False
) -> list[ParsedSentence]:
    """NER on every text, tagger and parser only where a facet needs them.

    Texts that look like credit lines or captions are kept (so indices line up) but marked.
    ``titled``: the first text is the title (see :func:`parse_groups`).
    """
    return parse_groups(nlp, [texts], batch_size, [titled])[0]


_ANY_CAP_OR_DIGIT = re.compile(r"[A-Z\d]")


_CAPTION_STEP_MAX_WORDS = 40
_CAPTION_STEP_MAX = 6


def captions_for_steps(captions: Sequence[str]) -> list[str]:
    """The captions the text cleaning took out that may date a step ahead ("Rovers meet Kelby at
    Oxley Park on Saturday"): those naming a day, a month or "next", without their picture
    pointers; short ones only (a run of glued captions is no clause), at most a few."""
    out = []
    for c in captions:
        # a caption's label is no part of the step it dates ("Sale: The boats go under the gavel on Friday")
        c = without_picture_pointers(c)
        c = c if SCHEDULE_FIELD_RE.search(c) else strip_label(c)
        # (a fact box's field of when, "Kick-off: Sunday, 4.30pm", reads as a label line: it is kept)
        if (
            len(c.split()) <= _CAPTION_STEP_MAX_WORDS
            and _SCHEDULE_RE.search(c)
            and (not is_credit_line(c) or SCHEDULE_FIELD_RE.search(c))
        ):
            out.append(c)
    return out[:_CAPTION_STEP_MAX]


def _followed_animals(docs: Sequence[Doc]) -> set[str]:
    """Animals an article keeps following as "the X" (``ANIMAL_NOUNS``, met after "the" in three
    sentences or more): its sentences that name one are parsed for the actors, which may read the
    animal as the story's unnamed actor."""
    seen: Counter[str] = Counter()
    for doc in docs:
        seen.update({t.lower_ for t in doc[1:] if t.lower_ in ANIMAL_NOUNS and doc[t.i - 1].lower_ == "the"})
    return {w for w, n in seen.items() if n >= 3}


def _opening_name(doc: Doc) -> Span | None:
    """The person's or body's name a sentence opens with, when a lower-case word follows it
    ("Ana Lind tucked away ...", "Kelby Rovers have said ..."): likely its subject, a part only the
    parse tells."""
    k = 0
    while k < len(doc) and doc[k].is_punct:
        k += 1
    ent = next((e for e in doc.ents if e.start == k), None)
    if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.end >= len(doc):
        return None
    nxt = doc[ent.end]
    return ent if nxt.is_alpha and nxt.is_lower else None


def parse_groups(
    nlp: Language,
    groups: Sequence[Sequence[str]],
    batch_size: int = 128,
    titled: Sequence[bool] | None = None,
    tails: Sequence[int] | None = None,
) -> list[list[ParsedSentence]]:
    """``parse_sentences`` for several articles at once, streamed through spaCy in shared batches.

    ``titled[g]``: the first text of group ``g`` is the article's title, which :func:`split_title`
    drops. It still counts for the sentences' positions and the article's latest year, but it is
    only tokenised (it goes through no model: no facet reads it). ``tails[g]``: the last texts of
    group ``g`` are captions for the next steps alone (see :func:`captions_for_steps`): parsed,
    never cut nor marked, and left out of the article's years.
    """
    names = list(nlp.pipe_names)
    heavy = [n for n in names if n != "ner" and n not in _SKIPPED]
    flat = [(g, i, t) for g, texts in enumerate(groups) for i, t in enumerate(texts)]
    credit = [is_credit_line(t) for _, _, t in flat]
    title = [i == 0 and titled is not None and titled[g] for g, i, _ in flat]
    tail = [tails is not None and i >= len(groups[g]) - tails[g] for g, i, _ in flat]
    # a sentence with no capital after its first letter, no digit and no future word can hold no
    # name, figure or step: it is only tokenised
    bare = [
        title[k]
        or (
            i > 0
            and not credit[k]
            and not _ANY_CAP_OR_DIGIT.search(t[1:])
            and not FUTURE_CUE_RE.search(t)
            and not STEP_CUE_RE.search(t)
        )
        for k, (_, i, t) in enumerate(flat)
    ]
    with nlp.select_pipes(disable=[n for n in names if n != "ner"]):
        rich = iter(nlp.pipe((t for k, (_, _, t) in enumerate(flat) if not bare[k]), batch_size=batch_size))
        docs = [nlp.make_doc(t) if bare[k] else next(rich) for k, (_, _, t) in enumerate(flat)]
    chosen = [
        k
        for k, (_, i, _) in enumerate(flat)
        if tail[k] or (not credit[k] and not title[k] and _needs_parse(i, docs[k]))
    ]
    chosen_set = set(chosen)
    own = [texts[: len(texts) - tails[g]] if tails else texts for g, texts in enumerate(groups)]
    latest = [_latest_year(texts) for texts in own]
    by_group: list[list[Doc]] = [[] for _ in groups]
    for k, (g, _, _) in enumerate(flat):
        if not tail[k]:
            by_group[g].append(docs[k])
    dating = [_latest_dating_year(group) for group in by_group]
    # a sentence whose one cue is a year that may lie ahead, or a step's cue only the parse can
    # read (``STEP_CUE_RE``), is parsed for the next steps alone, on a copy: the other facets read
    # it as before (the article's latest year here leaves out a year that labels a thing, "the
    # 2040 plan": it says nothing of when the article speaks)
    for_steps = [
        k
        for k, (g, _, t) in enumerate(flat)
        if k not in chosen_set
        and not credit[k]
        and not title[k]
        and not bare[k]
        and (_year_may_lie_ahead(docs[k], dating[g]) or STEP_CUE_RE.search(t) is not None)
    ]
    step_docs = {k: docs[k].copy() for k in for_steps}
    for_actors = [
        k
        for k in range(len(flat))
        if k not in chosen_set
        and not credit[k]
        and not title[k]
        and any(t.lower_ in GROUP_ACTOR_WORDS for t in docs[k])
    ]
    animals = [_followed_animals(group) for group in by_group]
    group_actor_set = set(for_actors)
    for_actors += [
        k
        for k, (g, _, _) in enumerate(flat)
        if k not in chosen_set
        and k not in group_actor_set
        and not credit[k]
        and not title[k]
        and not tail[k]
        and any(t.lower_ in animals[g] for t in docs[k])
    ]
    for_actors.sort()
    # a sentence that opens with a name and is parsed for nothing else: parsed on a copy, for that
    # name's part alone (the actors read nothing else of that parse)
    actor_set = set(for_actors)
    for_opening = [
        k
        for k in range(len(flat))
        if k not in chosen_set
        and k not in actor_set
        and not credit[k]
        and not title[k]
        and not tail[k]
        and _opening_name(docs[k]) is not None
    ]
    opening_docs = {k: docs[k].copy() for k in for_opening}
    actor_docs = {k: docs[k].copy() for k in for_actors}
    # a sentence no facet needed parsed, where a function word opens a sentence mid-text: parsed on a
    # copy, for a caption glued onto its start (see :func:`_opener_starts`)
    for_cut = [
        k
        for k in range(len(flat))
        if k not in chosen_set
        and not credit[k]
        and not title[k]
        and not tail[k]
        and (_glued_opener(docs[k]) or _glued_name(docs[k]))
    ]
    cut_copies = {k: docs[k].copy() for k in for_cut}
    if heavy and (chosen or for_steps or for_actors or for_cut or for_opening):
        sub: Iterable[Doc] = (
            [docs[k] for k in chosen]
            + [step_docs[k] for k in for_steps]
            + [actor_docs[k] for k in for_actors]
            + [cut_copies[k] for k in for_cut]
            + [opening_docs[k] for k in for_opening]
        )
        for name in heavy:
            # the parse components (tagger, parser, ...) are Pipes; get_pipe is typed as a bare callable
            sub = cast("Pipe", nlp.get_pipe(name)).pipe(sub, batch_size=batch_size)
        done = list(sub)
        for k, d in zip(chosen, done[: len(chosen)], strict=True):
            docs[k] = d
        for k, d in zip(for_steps, done[len(chosen) : len(chosen) + len(for_steps)], strict=True):
            step_docs[k] = d
        at = len(chosen) + len(for_steps)
        for k, d in zip(for_actors, done[at : at + len(for_actors)], strict=True):
            actor_docs[k] = d
        at += len(for_actors)
        for k, d in zip(for_cut, done[at : at + len(for_cut)], strict=True):
            cut_copies[k] = d
        for k, d in zip(for_opening, done[at + len(for_cut) :], strict=True):
            opening_docs[k] = d
    # Captions that only the parse shows: one glued onto the start of a sentence is cut off (the
    # sentence keeps its own words from where it starts), one in a caption's present tense is marked.
    texts_out = [t for _, _, t in flat]
    cut: list[int] = []
    leads: dict[int, str] = {}
    cut_docs: dict[int, Doc] = {}
    wholes: dict[int, str] = {}
    # the parse the actors read of a sentence cut by an opening function word: the one they would
    # read without that cut (whose words they rank by), shown as the cut sentence
    kept_for_actors: dict[int, Doc] = {}
    reread: list[int] = []  # ... a rest after a cut by a name, parsed again on its own
    # the parse the next steps read of a sentence cut by a name the parse did not read as a subject
    # (see :func:`_name_glue_starts`): the one they would read without that cut (None: none)
    steps_whole: dict[int, Doc | None] = {}
    for k in sorted([*chosen, *for_cut]):
        g, i, t = flat[k]
        if tail[k]:
            continue
        full = cut_copies.get(k, docs[k])
        # a cut by an opening function word changes what the briefing shows, not what the answers
        # read: they keep the sentence as a cut by a name and its verb alone would leave it
        start = _caption_cut(full, openers=True)
        before = _caption_cut(full) if k in chosen_set else 0
        if k in cut_copies and start not in {
            *_opener_starts(full),
            *_name_glue_starts(full),
            *_glue_starts(full),
        }:
            start = 0  # parsed for a glue point alone: cut there or nowhere
        if (
            not before
            and i > 0
            and k in chosen_set
            and (_is_run_on(full) or is_present_caption(full, latest[g]))
        ):
            start = 0  # a caption as a whole: marked below, not cut
        plain = _caption_cut(full, openers=True, names=False)
        if (k in cut_copies and plain not in _opener_starts(full)) or (start == 0 and plain):
            plain = 0
        if start and not plain:
            # cut by a name alone: the next steps read the sentence as they would without that cut
            steps_whole[k] = full if k in chosen_set else step_docs.get(k)
        if start != before:
            wholes[k] = full[before:].text.strip()
            if k in cut_copies:
                kept_for_actors[k] = actor_docs.get(k, docs[k])
            elif before:
                reread.append(k)
            else:
                kept_for_actors[k] = full
        if k in cut_copies:
            if not start:
                continue
            docs[k] = full
            chosen_set.add(k)  # what is left is parsed again below: the facets read its parse
            step_docs.pop(k, None)
            actor_docs.pop(k, None)
        if start:
            texts_out[k] = docs[k][start:].text.strip()
            cut.append(k)
            if before:  # (the actors read the caption a cut by a name left, see ``kept_for_actors``)
                cut_docs[k] = docs[k][:before].as_doc()
            if _counting_clause(docs[k][:start]):
                leads[k] = docs[k][:start].text.strip()
        elif i > 0 and (_is_run_on(docs[k]) or is_present_caption(docs[k], latest[g])):
            credit[k] = True
    lead_docs: dict[int, Doc] = {}
    if cut:  # what is left of a sentence is parsed again on its own: its tree hung off the caption
        again = [*((k, texts_out[k]) for k in cut), *((-1 - k, t) for k, t in leads.items())]
        with nlp.select_pipes(disable=[n for n in names if n in _SKIPPED]):
            for (k, _), d in zip(again, nlp.pipe((t for _, t in again), batch_size=batch_size), strict=True):
                if k >= 0:
                    docs[k] = d
                else:
                    lead_docs[-1 - k] = d
            for k, d in zip(
                reread, nlp.pipe((wholes[k] for k in reread), batch_size=batch_size), strict=True
            ):
                kept_for_actors[k] = d
    openings: dict[int, tuple[int, int, str]] = {}
    for k, d in opening_docs.items():
        opening = _opening_name(d) if d.has_annotation("DEP") else None
        if opening is not None:
            openings[k] = (opening.start, opening.end, opening.root.dep_)
    out: list[list[ParsedSentence]] = [[] for _ in groups]
    for k, (g, i, _) in enumerate(flat):
        out[g].append(
            ParsedSentence(
                index=i,
                text=texts_out[k],
                doc=docs[k],
                parsed=k in chosen_set,
                credit=credit[k],
                step_doc=step_docs.get(k),
                lead_doc=lead_docs.get(k),
                actor_doc=kept_for_actors.get(k, actor_docs.get(k)),
                cut_doc=cut_docs.get(k),
                opening=openings.get(k),
                whole=wholes.get(k, ""),
                steps_whole=steps_whole.get(k),
                steps_by_whole=k in steps_whole,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Captions read from the parse. Web copy glues a picture caption onto the next sentence with no
# punctuation between them ("... on the pier on Monday Harbour officials said ..."): the text
# splitter cannot tell a caption's last word and a name apart, the parse can (a new subject and
# its finite verb start there, not joined to what comes before). And a caption that ends with a
# full stop still reads as one: a person in the present tense, doing something at a past date or
# posing for the picture ("Ann Lee and Tom Day open the bridge in May 2011.").

_YEAR_RE = re.compile(rf"\b{YEAR_SHAPE}\b")
YEAR_DIGITS_RE = re.compile(YEAR_SHAPE)  # in the text of any token that is a year
_CLOSING_QUOTES = frozenset({"’", "”", "'", '"'})
_MIN_CAPTION_WORDS = 5  # a shorter run before a name is a title or a name, not a caption
_MIN_REST_WORDS = 4


def _latest_year(texts: Sequence[str]) -> int | None:
    """The latest year an article mentions (its present, as near as the text tells)."""
    years = [int(y) for t in texts for y in _YEAR_RE.findall(t)]
    return max(years) if years else None


def dating_years(doc: Doc) -> list[int]:
    """The years a sentence names, less a year right before a lower-case word, which labels it
    ("the 2040 plan", "a 1998 report"): read from the tokens, with or without a parse."""
    if not YEAR_DIGITS_RE.search(doc.text):
        return []  # no token can be a year: the quick way out
    return [
        int(t.text)
        for t in doc
        if _YEAR_RE.fullmatch(t.text)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].is_alpha and doc[t.i + 1].is_lower)
    ]


def _latest_dating_year(docs: Iterable[Doc]) -> int | None:
    """The latest year the article names that dates something (see :func:`dating_years`)."""
    years = [y for doc in docs for y in dating_years(doc)]
    return max(years) if years else None


def _is_finite(verb: Token) -> bool:
    return verb.tag_ in text_lex.FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in text_lex.FINITE_TAGS for c in verb.children
    )


def _can_end_clause(tok: Token) -> bool:
    if tok.is_punct:
        # "... ever been’ Ann Lee said": a quotation closed on its last word (not one opening)
        return tok.text in _CLOSING_QUOTES and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return (
        tok.tag_ not in text_lex.NO_CLAUSE_END_TAGS
        and tok.lower_ not in text_lex.PHRASE_WORDS
        and tok.lower_ not in ROLE_WORDS  # "human rights lawyer Ann Lee said": a title before a name
    )


def _glue_starts(doc: Doc) -> list[int]:
    """Token indices where a sentence glued on with no punctuation starts: a capitalised subject
    opening a finite clause that is not the complement of a verb of saying or thinking to its left
    (nor a relative clause), or a capitalised name coordinated with no comma and no conjunction,
    after a word that can end a clause."""
    starts: set[int] = set()
    for tok in doc:
        if tok.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN"):
            if _coordinated(tok):
                continue  # "Ann and Tom": coordinated
            start = tok.left_edge.i
        elif tok.pos_ in ("VERB", "AUX") and _is_finite(tok):
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            start = subj[0].left_edge.i
            swallowed = _swallowed_clause_end(subj[-1]) or _second_subject(subj)
            if swallowed:
                start = swallowed  # a caption's clause the parse hung on the subject, or a second subject
            elif start != tok.left_edge.i:
                continue  # the clause opens with a conjunction, a preposition or an adverb
            elif tok.dep_ in ("ROOT", "relcl", "acl", "csubj", "xcomp", "pcomp"):
                continue
            else:
                start = _name_in_subject(subj[0]) or start
            if tok.dep_ == "conj" and _coordinated(tok):
                continue  # "... and Ann Lee warned ...": coordinated
            if _object_clause(doc, tok, start):
                continue  # "... would see Ann Lee banned ...": the clause is the object of the verb before it
            if tok.dep_ == "ccomp":
                head = tok.head
                earlier = any(c.dep_ == "ccomp" and c.i < start for c in head.children)
                closed = _can_end_clause(doc[start - 1]) and doc[start - 1].is_punct and head.i < start
                if head.lemma_ in text_lex.COMPLEMENT_VERBS and not earlier and not closed:
                    continue  # "said on Monday Harbour officials would ...": one sentence
                # (not after a quotation closed on its last word: the verb said it inside that quotation)
        else:
            continue
        if _may_start(doc, start) and not _open_clause(doc, start):
            starts.add(start)
    return sorted(starts)


def _object_clause(doc: Doc, verb: Token, start: int) -> bool:
    """Whether a clause that opens with a name hangs on the verb right before it ("would see Ann Lee
    banned", "singing Tom Day's old song"): the name's capital says nothing of a new sentence there,
    so the clause is that verb's object. (A capitalised common word there opens a sentence: "... as
    the tide turns Most boats ...".)"""
    return (
        verb.dep_ != "conj"
        and verb.head.i == start - 1
        and verb.head.pos_ in ("VERB", "AUX")
        and doc[start].pos_ == "PROPN"
    )


def _open_clause(doc: Doc, start: int) -> bool:
    """Whether the words before ``start`` open a subordinate clause whose verb comes after it ("held
    that from May to June Ann Lee sold ..."): the words on both sides are one sentence."""
    return any(t.dep_ == "mark" and t.head.i >= start for t in doc[:start])


def _swallowed_clause_end(subj: Token) -> int:
    """Where a subject's own words start when the parse hung a whole caption on it: a finite verb
    (by its tag) among the subject's left dependents that heads no clause of its own ("Ann Lee
    waves to fans in May 2019 Tom Day has ...": "waves" taken as a modifier of "Day"). 0: none.
    (A caption the parse reads as a second subject of the same verb is found by its caller.)
    The subject's words are its name: the proper nouns compounded onto it, right before it."""
    if subj.pos_ != "PROPN":
        return 0
    if not any(
        t.tag_ in text_lex.FINITE_TAGS and t.dep_ not in text_lex.EMBEDDED_CLAUSE_DEPS and t.dep_ != "ROOT"
        for t in subj.doc[subj.left_edge.i : subj.i]
    ):
        return 0
    start = subj.i
    while start > 0 and subj.doc[start - 1].dep_ == "compound" and subj.doc[start - 1].head.i == subj.i:
        start -= 1
    return start


def _name_in_subject(subj: Token) -> int:
    """Where a subject's own words start when the parse hung a caption's last words on its name
    ("... by bagging a brace Harbour skipper Ann Lee has ...", "... not so easy' Ann Lee then ..."): the
    name and the roles before it (the proper nouns and role words right before the subject's head),
    after a word that can end a clause, where the subject's words open with a word that cannot start a
    sentence (a lower-case word). 0: none."""
    if subj.pos_ != "PROPN":
        return 0
    doc, lo = subj.doc, subj.left_edge.i
    if doc[lo].text[:1].isupper():
        return 0  # the subject opens with a capital: judged as it is
    start = subj.i
    while start - 1 > lo and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in ROLE_WORDS):
        start -= 1
    while start < subj.i and not doc[start].text[:1].isupper():
        start += 1  # a role word first: the name's capital is where it may start
    prev = doc[start - 1]
    # a common noun ends the caption ("a brace"), or a quotation closed on its last word; not a
    # number that counts the name's words ("five Harbour Cup wins")
    ends = prev.tag_ in ("NN", "NNS") and prev.is_lower or prev.text in _CLOSING_QUOTES
    return start if start > lo and ends else 0


def _second_subject(subj: list[Token]) -> int:
    """Where the last of two subjects of one verb starts when both are nouns and the last a name
    ("Ann Lee waves to fans in May 2019 Tom Day has ...", "waves" read as a noun): the first is a
    caption's subject. 0: one subject, or a pronoun among them."""
    if len(subj) < 2 or subj[-1].pos_ != "PROPN" or subj[0].pos_ not in ("NOUN", "PROPN"):
        return 0
    return subj[-1].left_edge.i


def _coordinated(tok: Token) -> bool:
    """Whether a conjunct is joined on by a conjunction or a punctuation mark right before it
    (maybe past an adverb: "..., and then Tom left"); one with neither before it was glued on
    ("... was cheered by the crowd Harbour officials said ...": a conjunction further back
    joins another conjunct)."""
    k = tok.left_edge.i - 1
    while k >= 0 and tok.doc[k].pos_ == "ADV" and k >= tok.left_edge.i - 2:
        k -= 1
    if k < 0:
        return True
    prev = tok.doc[k]
    return prev.dep_ in ("cc", "preconj") or prev.pos_ == "CCONJ" or prev.is_punct


def _may_start(doc: Doc, start: int) -> bool:
    """Whether a glued-on sentence may start at token ``start``: a capitalised word (not "I")
    after a word that can end a clause and is not part of the same name."""
    if start < 1 or not doc[start].text[:1].isupper() or doc[start].tag_ == "PRP":
        return False
    prev = doc[start - 1]
    return _can_end_clause(prev) and not (prev.ent_iob_ != "O" and doc[start].ent_iob_ == "I")


def _caption_cut(doc: Doc, openers: bool = False, names: bool = True) -> int:
    """Where the sentence proper starts after captions glued onto its start (0: none). The
    words before the last glue point are caption (they end with no punctuation); a part too short
    to be a caption, or a rest too short to be a sentence, is not cut. ``openers``: a sentence
    opening with a capitalised function word is a glue point too (:func:`_opener_starts`), and with
    ``names`` a name the parse did not read as a subject (:func:`_name_glue_starts`)."""
    cut = 0
    starts = _glue_starts(doc)
    if openers:
        starts = sorted({*starts, *_opener_starts(doc), *(_name_glue_starts(doc) if names else ())})
    for start in starts:
        before = sum(1 for t in doc[:start] if not t.is_punct)
        after = sum(1 for t in doc[start:] if not t.is_punct)
        if before >= _MIN_CAPTION_WORDS and after >= _MIN_REST_WORDS:
            cut = start
    return cut


def _glued_opener(doc: Doc) -> bool:
    """Whether a sentence (through NER only) holds a capitalised function word that may open a glued-on
    sentence (``GLUED_OPENERS``, outside any name, right after a word): one for
    :func:`_opener_starts` to judge on a parse."""
    return any(
        t.lower_ in text_lex.GLUED_OPENERS
        and t.text[:1].isupper()
        and not t.text[1:2].isupper()
        and t.ent_iob_ != "B"
        and not doc[t.i - 1].is_punct
        for t in doc[1:]
    )


def _glued_name(doc: Doc) -> bool:
    """Whether a sentence (through NER only) holds a name right after a lower-case word that is no
    function word ("... the end of the match Ann Lee said ..."): one for :func:`_name_glue_starts`
    and the glue finder to judge on a parse."""
    return any(
        t.ent_iob_ == "B" and t.text[:1].isupper() and doc[t.i - 1].is_lower and not doc[t.i - 1].is_stop
        for t in doc[1:]
    )


def _opener_starts(doc: Doc) -> list[int]:
    """Token indices where a sentence glued on with no punctuation opens with a capitalised function
    word outside any name (``GLUED_OPENERS``: "... on the quay Another crew said ...", "... at the
    Harbour Cup It was ...") or with a participle before a lower-case word ("... as they rest Drawing
    on ..."), after a word that can end a clause (or a particle: "... rolls in There ..."), not between
    two capitalised words (a title), with a finite verb after it whose subject lies after it too. (Such a word in capitals opens a sentence
    even where the parse hung it on a clause opened before it.)"""
    starts = []
    for tok in doc[1:-1]:
        if not tok.text[:1].isupper() or tok.text[1:2].isupper() or tok.ent_iob_ == "B":
            continue
        opener = tok.lower_ in text_lex.GLUED_OPENERS
        participle = tok.tag_ == "VBG" and doc[tok.i + 1].is_lower
        # (an opener the recogniser ran a name on into is no part of it, unless an article: "... of The Tide")
        if not (opener or participle) or (
            tok.ent_iob_ == "I" and (participle or tok.lower_ in ("the", "an"))
        ):
            continue
        prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if not (
            _can_end_clause(prev) or prev.tag_ == "RP" or (prev.dep_ == "prep" and not any(prev.children))
        ):
            continue
        if prev.text[:1].isupper() and nxt.text[:1].isupper():
            continue  # a title in capitals: "'Gone With The Tide'"
        if any(
            t.pos_ in ("VERB", "AUX")
            and _is_finite(t)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= tok.i for c in t.children)
            for t in doc[tok.i + 1 :]
        ):
            starts.append(tok.i)
    return starts


def _name_glue_starts(doc: Doc) -> list[int]:
    """Token indices where a sentence glued on with no punctuation opens with a name the parse did
    not read as its subject, after a lower-case word that can end a clause: a finite verb with no
    subject of its own right after a name ("... for a new coat Ann Lee had ...": the name hung on
    the words before it), or a name subject whose verb took the caption before it as its reported
    clause with no punctuation between ("Ann Lee says the pier is unsafe Harbour chief Tom Day said
    ..."; the role words before the name go with it)."""
    starts = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not _is_finite(tok) or tok.dep_ in ("relcl", "acl"):
            continue
        # (an auxiliary's subject may hang on its verb: "... wins Ann Lee has said ...")
        holders = [tok, tok.head] if tok.dep_ in ("aux", "auxpass") else [tok]
        subj = [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        edge = tok.left_edge.i
        if not subj:
            if not doc[edge].is_lower:
                continue
            start = edge
            while start > 0 and _name_word(doc[start - 1]):
                start -= 1
            if start == edge:
                continue
        else:
            head = subj[0]
            start = head.left_edge.i
            if head.pos_ != "PROPN" or start == edge or not doc[start].text[:1].isupper():
                continue
            if not any(
                c.dep_ == "ccomp" and c.i < start and c.right_edge.i == start - 1 for c in tok.children
            ):
                continue
            while start > 1 and (
                doc[start - 1].lower_ in ROLE_WORDS
                or (doc[start].lower_ in ROLE_WORDS and doc[start - 1].text[:1].isupper())
            ):
                start -= 1  # "... unsafe Harbour chief Tom Day said": the role opens the sentence
        prev = doc[start - 1]
        if (
            prev.is_punct
            or not (prev.is_lower or prev.is_digit)
            or not _can_end_clause(prev)
            or prev.lower_ in text_lex.NAME_INTRODUCERS
            or prev.lower_ in KIN_WORDS
        ):
            continue  # "his friend Ann Lee had ...": the name goes on from the word before it
        if any(c.dep_ == "nummod" for c in prev.children):
            continue  # "five Harbour Cup wins Ann Lee ...": a number counts the words before the name
        if prev.lemma_ in _NAME_OBJECT_LEMMAS and not any(c.dep_ == "auxpass" for c in prev.children):
            continue  # "... quoted him as saying Ann Lee might ...": the clause is that verb's object
        if sum(1 for t in doc[:start] if not t.is_punct) < _MIN_NAME_CAPTION_WORDS or not _clause_before(
            doc, start
        ):
            continue  # "By then a good many keen Ann Lees will ...": no caption's clause before it
        if _may_start(doc, start) and not _open_clause(doc, start):
            starts.append(start)
    return starts


# a caption cut off by a name alone is a long one: a short clause before a name is as likely a
# sentence that lost its full stop ("The pier is shut Ann Lee said ...")
_MIN_NAME_CAPTION_WORDS = 8
_NAME_OBJECT_LEMMAS = text_lex.COMPLEMENT_VERBS | text_lex.NAME_OBJECT_VERBS


def _clause_before(doc: Doc, start: int) -> bool:
    """Whether the words before ``start`` hold a clause of their own, as a glued-on caption does: a
    finite verb (or its auxiliary) after its subject ("Ann Lee waves ...", "the pier was shut ...";
    not "Should either side ...")."""
    for tok in doc[:start]:
        if tok.tag_ not in text_lex.FINITE_TAGS:
            continue
        verb = tok if tok.pos_ == "VERB" or tok.dep_ not in ("aux", "auxpass") else tok.head
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < tok.i for c in verb.children):
            return True
    return False


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name (a proper noun, or a word the recogniser put in a name)."""
    return tok.text[:1].isupper() and tok.tag_ != "PRP" and (tok.pos_ == "PROPN" or tok.ent_iob_ != "O")


def _counting_clause(span: Span) -> bool:
    """Whether the words cut off a sentence's start read as a clause that counts something: a
    finite verb with its subject among them, and a number that counts or measures a noun."""
    clause = any(
        t.pos_ in ("VERB", "AUX")
        and _is_finite(t)
        and any(c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end for c in t.children)
        for t in span
    )
    return clause and any(
        (t.like_num or any(ch.isdigit() for ch in t.text)) and t.head.pos_ in ("NOUN", "PROPN") for t in span
    )


def _is_run_on(doc: Doc) -> bool:
    """Two finite clauses run together with neither a conjunction nor punctuation between them,
    where no glue point could be found ("... of the population the population could grow ..."):
    captions glued into each other, not a sentence."""
    for tok in doc:
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or not _is_finite(tok):
            continue
        head = tok.head
        if not _is_finite(head) or any(c.dep_ in ("cc", "preconj") for c in head.children):
            continue
        if _misread_noun(doc, tok):
            continue
        if not any(t.is_punct or t.dep_ in ("cc", "mark") for t in doc[head.i + 1 : tok.i]):
            return True
    return False


def _misread_noun(doc: Doc, tok: Token) -> bool:
    """A noun the tagger took for a finite verb, so no second clause: a bare word with nothing below
    it ("with title rivals Ann Lee ..."), or a plural noun read as a present-tense verb after a
    common noun ("level with cup rivals Kell Rovers"), with no subject nor auxiliary of its own."""
    if not tok.n_lefts and not tok.n_rights:
        return True
    prev = doc[tok.i - 1]
    return (
        tok.tag_ == "VBZ"
        and prev.tag_ == "NN"
        and prev.is_lower
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
    )


def _main_clause_date(ent: Span, root: Token) -> bool:
    """Whether a date says when the main verb happened: reached from ``root`` through an adverbial
    (a preposition or a bare time phrase) and noun phrases, never through another clause or the
    object ("holds the record from 1998" dates the record)."""
    tok = ent.root
    path = []
    while tok.i != root.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    if tok.i != root.i or not path:
        return False
    if path[-1].dep_ not in ("prep", "npadvmod", "tmod"):
        return False
    return not any(t.dep_ in text_lex.EMBEDDED_CLAUSE_DEPS for t in path)


def _is_past_date(ent: Span, latest_year: int | None) -> bool:
    words = [t.lower_ for t in ent]
    if "yesterday" in words or "ago" in words or words[:1] == ["last"]:
        return True
    years = [int(y) for y in _YEAR_RE.findall(ent.text)]
    return latest_year is not None and bool(years) and max(years) < latest_year


def is_present_caption(doc: Doc, latest_year: int | None = None) -> bool:
    """Whether a parsed sentence reads as a picture caption: a named person in the present tense
    (not speaking, no modal) posing or seen in a picture, or doing something at a past date
    (before ``latest_year``, the latest year the article mentions; or "yesterday", "last week")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or root.lemma_ in text_lex.COMPLEMENT_VERBS and root.lemma_ not in text_lex.PICTURE_VERBS:
        return False
    lo, hi = subj[0].left_edge.i, subj[0].right_edge.i
    if not any(e.label_ == "PERSON" and lo <= e.start and e.end <= hi + 1 for e in doc.ents):
        return False
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    passive = len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in text_lex.PRESENT_TAGS
    active = not aux and root.tag_ in text_lex.PRESENT_TAGS
    if not (active or passive):
        return False
    if root.lemma_ in text_lex.PICTURE_VERBS:
        if root.lemma_ in text_lex.PASSIVE_PICTURE_VERBS:
            return passive
        return active and not any(c.dep_ == "dobj" for c in root.children)  # "poses a threat" is not
    return any(
        e.label_ == "DATE" and _main_clause_date(e, root) and _is_past_date(e, latest_year) for e in doc.ents
    )


def split_title(title: str, parsed: list[ParsedSentence]) -> list[ParsedSentence]:
    """The body sentences, re-indexed from 0, when the title was parsed first (it only serves
    to pick sentences for parsing: items always cite body sentences)."""
    if not title:
        return parsed
    return [replace(p, index=p.index - 1) for p in parsed[1:]]
