"""steps32 (pass 29): a request told in the past perfect that sets a deadline ahead for someone
else's act ("had sought an audit, due to finish by 30 June") and a named thing that still
needs a consent ("the merger still needs clearance from ...") are next steps; a rule for any thing of
a kind ("any merger this big needs clearance") is not. Texts are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

LEAD = (
    "YORK, 3 March 2026 - Two regional bakeries agreed to merge on Monday in a deal worth 40 million pounds. "
)
TAIL = (
    "The bakeries employ about 900 staff between them, the two firms said on their websites, "
    "which sell bread across the north of England."
)


def _steps(engine: BriefingEngine, sentence: str) -> str:
    return built_steps_line(engine, LEAD + sentence + " " + TAIL)


def test_a_past_perfect_request_with_a_deadline_ahead_is_a_step(engine: BriefingEngine) -> None:
    said = "The mayor told reporters she had requested a full audit of the bakery deal, to finish by 30 June."
    assert "audit of the bakery deal, to finish by 30 June" in _steps(engine, said)


def test_a_named_thing_that_still_needs_a_consent_is_a_step(engine: BriefingEngine) -> None:
    pending = "The merger still needs clearance from the trade watchdogs in Britain and Ireland."
    assert "The merger still needs clearance from the trade watchdog" in _steps(engine, pending)


def test_a_rule_for_any_thing_of_a_kind_is_not_a_step(engine: BriefingEngine) -> None:
    assert "needs clearance" not in _steps(
        engine, "Any merger this big needs clearance from the trade watchdog."
    )


FIRE = (
    "PERTH, 3 March 2026 - Hundreds of people were told to leave their homes on Monday as a bushfire spread. "
)
CREWS = (
    "Crews from three states are fighting the fire, which has burned about 4,000 hectares of scrub "
    "and farmland across the south of the state since it began."
)


def test_a_share_per_person_is_no_habit(engine: BriefingEngine) -> None:
    grant = "Ministers in the state cabinet said they would give displaced families 300 dollars each for food and fuel. "
    assert "300 dollars each" in built_steps_line(engine, FIRE + grant + CREWS)
    # control: a habit word still tells a story in the past
    habit = "Each summer the old ranger would hand the children sweets at the gate. "
    assert "sweets" not in built_steps_line(engine, FIRE + habit + CREWS)
