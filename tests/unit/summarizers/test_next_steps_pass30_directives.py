"""Pass 30 (steps34): an instruction that stands now, in the present or present perfect passive
("are advised to ring first", "have been told to stay at home for ten days", "are being asked to"),
is what those told do next: a step, and its sentence is parsed for the steps even with no other
cue. An instruction told in the past ("were told to leave") is the story. Texts are written for
these tests."""

from __future__ import annotations

from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

_steps = partial(built_steps_line, title="Mumps cases at two Marrowby schools", published=TEST_DAY)

# three plain sentences first: a sentence past the lead is parsed only when it shows a cue
LEAD = (
    "Health officials in Marrowby have confirmed 14 cases of mumps at two secondary schools.\n\n"
    "The cases were found last week.\n\n"
    "Most of the pupils are recovering at home.\n\n"
    "The schools have stayed open.\n\n"
)


def test_present_perfect_and_present_passive_instructions_are_steps(engine: BriefingEngine) -> None:
    told = _steps(
        engine, LEAD + "Pupils who have not had both doses have been told to stay at home for ten days."
    )
    assert "have been told to stay at home for ten days" in told
    advised = _steps(
        engine, LEAD + "Parents with concerns are advised to ring their doctor rather than visit."
    )
    assert "are advised to ring their doctor" in advised
    asked = _steps(engine, LEAD + "Drivers are asked not to use the ford while the water is high.")
    assert "are asked not to use the ford" in asked


def test_an_instruction_told_in_the_past_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, LEAD + "Residents were told to leave their homes.\n\nThe board will meet on Friday.")
    assert "meet on Friday" in got  # positive control
    assert "were told to leave" not in got
