"""qa62: a who-question asking who holds an office ("who chairs / runs / founded X?", "who is his lawyer?") takes
the sentence that puts a new full name beside the office, even a quote that names the body by an acronym or a
pronoun and shares no other word with the question.

The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as engine_mod
from newsbrief.summarizers.qa.extract import asked_offices, holds_office, office_of_asked, tells_office
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

CITE = Citation("tarn-1", "", "Kell Gazette", "https://kell.example.org/tarn")


def _answer(question: str, sentences: tuple[str, ...], nlp: Any) -> str:
    """The short answer (before the dash) to ``question`` from the sentences of one story."""
    text = answer_from_sentences(question, [(s, CITE) for s in sentences], nlp).text
    return text.split(" \u2014 ")[0]


def test_the_office_a_who_question_asks_is_read_from_its_verb_or_role(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "chairman" in asked_offices(analyse("Who chairs the Tarn Water Board?", lem), lem)
    assert "founder" in asked_offices(analyse("Who founded Kell Motors?", lem), lem)
    assert "chief executive" in asked_offices(analyse("Who will run the new agency?", lem), lem)
    # a role noun of "who is ...?" brings the nouns of the same office
    assert "attorney" in asked_offices(analyse("Who is Ivo Lund's solicitor?", lem), lem)
    # "found" is the past of "find", not "founded"; a role after "as" is one someone takes; "which" questions
    # have their own noun
    assert asked_offices(analyse("Who found the body?", lem), lem) == ()
    assert asked_offices(analyse("Who was sacked as chairman of the board?", lem), lem) == ()
    assert asked_offices(analyse("Which manager kept faith in him?", lem), lem) == ()


def test_a_name_beside_the_office_holds_it(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who chairs the Tarn Water Board?", lem)
    offices = asked_offices(q, lem)
    assert (
        holds_office('"We acted fast," TWB chair Ana Ode-Marsh told reporters.', q, offices)
        == "Ana Ode-Marsh"
    )
    assert holds_office("Its chairman, Ivo Lund, said the board would meet.", q, offices) == "Ivo Lund"
    assert holds_office("Ivo Lund, the board's chairman, said so.", q, offices) == "Ivo Lund"
    assert holds_office("The Tarn Water Board said the pipes were safe.", q, offices) == ""
    # a particle stays in the name, a possessive mark does not, and a clause after the comma names no holder
    assert holds_office(
        "It was a long night at Kell Hall, but chairman Ana de Marsh kept calm.", q, offices
    ) == ("Ana de Marsh")
    assert holds_office("Chairman Ivo Lund\u2019 plan was rejected.", q, offices) == "Ivo Lund"
    # the act told with the office's verb answers in the question's own terms
    assert tells_office("The inquiry will be chaired by Ivo Lund.", q, offices, lem)
    assert not tells_office("The chair of the inquiry spoke.", q, offices, lem)


def test_an_office_question_takes_the_sentence_naming_the_holder(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sents = (
        "The Tarn Water Board fined Kell Pipes 2 million euros on Monday for leaks across the Tarn valley.",
        "Kell Pipes said it would appeal against the fine.",
        '"Leaks are not a cost of business," TWB chair Ana Ode-Marsh told reporters.',
    )
    q = "Who chairs the Tarn Water Board?"
    assert _answer(q, sents, nlp) == "Ana Ode-Marsh"
    # without the step, the sentence that shares the question's words answers with another name
    monkeypatch.setattr(engine_mod, "WEIGHTS", replace(WEIGHTS, office_share=-1.0))
    assert "Ode-Marsh" not in _answer(q, sents, nlp)


def test_the_asked_body_office_comes_before_another_ones(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who runs the Kell Pipes Company?", lem)
    offices = asked_offices(q, lem)
    assert office_of_asked("The KPC chief executive, Ana Ode-Marsh, spoke.", q, offices, lem)
    assert office_of_asked("Its chief executive, Ivo Lund, spoke.", q, offices, lem) is False
    assert office_of_asked('"We are ready," chief executive Ana Ode-Marsh said.', q, offices, lem) is None
    sents = (
        "The Kell Pipes Company will buy Tarn Valves for 2 million euros, it said on Monday.",
        "Tarn Valves makes valves for the Kell Pipes Company.",
        "Its chief executive, Ivo Lund, will join the Kell Pipes Company board when the deal closes.",
        '"Valves are where the growth is," KPC chief executive Ana Ode-Marsh told analysts.',
    )
    assert _answer("Who runs the Kell Pipes Company?", sents, nlp) == "Ana Ode-Marsh"
