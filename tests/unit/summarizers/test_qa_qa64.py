"""qa64: a who-question in the progressive ("who is building the bridge?") asks the holder of its verb's office
(a contractor, a builder, a developer), an office opening a sentence after "The" has no other owner, and "how
quickly / early / late" ask a length of time as "how long" does.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import asked_offices, office_of_asked
from newsbrief.summarizers.qa.question import Expect, QuestionType, analyse
from newsbrief.summarizers.qa.retrieve import changed_by
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("vell-1", "", "Vell Courier", "https://vell.example.org/span")


def _answer(question: str, sentences: tuple[str, ...], nlp: Any) -> str:
    return short_answer(answer_from_sentences(question, cited(sentences, CITE), nlp).text)


def test_a_progressive_who_question_asks_its_verb_s_office(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "contractor" in asked_offices(analyse("Who is building the Vell footbridge?", lem), lem)
    assert "chief executive" in asked_offices(analyse("Who was running the ferry firm?", lem), lem)
    # a progressive whose verb names no office asks none
    assert asked_offices(analyse("Who is selling the old depot?", lem), lem) == ()


def test_an_office_after_the_article_has_no_other_owner(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who is building the Vell footbridge?", lem)
    offices = asked_offices(q, lem)
    assert office_of_asked("The main contractor, Orrin Steelworks, blamed the rain.", q, offices, lem) is None
    assert (
        office_of_asked("Its main contractor, Orrin Steelworks, blamed the rain.", q, offices, lem) is False
    )


def test_a_progressive_office_question_takes_the_sentence_naming_the_contractor(nlp: Any) -> None:
    sents = (
        "The Vell footbridge over the Arle will open a year late, the county said on Tuesday.",
        "Walkers had hoped to use the footbridge by the spring.",
        "The main contractor, Orrin Steelworks, said the steel deck had arrived three months behind schedule.",
    )
    assert _answer("Who is building the Vell footbridge?", sents, nlp) == "Orrin Steelworks"


def test_how_quickly_early_and_late_ask_a_length_of_time(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    for question in (
        "How early should visitors reach the museum?",
        "How quickly must the homes be finished?",
        "How late did the train arrive?",
    ):
        q = analyse(question, lem)
        assert (q.type, q.expect) == (QuestionType.HOW_MUCH, Expect.DURATION), question
    sents = (
        "The Vell museum reopens on Saturday after a two-year refit.",
        "Visitors to the museum were told the queues would be long.",
        "Staff advised visitors to reach the doors two hours before opening.",
    )
    assert _answer("How early should visitors reach the museum?", sents, nlp) == "two hours"


def test_a_change_question_ending_on_to_asks_the_level_reached(nlp: Any) -> None:
    sents = (
        "ORVEN, 3 May 2026 \u2014 Tarsk Mills said it would shut two sites and cut 900 jobs after its profit fell by "
        "a quarter in the first half.",
        "Half-year profit at Tarsk Mills fell to \u20ac215 million from \u20ac290 million a year before.",
    )
    assert _answer("How much did Tarsk Mills' half-year profit fall to?", sents, nlp) == "\u20ac215 million"
    # the size of the change is still what "how much did it fall?" asks
    lem = lemmatizer(nlp)
    assert changed_by(analyse("How much did Tarsk Mills' profit fall?", lem))
    assert not changed_by(analyse("How much did Tarsk Mills' profit fall to?", lem))
