"""actors21: a one-word name the recogniser tags a person once and a people (NORP) elsewhere, acting
in the story, is a person. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

_WEDDING = """
Singer Tom Velk praised his brother {name} and his bride Anna at the party in Kelby on Saturday.
Velk, 31, wrote the song for the couple after {name} asked him to sing at the party.
{name} said he had cried when he heard the first verse at the reception in Kelby.
Velk said {name} had always been the quiet one in the family.
{name} and Anna met at a concert in Dunmore five years ago.
"""


def test_a_name_tagged_a_person_once_and_a_people_elsewhere_is_a_person(nlp: Any) -> None:
    f = facets(nlp, _WEDDING.format(name="Cyprian"))
    assert actor(f, "Cyprian").kind == "PERSON", names(f)


def test_a_name_tagged_a_person_throughout_stays_a_person(nlp: Any) -> None:
    f = facets(nlp, _WEDDING.format(name="Dario"))  # control: the recogniser's own person
    assert actor(f, "Dario").kind == "PERSON", names(f)
