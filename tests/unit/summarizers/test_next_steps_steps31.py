"""steps31: a caption the cleaning takes out is not a step when the story spoke on its day
("Talking at Thursday's briefing, the coach said ...": Thursday is behind) or when it tells what its
picture shows in the present passive ("is cheered by fans on Sunday"). Texts are written for these
tests."""

from __future__ import annotations

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

LEAD = (
    "Kelby Rovers manager Ada Brandt says her squad is the fittest she has ever had after a week of "
    "training in the hills. Brandt, 44, took over at Oxley Park in the summer and has lost only twice "
    "in the league. "
)
AHEAD = "Ada Brandt (left) is looking forward to leading her side against Harwick Town on Saturday "
SPOKE = "Talking at Thursday's media briefing, Brandt said: 'The players are ready for the fight.' "
WATCHES = "Ada Brandt (left) takes her players through drills at Oxley Park on Thursday "
CHEERED = "Ola Fenn (right) is cheered by the Kelby fans at Oxley Park on Sunday "
TAIL = "'We have worked hard and the fans have been with us all season,' she said."


_steps = built_steps_line


def test_a_caption_on_the_day_a_participle_clause_of_saying_puts_behind_is_not_a_step(
    engine: BriefingEngine,
) -> None:
    got = _steps(engine, LEAD + SPOKE + AHEAD + "The club sold 9,000 tickets. " + WATCHES + TAIL)
    assert "Harwick Town on Saturday" in got  # positive control: the caption ahead in the same story
    assert "through drills" not in got  # Thursday is the day Brandt spoke
    # control: without the day of speaking, the same caption reads as a day ahead
    assert "through drills" in _steps(engine, LEAD + AHEAD + "The club sold 9,000 tickets. " + WATCHES + TAIL)


def test_a_caption_in_the_present_passive_tells_its_picture_not_a_step(engine: BriefingEngine) -> None:
    got = _steps(engine, LEAD + AHEAD + "The club sold 9,000 tickets. " + CHEERED + TAIL)
    assert "Harwick Town on Saturday" in got  # positive control: an active caption ahead is a step
    assert "cheered by" not in got
