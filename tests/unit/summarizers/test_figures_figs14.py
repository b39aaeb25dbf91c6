"""Numbers in words hung by the parse on a noun that modifies what they count. Texts are written
for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_number_hung_on_a_compound_noun_counts_the_plural_after_it(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Harwick side will stage its next four home league fixtures behind empty stands this spring.
        Its chairman vowed to appeal.
        """,
    )
    got = values(f)
    assert "four home league fixtures" in got, got
    # control: a number on a unit of time may size the thing, not count it
    g = facets(
        nlp,
        """
        The Orlan academy now runs nine week courses for young chefs from the valley.
        Its director said places were filling fast.
        """,
    )
    assert not any("nine" in v for v in values(g)), values(g)
