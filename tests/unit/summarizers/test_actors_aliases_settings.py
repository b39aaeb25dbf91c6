"""Aliases joined to their full name and settings kept out of the actors: an occupation before a
name is its role, not its first word; an object pronoun of the name's own verb says nothing of its
sex; open land and a place someone travels to are no actors. The texts are written for
these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names


def test_an_occupation_before_a_name_is_its_role(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Dentist Orla Penhallow treated forty climbers after the Skarn Ridge rockfall on Sunday.
        Penhallow said most of the injuries were minor and that two climbers stayed overnight.
        """,
    )
    assert "Orla Penhallow" in names(f), names(f)
    assert (actor(f, "Orla Penhallow").role or "").lower() == "dentist"


def test_the_object_of_a_name_s_own_verb_does_not_give_its_sex(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A stray dog that was found half-starved on a motorway verge now greets every visitor at a rescue centre.
        Nurse Lena Hartwig took care of him and eventually adopted him.
        Ms Hartwig said the dog follows her around the kennels every morning.
        """,
    )
    people = [n for n in names(f) if "Hartwig" in n]
    assert len(people) == 1, names(f)  # one person, not a full name and a surname apart


def test_open_land_named_in_a_planning_row_is_a_setting(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Housing minister Clara Dunmore resigned on Tuesday over messages she sent to a builder.
        The builder, Mossgate Homes, wants to put 900 homes on fields beside the village.
        The plan for Wexley Marsh, which councillors were meant to vote on in May, is now frozen, the housing department said.
        """,
    )
    assert "Wexley Marsh" not in names(f), names(f)
    assert "Clara Dunmore" in names(f)


def test_a_place_someone_takes_their_family_to_is_no_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Fraudster Callum Brisbane spent £2 million of his employer's money, a court heard on Monday.
        Brisbane also spent £9,000 on a holiday in 2019 when he took his wife and children to Lunaland Resorts.
        Judge Petra Vance jailed him for six years.
        """,
    )
    assert "Lunaland Resorts" not in names(f), names(f)
    assert "Callum Brisbane" in names(f)
