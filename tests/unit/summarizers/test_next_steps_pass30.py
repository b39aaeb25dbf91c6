"""Pass 30 (steps34) of the next steps. Texts are written for these tests.

- A past perfect puts what it tells before the story's own past: what a landlord "had told"
  tenants would happen, a sum that "had been pledged", a sale a group "had proposed" are no next
  steps, dated ahead or not. "is" followed by a bare infinitive ("the minimum the trust must do is get
  it to the next decade") is no "is to" plan.
- What a thing will cost others ("the closure will cost 300 jobs", "the frost will cost growers 9
  million euros") is a forecast of a loss, not a next step (a plan's bare price, "the scheme will
  cost 40 million euros a year", is left to the other rules).
- An instruction that stands now, in the present or present perfect passive ("are advised to ring
  first", "have been told to keep away from class for ten days", "are being asked to"), is what those told
  do next: a step, and its sentence is parsed for the steps even with no other cue. An instruction
  told in the past ("were told to leave") is the story.
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
LOSS = (
    "Kessler Glass is to shut its works at Arnhold after a slump in orders, it announced.\n\n"
    "The closure will cost 340 jobs, the company said.\n\n"
    "The regional growers' board estimates the late frost will cost orchard owners about 9 million "
    "euros, even though prices rose over the winter.\n\n"
    "Union leaders will meet the board on Thursday."
)
# three plain sentences first: a sentence past the lead is parsed only when it shows a cue
LEAD = (
    "Health officials in Marrowby have confirmed 14 cases of mumps at two secondary schools.\n\n"
    "The cases were found last week.\n\n"
    "Most of the pupils are recovering at home.\n\n"
    "The schools have stayed open.\n\n"
)
NEXT = "\n\nThe board will meet on Friday."

# (text, steps that must be listed, words no step may hold); the first listed is a positive control
CASES = {
    "past perfect frame, dated ahead": (TOLD, ["meet on Thursday"], ["by a third from June"]),
    "past perfect pledge and proposal": (
        PLEDGED,
        ["will open in September"],
        ["had been pledged", "had proposed moving"],
    ),
    "is with a bare infinitive": (BARE, ["meet the council on Friday"], ["The minimum the trust must do"]),
    "what a thing will cost others": (
        LOSS,
        ["meet the board on Thursday"],
        ["will cost 340 jobs", "will cost orchard owners"],
    ),
    "present perfect instruction": (
        LEAD + "Pupils lacking both doses have been told to keep away from class for ten days." + NEXT,
        ["meet on Friday", "have been told to keep away from class for ten days"],
        [],
    ),
    "present instruction": (
        LEAD + "Worried families are advised to phone the clinic rather than visit." + NEXT,
        ["meet on Friday", "are advised to phone the clinic"],
        [],
    ),
    "present instruction, negated": (
        LEAD + "Drivers are asked not to use the ford while the water is high." + NEXT,
        ["meet on Friday", "are asked not to use the ford"],
        [],
    ),
    "instruction told in the past": (
        LEAD + "Residents were told to leave their homes." + NEXT,
        ["meet on Friday"],
        ["were told to leave"],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_pass30_steps(engine: BriefingEngine, case: str) -> None:
    text, listed, absent = CASES[case]
    got = built_steps_line(engine, text, title="Valeby news", published=TEST_DAY)
    for words in listed:
        assert words in got
    for words in absent:
        assert words not in got
