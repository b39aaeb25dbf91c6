"""steps29: a fixture told as a noun phrase with a day ahead: "trained ahead of their game on
Saturday" (the parser hangs the game's day on the verb), "ahead of Saturday's game", "(a hard
week) is how the side prepared for Friday's derby" (not an open question), and "starting with the
next tournament in three weeks' time" (a span from now)."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_ahead_of_a_fixture_on_a_day_ahead_is_a_step(nlp: Any) -> None:
    on_day = steps(
        facets(nlp, _FERRY + "The Kelby squad trained ahead of their game against Rovers on Saturday.")
    )
    assert "ahead of their game against Rovers on Saturday" in on_day
    owned = steps(
        facets(nlp, _FERRY + "The Kelby squad trained on Thursday ahead of Saturday's game at Rovers.")
    )
    assert "ahead of Saturday's game" in owned


def test_a_day_that_is_the_verbs_own_is_not_the_fixtures(nlp: Any) -> None:
    text = steps(facets(nlp, _FERRY + "The Kelby squad trained on Saturday ahead of the game."))
    assert "trained on Saturday" not in text
    assert "resume sailings on Monday" in text  # control
    told = steps(facets(nlp, _FERRY + "The Kelby squad trained ahead of the game last Saturday."))
    assert "trained ahead" not in told
    assert "resume sailings on Monday" in told  # control


def test_is_how_a_side_prepared_for_an_event_ahead(nlp: Any) -> None:
    text = steps(
        facets(nlp, _FERRY + "A long session of sprints is how the Kelby squad prepared for Friday's derby.")
    )
    assert "the Kelby squad prepared for Friday's derby" in text
    assert "how the Kelby" not in text  # the clause without its "how"


def test_an_open_question_stays_out(nlp: Any) -> None:
    text = steps(facets(nlp, _FERRY + "The question is how the council will pay for the new bridge."))
    assert "pay for the new bridge" not in text
    assert "resume sailings on Monday" in text  # control


def test_in_weeks_time_puts_a_fixture_ahead(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            _FERRY
            + "The champion has plenty left, beginning with the next tournament in three weeks' time at Paris.",
        )
    )
    assert "next tournament in three weeks' time" in text
    told = steps(facets(nlp, _FERRY + "She won three frames in the session in May."))
    assert "three frames" not in told
    assert "resume sailings on Monday" in told  # control
