"""Running spaCy over an article's sentences, selectively, so a briefing costs less than one full
pass of the pipeline: the named-entity recogniser runs on every sentence, the tagger and parser
only on the sentences a facet needs them for (numbers, future cues, roles, country subjects),
with the attribute ruler and lemmatizer after the parser (rules read ``tag_`` and, on parsed
sentences, ``lemma_``). The facet extractors (``actors``, ``figures``, ``next_steps``) read the
``ParsedSentence`` values made here; ``facets`` runs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from summarizers.lexicon.actors import ROLE_WORDS
from summarizers.lexicon.figures import NUMBER_WORDS
from summarizers.lexicon.steps import FUTURE_CUE_RE
from summarizers.text import is_credit_line

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

    index: int
    text: str
    doc: Any
    parsed: bool
    credit: bool = False


# a cardinal in words before a lower-case word ("three fishermen", "a four-year deal")
_COUNT_WORD_RE = re.compile(
    r"\b(?:"
    + "|".join(NUMBER_WORDS)
    + r")(?:-[a-z]+)?\s+[a-z]|\bone\s(?:in|out of)\s|\b(?:a|one)\s(?:million|billion)\b",
    re.I,
)


_SCHEDULE_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|next|coming|tomorrow|end)\b",
    re.I,
)


def _needs_parse(index: int, doc: Any) -> bool:
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
                return True  # a role to read: "council chairman Dieter Holm", "Holm, the chairman"
        elif ent.label_ in ("GPE", "NORP") and index < _COUNTRY_SENTENCES:
            prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if prev not in _LOCATION_PREPS:
                return True  # a country that may act: needs its syntactic role
    return False


def parse_sentences(nlp: Any, texts: Sequence[str], batch_size: int = 64) -> list[ParsedSentence]:
    """NER on every text, tagger and parser only where a facet needs them.

    Texts that look like credit lines or captions are kept (so indices line up) but marked.
    """
    return parse_groups(nlp, [texts], batch_size)[0]


_ANY_CAP_OR_DIGIT = re.compile(r"[A-Z\d]")


def parse_groups(
    nlp: Any, groups: Sequence[Sequence[str]], batch_size: int = 128
) -> list[list[ParsedSentence]]:
    """``parse_sentences`` for several articles at once, streamed through spaCy in shared batches."""
    names = list(nlp.pipe_names)
    heavy = [n for n in names if n != "ner" and n not in _SKIPPED]
    flat = [(g, i, t) for g, texts in enumerate(groups) for i, t in enumerate(texts)]
    credit = [is_credit_line(t) for _, _, t in flat]
    # a sentence with no capital after its first letter, no digit and no future word can hold no
    # name, figure or step: it is only tokenised
    bare = [
        i > 0 and not credit[k] and not _ANY_CAP_OR_DIGIT.search(t[1:]) and not FUTURE_CUE_RE.search(t)
        for k, (_, i, t) in enumerate(flat)
    ]
    with nlp.select_pipes(disable=[n for n in names if n != "ner"]):
        rich = iter(nlp.pipe((t for k, (_, _, t) in enumerate(flat) if not bare[k]), batch_size=batch_size))
        docs = [nlp.make_doc(t) if bare[k] else next(rich) for k, (_, _, t) in enumerate(flat)]
    chosen = [k for k, (_, i, _) in enumerate(flat) if not credit[k] and _needs_parse(i, docs[k])]
    if heavy and chosen:
        sub: Iterable[Any] = [docs[k] for k in chosen]
        for name in heavy:
            sub = nlp.get_pipe(name).pipe(sub, batch_size=batch_size)
        for k, d in zip(chosen, sub, strict=True):
            docs[k] = d
    chosen_set = set(chosen)
    out: list[list[ParsedSentence]] = [[] for _ in groups]
    for k, (g, i, t) in enumerate(flat):
        out[g].append(ParsedSentence(index=i, text=t, doc=docs[k], parsed=k in chosen_set, credit=credit[k]))
    return out


def split_title(title: str, parsed: list[ParsedSentence]) -> list[ParsedSentence]:
    """The body sentences, re-indexed from 0, when the title was parsed first (it only serves
    to pick sentences for parsing: items always cite body sentences)."""
    if not title:
        return parsed
    return [
        ParsedSentence(index=p.index - 1, text=p.text, doc=p.doc, parsed=p.parsed, credit=p.credit)
        for p in parsed[1:]
    ]
