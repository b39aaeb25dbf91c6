"""Names where only a place stands are settings; a title word that is a first name stays in the name;
a hyphened surname keeps its first name; a role word the tagger takes for a verb is still a role.
The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.actors import extract_actors
from newsbrief.summarizers.types import Actor
from tests.unit.summarizers.facet_texts import parsed_with_entities

_FARM = """
    A farmer delivered a lamb twice the usual weight on a farm near Holt Maddock on Sunday.
    Tom Vessey said the ewe and her lamb were both doing well.
    Vessey has kept sheep for thirty years.
    """

_ROUTE = """
    The Velmar Tramways Company opened its new line on Monday.
    The line runs from Kell Abbey to the harbour every ten minutes.
    Company chairman Ida Rusk said the line would carry a million riders a year.
    """

_COURT = """
    A care worker who stole from elderly residents was jailed for two years on Friday.
    Ana Pryce, of Upper Carrow, admitted six counts of theft at an earlier hearing.
    Judge Piet Vann said Pryce had betrayed the trust of the families.
    """


def _actors(nlp: Any, text: str, ents: list[tuple[str, str]]) -> list[Actor]:
    return list(extract_actors("", parsed_with_entities(nlp, text, ents)))


def _names(nlp: Any, text: str, ents: list[tuple[str, str]]) -> list[str]:
    return [a.name for a in _actors(nlp, text, ents)]


def test_a_name_near_which_something_happens_is_a_setting(nlp: Any) -> None:
    names = _names(nlp, _FARM, [("Holt Maddock", "PERSON"), ("Tom Vessey", "PERSON"), ("Vessey", "PERSON")])
    assert "Holt Maddock" not in names
    assert "Tom Vessey" in names


def test_the_start_of_a_route_is_a_setting(nlp: Any) -> None:
    ents = [("Velmar Tramways Company", "ORG"), ("Kell Abbey", "PERSON"), ("Ida Rusk", "PERSON")]
    names = _names(nlp, _ROUTE, ents)
    assert "Kell Abbey" not in names
    assert "Ida Rusk" in names


def test_an_address_after_a_name_is_a_setting(nlp: Any) -> None:
    ents = [("Ana Pryce", "PERSON"), ("Upper Carrow", "PERSON"), ("Piet Vann", "PERSON"), ("Pryce", "PERSON")]
    names = _names(nlp, _COURT, ents)
    assert "Upper Carrow" not in names
    assert "Ana Pryce" in names


_MATCH = """
    Rovers defender Emir Kovac got a red card late on as his side lost at Carrow on Saturday.
    Kovac will miss the next three games, manager Lars Hoke said.
    Ana Berg and Dean Holt are fit again after injuries and will travel to Carrow.
    Holt has not played since January with a knee problem.
    """


def test_a_title_word_after_a_role_is_a_first_name(nlp: Any) -> None:
    ents = [
        ("Emir Kovac", "PERSON"),
        ("Kovac", "PERSON"),
        ("Lars Hoke", "PERSON"),
        ("Ana Berg", "PERSON"),
        ("Dean Holt", "PERSON"),
        ("Holt", "PERSON"),
    ]
    actors = {a.name: a for a in _actors(nlp, _MATCH, ents)}
    assert "Emir Kovac" in actors
    assert actors["Emir Kovac"].role != "Emir"
    # paired with an untitled full name, it is a first name too
    assert "Dean Holt" in actors
    assert actors["Dean Holt"].role != "Dean"


def test_a_title_before_a_name_is_still_a_title(nlp: Any) -> None:
    text = "Judge Vann jailed the care worker for two years on Friday.\nVann said the thefts were cruel.\n"
    actors = _actors(nlp, text, [("Judge Vann", "PERSON"), ("Vann", "PERSON")])
    assert [a.name for a in actors][:1] == ["Vann"]
    assert actors[0].role == "Judge"


_SHOW = """
    Actress Mira Lund-Hale has signed for a second series of the comedy.
    Mira said the writers had given her character a new job.
    The series will be filmed in the spring.
    """


def test_a_hyphened_surname_keeps_its_first_name(nlp: Any) -> None:
    actors = _actors(
        nlp, _SHOW, [("Mira Lund - Hale", "PERSON"), ("Mira", "ORG")]
    )  # (the tokens of the name)
    assert "Mira Lund-Hale" in [a.name for a in actors]


def test_a_role_word_tagged_as_a_verb_is_still_a_role(nlp: Any) -> None:
    text = "Rovers defender Ana Lind faces a long ban after the fight.\nLind said she was sorry.\n"
    parsed = parsed_with_entities(nlp, text, [("Ana Lind", "PERSON"), ("Lind", "PERSON"), ("Rovers", "ORG")])
    parsed[0].doc[1].tag_ = "VBP"  # the tagger's error on a role before a name
    lind = next(a for a in extract_actors("", parsed) if a.name == "Ana Lind")
    assert lind.role is not None and "defender" in lind.role


_DERBY = """
    Orwick Town beat Denby City 3-1 in the derby on Saturday to climb to third in the league.
    Striker Jonah Pell scored twice in the first half and Town manager Ida Rusk praised his finishing.
    Winger Lars Hoke set up both goals before he was substituted with a hamstring strain.
    City manager Piet Vann said his defence had been too slow to react.
    Goalkeeper Tomas Reyes saved a penalty from Ana Lind soon after the break.
    Midfielder Omar Kest pulled a goal back for City with a header from a corner.
    Defender Rob Glenn sealed the win for Town in stoppage time.
    Referee Mia Stroud sent off City captain Eli Marsh after two bookings.
    Town face Carrow Athletic at home next weekend.
    """


def test_a_sports_story_keeps_one_more_player_past_the_cut(nlp: Any) -> None:
    people = ["Jonah Pell", "Ida Rusk", "Lars Hoke", "Piet Vann", "Tomas Reyes", "Ana Lind", "Omar Kest"]
    people += ["Rob Glenn", "Mia Stroud", "Eli Marsh"]
    ents = [(p, "PERSON") for p in people]
    ents += [("Orwick Town", "ORG"), ("Denby City", "ORG"), ("Carrow Athletic", "ORG")]
    assert len(_names(nlp, _DERBY, ents)) == 9
    # control: the same story told of a court's day, no sport in it, keeps the usual eight
    court = """
    The Orwick Town council sued the Denby City council on Monday over the new road.
    Lawyer Jonah Pell spoke for Orwick and council leader Ida Rusk praised his work.
    Engineer Lars Hoke said the road plans had been drawn up too fast.
    Denby mayor Piet Vann said the council had acted within the law.
    Clerk Tomas Reyes read a letter from Ana Lind early in the afternoon.
    Surveyor Omar Kest told the court the road crossed a protected field.
    Planner Rob Glenn said Orwick knew about the plans since March.
    Judge Mia Stroud asked Denby planning chief Eli Marsh to explain the delay.
    The council meets Carrow Athletic officials next week.
    """
    assert len(_names(nlp, court, ents)) == 8


def test_the_country_a_player_is_capped_by_is_no_actor(nlp: Any) -> None:
    text = """
    Orwick Town beat Denby City 2-0 in the league on Saturday to go top of the table.
    Striker Jonah Pell scored both goals after the break.
    The Kelvia international said after the match that the win was for the fans.
    The Kelvia international has now scored nine goals in his last six games.
    Town manager Ida Rusk said Pell had earned his call-up.
    """
    ents = [("Orwick Town", "ORG"), ("Denby City", "ORG"), ("Jonah Pell", "PERSON"), ("Ida Rusk", "PERSON")]
    # (the recogniser may take the country for a person's name)
    assert "Kelvia" not in _names(nlp, text, [*ents, ("Kelvia", "PERSON")])
    # control: the same name acting on its own is still an actor
    acting = text.replace("The Kelvia international", "Kelvia")
    assert "Kelvia" in _names(nlp, acting, [*ents, ("Kelvia", "PERSON")])
