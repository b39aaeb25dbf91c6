"""A stretch of water or land named by its last word ("the X Gulf", "the X Estuary") and a street
named by another language's opening word ("Calle X") are settings, even when the recogniser calls
them organisations and they stand as a subject. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import parsed_with_entities

_ENTS = [
    ("Tarnow Gulf", "ORG"),
    ("Calle Verde", "ORG"),
    ("Harbour Trust", "ORG"),
    ("Lena Marsh", "PERSON"),
]
_STORY = """
    The Harbour Trust agreed on Monday to share fishing rights with its neighbours after long talks.
    The Tarnow Gulf will be split into four zones under the plan, the Harbour Trust said.
    Lena Marsh, who chairs the trust, said boats would return within a month.
    A shop on Calle Verde, which flooded last winter, will host the first market.
    Lena Marsh said the zones would be reviewed every year.
    """


def _names(nlp: Any) -> list[str]:
    return [a.name for a in extract_actors("", parsed_with_entities(nlp, _STORY, _ENTS))]


def test_a_gulf_named_by_its_last_word_and_a_foreign_street_are_settings(nlp: Any) -> None:
    names = _names(nlp)
    assert "Harbour Trust" in names and "Lena Marsh" in names, names  # positive control
    assert "Tarnow Gulf" not in names, names
    assert "Calle Verde" not in names, names


_RESCUE_ENTS = [("Glen Harrow Mountain Rescue", "ORG"), ("Ruth Calder", "PERSON")]
_RESCUE_STORY = """
    Volunteers from Glen Harrow Mountain Rescue searched the hills overnight for two lost walkers.
    Glen Harrow Mountain Rescue said both walkers were found cold but unhurt at dawn.
    Ruth Calder, who led the search, said the walkers had no map.
    """


def test_a_body_whose_name_opens_with_a_feature_of_the_land_is_an_actor(nlp: Any) -> None:
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, _RESCUE_STORY, _RESCUE_ENTS))]
    assert "Ruth Calder" in names, names  # positive control
    assert "Glen Harrow Mountain Rescue" in names, names
