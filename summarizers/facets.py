"""Key actors, key figures and next steps. Minimal first version; to be replaced."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizers.types import Actor, Figure, NextStep


@dataclass(frozen=True)
class Facets:
    actors: tuple[Actor, ...]
    figures: tuple[Figure, ...]
    next_steps: tuple[NextStep, ...]


def extract_facets(nlp: Any, title: str, sentences: list[str]) -> Facets:
    """All three facets of one article; ``sentences`` is the cleaned article in order."""
    actors: dict[str, Actor] = {}
    for doc, sent in zip(nlp.pipe(sentences), sentences, strict=True):
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and ent.text not in actors:
                actors[ent.text] = Actor(name=ent.text, kind=ent.label_, sentence=sent)
    figures = tuple(
        Figure(value=m.group(0), context=sent, sentence=sent)
        for sent in sentences
        for m in re.finditer(r"\d[\d,.]*%?", sent)
    )
    steps = tuple(
        NextStep(text=s, sentence=s) for s in sentences if re.search(r"\b(will|plans?|next)\b", s, re.I)
    )
    return Facets(tuple(actors.values()), figures, steps)
