"""qa63: "how cold" asks for a temperature (its noun searched, its units wanted), a noun the lemma tables do not list
is keyed by the verb it is made from ("kayakers": "kayak"), and no sum of money is a number in words or a side of a
scoreline. Invented sentences."""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsbrief.summarizers.lexicon.qa import TEMPERATURE_UNITS
from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import NUMBER_RE, asked_units, in_units, not_money
from newsbrief.summarizers.qa.words import lemmatizer, terms
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa63-3", "", "Vell Gazette", "https://gazette.example.org/qa63-measures")


def _number(text: str, number: str) -> re.Match[str]:
    """The match of ``NUMBER_RE`` in ``text`` that starts with ``number``."""
    return next(m for m in NUMBER_RE.finditer(text) if m.group(0).strip().startswith(number))


def test_how_cold_wants_a_temperature(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("How cold did it get for the climbers?", lem)
    assert asked_units(q) == TEMPERATURE_UNITS
    assert "temperature" in q.terms


@pytest.mark.parametrize(
    ("text", "number", "want"),
    [
        ("The lava reached 1,100\u00b0C at the vent.", "1,100", True),
        ("Overnight it fell to -8C in the hills.", "8", True),
        ("It was minus 12 degrees at dawn.", "12", True),
        ("A 12-strong team of climbers set out.", "12", False),
    ],
)
def test_a_number_in_degrees_carries_a_temperature(text: str, number: str, want: bool) -> None:
    assert in_units(_number(text, number), text, TEMPERATURE_UNITS) is want


def test_a_temperature_answers_how_cold(nlp: Any) -> None:
    sents = (
        "The climbers reached the summit of Mount Kell on Tuesday after nine days on the ridge.",
        "Temperatures on the ridge fell to minus 31 degrees overnight, the expedition's doctor said.",
        "The climbers will fly home from Tarnby next week.",
    )
    ans = answer_from_sentences("How cold did it get for the climbers?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "minus 31 degrees", ans.text


@pytest.mark.parametrize(("noun", "verb"), [("sledgers", "sledging"), ("kayakers", "kayaked")])
def test_an_unlisted_derived_noun_takes_its_verbs_key(noun: str, verb: str, nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert terms(noun, lem) == terms(verb, lem)


@pytest.mark.parametrize(
    ("text", "number", "want"),
    [
        ("He scored twice in a 3-1 win.", "twice", True),
        ("He scored twice in a 3-1 win.", "3", True),
        ("The club has four shops.", "four", True),
        ("The club paid four million euros.", "four", False),
    ],
)
def test_words_and_scorelines_are_no_money(text: str, number: str, want: bool) -> None:
    assert not_money(_number(text, number), text) is want


def test_a_money_question_skips_a_number_in_words(nlp: Any) -> None:
    sents = (
        "The club's striker scored twice in a 3-1 win over Kell on Saturday, the fourth win in five games.",
        "Vell signed the striker from Tarn for 2.5 million pounds in January.",
        "He has a contract until 2028.",
    )
    ans = answer_from_sentences("How much did the club pay for the striker?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "2.5 million pounds", ans.text
