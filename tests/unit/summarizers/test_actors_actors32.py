"""A capital-letter abbreviation the story writes only as a kind of thing (the modifier of a common
noun) is no actor; a name the story calls a work ("X is a card game") is no actor. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import entity_names


def test_an_abbreviation_written_only_as_a_kind_of_thing_is_no_actor(nlp: Any) -> None:
    ents = [("Lumora Optics", "ORG"), ("IRX", "ORG"), ("KRV", "ORG")]
    story = """
        Lumora Optics said on Tuesday that its goggles now block IRX and KRV light.
        Each pair contains IRX and KRV protection, and the lenses last for years.
        Shoppers want IRX and KRV protection from every brand this summer.
        Lumora Optics will sell the goggles in twelve countries from June.
        """
    names = entity_names(nlp, story, ents)
    assert "IRX" not in names and "KRV" not in names
    # control: an abbreviation that acts as a body ("the IRX said") stays an actor
    body = story.replace("Shoppers want", "The IRX said shoppers want")
    assert "IRX" in entity_names(nlp, body, ents)


def test_an_abbreviation_before_its_people_is_the_body(nlp: Any) -> None:
    ents = [("Dara Velk", "PERSON"), ("KBI", "ORG")]
    story = """
        KBI agents arrested Dara Velk at his home in the port on Friday.
        Two KBI officers searched the house for six hours.
        KBI will publish its findings once Dara Velk has appeared in court next month.
        """
    assert "KBI" in entity_names(nlp, story, ents)


def test_a_name_called_a_work_is_no_actor(nlp: Any) -> None:
    ents = [("Tamsin Holloway", "PERSON"), ("Crooked Crown", "ORG")]
    story = """
        Tamsin Holloway won the regional final of Crooked Crown on Saturday night.
        Crooked Crown is a card game where each player bids for the dealer's hand.
        Tamsin Holloway said she had played Crooked Crown with her grandfather since she was six.
        """
    assert "Crooked Crown" not in entity_names(nlp, story, ents)
    # control: the same name called a company stays an actor
    firm = story.replace(
        "is a card game where each player bids", "announced a new prize where each player bids"
    )
    assert "Crooked Crown" in entity_names(nlp, firm, ents)
