"""Pass 30 (steps34): a past perfect puts what it tells before the story's own past. What a
landlord "had told" tenants would happen, a sum that "had been pledged", a sale a group "had
proposed" are no next steps, dated ahead or not; a reported past perfect may still carry a step.
"is" followed by a bare infinitive ("the least we can do is get it to them") is no "is to" plan.
Texts are written for these tests."""

from __future__ import annotations

from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

_steps = partial(built_steps_line, title="Tenants of Orrin Court win rent dispute", published=TEST_DAY)

TOLD = (
    "Tenants at Orrin Court in Valeby have won a six-month dispute with their landlord over rents.\n\n"
    "Pellham Homes, which bought the 60-flat block last spring, had told tenants that rents would "
    "rise by a third from June.\n\n"
    "On Tuesday it dropped the plan and offered a rise of 4% instead.\n\n"
    "The tenants' committee will meet on Thursday to vote on the offer."
)


def test_what_a_past_perfect_frame_told_is_no_step_even_dated_ahead(engine: BriefingEngine) -> None:
    got = _steps(engine, TOLD)
    assert "meet on Thursday" in got  # positive control: a step of the story's own time
    assert "by a third from June" not in got


PLEDGED = (
    "The Valeby lifeboat station has launched an appeal for 900,000 euros to replace its boathouse.\n\n"
    "The station's treasurer, Corin Abbot, said 65,000 euros had been pledged in the first two days.\n\n"
    "The chairman said his committee had proposed moving the station to the harbour wall instead.\n\n"
    "The new boathouse will open in September."
)


def test_a_past_perfect_pledge_or_proposal_with_nothing_ahead_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, PLEDGED)
    assert "will open in September" in got  # positive control
    assert "had been pledged" not in got
    assert "had proposed moving" not in got


BARE = (
    "Volunteers at the Valeby canal museum say it faces closure after losing its council grant.\n\n"
    '"The least we can do is get the old barge to the next decade," said its warden, Ilse Marr.\n\n'
    "The trustees will meet the council on Friday."
)


def test_is_with_a_bare_infinitive_is_no_plan(engine: BriefingEngine) -> None:
    got = _steps(engine, BARE)
    assert "meet the council on Friday" in got  # positive control
    assert "The least we can do" not in got
