"""Places that only say where: a region after a town ("from Haldon, Norshire"), even as the parse's
subject; a town before a region, even tagged a person; a town after a point of the compass ("85
miles south-west of X"). And "the Frenchman" is someone the story names, never a body. The texts
are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def _fox(town: str, region: str) -> str:
    return f"""
        Pensioner Walter Oakes, from {town}, {region} said a fox had raided his hen house twice this week.
        Walter Oakes said he now locks the birds in every night.
        Neighbour Edith Crane said she had seen the fox in the lane.
        """


def test_a_region_after_a_town_is_a_setting(nlp: Any) -> None:
    f = facets(nlp, _fox("Haldon", "Norshire"))  # both tagged places, the region the subject
    assert "Norshire" not in names(f), names(f)
    assert "Walter Oakes" in names(f)


def test_a_one_word_region_tagged_a_body_is_a_setting(nlp: Any) -> None:
    f = facets(nlp, _fox("Bramholt", "Dunshire"))  # the region tagged an organisation
    assert "Dunshire" not in names(f), names(f)


def test_a_town_tagged_a_person_before_a_region_is_a_setting(nlp: Any) -> None:
    f = facets(nlp, _fox("Abbot Barton", "Kelland"))  # the town tagged a person
    assert "Abbot Barton" not in names(f), names(f)
    assert "Kelland" not in names(f), names(f)


def test_a_town_after_a_point_of_the_compass_is_a_setting(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The mission lies in Ixdale, a hamlet some 40 miles north-east of Lowestead.
        Sister Ada Brill has run its clinic for thirty years.
        Sister Ada Brill said the clinic would stay open.
        """,
    )
    assert "Lowestead" not in names(f), names(f)
    assert "Ada Brill" in " ".join(names(f)), names(f)


def test_a_demonym_noun_is_no_actor(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Striker Marco Dellane has signed a new two-year contract with Castlemoor Athletic.
        The Frenchman scored 14 goals last season.
        Castlemoor Athletic said the deal was a statement of intent.
        The Frenchman will wear the number nine shirt.
        """,
    )
    assert "Frenchman" not in names(f), names(f)
    assert "Marco Dellane" in names(f), names(f)
