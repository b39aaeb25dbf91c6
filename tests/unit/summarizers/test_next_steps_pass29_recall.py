"""steps31 (twenty-ninth pass): three forms of a step ahead that were missed. An expectation shifted
back by a past verb of saying and dated ahead ("said it expected more delays in the coming weeks",
"said the results were expected within a year"); a present the tagger reads as the base form after a
subject set off by commas ("Seats, priced from £8, go on sale on 2 May"); and a state held in place
"until" a day ahead in the past ("kept the warning in place until 6pm on Friday"). Texts are written
for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(built_steps_line, title="Floods close Marlby bridge", published=datetime(2034, 4, 11, 9, 0))

LEAD = (
    "MARLBY - Floodwater has closed the old stone bridge in Marlby and cut off two villages.\n\n"
    "Engineers said the river had risen by two metres overnight.\n\n"
)


def test_a_reported_expectation_dated_ahead_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The water board said it expected more burst mains over the coming weeks.\n\n"
        + "A surveyor said the first test results were expected within six months.",
    )
    assert "more burst mains" in got
    assert "within six months" in got


def test_a_present_read_as_the_base_form_is_dated_ahead(engine: BriefingEngine) -> None:
    got = _steps(engine, LEAD + "Seats, priced from £8 to £20, go on sale on 2 May.")
    assert "go on sale on 2 May" in got


def test_a_state_held_until_a_day_ahead_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "The county kept its flood warning, the highest level, in place until 6pm on Saturday.",
    )
    assert "until 6pm on Saturday" in got
