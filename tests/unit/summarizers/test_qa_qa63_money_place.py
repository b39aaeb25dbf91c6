"""qa63: no sum of money is a year or a number joined to the noun it counts ("a 40-page report"), and a place named
in a compound ("a Kelby-based firm") says where the thing it describes is. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import NUMBER_RE, not_money, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa63-1", "", "Vell Gazette", "https://gazette.example.org/qa63")


@pytest.mark.parametrize(
    ("text", "number", "want"),
    [
        ("The mill, which opened in 1887, was sold last week.", "1887", True),
        ("Rents were frozen between 2018 and 2021.", "2021", True),
        ("The inspectors wrote a 40-page report.", "40", True),
        ("The estate went for 640,000 at auction.", "640,000", False),
    ],
)
def test_a_year_or_a_counted_compound_is_no_money(text: str, number: str, want: bool) -> None:
    m = next(m for m in NUMBER_RE.finditer(text) if m.group(0).strip() == number)
    assert not_money(m, text) is want


def test_a_sentence_with_only_years_holds_no_money(nlp: Any) -> None:
    q = analyse("How much did the mill fetch?", lemmatizer(nlp))
    assert type_fit(q, "The mill, which opened in 1887, changed hands between 1990 and 2004.") == 0.0
    assert type_fit(q, "The mill fetched 640,000 at auction.") > 0.0


def test_a_money_question_is_not_answered_with_a_year(nlp: Any) -> None:
    sents = (
        "The bridge repairs, first promised in 2019, will cost far more than the council planned, its leader said.",
        "Engineers have put the bill for the work at 3.4 million pounds.",
        "The bridge will stay shut until spring.",
    )
    ans = answer_from_sentences("How much will the bridge repairs cost?", cited(sents, CITE), nlp)
    assert "3.4 million" in short_answer(ans.text), ans.text


def test_a_place_in_a_based_compound_answers_where(nlp: Any) -> None:
    sents = (
        "Orrin Loaves was fined 80,000 pounds on Monday over a fire at one of its bakeries.",
        "The judge said the Kelby-based company had ignored repeated warnings about its ovens.",
        "Orrin Loaves will appeal, a spokesman said outside the court in Tarnby.",
        "Orrin Loaves employs about 900 people.",
    )
    ans = answer_from_sentences("Where is Orrin Loaves based?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "Kelby", ans.text
