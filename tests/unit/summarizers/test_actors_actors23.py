"""actors23: a boxer named once after "his bout against" is no thing someone owns; a named storm
is no actor; in a sports story the side named after "against" (or in apposition to a noun
for them) is an actor; a body's name the recogniser tags a place ("... Assessor's Office") is a body; a lone
word the recogniser never tags that acts in two sentences ("K9S insists") is a body, a number
inside it included. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.summarizers.facet_texts import facets, names

_BOUT = """
The promoter Carla Denning has admitted that the papers for his bout against Danny Walsh in Dallas next month are still unsigned.
Denning said the venue had been booked for weeks.
Both camps still argue over the purse.
"""

_STORM = """
Hundreds of families were moved to shelters after Storm Kelda flattened sea walls along the coast overnight.
Engineer Mara Doyle said the repairs would take until spring.
The coastguard rescued two fishermen from a sinking trawler.
"""

_DERBY = """
Coach Ivo Marsh saw his Kelby United players toil against neighbours Dunmore in the cup on Saturday.
Marsh had promised a new game plan on Friday.
The goalkeeper made three saves before the break.
Kelby United finished the season in ninth place in the league.
"""

_OFFICE = """
Deputies from Kelby County Assessor's Office removed forty cats from a farmhouse outside Redvale on Monday.
Sergeant Lia Ortez, a spokeswoman for Kelby County Assessor's Office, said the animals were starving.
The owner, Dale Pruitt, was charged with neglect.
"""

_NUMBERED = """
The prison, managed by the security firm K9S, found forty phones in cells last year.
Inspectors said staff were stretched thin.
K9S insists that its searches are thorough and that the phones were found by its own officers.
A union official, Rita Vance, said more guards were needed.
"""


@pytest.mark.parametrize(
    ("text", "control", "wanted"),
    [
        (_BOUT, "Carla Denning", "Danny Walsh"),  # a person named after a preposition is no possession
        (_DERBY, "Kelby United", "Dunmore"),  # the side in apposition to a noun after "against"
        (_OFFICE, "Lia Ortez", "Kelby County Assessor's Office"),  # a body tagged a place, by its last word
        (_NUMBERED, "Rita Vance", "K9S"),  # a lone untagged word that acts twice is a body
    ],
    ids=["bout", "derby", "office", "lone-word"],
)
def test_the_actor_is_listed(nlp: Any, text: str, control: str, wanted: str) -> None:
    got = names(facets(nlp, text))
    assert control in got, got  # positive control
    assert wanted in got, got


def test_a_named_storm_is_no_actor(nlp: Any) -> None:
    got = names(facets(nlp, _STORM))
    assert "Mara Doyle" in got, got  # positive control
    assert not any("Kelda" in n for n in got), got
