"""steps26: a standing purpose is no step ("her job is to check the books", "the aim of the course
is to ..."), nor what a modal perfect says did not happen ("might have hoped to win"), nor an act
a cause in the present perfect tells as done ("the row has driven her to order ..."); a ban with a
term that runs on ("banned from driving for three years", "barred indefinitely") is a step."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_a_standing_purpose_is_no_step(nlp: Any) -> None:
    job = "Her job is to check the accounts of every parish council.\n"
    course = "The aim of the two-day course is to help nurses cope with stress."
    text = steps(facets(nlp, _FERRY + job + course))
    assert "check the accounts" not in text
    assert "help nurses cope" not in text
    assert "resume sailings on Monday" in text  # control


def test_a_dated_or_owned_aim_stays_a_step(nlp: Any) -> None:
    dated = steps(facets(nlp, "Their job is to finish the stadium by next spring."))
    assert "finish the stadium" in dated
    owned = steps(facets(nlp, "The council's aim is to cut waiting lists next year."))
    assert "cut waiting lists" in owned


def test_a_modal_perfect_is_no_step(nlp: Any) -> None:
    hoped = "With that budget, the rowing club might have hoped to finish above sixth."
    text = steps(facets(nlp, _FERRY + hoped))
    assert "might have hoped" not in text
    assert "resume sailings on Monday" in text
    assert "expected to sign" in steps(facets(nlp, "The club is expected to sign him next week."))


def test_an_act_caused_in_the_perfect_is_told_as_done(nlp: Any) -> None:
    driven = "The same worry has driven the mayor to order officials to count empty homes."
    text = steps(facets(nlp, _FERRY + driven))
    assert "count empty homes" not in text
    assert "resume sailings on Monday" in text
    voted = steps(facets(nlp, "The union has voted to call for a strike."))
    assert "call for a strike" in voted  # a decision's act still lies ahead


def test_a_ban_with_a_term_is_a_step(nlp: Any) -> None:
    years = steps(facets(nlp, "The driver was banned from driving for three years and fined £500."))
    assert "banned from driving for three years" in years
    ever = steps(facets(nlp, "Besides a fine, the breeder was barred indefinitely from owning dogs."))
    assert "barred indefinitely" in ever
    told = steps(facets(nlp, "The regulator banned the broker from trading for five years."))
    assert "from trading for five years" in told


def test_a_ban_without_a_term_is_the_story(nlp: Any) -> None:
    text = steps(facets(nlp, _FERRY + "The singer was banned from the club after a fight."))
    assert "banned from the club" not in text
    assert "resume sailings on Monday" in text
