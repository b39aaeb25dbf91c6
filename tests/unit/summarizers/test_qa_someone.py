"""A who-question's sentence whose capitalised words are only places, nationalities or dates fits less than one
naming someone (qa25), and a name of the question inside a longer word ("Tarn" in "Tarnish") is no name of the
question. Invented sentences."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

from newsbrief.summarizers.qa import engine
from newsbrief.summarizers.qa.extract import names_someone
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer


def _passage(text: str, position: int) -> Any:
    return SimpleNamespace(text=text, antecedent="", article=0, position=position)


def test_a_sentence_naming_no_one_gives_way_to_one_naming_someone(nlp: Any) -> None:
    q = analyse("Who thanked the ferry crews?", lemmatizer(nlp))
    places = _passage("The ferry crews were thanked in Kestwick on Tuesday.", 0)
    person = _passage("Harbour master Ada Brenn thanked them.", 1)
    head = [(1.0, 0.6, places), (0.8, 0.5, person)]
    assert [p.position for _, _, p in engine._someone_fits(q, head, nlp, WEIGHTS)] == [1, 0]
    # control: at 1 a place's name fits as a person's, and the order stays
    as_names = dataclasses.replace(WEIGHTS, someone_fit=1.0)
    assert [p.position for _, _, p in engine._someone_fits(q, head, nlp, as_names)] == [0, 1]


def test_a_longer_name_holding_the_questions_name_is_someone_new(nlp: Any) -> None:
    q = analyse("Who briefed Parliament on the budget?", lemmatizer(nlp))
    assert names_someone(
        q, _passage("The budget note was drafted by the Parliamentary Budget Office.", 0), nlp
    )
    assert not names_someone(q, _passage("Parliament was told of the budget on Monday.", 0), nlp)  # control
