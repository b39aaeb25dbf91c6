"""Reading facets out of short texts written for the tests: one sentence a line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Span

from newsbrief.summarizers.actors import extract_actors
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.facets import Facets, extract_facets
from newsbrief.summarizers.parse import ParsedSentence, parse_sentences
from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.types import Actor, Article, Briefing, Figure

T = TypeVar("T")

# a step dated ahead that every "is no step" test keeps beside its case, as its positive control
FERRY_STEP = "The Harwick ferry will resume sailings on Monday, its owners said.\n"

# the publication day of the tests that build a whole article: the days their texts name are read from it
TEST_DAY = datetime(2031, 2, 24, 8, 0)


def facets(nlp: Language, text: str, title: str = "") -> Facets:
    sentences = [s.strip() for s in text.strip().split("\n") if s.strip()]
    return extract_facets(nlp, title, sentences)


# a plain first sentence of a story: a sentence under test parsed after it is parsed as the story's second
LEAD_SENTENCE = (
    "The port authority of Velmar approved a plan to rebuild the northern quay after the storm in 2026."
)


def parsed_after_lead(nlp: Language, sentence: str) -> ParsedSentence:
    """``sentence`` as the parse leaves it after ``LEAD_SENTENCE`` (the lead is parsed for its position
    alone)."""
    return parse_sentences(nlp, [LEAD_SENTENCE, sentence])[1]


def parsed_with_entities(nlp: Language, text: str, ents: Sequence[tuple[str, str]]) -> list[ParsedSentence]:
    """One parsed sentence per line, with the recogniser's entities replaced by ``ents``
    (text, label): the rules must hold whatever the statistical model tags."""
    out = []
    for i, line in enumerate(s.strip() for s in text.strip().splitlines()):
        doc = nlp(line)
        spans: list[Span] = []
        for words, label in ents:
            toks = words.split()
            for k in range(len(doc) - len(toks) + 1):
                taken = any(s.start < k + len(toks) and k < s.end for s in spans)
                if [t.text for t in doc[k : k + len(toks)]] == toks and not taken:
                    spans.append(Span(doc, k, k + len(toks), label=label))
        doc.ents = sorted(spans, key=lambda s: s.start)
        out.append(ParsedSentence(index=i, text=line, doc=doc, parsed=True))
    return out


def entity_names(nlp: Language, text: str, ents: Sequence[tuple[str, str]]) -> list[str]:
    """The actors' names of ``text`` (one sentence a line) with the entities ``ents`` alone tagged."""
    return [a.name for a in extract_actors("", parsed_with_entities(nlp, text, ents))]


def parsed_hiding(nlp: Language, texts: Sequence[str], hidden: str) -> list[ParsedSentence]:
    """``texts`` parsed one sentence each, with every entity spelled ``hidden`` taken out, as if the
    recogniser had missed that name."""
    parsed = []
    for k, text in enumerate(texts):
        doc = nlp(text)
        doc.ents = [e for e in doc.ents if e.text != hidden]
        parsed.append(ParsedSentence(index=k, text=text, doc=doc, parsed=True))
    return parsed


def _the_one(items: Sequence[T], label: Callable[[T], str], wanted: str) -> T:
    """The first of ``items`` labelled ``wanted``; the test fails, listing the labels, when none is."""
    found = [x for x in items if label(x) == wanted]
    assert found, f"{wanted!r} not in {[label(x) for x in items]}"
    return found[0]


def names(f: Facets) -> list[str]:
    return [a.name for a in f.actors]


def actor(f: Facets, name: str) -> Actor:
    return _the_one(f.actors, lambda a: a.name, name)


def values(f: Facets) -> list[str]:
    return [x.value for x in f.figures]


def values_of(nlp: Language, text: str) -> list[str]:
    """The figures' values of ``text`` (one sentence a line)."""
    return values(facets(nlp, text))


def figure(f: Facets, value: str) -> Figure:
    return _the_one(f.figures, lambda x: x.value, value)


def steps(f: Facets) -> str:
    return " || ".join(s.text for s in f.next_steps)


def steps_of(nlp: Language, text: str) -> str:
    """The next steps of ``text`` (one sentence a line), joined by " || "."""
    return steps(facets(nlp, text))


def built_steps(
    engine: BriefingEngine, text: str, title: str = "", published: datetime | None = None
) -> list[str]:
    """The next steps' texts of the briefing ``engine`` builds of ``text``: the whole path an article
    takes (cleaning, splitting, the step-cue parse), not the facets alone."""
    art = Article(id="t", text=text, title=title, published=published)
    return [s.text for s in engine.build(art).next_steps]


def built_steps_line(
    engine: BriefingEngine, text: str, title: str = "", published: datetime | None = None
) -> str:
    """``built_steps`` as one line, the steps joined by " | "."""
    return " | ".join(built_steps(engine, text, title, published))


def story(title: str, sentences: Sequence[str], article_id: str, lede: int = 1) -> Briefing:
    """A briefing of ``sentences`` (its summary the first ``lede`` of them), for the answerer's tests."""
    return Briefing(
        title=title, summary=tuple(sentences[:lede]), article_ids=(article_id,), sentences=tuple(sentences)
    )


def converse(questions: Sequence[str], briefings: Sequence[Briefing], nlp: Language) -> list[str]:
    """The answers' texts to ``questions`` asked as the turns of one thread about ``briefings``."""
    state = ConversationState()
    out = []
    for q in questions:
        ans, state = answer_in_conversation(q, briefings, state, nlp)
        out.append(ans.text)
    return out
