"""actors14: unnamed people a story is about, nationality marks in results tables, a league
named as the body that rules. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

ASSAULT = """
    A man has confessed to breaking a neighbour's arm with a spade during a row about a hedge.
    Tobias Quarnell, 58, admitted grievous bodily harm before Dunmore magistrates this week.
    Prosecutors said Quarnell had invited the victim into his garden to talk it over.
    The victim refused to pay 300 pounds towards a replacement hedge and turned to leave.
    Quarnell then struck the victim 2 times with the spade.
    The victim needed surgery on his arm and spent 9 days in hospital.
    """


def test_an_unnamed_victim_the_lede_follows_is_an_actor_when_the_lede_s_man_is_named_next(nlp: Any) -> None:
    got = [n.lower() for n in names(facets(nlp, ASSAULT))]
    assert "victim" in got, got
    # control: met first after the lede, the same noun is no actor of its own
    later = ASSAULT.replace(
        "Prosecutors said Quarnell had invited the victim into his garden to talk it over.",
        "Prosecutors said the two men had argued for months.",
    ).replace("The victim refused to pay", "He refused to pay")
    got = [n.lower() for n in names(facets(nlp, later))]
    assert "victim" not in got, got


RESULTS = """
    Tomas Vellander won the Kelby sprint on Sunday ahead of Ivo Marsk.
    Ivo Marsk (Austria) finished 3 seconds behind after a late attack on the final climb.
    Pavel Drunov (Austria) crashed on the last bend 2 laps from home.
    Marsk hopes to race again in Kelby next year.
    """


def test_a_country_in_brackets_after_a_name_is_a_nationality_not_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, RESULTS))
    assert "Tomas Vellander" in got and "Austria" not in got and "Norway" not in got, got


LEAGUE = """
    Norden Rovers face heavy Northern Counties League fines after breaking spending rules 2 seasons running.
    Rovers owner Elsa Brandt has asked lawyer Tomas Reiner to stand for the Northern Counties League board.
    Rival clubs say Reiner cannot sit on the Northern Counties League board while he acts for Rovers.
    Brandt insists her club did nothing wrong.
    """


def test_a_league_named_before_its_board_and_fines_is_the_body_that_runs_it(nlp: Any) -> None:
    got = names(facets(nlp, LEAGUE))
    assert "Northern Counties League" in got, got


PORTER = """
    A hospital porter says broken lifts at Dunmore General forced him to carry patients up 6 floors.
    The porter, who wants to stay anonymous, said the lifts had failed 12 times in a month.
    He added: 'Every complaint goes nowhere.'
    """


def test_an_unnamed_person_speaking_as_the_lede_s_subject_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, PORTER))
    assert any("porter" in n for n in got), got


DERBY = """
    Kelby Rovers striker Ivo Marsk says his late goal was his finest yet.
    Marsk scored twice in 3 games after returning from injury in January.
    His header sealed a third win for the Rovers over Sheffield on Sunday.
    Marsk said the fans had waited 10 years for a result like it.
    """


def test_the_beaten_side_named_past_the_winners_phrase_is_a_side(nlp: Any) -> None:
    got = names(facets(nlp, DERBY))
    assert "Sheffield" in got, got


MILITIA = """
    Two nurses fled the al-Nadir Front after 8 months as its prisoners in northern Syria.
    The al-Nadir Front controls 3 towns near the border and runs its own courts.
    The nurses said the al-Nadir Front had forced them to treat its fighters.
    """


def test_a_name_opening_with_a_hyphenated_lower_case_article_is_a_name(nlp: Any) -> None:
    got = names(facets(nlp, MILITIA))
    assert any("al-Nadir Front" in n for n in got), got


VIGILANTES = """
    A roofer was held by police at a retail park after an online sting set up by a campaign group called Stingray Watch.
    The group streamed the arrest live from Dunmore and the clip drew 5,000 views.
    Officers warned the public against running such stings.
    """


def test_a_body_named_after_its_kind_and_a_naming_word_is_an_organisation(nlp: Any) -> None:
    f = facets(nlp, VIGILANTES)
    assert actor(f, "Stingray Watch").kind == "ORG", f.actors


DRIVER = """
    A courier has been sacked as a Norvex driver after magistrates took away his licence for 6 months.
    Tomas Reiner, 41, was caught driving a Kestrel at 95mph on the ring road in Dunmore.
    Magistrates fined Reiner 900 pounds because 3 earlier warnings had gone unheeded.
    Reiner hopes to find work as a Kestrel mechanic.
    """


def test_a_body_after_an_indefinite_article_is_a_thing_or_a_trade_not_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, DRIVER))
    assert "Tomas Reiner" in got and "Norvex" not in got and "Kestrel" not in got, got
    # control: its spokesman speaks for the body
    spoke = DRIVER.replace(
        "Reiner hopes to find work as a Kestrel mechanic.",
        "A Norvex spokesman confirmed the firm had sacked Reiner after 2 earlier offences.",
    )
    got = names(facets(nlp, spoke))
    assert "Norvex" in got, got


SCHOOL = """
    A head teacher is under investigation after 40 pupils were sent home over a uniform row.
    Elsa Brandt sent the pupils home from Larkfield Hollow Primary School, Dunmore, on Monday.
    The school had warned parents in 2 letters that blazers were compulsory.
    Parents said the school had gone too far and 3 families wrote to the council.
    """


def test_a_school_named_once_as_a_setting_then_called_the_school_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, SCHOOL))
    assert "Larkfield Hollow Primary School" in got, got


EQUALISER = """
    Former Norden striker Ivo Marsk struck a late equaliser for Leeds on Saturday.
    Marsk headed home with 2 minutes left after Norden had led through a first-half penalty.
    Norden manager Elsa Brandt said her side should have won the match by 3 goals.
    """


def test_the_side_named_after_a_goal_for_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, EQUALISER))
    assert "Leeds" in got, got
