"""Ages written the way news writes them: an age without its hyphens ("a 9 year old") is an age
compound, and an age in apposition that the headline gives too ("Ana Lima, 71, to ...") is a figure,
while one told in passing stays out. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_an_age_without_hyphens_is_an_age(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            A 9 year old boy called an ambulance after his grandfather's tractor overturned on Sunday.
            Paramedics said the call had saved the farmer's life.
            """,
        )
    )
    assert "9 year old" in got, got


def test_an_age_the_headline_gives_in_apposition_is_a_figure(nlp: Any) -> None:
    body = """
    A retired teacher will walk 630 miles along the coast to raise money for a hospice.
    Ana Lima, 71, said she had trained for two years.
    """
    got = values(facets(nlp, body, title="Retired teacher Ana Lima, 71, to walk the coast for a hospice"))
    assert "71" in got, got
    got = values(facets(nlp, body, title="Retired teacher to walk the coast for a hospice"))
    assert "71" not in got, got  # control: an age in passing
