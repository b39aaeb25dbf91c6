"""Conversation mode: the state survives JSON, and a follow-up can refer back to an earlier turn."""

from __future__ import annotations

import json

from summarizers.qa import ConversationState, answer_in_conversation
from summarizers.types import Briefing, Citation

HARBOUR = (
    "The port authority of Valmont appointed Irene Castell as its new director on Monday.",
    "Castell previously ran the ferry operator Nordlys for six years.",
    "Nordlys was fined 2 million euros last year after a collision in the harbour.",
    "She will present a plan to dredge the main channel in March.",
    "Dock workers went on strike in October because their wages had been frozen since 2019.",
    "Twelve people were injured when a crane collapsed at the container terminal in August.",
)


def briefing() -> Briefing:
    return Briefing(
        title="Valmont port names director", summary=HARBOUR[:2], article_ids=("a1",), sentences=HARBOUR
    )


def test_state_round_trips_through_json() -> None:
    _, state = answer_in_conversation("Who is the new director?", [briefing()], None)
    assert not state.empty
    assert ConversationState.from_json(state.to_json()) == state
    assert ConversationState.from_json(json.loads(state.dumps())) == state
    assert ConversationState.from_json(state.dumps()) == state


def test_unknown_or_missing_state_starts_a_thread() -> None:
    assert ConversationState.from_json(None).empty
    assert ConversationState.from_json("").empty
    assert ConversationState.from_json({"version": 999, "turns": [{"question": "x"}]}).empty
    assert ConversationState.from_json("not json").empty


def test_state_keeps_the_cited_article() -> None:
    _, state = answer_in_conversation(
        "Who was appointed director?", [("Irene Castell was appointed director.", Citation("a9", "x"))], None
    )
    assert state.article_ids == ("a9",)
    assert state.turns[-1].question == "Who was appointed director?"
