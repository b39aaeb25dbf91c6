"""steps33: "will" with a day ahead ranks as a schedule ("the ferry will sail on Thursday" before a
past appeal whose answer lies with others), and a time ahead judged by a linking verb ("the weeks
ahead will be tough") is no step. Texts are written for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.lexicon.steps import STEP_WEIGHTS
from tests.unit.summarizers.facet_texts import TEST_DAY, built_steps

STORY = (
    "PORT HALDEN - The island of Skerra was cut off for five days after a gale wrecked its only pier, "
    "leaving about 900 residents short of fuel and fresh food.\n\n"
    "Engineers from the county council finished a temporary landing stage on Sunday night.\n\n"
    "A supply ferry carrying fuel and medicine will sail from Port Halden on Thursday. "
    "Council leaders will meet the island's trustees on 9 March to plan a new pier.\n\n"
    "The Maritime Aid Society appealed for 90,000 euros to feed and shelter the stranded families before winter."
)


_steps = partial(built_steps, title="Skerra cut off by storm", published=TEST_DAY)


def _index(steps: list[str], words: str) -> int:
    return next(i for i, s in enumerate(steps) if words in s)


def test_will_with_a_day_ahead_ranks_before_a_past_appeal(engine: BriefingEngine) -> None:
    steps = _steps(engine, STORY)
    appeal = _index(steps, "appealed for 90,000 euros")
    assert _index(steps, "will sail from Port Halden on Thursday") < appeal
    assert _index(steps, "will meet the island's trustees on 9 March") < appeal


def test_the_schedule_weight_is_what_puts_the_meeting_first(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # positive control: without the weight the past appeal (a word of asking, dated) ranks above the meeting
    monkeypatch.setitem(STEP_WEIGHTS, "scheduled", 0.0)
    steps = _steps(engine, STORY)
    assert _index(steps, "appealed for 90,000 euros") < _index(
        steps, "will meet the island's trustees on 9 March"
    )


JUDGED = (
    "The bakery chain Crumbwell closed eleven shops on Monday after its flour supplier went bust.\n\n"
    "Its chief executive, Ines Varga, said the company had enough stock for a fortnight.\n\n"
    "The weeks ahead will be tough for the 300 staff at the closed branches.\n\n"
    "Crumbwell will ask its lenders for a new loan on Friday."
)


def test_a_time_ahead_judged_by_a_linking_verb_is_no_step(engine: BriefingEngine) -> None:
    got = " | ".join(_steps(engine, JUDGED))
    assert "new loan on Friday" in got  # positive control: an event on a day ahead
    assert "weeks ahead will be tough" not in got


def test_a_judged_time_is_listed_without_the_rule(
    engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # positive control: the same clause is a candidate when the judgement test is off
    import newsbrief.summarizers.next_steps as next_steps

    monkeypatch.setattr(next_steps, "_judged_time", lambda head, when: False)
    assert "weeks ahead will be tough" in " | ".join(_steps(engine, JUDGED))
