"""steps33: "will" with a day ahead ranks as a schedule ("the ferry will sail on Thursday" before a
past appeal whose answer lies with others). Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.lexicon.steps import STEP_WEIGHTS
from newsbrief.summarizers.types import Article

STORY = (
    "PORT HALDEN - The island of Skerra was cut off for five days after a gale wrecked its only pier, "
    "leaving about 900 residents short of fuel and fresh food.\n\n"
    "Engineers from the county council finished a temporary landing stage on Sunday night.\n\n"
    "A supply ferry carrying fuel and medicine will sail from Port Halden on Thursday. "
    "Council leaders will meet the island's trustees on 9 March to plan a new pier.\n\n"
    "The Maritime Aid Society appealed for 90,000 euros to feed and shelter the stranded families before winter."
)


def _steps(engine: BriefingEngine, text: str) -> list[str]:
    art = Article(id="t", text=text, title="Skerra cut off by storm", published=datetime(2031, 2, 24, 8, 0))
    return [s.text for s in engine.build(art).next_steps]


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
