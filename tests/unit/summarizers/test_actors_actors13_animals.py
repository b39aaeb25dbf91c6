"""An animal the story keeps following as "the X" (a noun WordNet files mostly under animals) is
an actor as a person noun would be, even in the later sentences no other facet has parsed; one met
in passing is not. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

FOX = """
A camera on a garden fence in Marlow Heath caught an unusual visitor on Tuesday night.
Residents of Alder Close had blamed each other for the overturned bins for weeks.
Shortly after dark a fox climbed onto the lid of a bin.
Then the fox pushed the bin over and tore open a bag of scraps.
After a while the fox dragged the bag across the lawn towards a hedge.
Neighbours were surprised when the fox came back with two cubs.
Later the fox was seen sleeping under a bench by the pond.
"""


def test_an_animal_the_story_follows_is_an_actor(nlp: Any) -> None:
    assert "fox" in names(facets(nlp, FOX)), names(facets(nlp, FOX))


def test_an_animal_met_in_passing_is_no_actor(nlp: Any) -> None:
    passing = """
    A camera on a garden fence in Marlow Heath caught an unusual visitor on Tuesday night.
    Residents of Alder Close had blamed each other for the overturned bins for weeks.
    Shortly after dark a fox climbed onto the lid of a bin.
    Then the fox pushed the bin over and tore open a bag of scraps.
    Council officer Dana Whitcombe said the bins would be replaced with sturdier ones.
    """
    assert "fox" not in names(facets(nlp, passing)), names(facets(nlp, passing))


def test_the_sentences_that_follow_an_animal_are_parsed_for_the_actors(nlp: Any) -> None:
    from newsbrief.summarizers.parse import parse_groups

    sentences = [s.strip() for s in FOX.strip().split("\n")]
    parsed = parse_groups(nlp, [sentences])[0]
    assert parsed[4].actor_doc is not None and parsed[4].actor_doc.has_annotation("DEP")
    assert parsed[1].actor_doc is None  # no animal in it: left to the other facets' needs
