"""qa36: a follow-up that points back at nothing (no pronoun, not elliptical, not a fragment) asks afresh, as a
first question would: the sentences earlier turns answered with carry no repeat penalty. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.qa.engine import _resolve
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing

RACE = (
    "Mira Tallis won the Glenholm hill race on Sunday at the old quarry track in Dunmore.",
    "Tallis, a nurse from Pellow, finished four minutes ahead of the field.",
    "Organisers said the race drew a record crowd despite the drizzle.",
    "The hill race has been run every spring since the quarry closed.",
    "Next year's race will add a shorter course for juniors.",
)


def race() -> Briefing:
    return Briefing(title="Nurse wins hill race", summary=RACE[:1], article_ids=("r1",), sentences=RACE)


def _state(nlp: Any) -> ConversationState:
    first, state = answer_in_conversation("Who won the Glenholm hill race?", [race()], None, nlp)
    assert "Mira Tallis" in first.text
    return state


def test_a_question_pointing_back_at_nothing_carries_no_repeat_penalty(nlp: Any) -> None:
    state = _state(nlp)
    lem = lemmatizer(nlp)
    last = state.last
    assert last is not None
    told = (last.article_ids[0], last.position)

    def penalised(question: str) -> bool:
        ctx = _resolve(analyse(question, lem), state, lem, WEIGHTS, people=("Mira Tallis",))
        return told in ctx.answered or told in ctx.answered_other

    assert not penalised("Where was the hill race run?")
    assert not penalised("In which town is the quarry track?")
    # controls: a pronoun, "there", an elliptical "And ...?" point back: the penalty stays
    assert penalised("What did she say about the race?")
    assert penalised("What else happened there?")
    assert penalised("And who came second?")


def test_the_earlier_sentence_answers_a_fresh_follow_up_after_a_restart(nlp: Any) -> None:
    state = _state(nlp)
    again = ConversationState.from_json(state.dumps())  # the thread survives a restart (the store keeps JSON)
    for s in (state, again):
        where, _ = answer_in_conversation("Where was the hill race run?", [race()], s, nlp)
        assert "Dunmore" in where.text or "quarry track" in where.text
