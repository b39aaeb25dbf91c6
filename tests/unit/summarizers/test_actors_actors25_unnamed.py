"""actors25: someone's kin or victim the story follows unnamed under a possessive ("the girl's
father", "her father", "his victim") is an actor, and a possessed kin noun that speaks acts; a
named person's apposition ends at the clause's verb ("Ana Lee, 42, hit his victim": "victim" is
not Ana Lee's apposition). The texts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.summarizers.facet_texts import facets, names

_FATHER = """
Two-year-old Mia Kovac was found asleep and unharmed in a stolen car in Kelby on Tuesday.
Police said a thief took the car from outside a shop on the main road.
Officers found the car two hours later in a car park on the edge of town.
The girl's father had left the engine running while he bought milk, police said.
Her father said he would never leave the car running again.
When the father reached the car park, Mia was still asleep.
"""

_VICTIM = """
A jilted man who sent hundreds of threatening messages to his former partner has been jailed.
Mark Hollins, 42, sent his victim threatening letters after she ended their relationship last spring.
Hollins had known his victim since they were at school together.
The victim told the court she had been too frightened to leave her home.
Hollins sent the victim more than two hundred messages in a single week, the court heard.
"""

_PARENT = """
Tom Reyes, a Kelby photographer, has made a series of pictures in which his baby son appears to fly.
Reyes said the idea came to him on a walk by the sea with his family.
The pictures have been shared thousands of times online.
The father of three said the idea came to him on a walk by the sea.
The father said he hoped the pictures would make people smile.
"""


@pytest.mark.parametrize(
    ("text", "control", "wanted"),
    [(_FATHER, "Mia Kovac", "father"), (_VICTIM, "Mark Hollins", "victim")],
    ids=["a possessed father the story follows", "a victim after a named person's age"],
)
def test_someone_s_kin_or_victim_followed_unnamed_is_an_actor(
    nlp: Any, text: str, control: str, wanted: str
) -> None:
    # the named person is the positive control
    assert {control, wanted} <= set(names(facets(nlp, text)))


def test_the_father_who_is_the_named_parent_is_no_actor_of_his_own(nlp: Any) -> None:
    got = names(facets(nlp, _PARENT))
    assert "Tom Reyes" in got, got  # positive control
    assert "father" not in got, got
