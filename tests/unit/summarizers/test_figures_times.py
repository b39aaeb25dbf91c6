"""Times, scores, conversions, lists and multiples: one reading is one figure. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_the_parts_of_a_race_time_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lena Ostrova won the Harbour City marathon in 2:19:47 on Sunday, ahead of 31,000 runners.
        Organisers said the race raised 2.4 million dollars for the children's hospital.
        """,
    )
    got = values(f)
    assert not any(v.strip() in ("19", "47", "2") for v in got), got
    # control: the counts in the same sentences are still figures
    assert any("31,000" in v for v in got), got
    assert any("2.4 million" in v for v in got), got


def test_a_score_after_a_team_name_is_a_figure(nlp: Any) -> None:
    # the recogniser reads the first score as a product name and glues the second onto the team
    f = facets(
        nlp, "Carrow Town came from behind to beat league leaders Dunmore Athletic 3-2 at Kilnby Park."
    )
    assert "3-2" in values(f)
    g = facets(nlp, "Carrow Town came from behind to beat league leaders Kelby Wanderers 2-1 at Kilnby Park.")
    assert "2-1" in values(g)
    # control: a model number written like a range is still not a score
    h = facets(nlp, "The airline ordered 40 Skyliner 737-800 jets on Monday.")
    assert "737-800" not in values(h)


def test_a_conversion_written_as_adjectives_is_one_figure(nlp: Any) -> None:
    f = facets(nlp, "The 40-metre (131-foot) tower was finished on Monday at a cost of 3 million dollars.")
    got = values(f)
    assert "40-metre (131-foot)" in got, got
    assert "131-foot" not in got
    # control: the cost in the same sentence is its own figure
    assert any("3 million" in v for v in got), got


def test_a_count_before_a_list_of_kinds_counts_the_plural_at_its_end(nlp: Any) -> None:
    f = facets(nlp, "The council will replant 86 oak, ash and beech trees in the park, officials said.")
    assert any(v.startswith("86") for v in values(f)), values(f)
    # control: a number naming a single thing is still not a figure
    g = facets(nlp, "The council moved the trees on the 747 jet, officials said.")
    assert not any("747" in v for v in values(g)), values(g)


def test_a_multiple_keeps_its_times(nlp: Any) -> None:
    f = facets(nlp, "Tests found lead in the tap water at up to 30 times the legal limit.")
    assert "up to 30 times" in values(f), values(f)
    # control: a count of occasions is not a multiple
    g = facets(nlp, "The striker has scored 14 times this season for the club.")
    assert not any(v.endswith("times") and "14" in v and "the" in v for v in values(g)), values(g)
