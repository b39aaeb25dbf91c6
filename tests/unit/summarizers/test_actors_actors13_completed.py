"""A name the recogniser cut short at its start ("[Fairport] Rovers boss ...") is the longer name
it tags elsewhere in the story, with that name's type; words that spell no such name are left
alone. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from newsbrief.summarizers.actors import _completed_names


def _doc(nlp: Any, text: str, start: int, end: int, label: str) -> Any:
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label)]
    return doc


def test_words_before_an_entity_that_spell_a_longer_name_complete_it(nlp: Any) -> None:
    doc = _doc(nlp, "Fairport Rovers boss Tim Castle praised his players.", 1, 2, "GPE")
    spans = _completed_names(doc, {"Fairport Rovers": "ORG"})
    assert [(s.text, s.label_) for s in spans] == [("Fairport Rovers", "ORG")]


def test_words_that_spell_no_known_name_leave_the_entity_alone(nlp: Any) -> None:
    doc = _doc(nlp, "Fairport Rovers boss Tim Castle praised his players.", 1, 2, "GPE")
    assert _completed_names(doc, {"Dunmore Rovers": "ORG"}) == []
    lower = _doc(nlp, "The new Rovers boss praised his players.", 2, 3, "GPE")
    assert _completed_names(lower, {"new Rovers": "ORG"}) == []  # a lower-case word is no part of a name
