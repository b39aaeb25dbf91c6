"""A body named before its spokesman, who speaks, acts through them: an actor, not a word of the
spokesman's title. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import entity_names


def test_a_body_whose_named_spokesman_speaks_is_an_actor(nlp: Any) -> None:
    ents = [("Tova Renner", "PERSON"), ("Coastal Flood Agency", "ORG"), ("Ivo Marsh", "PERSON")]
    story = """
        Tova Renner, 61, was rescued from the roof of her cottage by a lifeboat crew on Sunday.
        Tova Renner said the water had reached her bedroom within an hour.
        The river rose by two metres overnight after days of heavy rain.
        Coastal Flood Agency spokesman Ivo Marsh said the barrier would stay closed all week.
        """
    assert "Coastal Flood Agency" in entity_names(nlp, story, ents)
    # control: a body in the title of a person who holds another role is that person's title
    led = story.replace("spokesman Ivo Marsh said", "director Ivo Marsh said")
    assert "Coastal Flood Agency" not in entity_names(nlp, led, ents)
