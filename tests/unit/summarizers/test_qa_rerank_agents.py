"""The parse re-rank's who-question agents that no verb governs, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import _deverbal, parse_fit
from newsbrief.summarizers.qa.words import lemmatizer


def _fit(question: str, sentence: str, nlp: Any) -> float:
    lem = lemmatizer(nlp)
    return parse_fit(analyse(question, lem), sentence, nlp, lem)


@pytest.mark.parametrize(
    ("question", "sentence", "fits"),
    [
        ("Who attacked Dovik?", "Dovik was hit by an attack by the Morvan Front on Monday.", True),
        ("Who attacked Dovik?", "Dovik was calm, Mayor Ilsa Marren said.", False),  # control
        # the question's object as the noun: "a survey by X" is X conducting it
        (
            "Who conducted the survey?",
            "A new survey by the Halvor Institute found that most voters agree.",
            True,
        ),
        ("Who conducted the survey?", "The survey was discussed in Brenland on Monday.", False),  # control
        # a "by" under a noun that is neither the question's verb nor its object
        ("Who conducted the survey?", "The survey found a painting by Tomas Verrin in most homes.", False),
        # an object question ("whom") takes no noun agent
        (
            "Whom did the rebels attack?",
            "There was an attack by Dovik guards on Monday, the rebels said.",
            False,
        ),
        # the parser reads "did" as this question's verb: no noun agent either
        (
            "Who did the Morvan Front attack?",
            "There was an attack by Dovik guards, the Morvan Front said.",
            False,
        ),
    ],
)
def test_a_by_under_the_questions_verb_or_object_noun_is_its_agent(
    question: str, sentence: str, fits: bool, nlp: Any
) -> None:
    assert (_fit(question, sentence, nlp) == 1.0) is fits


def test_a_copula_naming_the_questions_doer_fills_the_subject(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    host = analyse("Who hosted the gala?", lem)
    assert parse_fit(host, "The host of the gala was Tomas Verrin.", nlp, lem) == 1.0
    assert parse_fit(host, "Tomas Verrin was the host of the gala.", nlp, lem) == 1.0
    assert parse_fit(host, "The guest of honour at the gala was Tomas Verrin.", nlp, lem) < 1.0  # other noun
    assert parse_fit(host, "Tomas Verrin attended the gala with Ilsa Marren.", nlp, lem) < 1.0
    win = analyse("Who won the race?", lem)
    assert parse_fit(win, "The winner of the race was Ilsa Marren, a teacher from Dovik.", nlp, lem) == 1.0
    assert parse_fit(win, "Ilsa Marren watched the race.", nlp, lem) < 1.0  # control


def test_a_name_in_apposition_takes_its_nouns_role(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who bought the farm?", lem)
    assert (
        parse_fit(q, "The farm was bought by production firm Kelvar Pictures last spring.", nlp, lem) == 1.0
    )


def test_deverbal_reads_doer_nouns() -> None:
    assert _deverbal("winner", {"win"})
    assert _deverbal("organiser", {"organise"})
    assert _deverbal("editor", {"edit"})
    assert _deverbal("host", {"host"})
    assert not _deverbal("order", {"ord"})  # too short a stem
    assert not _deverbal("teacher", {"win"})


def test_deverbal_reads_a_doer_of_a_verb_ending_in_e() -> None:
    # the derivation table's "-or" for "-e" (lexicon.qa.NOUN_DERIVATIONS), as for "-er" ("organiser")
    assert _deverbal("creator", {"create"})
    assert _deverbal("survivor", {"survive"})
    assert not _deverbal("creator", {"crate"})  # control
