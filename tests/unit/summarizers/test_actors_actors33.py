"""A person the story names once and then goes on calling "he" or "she" counts those sentences as
mentions in which the person acts; a name the story writes only before a disease's noun is no actor.
The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import parsed_with_entities

_ENTS = [("Harrow Valley Trust", "ORG"), ("Tomas Quill", "PERSON"), ("Mina Forde", "PERSON")]
_STORY = """
    The Harrow Valley Trust reopened the old mill museum on Saturday after a long repair.
    Visitors queued from early morning to see the restored water wheel.
    Tomas Quill rebuilt the wheel by hand over two winters.
    He carved every paddle from oak felled on the estate.
    He also trained three apprentices in the old methods.
    Mina Forde thanked the volunteers who had raised the money.
    Mina Forde said the museum would open every weekend until October.
    """


def _actors(nlp: Any, text: str) -> dict[str, Any]:
    return {a.name: a for a in extract_actors("", parsed_with_entities(nlp, text, _ENTS))}


def _rank(nlp: Any, text: str) -> list[str]:
    return list(_actors(nlp, text))


def test_sentences_that_go_on_with_he_are_the_named_person_s(nlp: Any) -> None:
    actors = _actors(nlp, _STORY)
    assert actors["Tomas Quill"].mentions == 3
    names = _rank(nlp, _STORY)
    assert names.index("Tomas Quill") < names.index("Mina Forde")


def test_no_pronoun_credit_after_two_people_or_for_the_other_sex(nlp: Any) -> None:
    # two people in the sentence before: whose "he" it is the text does not tell
    both = _STORY.replace("by hand over two winters", "with Mina Forde over two winters")
    assert _actors(nlp, both)["Tomas Quill"].mentions == 1
    # the named person is a woman ("her" right after the name): a "he" after her is someone else
    hers = _STORY.replace("rebuilt the wheel by hand", "rebuilt the wheel with her own hands")
    assert _actors(nlp, hers)["Tomas Quill"].mentions == 1
    # control: her own "she" sentences are hers
    shes = hers.replace("He carved", "She carved").replace("He also", "She also")
    assert _actors(nlp, shes)["Tomas Quill"].mentions == 3


def test_a_name_written_only_before_a_disease_noun_is_no_actor(nlp: Any) -> None:
    ents = [("Oren Pale", "PERSON"), ("Darrow", "PERSON"), ("Kestrel Clinic", "ORG")]
    story = """
        Oren Pale, who has Darrow's syndrome, ran the coastal marathon on Sunday.
        Darrow's syndrome weakens the muscles of the legs over many years.
        Doctors at the Kestrel Clinic said Darrow syndrome affects one child in ten thousand.
        Oren Pale said he would run again next spring.
        """
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, story, ents))]
    assert "Darrow" not in names and "Oren Pale" in names
    # control: the same name acting on its own is a person
    acting = story.replace("Oren Pale said he would", "Darrow said she would")
    assert "Darrow" in [a.name for a in extract_actors("", parsed_with_entities(nlp, acting, ents))]


def test_a_surname_tagged_a_people_that_speaks_is_the_named_person(nlp: Any) -> None:
    ents = [("Rory Vandish", "PERSON"), ("Vandish", "NORP"), ("Kelby Rovers", "ORG")]
    story = """
        Rory Vandish scored twice as Kelby Rovers won the county cup final on Saturday.
        'It was the best day of my life,' said Vandish.
        Vandish added that the squad would celebrate with the fans on Sunday.
        """
    actor = next(a for a in extract_actors("", parsed_with_entities(nlp, story, ents)) if "Vandish" in a.name)
    assert actor.name == "Rory Vandish" and actor.mentions == 3
    # control: a people's word that only describes ("the Vandish fans") stays apart from the person
    adjective = story.replace("said Vandish", "said the Vandish fans").replace(
        "Vandish added that", "The Vandish supporters hoped"
    )
    actors = extract_actors("", parsed_with_entities(nlp, adjective, ents))
    assert next(a for a in actors if a.name == "Rory Vandish").mentions == 1


def test_a_couple_s_plural_surname_tagged_a_body_is_the_couple(nlp: Any) -> None:
    ents = [("Ines Marlowe", "PERSON"), ("Dov Marlowe", "PERSON"), ("Marlowes", "ORG")]
    story = """
        Ines Marlowe and her husband Dov Marlowe opened a bakery in the harbour town last spring.
        The Marlowes said they had saved for eleven years to buy the ovens.
        Dov Marlowe bakes the bread each night while Ines Marlowe runs the shop.
        """
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, story, ents))]
    assert "Marlowes" not in names and "Ines Marlowe" in names and "Dov Marlowe" in names
    # control: with one person of that surname, a body so named may be a firm of hers: it stays
    firm = story.replace("her husband Dov Marlowe", "her husband Dov").replace(
        "Dov Marlowe bakes", "Dov bakes"
    )
    assert "Marlowes" in [a.name for a in extract_actors("", parsed_with_entities(nlp, firm, ents))]
