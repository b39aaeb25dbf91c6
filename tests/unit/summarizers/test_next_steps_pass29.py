"""Twenty-ninth pass: a past-perfect plan or schedule standing alone ("had been due to
sail on Sunday") is a plan that no longer holds, even when the day it names is still ahead (joined to what
came of it, in a relative clause or reported, as before, the sentence may still say what comes next).
Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(built_steps_line, title="Ferry crossings halted", published=datetime(2033, 3, 10, 9, 0))


def test_a_past_perfect_plan_with_its_day_ahead_is_the_story(engine: BriefingEngine) -> None:
    paragraphs = [
        "PORTHAVEN - A ferry operator halted all crossings on Thursday after a crack was found in a hull.",
        "The operator expects to resume its full timetable by 20 March.",
        "A teacher from Wellsby, 41, had been due to sail to the islands with her two sons on Sunday.",
        "A second vessel is due to arrive from the shipyard on Monday.",
    ]
    got = _steps(engine, "\n\n".join(paragraphs))
    assert "sail to the islands" not in got
    assert "resume its full timetable" in got  # control: the operator's own plan
    assert "arrive from the shipyard" in got  # control: the same schedule in the present
