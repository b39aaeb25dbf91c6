"""actors19: in a sports story, a one-word name the recogniser tags a person yet the story names as a
side of a contest ("the home meeting with X", "X beat Kelby") is a side, an organisation actor; a
player introduced by full name stays a person. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

_PREVIEW = """
Kelby coach Marta Olsen has named an unchanged pack for Sunday's home meeting with Dunmore.
The visitors sit two points clear at the top of the table after five straight wins.
Olsen said her forwards had trained hard all week and the squad was ready.
Winger Tom Rudd returns after a hamstring injury that kept him out for a month.
Dunmore beat Kelby 24-10 when the sides last met in the league.
"""


def test_a_one_word_side_tagged_a_person_is_an_organisation(nlp: Any) -> None:
    f = facets(nlp, _PREVIEW)
    assert actor(f, "Dunmore").kind == "ORG", names(f)
    assert actor(f, "Marta Olsen").kind == "PERSON", names(f)  # control: people stay people


_MATCH = """
Julia Brandt beat Lena Koss 6-3 6-4 in the second round of the Tarrow Open on Tuesday.
Koss beat Brandt in the final of the same tournament a year ago.
Brandt will face the top seed in the quarter-final on Thursday.
'I served well and stayed calm,' Brandt said after the match.
Both players reached the finals of the same tournament last season.
"""


def test_a_player_named_in_full_stays_a_person(nlp: Any) -> None:
    f = facets(nlp, _MATCH)
    assert actor(f, "Lena Koss").kind == "PERSON", names(f)
    assert actor(f, "Julia Brandt").kind == "PERSON", names(f)
