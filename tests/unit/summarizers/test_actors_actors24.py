"""actors24: a named officer of an unnamed body ("Kelby police Officer X") leaves the body an
actor; in a sports story a place that owns a side's "line-up" (a hyphened word) or its "chance" is
a side. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

_VAN = """
A boy of six was found asleep on the rear seat of a stolen van on Tuesday morning.
Police said a thief had driven off while the van's owner was inside a bakery.
Officers traced the van to a car park on the edge of town two hours later.
Kelby police Officer Mia Kovac said: 'He never woke up during any of it.'
Police are still looking for the thief.
"""

_LINEUP = """
Tom Reyes has forced his way into Norden City's starting line-up after a month on the bench.
The striker scored twice in the 3-1 league win over Dunmore Rovers on Saturday, his first goals of the season.
Manager Ivo Marsh said Reyes had earned his place in the team.
"""

_CHANCE = """
Norden City's chance of keeping their cup has been wrecked by poor spending, pundits said on Sunday.
Striker Tom Reyes missed a penalty just before half-time in the 2-1 defeat.
Manager Ivo Marsh said his players had let the fans down.
"""


def test_a_named_officer_leaves_the_unnamed_police_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, _VAN))
    assert "Mia Kovac" in got, got  # positive control: the officer named
    assert "police" in got, got


def test_a_place_owning_a_side_s_line_up_is_a_side(nlp: Any) -> None:
    got = names(facets(nlp, _LINEUP))
    assert "Tom Reyes" in got, got  # positive control
    assert "Norden City" in got, got


def test_a_place_owning_a_side_s_chance_is_a_side(nlp: Any) -> None:
    got = names(facets(nlp, _CHANCE))
    assert "Tom Reyes" in got, got  # positive control
    assert "Norden City" in got, got
