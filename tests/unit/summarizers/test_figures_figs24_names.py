"""A number that names, not counts: an age group's team ("the Under 20 side", "at U19 level") and a
work's title after its kind ("the film 50 Ways Home"). Each case keeps a positive control: the same
number words counting something stay figures. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_an_age_group_is_no_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            The winger scored twice for the Under 20 side before he joined Harwick for £12m.
            He also played at U19 level, and under 20 teams entered the Harwick cup this year.
            """,
        )
    )
    assert not any(v.startswith(("Under 20", "U19", "19")) for v in got), got
    assert "under 20 teams" in got, got  # lower case, a count: an amount
    assert "£12m" in got, got


def test_a_number_in_a_works_title_is_no_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            The 2004 film 50 Ways Home inspired the Lowick care home's scheme, which costs £300 a month.
            Her song 22 Reasons sold 40,000 copies, and she sang it 15 times on the tour.
            """,
        )
    )
    assert not any(v.startswith(("50", "22")) for v in got), got
    assert "40,000 copies" in got, got
    assert "15 times" in got, got  # a count after the work: still a figure
