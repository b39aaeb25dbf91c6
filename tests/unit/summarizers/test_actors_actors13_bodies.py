"""A body the story never names, brought in by its kind in the lede ("a removal company") and met
again later as "the" same body that acts, is an actor; one met only once is not. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

LEDE = (
    "Shoppers in Delbury complained on Monday after a removal company blocked the high street for six hours."
)
REST = [
    "Council leader Ana Pryce said the lorries had no permit for the work.",
    "Traders in Delbury said they had lost a whole day of takings.",
]
RETURN = "On Tuesday the removal company agreed to pay 500 pounds to each trader."


def test_a_body_brought_in_by_its_kind_and_met_again_is_an_actor(nlp: Any) -> None:
    f = facets(nlp, "\n".join([LEDE, *REST, RETURN]))
    assert "removal company" in names(f), names(f)


def test_a_body_met_once_is_no_actor(nlp: Any) -> None:
    f = facets(
        nlp, "\n".join([LEDE, *REST, "On Tuesday the council agreed to pay 500 pounds to each trader."])
    )
    assert "removal company" not in names(f), names(f)
