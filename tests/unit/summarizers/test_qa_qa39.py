"""qa39: a question asking a size ("how tall / high / deep / wide / heavy", "how much did it weigh?") wants a
number carrying a unit of that measure; a sentence whose numbers carry none ("climbed all six faces") fits less
than one that gives it ("stands 412m high"), and "how much did it weigh?" asks a weight, not money.

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.question import Expect, analyse
from newsbrief.summarizers.qa.retrieve import asked_units, in_units, numbers, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("peak-1", "", "Vale Courier", "https://courier.example.org/peak")
PEAK = (
    "Ana Ruiz has climbed all six ridges of the Tarn range and is now training for Mount Kell.",
    "The summit of Kell stands at 4,120m.",
    "She trains near her home in the Holm valley.",
)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The mast is 301m tall.", True),  # a scale letter read as metres, no currency
        ("The ridge rises to 2,100 feet.", True),
        ("A ewe weighed in at 24lbs.", True),
        ("It was a 20-yard strike.", True),
        ("All six ridges were climbed.", False),
        ("The deal is worth $301m.", False),  # money's "m" is millions
    ],
)
def test_a_number_carries_a_unit_of_length_or_weight(text: str, unit: bool) -> None:
    q = analyse("How tall is the mast?" if "lbs" not in text else "How heavy was the ewe?", lemmatizer(None))
    units = asked_units(q)
    assert units
    assert any(in_units(m, text, units) for m in numbers(text)) is unit


def test_size_questions_ask_units_and_counts_do_not() -> None:
    lem = lemmatizer(None)
    for question in ("How tall is Mount Kell?", "How deep is the lake?", "How heavy was the ewe?"):
        assert asked_units(analyse(question, lem)), question
    for question in (
        "How many ridges has she climbed?",
        "How high is the jobless rate?",
        "How much did it cost?",
    ):
        assert not asked_units(analyse(question, lem)), question


def test_how_much_did_it_weigh_asks_a_weight_not_money() -> None:
    lem = lemmatizer(None)
    q = analyse("How much did the ewe weigh at birth?", lem)
    assert q.expect == Expect.NUMBER
    assert asked_units(q)
    assert analyse("How much did the ewe cost?", lem).expect == Expect.MONEY  # control


def test_a_number_without_the_unit_fits_less() -> None:
    q = analyse("How tall is Mount Kell?", lemmatizer(None))
    assert type_fit(q, PEAK[0]) == pytest.approx(qa_engine.WEIGHTS.unit_less)
    assert type_fit(q, PEAK[1]) == 1.0
    plain = analyse("How many ridges has she scaled?", lemmatizer(None))
    assert type_fit(plain, PEAK[0]) == 1.0  # a count question takes any number


@pytest.mark.parametrize(("unit_less", "given"), [(qa_engine.WEIGHTS.unit_less, True), (1.0, False)])
def test_the_sentence_giving_the_height_answers(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, unit_less: float, given: bool
) -> None:
    """With the unit test the height's sentence answers; without it (1.0) the sentence counting the ridges does."""
    changed = dataclasses.replace(qa_engine.WEIGHTS, unit_less=unit_less)
    monkeypatch.setattr(qa_engine, "WEIGHTS", changed)
    ans = answer_from_sentences("How tall is Mount Kell?", cited(PEAK, CITE), nlp).text
    assert ("4,120m" in ans) is given, ans
