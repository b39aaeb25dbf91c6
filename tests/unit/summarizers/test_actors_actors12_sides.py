"""In a sports story a town named as a side ("lost 2-1 to X", "the derby against X") is an
organisation actor, though the recogniser tags it a place that does not act; outside sport, a place
after "against" stays a setting. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

_SPORT = """
Castlemoor manager Tom Ellery has warned his players ahead of Saturday's league derby against Brackwell.
Ellery's side lost 2-1 to Brackwell at home last season and have not scored a goal in the fixture since.
'We know how good they are,' said Ellery, whose squad face a long trip.
The Castlemoor striker Dan Pike is fit again after a knee injury.
Pike said the players were ready.
"""


def test_a_town_named_as_the_other_side_is_an_actor(nlp: Any) -> None:
    f = facets(nlp, _SPORT)
    assert actor(f, "Brackwell").kind == "ORG", names(f)


def test_a_place_after_against_outside_sport_is_no_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Residents of Castlemoor have launched a petition against Brackwell over the new bypass.
        Campaigner Tom Ellery said the road would cut the village in two.
        'We have nothing against Brackwell itself,' said Ellery.
        The council will decide on the plan next month.
        """,
    )
    assert "Brackwell" not in names(f), names(f)
    # positive control: the same town is an actor where it is a side
    assert "Brackwell" in names(facets(nlp, _SPORT))


def test_a_remark_in_brackets_after_a_name_is_no_dateline(nlp: Any) -> None:
    # "Name (Outlet) --" opens a dateline; "Name (a remark in lower case)" opens a sentence whose
    # subject is that name: it acts, so it leads the actors
    f = facets(
        nlp,
        """
        Kelvane Freight (formerly the Orrin Haulage Company) will cut 200 jobs at its depot.
        The firm blamed rising fuel costs.
        Union organiser Ada Brill called the cuts a betrayal of loyal staff.
        """,
    )
    assert names(f)[:1] == ["Kelvane Freight"], names(f)
