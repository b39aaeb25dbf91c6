"""An age past a soft opening: the story's first age, a sentence or two into it, that refers back to
the one the opening told of ("a walker ... The 58-year-old ...", "his daughter ... nine-month-old
Ada ...") is a figure; one that brings someone new in ("A six-year-old girl was pulled out") or an
age after another age stays out. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_an_age_that_refers_back_to_the_opening_is_a_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            Coastguards have warned walkers about the tides after a rambler was cut off on a sandbank.
            The 58-year-old from Lowick had set out across the bay at dusk without checking the tables.
            Rescuers reached him by hovercraft shortly before the water covered the bank.
            """,
        )
    )
    assert "58-year-old" in got, got


def test_an_age_before_a_name_past_a_soft_opening_is_a_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            Move over, circus acrobats.
            A proud mother has filmed her daughter swimming lengths of the family pool.
            New clips show nine-month-old Ada Brent paddling across the deep end on her own.
            """,
        )
    )
    assert "nine-month-old" in got, got


def test_an_age_that_brings_someone_new_in_or_comes_after_another_stays_out(nlp: Any) -> None:
    # control: an indefinite age brings in someone new past the opening
    text = """
        Firefighters were called to a frozen pond in Harwick on Sunday morning.
        A six-year-old girl was pulled from the water by a passer-by from Lowick.
        """
    assert not any("six" in v for v in values(facets(nlp, text)))
    # control: the opening already tells an age, so a later one is told in passing
    text = """
        A 40-year-old driver was arrested after a crash on the ring road on Sunday.
        The 19-year-old passenger in the other car was taken to hospital with cuts.
        """
    got = values(facets(nlp, text))
    assert "40-year-old" in got and not any("19" in v for v in got), got
    # control: the opening names the one the age is of, so the age is a detail of a known person
    text = """
        Coastguards have warned walkers about the tides after Tom Hardwick was cut off on a sandbank.
        The 58-year-old from Lowick had set out across the bay at dusk without checking the tables.
        """
    assert not any("58" in v for v in values(facets(nlp, text))), values(facets(nlp, text))
