"""qa37: a how-much question's money word matches the other words of its family (pay / wage / salary; cost /
price / fare; worth / value / prize), which the sentence giving the amount often uses instead. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_question, engine
from newsbrief.summarizers.types import Briefing

STORY = (
    "Tomas Orrin joined Harbour Athletic from a lowly club in Vell last summer.",
    "Orrin bought a flat for 250,000 pounds.",
    "The winger has scored twice in nine games for his new side.",
    "He moved on wages of 40,000 pounds a week, his agent confirmed.",
    "His old club finished seventh and sold 3,500 season tickets.",
    "Harbour Athletic play their next match at home on Saturday.",
)


def story() -> Briefing:
    return Briefing(title="Winger settles in", summary=STORY[:1], article_ids=("m1",), sentences=STORY)


def test_family_words_stand_for_the_asked_money_word() -> None:
    kin = engine._money_kin({"pay": 1.0, "orrin": 1.0}, None)
    assert "wage" in kin["pay"] and "salary" in kin["pay"]
    assert "orrin" not in kin


def test_paid_finds_the_sentence_giving_wages(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    got = answer_question("How much is Orrin paid?", [story()], nlp).text
    assert "40,000 pounds" in got
    # positive control: without the family the wage sentence is not found
    monkeypatch.setattr(engine, "_money_kin", lambda query, similar: dict(similar or {}))
    assert "40,000 pounds" not in answer_question("How much is Orrin paid?", [story()], nlp).text
