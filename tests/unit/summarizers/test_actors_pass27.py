"""A side the recogniser took for a work ("beat the Kelby Stags") is a club in a sports story.
The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from tests.unit.summarizers.facet_texts import parsed_with_entities

_MATCH = """
    Centre Jonah Pell scored late as the Orwick Hawks beat the Denby Stags 21-18 at Quayside Park on Sunday.
    Pell collected a loose pass and ran in from halfway for the winning try.
    Hawks coach Ida Rusk said the second-half comeback showed the character of her squad.
    The Stags had led 18-7 at half-time after two tries from winger Lars Hoke.
    Stags coach Piet Vann said the defeat would sting for a week.
    The Hawks climb to third in the league table with the win.
    The Stags host Carrow on Saturday.
    """


def _names(nlp: Any, ents: list[tuple[str, str]]) -> list[str]:
    return [a.name for a in extract_actors("", parsed_with_entities(nlp, _MATCH, ents))]


def test_a_side_tagged_as_a_work_is_a_club_in_a_sports_story(nlp: Any) -> None:
    people = [
        ("Jonah Pell", "PERSON"),
        ("Ida Rusk", "PERSON"),
        ("Lars Hoke", "PERSON"),
        ("Piet Vann", "PERSON"),
    ]
    ents = [
        *people,
        ("the Orwick Hawks", "ORG"),
        ("the Denby Stags", "WORK_OF_ART"),
        ("Quayside Park", "FAC"),
    ]
    assert "Denby Stags" in _names(nlp, ents)
    # control: the same name tagged as a body is an actor as before
    body = [*people, ("the Orwick Hawks", "ORG"), ("the Denby Stags", "ORG"), ("Quayside Park", "FAC")]
    assert "Denby Stags" in _names(nlp, body)


def test_a_work_that_is_no_side_stays_out(nlp: Any) -> None:
    text = _MATCH.replace(
        "as the Orwick Hawks beat the Denby Stags 21-18", "while the band played The Long Road"
    )
    ents = [("Jonah Pell", "PERSON"), ("Ida Rusk", "PERSON"), ("The Long Road", "WORK_OF_ART")]
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, text, ents))]
    assert not any("Long Road" in n for n in names)


_OUTAGE = """
    A power cut at the Harlow data centre of Veltro Hosting shut down websites across the region on Tuesday.
    Among those hit were online ordering at Pindle Foods, which cancelled 300 deliveries.
    Veltro Hosting said a faulty transformer had tripped the backup supply.
    Veltro Hosting apologised to customers and said the fault had been fixed by the evening.
    """


def test_a_body_met_at_its_premises_that_acts_in_a_relative_clause_is_an_actor(nlp: Any) -> None:
    ents = [("Veltro Hosting", "ORG"), ("Pindle Foods", "ORG"), ("Harlow", "GPE")]
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, _OUTAGE, ents))]
    assert "Pindle Foods" in names
    # control: a body named only as the site where something happened stays a setting
    site = _OUTAGE.replace(", which cancelled 300 deliveries", "")
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, site, ents))]
    assert "Pindle Foods" not in names


_CUP = """
    Tom Reyes scored twice as Harbury Town reached the KFA Cup final with a win over Selby Rovers.
    Harbury Town last played in a KFA Cup final in 1998.
    Manager Ann Holt said her players had earned the day out.
    Selby Rovers manager Olly Crane said his side had run out of ideas.
    """


def test_an_acronym_that_opens_an_event_s_name_is_no_body(nlp: Any) -> None:
    ents = [("Tom Reyes", "PERSON"), ("Harbury Town", "ORG"), ("Selby Rovers", "ORG"), ("Ann Holt", "PERSON")]
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, _CUP, ents))]
    assert "KFA" not in names
    # control: the acronym standing alone, acting, is the body
    body = _CUP.replace(
        "Harbury Town last played in a KFA Cup final in 1998.", "The KFA fined Harbury Town in 1998."
    )
    body = body.replace("reached the KFA Cup final", "reached the KFA final")
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, body, ents))]
    assert "KFA" in names


_RAID = """
    Three men in balaclavas raided the Orlin Jewellers shop in Marsby on Tuesday and escaped with rings worth £40,000.
    Police said the men smashed the display cases with hammers.
    Police believe the raiders had used a stolen car.
    Detective Sergeant Ruth Kell of Marsby CID said officers were studying the shop's cameras.
    Marsby CID asked anyone who saw a white van near the shop to call.
    """


def test_the_police_of_a_story_that_names_its_force_are_that_force(nlp: Any) -> None:
    ents = [("Marsby CID", "ORG"), ("Orlin Jewellers", "ORG"), ("Marsby", "GPE"), ("Ruth Kell", "PERSON")]
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, _RAID, ents))]
    assert "Marsby CID" in names and "police" not in names
    # control: without the named force the story's police are an actor of their own
    unnamed = _RAID.replace(" of Marsby CID", "").replace("Marsby CID asked", "The shop asked")
    names = [a.name for a in extract_actors("", parsed_with_entities(nlp, unnamed, ents))]
    assert "police" in names


_SHELTER = """
    Disabled people in the Corran valley are being given free electric wheelchairs by the Amsel Foundation.
    The Amsel Foundation said it had already handed out 40 chairs this spring.
    Many disabled people had been unable to leave their homes in winter, the charity said.
    Disabled people now use the chairs to reach the shops in Corran.
    Bea Lorne, who received a chair in March, said it had changed her life.
    """


def test_people_named_by_what_sets_them_apart_are_a_group(nlp: Any) -> None:
    ents = [("Amsel Foundation", "ORG"), ("Corran", "GPE"), ("Bea Lorne", "PERSON")]
    names = [a.name.lower() for a in extract_actors("", parsed_with_entities(nlp, _SHELTER, ents))]
    assert "disabled people" in names
    # control: people at large are no group
    plain = _SHELTER.replace("Disabled people", "People").replace("disabled people", "people")
    names = [a.name.lower() for a in extract_actors("", parsed_with_entities(nlp, plain, ents))]
    assert not any("people" in n for n in names)
