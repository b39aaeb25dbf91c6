"""Pass 30 (steps34): what a thing will cost others ("the closure will cost 300 jobs", "the frost
will cost growers 9 million euros") is a forecast of a loss, not a next step (a plan's bare price,
"the scheme will cost 40 million euros a year", is left to the other rules). Texts are written for
these tests."""

from __future__ import annotations

from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps_line

_steps = partial(built_steps_line, title="Kessler Glass to shut Arnhold works", published=TEST_DAY)

LOSS = (
    "Kessler Glass said on Monday it would shut its works at Arnhold after a slump in orders.\n\n"
    "The closure will cost 340 jobs, the company said.\n\n"
    "The regional growers' board estimates the late frost will cost orchard owners about 9 million "
    "euros, even though prices rose over the winter.\n\n"
    "Union leaders will meet the board on Thursday."
)


def test_what_a_thing_will_cost_others_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(engine, LOSS)
    assert "meet the board on Thursday" in got  # positive control
    assert "will cost 340 jobs" not in got
    assert "will cost orchard owners" not in got
