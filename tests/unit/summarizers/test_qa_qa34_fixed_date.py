"""qa34: a when-question whose best sentence dates its event only from now ("next month", "25 years ago",
"now") is answered by a sentence that names the day, month, year or hour, when it shares enough of the
question's words (invented text)."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.engine import _fixed_date
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("bridge-1", "", "Kelby Courier", "https://kelby.example.org/bridge")
Q = analyse("When is the vote?", lemmatizer(None))


@pytest.mark.parametrize(
    "text",
    [
        "Councillors vote on 14 March.",
        "The vote is on March 14.",
        "The mill burned down in 1987.",
        "They meet on Thursday.",
        "The keeper left before 9pm.",
    ],
)
def test_a_date_that_names_its_day_month_year_or_hour_is_fixed(text: str) -> None:
    assert _fixed_date(text, Q)


@pytest.mark.parametrize(
    "text",
    [
        "Councillors vote next month.",
        "The mill burned down 25 years ago.",
        "The bridge is now open.",
        "A decision is expected soon.",
    ],
)
def test_a_date_told_from_now_is_not_fixed(text: str) -> None:
    assert not _fixed_date(text, Q)


RELATIVE = "The public vote on the new river bridge was held last month, the council said."
QUESTION = "When was the public vote on the new river bridge held?"


def test_the_named_day_answers_before_a_date_told_from_now(nlp: Any) -> None:
    sents = (RELATIVE, "Residents held a public vote on the river bridge on 14 March.")
    ans = answer_from_sentences(QUESTION, cited(sents, CITE), nlp)
    assert ans.text.startswith("14 March"), ans.text
    # control: without a sentence naming the day, the date told from now answers as before
    ans = answer_from_sentences(QUESTION, cited((RELATIVE,), CITE), nlp)
    assert ans.text.startswith("last month"), ans.text


def test_a_named_day_sharing_too_little_of_the_question_is_left(nlp: Any) -> None:
    sents = (RELATIVE, "The ferry stopped running on 2 January.")
    ans = answer_from_sentences(QUESTION, cited(sents, CITE), nlp)
    assert ans.text.startswith("last month"), ans.text
