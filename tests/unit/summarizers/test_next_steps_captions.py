"""Next steps read from the captions the text cleaning takes out: a caption that dates a fixture to a
day ahead gives a step; one dated to a day the story puts in the past, or not to a day, does not."""

from __future__ import annotations

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps

LEAD = (
    "Kelby Rovers manager Ada Brandt says her squad is the fittest she has ever had after a week of "
    "training in the hills. Brandt, 44, took over at Oxley Park in the summer and has lost only twice "
    "in the league. Ola Fenn scored twice against Denby on Tuesday in the semi-final. "
)
AHEAD = "Ada Brandt (left) is looking forward to leading her side against Harwick Town on Saturday "
BEHIND = "Ola Fenn (right) takes on the Denby defence at Oxley Park on Tuesday "
UNDATED = "Ada Brandt (left) will build a new youth academy over the next ten years "
TAIL = "'We have worked hard and the fans have been with us all season,' she said."


_steps = built_steps


def test_a_caption_dated_to_a_day_ahead_gives_a_step_without_its_pointer(engine: BriefingEngine) -> None:
    text = LEAD + AHEAD + "The club sold 9,000 tickets in the first two days. " + TAIL
    got = _steps(engine, text)
    assert "Ada Brandt is looking forward to leading her side against Harwick Town on Saturday" in got


def test_a_caption_on_a_day_behind_or_not_dated_to_a_day_gives_none(engine: BriefingEngine) -> None:
    text = (
        LEAD
        + AHEAD
        + "The club sold 9,000 tickets in the first two days. "
        + BEHIND
        + "Brandt said the squad had trained in the rain all week. "
        + UNDATED
        + TAIL
    )
    got = " | ".join(_steps(engine, text))
    assert "Harwick Town on Saturday" in got  # positive control: the caption ahead in the same story
    assert "Denby defence" not in got  # Tuesday is the day the story says Fenn scored
    assert "youth academy" not in got


BOX = "Kick-off: Sunday, 4.30pm Referee: Tom Hale Odds: Kelby 2/1 Harwick 6/4"


def _preview(played: str) -> str:
    return (
        "Kelby Rovers manager Ada Brandt has a full squad to choose from for the visit of Harwick Town. "
        f"{played} Brandt said the players had trained well all week.\n\n{BOX}\n\n"
        "'We have worked hard and the fans have been with us all season,' she said."
    )


def test_a_fact_box_field_of_when_gives_a_step_unless_the_story_puts_that_day_behind(
    engine: BriefingEngine,
) -> None:
    # "last Sunday" marks the week before: this Sunday's kick-off is still ahead
    ahead = _steps(engine, _preview("Rovers lost 2-1 at Denby last Sunday."))
    assert "Kick-off: Sunday, 4.30pm" in ahead
    behind = _steps(engine, _preview("Rovers lost 2-1 at Denby on Sunday."))
    assert not any("Kick-off" in s for s in behind)
