"""A person after the "at" of an act aimed at someone is its target, not a place; a name the recogniser
took for a place, joined to a person's full name and met again, is a person; a name called a side's
rival in a sports story is a side, even when tagged a person. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import entity_names, parsed_with_entities


def test_a_person_an_act_is_aimed_at_is_no_place(nlp: Any) -> None:
    ents = [("Tomas Darvell", "PERSON"), ("Ilse Varnholm", "PERSON")]
    story = """
        The singer Tomas Darvell took a swipe at Ilse Varnholm during a charity dinner on Friday.
        He said the new tax would hurt families who rent their homes.
        Many guests had openly criticised Ilse Varnholm before the dinner.
        """
    assert "Ilse Varnholm" in entity_names(nlp, story, ents)
    # control: a "person" after the "at" of a place stays a setting
    place = story.replace("took a swipe at", "sang at")
    assert "Ilse Varnholm" not in entity_names(nlp, place, ents)


def test_a_name_joined_to_a_person_and_met_again_is_a_person(nlp: Any) -> None:
    ents = [("Dario Pellweg", "PERSON"), ("Milo Castrane", "GPE"), ("Kelby Rovers", "ORG")]
    story = """
        Police arrested two Kelby Rovers fans, Dario Pellweg and Milo Castrane, after the march on Sunday.
        The club said it would ban anyone found guilty of violence.
        Milo Castrane was released without charge on Monday.
        """
    assert "Milo Castrane" in entity_names(nlp, story, ents)
    # control: met once, the name keeps the type the recogniser gave it
    once = story.replace("Milo Castrane was released", "Both men were released")
    assert "Milo Castrane" not in entity_names(nlp, once, ents)


def test_a_name_called_a_rival_in_a_sports_story_is_a_side(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _mentions

    ents = [("Norden Town", "ORG"), ("Kelby Rovers", "PERSON"), ("Ivo Brandt", "PERSON")]
    story = """
        Norden Town lost their derby at bitter rivals Kelby Rovers on Sunday with a late goal.
        The defeat leaves the club third in the league with four fixtures left.
        Manager Ivo Brandt said the striker had been unlucky with his penalty.
        """

    def rovers(text: str) -> list[tuple[bool, bool, bool]]:
        found = _mentions(parsed_with_entities(nlp, text, ents))[0]
        return [(m.side, m.patient, m.location) for m in found if m.name == "Kelby Rovers"]

    # the beaten side, acted upon; not where it was played
    assert rovers(story) == [(True, True, False)]
    # control: without the rival noun the name after "at" is where the game was played
    assert rovers(story.replace("at bitter rivals Kelby Rovers", "at Kelby Rovers")) == [(False, False, True)]


def test_the_first_word_of_a_body_named_elsewhere_acting_alone_is_that_body(nlp: Any) -> None:
    from newsbrief.summarizers.actors import _mentions

    ents = [("Velmor Chemicals Group", "ORG"), ("Ana Sorrell", "PERSON"), ("Kelby", "GPE")]
    story = """
        On Monday, Velmor agreed to pay for a new water plant in Kelby after a leak last spring.
        The plant will open next year.
        Ana Sorrell, who runs Velmor Chemicals Group, said the firm was sorry.
        """

    def velmor(text: str) -> list[tuple[str, int, bool]]:
        return [(m.name, m.sent, m.agent) for m in _mentions(parsed_with_entities(nlp, text, ents))[0]]

    assert ("Velmor", 0, True) in velmor(story)
    # control: without the longer name the lone word is no body the story names
    alone = story.replace("runs Velmor Chemicals Group", "runs the firm")
    assert not any(name == "Velmor" for name, _, _ in velmor(alone))


def test_a_body_named_before_the_games_it_plays_is_an_actor(nlp: Any) -> None:
    ents = [("Tova Brennick", "PERSON"), ("Kelby Otters", "ORG")]
    story = """
        Tova Brennick has become famous for dancing in the stands at Kelby Otters games.
        The 52-year-old nurse started dancing there eight years ago.
        Tova Brennick said she would keep dancing as long as her knees allow.
        """
    assert "Kelby Otters" in entity_names(nlp, story, ents)
    # control: a name before a thing it makes or sells is no actor
    mugs = story.replace("at Kelby Otters games", "with Kelby Otters mugs")
    assert "Kelby Otters" not in entity_names(nlp, mugs, ents)
