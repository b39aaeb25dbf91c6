"""A company named after the product noun it is known by ("the app PayBridge", "the magazine X") is an
actor; a title of a work is not. The text is written for this test."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_a_company_named_by_its_product_noun_is_an_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Payments app PayBridge said on Monday that hackers had stolen the card details of 80,000 customers.
        PayBridge said it had told the data regulator and would pay for credit monitoring.
        Chief executive Dana Holt said PayBridge was deeply sorry.
        The breach follows the 2019 hit Silent Harbour, a film about a bank robbery, which Holt once produced.
        """,
    )
    assert "PayBridge" in names(f), names(f)
    assert "Dana Holt" in names(f)
    # control: the title of a work is still not an actor
    assert "Silent Harbour" not in names(f)
