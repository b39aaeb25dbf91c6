"""Thirty-fifth pass (qa35): a deal's worth is its total, not a price per unit or a saving; a dateline's place and a
number opening a sentence answer no who-question."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import dateline, names_someone, span, values_thing
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, passage, short_answer

CITE = Citation("qa35-1", "", "Tarrow Ledger", "https://ledger.example.org/qa35")


def test_a_total_paid_or_worded_values_the_thing_a_price_per_unit_does_not() -> None:
    assert values_thing("Ostley Foods agreed to buy the bakery chain Crumbwell for $640 million in shares.")
    assert values_thing("The board backed a 2.3 billion euro merger with Varnholt Steel.")
    assert values_thing("It accepted a 900 million pound ($1.1 billion) bid from Pellor.")
    assert not values_thing("Holders get 415 pence apiece for each Crumbwell share.")
    assert not values_thing("The funds bought the stock for $14 a share last year.")
    assert not values_thing("The merger should save about $90 million a year.")
    assert values_thing("Its timber sales were worth 2 billion euros in the last season.")
    assert not values_thing("The fund sold its stake, worth $3 million a year in dividends.")


def test_how_much_is_the_deal_worth_takes_the_total_not_the_price_per_share(nlp: Any) -> None:
    sents = (
        "Ostley Foods is to buy the bakery chain Crumbwell for $640 million, the two firms announced.",
        "Ostley will pay $7.25 for each Crumbwell share, a premium of 22% to Friday's close.",
        "Crumbwell employs 2,100 bakers in 140 shops.",
    )
    ans = answer_from_sentences("How much is the Crumbwell deal worth?", cited(sents, CITE), nlp)
    assert "640 million" in short_answer(ans.text), ans.text


def test_a_dateline_place_is_no_one() -> None:
    text = "MORVENT, Tuesday 9 March - Dallow Rail plans to close two depots."
    assert dateline("MORVENT", 0, text)
    assert not dateline("Dallow Rail", text.find("Dallow"), text)
    # an acronym opening a sentence before a comma and an apposition is a body, no dateline
    assert not dateline("KELBA", 0, "KELBA, the growers' union, said it would appeal.")


def test_who_answers_with_no_dateline_place_and_no_opening_number(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who will shut the depots?", lem)
    filed = passage("MORVENT, 9 March - The two depots will shut by the end of the year.", nlp, CITE)
    assert "MORVENT" not in span(q, filed, nlp, lem)
    counted = passage("Forty-two drivers will lose their jobs when the depots shut.", nlp, CITE)
    assert not names_someone(q, counted, nlp)
    # control: a body named after the dateline answers
    named = passage(
        "MORVENT, 9 March - The freight operator Dallow Rail will shut the two depots.", nlp, CITE
    )
    assert span(q, named, nlp, lem) == "Dallow Rail"
