"""Next steps on short texts written for these tests: a date ahead that the parser hangs on a noun
phrase dates the verb that governs that phrase, a gerund with a subject of its own is a clause
that a date ahead makes a step, and a weekday beside a pose for pictures dates the taking."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_a_date_hung_on_a_noun_dates_the_verb_above_it(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The harbour trust gathered at its old customs house.
        Members argued over dredging costs.
        The chairman needs one more vote in Thursday's final sitting to pass the dredging budget.
        Gulls circled over the empty quay.
        """,
    )
    assert "one more vote" in text


def test_a_gerund_with_its_own_subject_and_a_date_ahead_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A kiosk sold out of scarves.
        Fans queued along the towpath under grey skies.
        With Rovers visiting Kelby on Saturday, their coach rested three players.
        Ducks gathered by the sluice.
        """,
    )
    assert "visiting Kelby" in text


def test_posing_for_pictures_with_a_weekday_is_no_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        The new mayor toured the market square.
        The mayor poses beside our rowing crew for pictures at the Harbour Regatta on Wednesday.
        The rowing crew races the harbour pilots on Saturday.
        Stalls sold cider and pies.
        """,
    )
    assert "poses beside" not in text
    assert "races the harbour pilots" in text  # control: a present fixture with a weekday
