"""How much of a stuff ("how much snow fell?", "how much weight did he lose?") asks an amount carrying a unit of
measure (``STUFF_UNITS``: "41cm", "3,200 tonnes", "90 litres"), not a count or a share; and its verb of change
("fell", "lose") does not make it ask the size of a change ("down by 30 per cent").

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import asked_units, asks_stuff, changed_by, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("snow-1", "", "Vale Courier", "https://courier.example.org/snow")
SLOPES = (
    "Ski schools in the Orvel valley face their shortest season in 20 years, with snow holiday bookings down by "
    "about 30 per cent on last winter.",
    "Only 41cm of snow fell on the upper slopes between December and March.",
    "The resort's owners said they would open the summer trails early.",
)


@pytest.mark.parametrize(
    "question",
    [
        "How much snow fell in the valley this winter?",
        "How much weight did the boxer lose?",
        "How much grain did the farms harvest?",
    ],
)
def test_how_much_of_a_stuff_asks_a_unit(nlp: Any, question: str) -> None:
    q = analyse(question, lemmatizer(nlp))
    assert asks_stuff(q)
    assert asked_units(q)


@pytest.mark.parametrize(
    "question",
    [
        "How much did sales fall?",
        "How much faster is the new train?",
        "How much more will fares rise?",
        "How much did the ticket cost?",
        "How much of the forest burned?",
    ],
)
def test_other_how_much_questions_ask_no_unit(nlp: Any, question: str) -> None:
    """("faster" is keyed by its adjective, "fast", with the lemmatizer's tables: no word of the question)"""
    q = analyse(question, lemmatizer(nlp))
    assert not asks_stuff(q)
    assert not asked_units(q)


def test_a_stuff_that_fell_is_no_change_asked(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert not changed_by(analyse("How much snow fell in the valley?", lem))
    assert changed_by(analyse("How much did bookings fall?", lem))  # control: a change


def test_a_share_fits_less_than_an_amount_in_units(nlp: Any) -> None:
    q = analyse("How much snow fell in the valley this winter?", lemmatizer(nlp))
    assert type_fit(q, SLOPES[1]) == 1.0
    assert type_fit(q, SLOPES[0]) == pytest.approx(qa_engine.WEIGHTS.unit_less)


@pytest.mark.parametrize(("on", "given"), [(True, True), (False, False)])
def test_the_sentence_giving_the_amount_answers(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, on: bool, given: bool
) -> None:
    """With the rule the snowfall's sentence answers; without it the share of bookings "down by" answers."""
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, stuff_units=on))
    ans = answer_from_sentences(
        "How much snow fell in the valley this winter?", cited(SLOPES, CITE), nlp
    ).text
    assert ("41cm" in ans) is given, ans
