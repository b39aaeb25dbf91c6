"""qa35: a how / why follow-up about the person a who-turn named, or one asking an item that turn's sentence
holds, may be answered by that sentence (no repeat penalty). Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.qa.engine import _resolve
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing

QUAY = (
    "Captain Jonas Reed retired on Friday after forty years at the helm of the Tarnby ferry.",
    "Harbour master Elin Voss, 52, paid tribute to Reed with a poem she read aloud on the quay.",
    "Reed was born in Tarnby in 1961 and first went to sea at sixteen.",
    "The ferry company said a new captain would be named in the spring.",
    "Passengers lined the harbour wall to wave the old captain goodbye.",
    "His crew paid their own tribute, sounding the ferry's horn three times as it left the quay.",
)


def quay() -> Briefing:
    return Briefing(
        title="Tarnby ferry captain retires", summary=QUAY[:1], article_ids=("q1",), sentences=QUAY
    )


def _state(nlp: Any) -> ConversationState:
    first, state = answer_in_conversation("Who paid tribute to Reed on the quay?", [quay()], None, nlp)
    assert "Elin Voss" in first.text
    return state


def test_how_did_she_is_answered_from_the_sentence_that_named_her(nlp: Any) -> None:
    state = _state(nlp)
    again = ConversationState.from_json(state.dumps())  # the thread survives a restart (the store keeps JSON)
    for s in (state, again):
        how, _ = answer_in_conversation("How did she pay tribute?", [quay()], s, nlp)
        assert "poem" in how.text


def test_how_why_or_an_item_the_sentence_holds_lifts_the_repeat_penalty(nlp: Any) -> None:
    state = _state(nlp)
    lem = lemmatizer(nlp)
    last = state.last
    assert last is not None
    told = (last.article_ids[0], last.position)

    def penalised(question: str) -> bool:
        ctx = _resolve(analyse(question, lem), state, lem, WEIGHTS, people=("Elin Voss", "Jonas Reed"))
        return told in ctx.answered or told in ctx.answered_other

    assert not penalised("How did she pay tribute?")
    assert not penalised("Why did she pay tribute?")
    assert not penalised("How old is she?")  # the sentence gives her age
    # controls: an item the sentence lacks, another who and a what-did-she-say keep it
    assert penalised("When did she pay tribute?")
    assert penalised("Who else paid tribute?")
    assert penalised("What did she say?")
    # a question pointing back at nobody asks afresh: no penalty either (qa36's rule, tested in test_qa_qa36)
    assert not penalised("How did the passengers say goodbye?")
