"""Next steps on short texts written for these tests: a matter held under a process still running,
a wait for a thing still to come, and what is possible from a day ahead, beside controls."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_matter_under_a_running_process_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The orchard owner sold forty crates of pears at the Brackley market.
        The van driver, who was parked beside the stall, is under investigation by the council.
        The gardener was under pressure from his neighbours for years.
        """,
    )
    assert "is under investigation by the council" in text
    assert "under pressure" not in text  # control: no process that runs on, and the past


def test_waiting_for_a_thing_is_a_step_waiting_a_span_is_not(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The glassworks in Tolvane closed its furnace after a crack was found.
        Engineers are waiting for the results of stress tests on the furnace wall.
        Some of the glassblowers are waiting for hours at the gate.
        """,
    )
    assert "waiting for the results of stress tests" in text
    assert "for hours" not in text  # control: a span of time, not a thing to come


def test_can_with_a_day_ahead_is_a_step_without_one_it_is_not(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Pellmore lighthouse has been repainted by volunteers.
        Visitors to the lighthouse on Sunday June 14 at 10am can climb the tower for free.
        Visitors can see three counties from the lamp room.
        """,
    )
    assert "can climb the tower for free" in text
    assert "three counties" not in text  # control: what is possible, no event


def test_a_duty_or_a_readiness_inside_a_view_is_an_opinion(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Harlow rowing crew lost the spring regatta by half a length.
        The coach believes the crew must train harder on the river.
        Their captain thinks they are ready to beat the college crews.
        The club will elect a new coach on Friday.
        """,
    )
    assert "must train harder" not in text
    assert "ready to beat" not in text
    assert "elect a new coach on Friday" in text  # control: an event with a date


def test_a_guess_at_a_feeling_is_no_step_but_a_wish_to_act_is_kept(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The toy museum in Corran has reopened after a long refit.
        The curator said the visiting children will adore the new puppet room.
        The curator said she would love to add a model railway to the museum.
        """,
    )
    assert "adore the new puppet room" not in text
    assert "would love to add a model railway" in text  # control: a wish to act, kept as before


def test_a_mood_of_wanting_under_a_modal_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Tarrow chess club lost its league title to a rival from Enfield.
        The old captain will be desperate to play in the top division again.
        The club will hold its annual meeting on Thursday.
        """,
    )
    assert "desperate to play" not in text
    assert "annual meeting on Thursday" in text  # control


def test_an_infinitive_saying_who_did_a_thing_is_no_plan(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The baker walked out of the guild meeting in Corbridge.
        He has not been the only member to decide to leave the guild.
        The guild plans to elect a new chair.
        """,
    )
    assert "decide to leave" not in text
    assert "plans to elect a new chair" in text  # control: a plan
