"""People in the plural a story is about without naming them: a plural of a person kind with a part in
an event of the lede, written again in sentence after sentence, is an actor; a person's own people and
a group written once are not. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import parsed_with_entities

_HARBOUR = """
    Dock manager Ivo Brant was suspended after he was filmed shouting at stewards during the regatta.
    The stewards had asked his guests to leave the pontoon.
    Brant later apologised to the stewards in a letter.
    A regatta spokesman said the stewards had acted correctly.
    """

_CLUB = """
    Harlow Vale Rovers have dropped their dancers after a season of empty seats, director Ada Moss said.
    The dancers staged a protest outside the ground on Friday.
    Moss said the dancers would be paid until the end of the year.
    Several dancers have found work in other cities.
    """

_ONCE = """
    Dock manager Ivo Brant was suspended after he was filmed shouting at stewards during the regatta.
    Brant had worked at the harbour for twelve years.
    A regatta spokesman said Brant would appeal.
    """


def _names(nlp: Any, text: str, ents: list[tuple[str, str]]) -> list[str]:
    return [a.name for a in extract_actors("", parsed_with_entities(nlp, text, ents))]


def test_people_the_lede_is_about_and_the_story_follows_are_an_actor(nlp: Any) -> None:
    names = _names(nlp, _HARBOUR, [("Ivo Brant", "PERSON"), ("Brant", "PERSON")])
    assert "Ivo Brant" in names
    assert "stewards" in names


def test_a_bodys_own_people_are_a_group_of_their_own(nlp: Any) -> None:
    names = _names(nlp, _CLUB, [("Harlow Vale Rovers", "ORG"), ("Ada Moss", "PERSON"), ("Moss", "PERSON")])
    assert "dancers" in names


def test_people_written_once_are_no_actor(nlp: Any) -> None:
    names = _names(nlp, _ONCE, [("Ivo Brant", "PERSON"), ("Brant", "PERSON")])
    assert "Ivo Brant" in names
    assert "stewards" not in names
