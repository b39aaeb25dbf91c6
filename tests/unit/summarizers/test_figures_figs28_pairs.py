"""A number and the one it is weighed against, told right after it, are one figure with both numbers (a
new level and its old one, a result and what it is compared with), as a reader wants them; a year before
"to" in "from X in 2024 to Y" is never the start of a range of sums. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, figure, values

STORY = """Kelby council raised parking charges on Tuesday in its four town-centre car parks.
Shop vacancy rates rose to 14% from 9% in two years, the Kelby traders' forum said.
Where shops opened on Sundays, takings fell by only 3%, compared with 11% in the rest of the town.
A day ticket at the Kelby pool will go up from £4.20 in 2024 to £5.80 in May, the council said.
"""


def test_a_new_level_and_its_old_one_are_one_figure(nlp: Any) -> None:
    found = facets(nlp, STORY)
    pair = figure(found, "14% from 9%")
    assert "vacancy rates" in pair.context.lower(), pair.context
    assert "9%" not in values(found), values(found)


def test_a_result_and_what_it_is_compared_with_are_one_figure(nlp: Any) -> None:
    found = facets(nlp, STORY)
    pair = figure(found, "3%, compared with 11%")
    assert "takings" in pair.context, pair.context
    assert "11%" not in values(found), values(found)


def test_a_year_before_to_is_no_range_of_sums(nlp: Any) -> None:
    found = facets(nlp, STORY)
    assert not any(v.startswith("2024") for v in values(found)), values(found)
    assert "£4.20 in 2024 to £5.80" in values(found), values(found)
    # control: sums on both sides of "to" stay one range
    other = facets(nlp, "Kelby council will raise a day ticket at the pool from £4.20 to £5.80 in May.")
    assert "£4.20 to £5.80" in values(other), values(other)


def test_numbers_in_other_units_are_not_paired(nlp: Any) -> None:
    found = facets(
        nlp, "Takings at Kelby market fell by 8%, compared with £40,000 lost to the floods last year."
    )
    assert not any("compared" in v for v in values(found)), values(found)


def test_a_pair_line_does_not_run_on_into_the_next_clause(nlp: Any) -> None:
    found = facets(
        nlp,
        "The Kelby port board cut its forecast for exports this year to 2.1% from 3.4% and now plans to cut staff.",
    )
    pair = figure(found, "2.1% from 3.4%")
    assert "exports" in pair.context and "plans" not in pair.context, pair.context
