"""Next steps on short texts written for these tests: a weak modal (may, might, should) whose clause
tells a state or a guess under a condition is no step, each beside a control of an act to come."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_possible_state_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Harbour staff at Corven should have enough tugs for the visiting liners.
        The Corven harbour board may raise its mooring fees for visiting yachts.
        Gales battered the coast on Tuesday.
        """,
    )
    assert "enough tugs" not in text
    assert "may raise its mooring fees" in text  # control: an act of an actor


def test_a_guess_under_a_condition_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The Corven ferry might stop running if the storm reaches the Pellan coast.
        The Corven harbour board may raise its mooring fees for visiting yachts.
        Gales battered the coast on Tuesday.
        """,
    )
    assert "stop running" not in text
    assert "may raise its mooring fees" in text  # control: no condition
