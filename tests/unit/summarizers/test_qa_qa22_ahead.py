"""qa22: a when-question about what is still to come is answered by a sentence that puts a date ahead, not by
one that dates only what is past.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import asks_ahead, dated_ahead
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("removals-1", "", "Dunmore Echo", "https://echo.example.org/removals")
COURT = (
    "A removals firm owner who took deposits for moves he never made was convicted of fraud in Dunmore.",
    "Dale Orrin, 52, took 60,000 pounds from 30 families between 2019 and 2021, the court heard.",
    "Sentencing was set for 14 August.",
)


def test_a_when_question_about_what_is_to_come_wants_a_date_ahead(nlp: Any) -> None:
    ans = answer_from_sentences("When will Dale Orrin be sentenced?", cited(COURT, CITE), nlp)
    assert "14 August" in ans.text, ans.text
    # control: a question about the past keeps the sentence that dates it
    past = answer_from_sentences("When did Dale Orrin take the money?", cited(COURT, CITE), nlp)
    assert "2019" in past.text, past.text


def test_asks_ahead_and_dated_ahead(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert asks_ahead(analyse("When will the bridge reopen?", lem))
    assert asks_ahead(analyse("When is the next council meeting?", lem))
    assert not asks_ahead(analyse("When did the bridge close?", lem))
    q = analyse("When will the bridge reopen?", lem)
    assert dated_ahead("Engineers said the bridge is expected to reopen on 3 May.", q)
    assert dated_ahead("The bridge will stay shut until next month.", q)
    assert not dated_ahead("The bridge closed on 3 May after a lorry struck it.", q)
    assert not dated_ahead("Tolls raised 2 million pounds from drivers between 2019 and 2021.", q)
