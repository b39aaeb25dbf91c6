"""Reading facets out of short texts written for the tests: one sentence a line."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from newsbrief.summarizers.facets import Facets, extract_facets


def facets(nlp: Language, text: str, title: str = "") -> Facets:
    sentences = [s.strip() for s in text.strip().split("\n") if s.strip()]
    return extract_facets(nlp, title, sentences)


def names(f: Facets) -> list[str]:
    return [a.name for a in f.actors]


def actor(f: Facets, name: str) -> Any:
    found = [a for a in f.actors if a.name == name]
    assert found, f"{name!r} not in {names(f)}"
    return found[0]


def steps(f: Facets) -> str:
    return " || ".join(s.text for s in f.next_steps)
