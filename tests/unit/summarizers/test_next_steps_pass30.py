"""Pass 30 (steps34) of the next steps. Texts are written for these tests.

- A past perfect puts what it tells before the story's own past: what a landlord "had told"
  tenants would happen, a sum that "had been pledged", a sale a group "had proposed" are no next
  steps, dated ahead or not. "is" followed by a bare infinitive ("the minimum the trust must do is get
  it to the next decade") is no "is to" plan.
"""

from __future__ import annotations

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

TOLD = (
    "Tenants at Orrin Court in Valeby have won a six-month dispute with their landlord over rents.\n\n"
    "Pellham Homes, which bought the 60-flat block last spring, had told tenants that rents would "
    "rise by a third from June.\n\n"
    "On Tuesday it dropped the plan and offered a rise of 4% instead.\n\n"
    "The tenants' committee will meet on Thursday to vote on the offer."
)
PLEDGED = (
    "The Valeby lifeboat station has launched an appeal for 900,000 euros to replace its boathouse.\n\n"
    "The station's treasurer, Corin Abbot, said 65,000 euros had been pledged in its opening two days.\n\n"
    "The chairman said his committee had proposed moving the station to the harbour wall instead.\n\n"
    "The new boathouse will open in September."
)
BARE = (
    "Volunteers at the Valeby canal museum say it faces closure after losing its council grant.\n\n"
    '"The minimum the trust must do is get the old barge to the next decade," said its warden, Ilse Marr.\n\n'
    "The trustees will meet the council on Friday."
)

# (text, steps that must be listed, words no step may hold); the first listed is a positive control
CASES = {
    "past perfect frame, dated ahead": (TOLD, ["meet on Thursday"], ["by a third from June"]),
    "past perfect pledge and proposal": (
        PLEDGED,
        ["will open in September"],
        ["had been pledged", "had proposed moving"],
    ),
    "is with a bare infinitive": (BARE, ["meet the council on Friday"], ["The minimum the trust must do"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_pass30_steps(engine: BriefingEngine, case: str) -> None:
    text, listed, absent = CASES[case]
    got = built_steps_line(engine, text, title="Valeby news", published=TEST_DAY)
    for words in listed:
        assert words in got
    for words in absent:
        assert words not in got
