"""steps43: what someone said would happen is no step when the sentence tells it as the past: said in a
year before the article's own or "at the time", said in a clause that sets off a past event ("marched
after the trust said ..."), or followed by "but" and what came instead. A case put off "until" a day
ahead, in the past tense ("was adjourned until 20 March"), a deadline that "is" a day ahead, and legal
action, surgery or a battle someone faces are steps. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(built_steps_line, title="Lido row in Fernmoor", published=datetime(2033, 5, 2, 9, 0))

LEAD = (
    "FERNMOOR - A dispute over the future of the town's open-air lido has split the district council and "
    "the trust that runs it.\n\n"
    "The council's cabinet will vote on the trust's grant on 18 May.\n\n"
)


def test_an_intent_said_years_back_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "In 2027 the trust said it would heat the main pool all year round.\n\n"
        + "At the time, the council said the repairs would cost £3 million.\n\n"
        + "The trust said years ago it would restore the diving boards.\n\n"
        + "The trust said on Tuesday it would appeal against the council's ruling.\n\n"
        + "In 2029 the council said the lido would get a new roof in 2034.",
    )
    assert "trust's grant on 18 May" in got  # positive control
    assert "heat the main pool" not in got
    assert "repairs would cost" not in got
    assert "diving boards" not in got
    assert "appeal against the council's ruling" in got  # said on a recent day: still ahead
    assert "new roof in 2034" in got  # said back then of a date still ahead


def test_an_intent_said_as_the_background_of_a_past_event_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "Swimmers marched to the town hall after the trust said it would sell the diving boards.",
    )
    assert "trust's grant on 18 May" in got
    assert "sell the diving boards" not in got


def test_an_intent_followed_by_what_came_instead_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The trust said it would sell the car park, but the sale was blocked by the county.\n\n"
        + "The council said it would review the lease but declined to comment further.",
    )
    assert "trust's grant on 18 May" in got
    assert "sell the car park" not in got
    assert "review the lease" in got  # declining to say more tells nothing of what came of it


def test_a_case_put_off_until_a_day_ahead_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Two protesters arrested at the lido were bailed until 30 May.\n\n"
        + "The trust's challenge in the county court was adjourned until 14 June.\n\n"
        + "A gala was postponed until Sunday, when the rain stopped.",
    )
    assert "trust's grant on 18 May" in got
    assert "bailed until 30 May" in got
    assert "adjourned until 14 June" in got
    assert "gala" not in got  # the day told with what happened on it


def test_a_deadline_that_is_a_day_ahead_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(engine, LEAD + "The deadline for objections to the lease is 31 May.")
    assert "trust's grant on 18 May" in got
    assert "deadline for objections to the lease is 31 May" in got


def test_a_proceeding_a_treatment_or_a_contest_that_may_come_is_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The trust could face legal action from the council.\n\n"
        + "A lifeguard hurt in the fall faces surgery on his knee.\n\n"
        + "The trust now faces a battle to keep the lido open.",
    )
    assert "trust's grant on 18 May" in got
    assert "could face legal action" in got
    assert "faces surgery on his knee" in got
    assert "battle to keep the lido open" in got
