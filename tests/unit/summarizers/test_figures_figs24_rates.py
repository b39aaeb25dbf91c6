"""A duration per period is one rate, one figure: "five days a week", "twelve hours a day", "40 hours
a week". Before, the period was dropped from the value ("three days" for "three days a week") or
shown as a figure of its own ("a week"). Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_duration_per_period_is_one_rate(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            Porters at the Dunmore infirmary walked out after managers ordered them to work 40 hours a week.
            The union said its members already work five days a week and twelve hours a day.
            """,
        )
    )
    assert "40 hours a week" in got, got
    assert "five days a week" in got, got
    assert "twelve hours a day" in got, got
    assert "a week" not in got, got


def test_a_duration_with_no_period_keeps_its_own_value(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            Porters at the Dunmore infirmary walked out for two days after a row over pay.
            The strike began six weeks ago, the union said, and talks resume on Monday.
            """,
        )
    )
    assert "two days" in got, got  # no period after it: the term alone
    assert not any(v.endswith(" a week") or v.endswith(" a day") for v in got), got
