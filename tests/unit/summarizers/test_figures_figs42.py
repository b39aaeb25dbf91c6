"""A cap said with its negation keeps it, a sum on a predicate adjective reads with its subject, a
clock time written with a point is no figure, a definite count a relative clause defines is one, and
the bound of a part ("from a possible 250") is no figure of its own. Texts are written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, figure, values


def test_a_cap_keeps_its_negation(nlp: Any) -> None:
    f = facets(
        nlp, "Officials in Dunmore said that no more than 40 per cent of the town's voters had registered."
    )
    got = values(f)
    assert any(v.startswith("no more than 40 per cent") for v in got), got
    # control: a plain qualifier is unchanged
    g = facets(
        nlp, "Officials in Dunmore said that more than 40 per cent of the town's voters had registered."
    )
    assert any(v.startswith("more than 40 per cent") for v in values(g)), values(g)


def test_a_sum_on_a_predicate_adjective_reads_with_its_subject(nlp: Any) -> None:
    f = facets(nlp, "The Kelby painting had been worth a modest $4 million before the restoration.")
    line = figure(f, "$4 million").context
    assert "painting" in line and "worth" in line, line


def test_a_clock_time_with_a_point_is_not_a_figure(nlp: Any) -> None:
    f = facets(nlp, "Two detectives knocked on the door of the Harwick flat at 10.45 on Sunday night.")
    assert "10.45" not in values(f), values(f)
    # control: a price with a point on a day's name is still a figure
    g = facets(nlp, "Shares in the Harwick ferry firm ended the session at 4.50 on Tuesday.")
    assert "4.50" in values(g), values(g)


def test_a_definite_count_defined_by_its_relative_clause_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        "The seven nurses who signed the Kilnby letter were suspended by the hospital trust on Friday.",
    )
    assert any(v.startswith("seven nurses") for v in values(f)), values(f)
    # control: a definite count that refers back is still not a figure
    g = facets(nlp, "The seven nurses were suspended by the hospital trust on Friday.")
    assert not any(v.startswith("seven nurses") for v in values(g)), values(g)


def test_the_bound_of_a_part_is_not_a_figure_of_its_own(nlp: Any) -> None:
    f = facets(nlp, "The Dunmore champion has collected 212 points from a possible 250 this season.")
    got = values(f)
    assert any(v.startswith("212") for v in got), got
    assert "250" not in got, got


def test_a_casualty_of_one_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Storms swept across the Kelby valley on Monday, closing roads and schools.
        Snow closed 40 schools and 12 roads across the county.
        Crews cleared 300 miles of road overnight, the council said.
        In Harwick, one person died after a van rolled on an icy road.
        """,
    )
    assert "one person" in values(f), values(f)
    # control: "one" without a casualty is still no figure
    g = facets(nlp, "In Harwick, one person stayed behind to watch the gate.")
    assert not any(v.startswith("one") for v in values(g)), values(g)
