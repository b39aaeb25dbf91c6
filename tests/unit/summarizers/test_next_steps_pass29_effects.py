"""steps31 (twenty-ninth pass): a forecast of what a thing will do to others ("the bypass would ease
the queues", "the scheme will create 300 jobs") and a state that is only kept ("the pool will stay
open") are no steps when no date is ahead; the same verbs with an actor for subject, a date, or an end
to the state ("will stay shut until Monday") still are. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

_steps = partial(built_steps_line, title="Ring road plan for Oakhurst", published=datetime(2034, 3, 7, 9, 0))

LEAD = (
    "OAKHURST - The county has unveiled a plan for a ring road around the market town of Oakhurst.\n\n"
    "The county's planning board will decide on the scheme on 21 March.\n\n"
)


def test_a_forecast_effect_of_a_thing_is_no_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "Traders said the new road would ease the queues on the high street.\n\n"
        + "The scheme will create about 300 construction jobs, the county said.\n\n"
        + "Campaigners warned the route would damage an ancient meadow.",
    )
    assert "planning board will decide" in got  # positive control
    assert "ease the queues" not in got
    assert "300 construction jobs" not in got
    assert "ancient meadow" not in got


def test_an_effect_verb_with_an_actor_or_a_date_stays_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD + "The county said it would give residents six weeks to comment on the route.",
    )
    assert "planning board will decide" in got
    assert "six weeks to comment" in got  # an actor's own act, not a thing's effect


def test_a_kept_state_is_no_step_unless_it_ends(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        LEAD
        + "The council said the old bridge would stay open.\n\n"
        + "Police said the bypass would remain closed until Friday while engineers checked it.",
    )
    assert "planning board will decide" in got
    assert "old bridge would stay open" not in got
    assert "remain closed until Friday" in got  # an end ahead: a step


DEAL = (
    "LONDON - Brightwater Pumps has agreed to be bought by its rival Hollin Group, the two companies said.\n\n"
    "Brightwater owners are to vote on the bid on 30 June.\n\n"
)


def test_a_price_per_unit_is_a_term_not_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        DEAL
        + "Hollin will pay 520 pence for each Brightwater share, the companies said.\n\n"
        + "Brightwater will pay a final dividend of 4 pence per share on 12 June.",
    )
    assert "vote on the bid" in got  # positive control
    assert "520 pence" not in got
    assert "4 pence per share on 12 June" in got  # the paying itself dated ahead: a step


def test_a_sum_offered_in_the_perfect_is_made_not_ahead(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        DEAL + "The union said Brightwater had offered its fitters a 3% rise next year.",
    )
    assert "vote on the bid" in got
    assert "3% rise" not in got


def test_a_rank_in_a_named_series_is_a_record_not_a_step(engine: BriefingEngine) -> None:
    got = _steps(
        engine,
        DEAL + "The takeover will be the second of its sort to get through under the new rules.",
    )
    assert "vote on the bid" in got
    assert "second of its sort" not in got
