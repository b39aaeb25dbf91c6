"""A place that owns the subject of a clause acts through that subject only when it is a body or
people: "X's council held a party" makes X an actor, "X's new museum held a party" does not. The
texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def _party(subject: str) -> str:
    return f"""
        Brackwell's {subject}, which opened its doors in 2012, held a party for 300 guests on Friday.
        Curator Ada Brill said the evening had raised money for the roof.
        Ada Brill thanked the volunteers who had baked for the event.
        """


def test_a_place_whose_building_acts_is_no_actor(nlp: Any) -> None:
    f = facets(nlp, _party("new museum"))
    assert "Brackwell" not in names(f), names(f)


def test_a_place_whose_body_acts_is_an_actor(nlp: Any) -> None:
    # positive control for the test above: the same sentence with a body as its subject
    f = facets(nlp, _party("council"))
    assert "Brackwell" in names(f), names(f)
