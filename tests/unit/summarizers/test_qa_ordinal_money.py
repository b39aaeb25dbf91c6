"""A how-much question asking a price with "are" / "were" ("how much are tickets?") wants money, and the digits of
an ordinal ("the 17th-century hall", "her 3rd album") are no sum of money without a currency.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.question import Expect, analyse
from newsbrief.summarizers.qa.retrieve import not_money, numbers, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("choir-1", "", "Vale Courier", "https://courier.example.org/choir")
CONCERT = (
    "The Orvel choir will sing a lost cantata in the 17th-century chapel of Orvel for the first time since its "
    "rediscovery.",
    "The cantata was found in a box of papers at a farm near Holm last year.",
    "Seats, priced from £12 to £40, go on sale on Monday.",
)


def test_how_much_are_asks_money() -> None:
    lem = lemmatizer(None)
    assert analyse("How much are seats for the concert?", lem).expect == Expect.MONEY
    assert analyse("How much were the tickets?", lem).expect == Expect.MONEY
    assert analyse("How much snow were they expecting?", lem).expect != Expect.MONEY  # control: a stuff


def test_an_ordinal_is_no_money() -> None:
    text = CONCERT[0]
    assert [m for m in numbers(text) if not not_money(m, text)] == []
    q = analyse("How much are seats for the Orvel cantata?", lemmatizer(None))
    assert type_fit(q, text) == 0.0
    assert type_fit(q, "Seats cost 40 each.") == 0.5  # control: a bare number may be money


def test_the_price_answers(nlp: Any) -> None:
    ans = answer_from_sentences("How much are seats for the Orvel cantata?", cited(CONCERT, CITE), nlp).text
    assert "£12" in ans, ans
