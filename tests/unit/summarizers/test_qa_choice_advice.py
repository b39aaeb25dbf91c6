"""Questions asking what someone should do: the sentence that gives a directive answers.

The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import asks_advice, directive_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("rail-1", "", "Valley Courier", "https://courier.example.org/rail")
RAIL = (
    "Thieves stole the card details of thousands of customers from the ticket website of Norvik Rail, the firm announced on Tuesday.",
    "The firm, founded in 1998, now carries some 3 million passengers each season across its regional lines.",
    "It urged passengers to change their account passwords and to watch their bank statements.",
    "Its trains kept to the timetable, the operator added.",
)


def test_what_should_they_do_takes_the_directive_over_a_sentence_sharing_more_words(nlp: Any) -> None:
    ans = answer_from_sentences("What should Norvik Rail passengers do now?", cited(RAIL, CITE), nlp)
    assert "passwords" in ans.text, ans.text
    # control: a question that asks no advice keeps the sentence sharing most words
    other = answer_from_sentences("How many passengers does Norvik Rail carry now?", cited(RAIL, CITE), nlp)
    assert "3 million" in other.text, other.text


def test_without_the_directive_fit_the_other_sentence_wins(nlp: Any) -> None:
    base = qa_engine.WEIGHTS
    qa_engine.WEIGHTS = replace(base, advice_fit=0.0)
    try:
        ans = answer_from_sentences("What should Norvik Rail passengers do now?", cited(RAIL, CITE), nlp)
    finally:
        qa_engine.WEIGHTS = base
    assert "passwords" not in ans.text, ans.text


def test_asks_advice_reads_the_question(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    for text in (
        "What should drivers do?",
        "What were hikers told to do?",
        "What does the union want the ministry to do?",
        "How can readers help?",
        "What can the public do?",
        "What does the lender suggest savers should do?",
    ):
        assert asks_advice(analyse(text, lem)), text
    for text in (
        "What did the mayor announce?",
        "What became of the bridge?",
        "How can it fly so far?",
        "How can the new vaccine help older patients?",  # a way, not a directive
    ):
        assert not asks_advice(analyse(text, lem)), text


def test_directive_fit_reads_the_sentence() -> None:
    assert directive_fit("Officials urged drivers to slow down.") == 1.0
    assert directive_fit("Tenants are being advised to keep their receipts.") == 1.0
    assert directive_fit("Wardens asked campers to douse their fires.") == 1.0
    assert directive_fit("The charity appealed for coats and boots.") == 1.0
    assert directive_fit("'Do not walk across the ice,' the warden said.") == 1.0
    assert directive_fit("People should stay indoors.") == 0.5
    # not a directive: a report, an invitation to be something, an order of business
    assert directive_fit("Ms Odo was asked to be the referee.") == 0.0
    assert directive_fit("Sales rose by 4% over the winter.") == 0.0
    assert directive_fit("The board met on Tuesday and approved the budget.") == 0.0
