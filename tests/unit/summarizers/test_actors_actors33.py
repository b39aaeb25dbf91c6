"""A name the story writes only before a disease's noun is no actor. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.test_actors import _parsed_with_entities


def test_a_name_written_only_before_a_disease_noun_is_no_actor(nlp: Any) -> None:
    ents = [("Oren Pale", "PERSON"), ("Darrow", "PERSON"), ("Kestrel Clinic", "ORG")]
    story = """
        Oren Pale, who has Darrow's syndrome, ran the coastal marathon on Sunday.
        Darrow's syndrome weakens the muscles of the legs over many years.
        Doctors at the Kestrel Clinic said Darrow syndrome affects one child in ten thousand.
        Oren Pale said he would run again next spring.
        """
    names = [a.name for a in extract_actors("", _parsed_with_entities(nlp, story, ents))]
    assert "Darrow" not in names and "Oren Pale" in names
    # control: the same name acting on its own is a person
    acting = story.replace("Oren Pale said he would", "Darrow said she would")
    assert "Darrow" in [a.name for a in extract_actors("", _parsed_with_entities(nlp, acting, ents))]
