"""Quoted labels and years that date the lede's act. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_number_quoted_as_a_label_keeps_its_closing_quote(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The skipper steered the yacht towards the berth painted with a white number '5', waving to the crowd.
        The crossing took the crew of nine a little over 40 hours.
        """,
    )
    lines = [f"{x.value} {x.context}" for x in f.figures]
    assert any("'5'" in line for line in lines), lines


def test_a_year_that_dates_the_ledes_event_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The city archive will give back 64 letters seized from a fishing guild during a police search in 1921, its board said.
        The letters will go on show for three weeks before they travel north.
        """,
    )
    got = values(f)
    assert "1921" in got, got
    assert any("64" in v for v in got), got
    # control: the same year later in the story, or a year inside a date, is still no figure
    g = facets(
        nlp,
        """
        The city archive will give back 64 letters to a fishing guild, its board said on 3 May 2024.
        The letters were seized during a police search in 1921 and kept in a cellar.
        """,
    )
    got = values(g)
    assert "1921" not in got and "2024" not in got, got
    assert any("64" in v for v in got), got


def test_a_bracketed_conversion_after_a_unit_is_one_figure_with_its_number(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The new pipeline will carry 90 cubic metres per second (about 3,180 cubic feet per second) to the valley.
        The pumping station sits on a ridge more than 2.5 kilometres (almost 1.6 miles) above the town.
        Its builders have hired 420 welders and expect to finish within 14 months.
        """,
    )
    got = values(f)
    assert not any("3,180" in v for v in got), got
    assert not any("1.6 miles" in v for v in got), got
    # the numbers they convert are still figures
    assert any(v.startswith("90") for v in got), got
    assert any("2.5 kilometres" in v for v in got), got


def test_the_size_of_a_change_is_not_crowded_out_by_counts(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The number of families on the housing register in Brackwater has reached a record 61,000, council figures showed on Friday.
        The register grew by 2,700 in the spring, the council said.
        About 14,500 families have waited more than two years for a home.
        Some 9,800 children live in temporary rooms, and 3,400 households sleep in hostels.
        The council built 1,150 homes last year and plans 2,000 more.
        About 420 people slept rough on a single night in March.
        Housing officers handled 38,000 calls and 12,600 visits.
        """,
    )
    got = values(f)
    assert any("2,700" in v for v in got), got
    assert any("61,000" in v for v in got), got


def test_a_change_by_an_amount_to_a_level_is_two_figures(nlp: Any) -> None:
    f = facets(nlp, "The ferry company's crew grew by 140 to 1,900 this summer, its owners said on Tuesday.")
    got = values(f)
    assert "1,900" in got and any(v.startswith("140") for v in got), got
    # control: a range is still one figure
    g = facets(
        nlp, "The ferry company will hire 140 to 190 deckhands this summer, its owners said on Tuesday."
    )
    assert any("140 to 190" in v for v in values(g)), values(g)
