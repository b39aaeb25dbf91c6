"""Key actors, key figures and next steps of one article.

The entry point is ``extract_facets``: the sentences are parsed by ``newsbrief.summarizers.parse`` (spaCy,
selectively), then each facet has its own extractor (``actors``, ``figures``, ``next_steps``),
which reads ``ParsedSentence`` values and never imports this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from newsbrief.summarizers.actors import extract_actors
from newsbrief.summarizers.figures import extract_figures
from newsbrief.summarizers.next_steps import extract_next_steps
from newsbrief.summarizers.parse import ParsedSentence, parse_groups, parse_sentences, split_title
from newsbrief.summarizers.text import is_credit_line
from newsbrief.summarizers.types import Actor, Figure, NextStep

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Facets",
    "ParsedSentence",
    "extract_facets",
    "facets_from_parsed",
    "is_credit_line",
    "parse_groups",
    "parse_sentences",
    "split_title",
]


@dataclass(frozen=True)
class Facets:
    """The three facets of one article, each most important first and capped
    (``actors.MAX_ACTORS``, ``figures.MAX_FIGURES``, ``next_steps.MAX_STEPS``)."""

    actors: tuple[Actor, ...]
    figures: tuple[Figure, ...]
    next_steps: tuple[NextStep, ...]


def facets_from_parsed(
    title: str,
    parsed: list[ParsedSentence],
    published: date | None = None,
    captions: Sequence[ParsedSentence] = (),
    figure_captions: Sequence[ParsedSentence] = (),
) -> Facets:
    """The three facets from sentences already run through ``parse_sentences``; ``published``
    (when known) tells the next steps which years lie ahead; ``captions`` (parsed captions the
    cleaning took out) are read by the next steps alone, for a step they date ahead;
    ``figure_captions`` (parsed captions that hold a number the body never writes) by the figures
    alone, as a fallback."""
    # credit lines and captions are left out, and the rest numbered again from 0, so an
    # extractor's position (``index``) and its count of sentences (``len``) agree
    body = [replace(p, index=k) for k, p in enumerate(q for q in parsed if not q.credit)]
    credits = [q for q in parsed if q.credit]
    actors = extract_actors(title, body, credits)
    # the figures read the captions left out for a scoreline alone (a result often told only there)
    figures = extract_figures(title, body, credits, figure_captions)
    steps = extract_next_steps(body, published, captions)
    return Facets(actors, figures, steps)


def extract_facets(nlp: Language, title: str, sentences: list[str]) -> Facets:
    """All three facets of one article; ``sentences`` is the cleaned article in order.

    ``nlp`` is a loaded spaCy English pipeline; the title only boosts importance (items
    always cite a body sentence).
    """
    texts = [title, *sentences] if title else list(sentences)
    return facets_from_parsed(title, split_title(title, parse_sentences(nlp, texts, titled=bool(title))))
