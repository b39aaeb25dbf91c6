"""Twenty-eighth pass: what someone was promised "before" (at some earlier time, unnamed) that "will"
happen is the past's future, and a verb of a process's course that the parse read as a modifier of the
noun before it ("Nominations close on Friday") or a present verb whose subject it made a compound ("The
council votes on Tuesday") is a step when a date ahead hangs on it; standing advice ("the advice is to
...") is no plan. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(built_steps_line, title="Floods in Harrowdale", published=datetime(2033, 3, 8, 9, 0))

LEAD = (
    "HARROWDALE - Floodwater has cut off three villages in the valley after two days of heavy rain.\n\n"
    "The county council will meet on 14 March to decide on a relief fund.\n\n"
)


def test_what_someone_was_told_before_is_the_past(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "'Engineers promised us before that the wall will hold,' one farmer said.\n\n"
        + "The old mayor once said the dam would hold back any storm.\n\n"
        + "'The wall will be raised next month,' the engineer said.",
    )
    assert "relief fund" in got  # positive control
    assert "wall will hold" not in got
    assert "any storm" not in got
    assert "wall will be raised next month" in got


def test_a_course_verb_the_parse_read_as_a_modifier_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Applications for the relief grants close at midnight on Sunday.\n\n"
        + "Nominations close on 20 March.\n\n"
        + "The council votes on the grant rules on Tuesday.",
    )
    assert "relief fund" in got  # positive control
    assert "Applications for the relief grants close at midnight on Sunday" in got
    assert "Nominations close on 20 March" in got
    assert "The council votes on the grant rules on Tuesday" in got


def test_standing_advice_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The official advice is to keep away from the riverbank until the water falls.\n\n"
        + "Health guidance is to boil every drop from the taps.\n\n"
        + "The plan is to reopen the valley road on 20 March.",
    )
    assert "relief fund" in got  # positive control
    assert "keep away from the riverbank" not in got
    assert "every drop from the taps" not in got
    assert "reopen the valley road on 20 March" in got
