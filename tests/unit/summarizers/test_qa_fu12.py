"""Follow-ups (fu12): "they" / "them" may mean a plural noun an earlier question asked about, and the next "they" means
it again; a follow-up "who ...?" whose sentence names only what the thread named takes the new name of the next
sentence. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.qa.engine import _plurals, _resolve
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from tests.unit.summarizers.facet_texts import story

BAKERY = (
    "Dana Frey runs a bakery in Holm with her three children.",
    "The Holm Traders Group gave the bakery its yearly award last month.",
    "Frey said her children were proud of the shop and now help out every weekend.",
    "Members of the traders group said they were delighted with the turnout at the fair.",
)

FLOOD = (
    "A storm flooded the valley road near Kell on Monday.",
    "The Kell Rescue Trust sent two boats to help stranded drivers.",
    "Mara Lind, a former skipper, took charge of the crews.",
    "Three cars were towed away on Tuesday.",
)


def test_they_means_the_plural_noun_the_last_question_asked_about(nlp: Any) -> None:
    bakery = story("Family bakery wins award", BAKERY, "b1")
    first, state = answer_in_conversation("How many children does Dana Frey have?", [bakery], None, nlp)
    assert "three" in first.text
    last = state.last
    assert last is not None and last.plurals == ("child",)
    lem = lemmatizer(nlp)
    ctx = _resolve(analyse("How do they feel about the shop?", lem), state, lem, WEIGHTS)
    assert ctx.they == "child" and ctx.query.get("child") == WEIGHTS.referent
    second, state = answer_in_conversation("How do they feel about the shop?", [bakery], state, nlp)
    assert "proud" in second.text
    # the thread survives a restart, and the next "they" means the children again
    again = ConversationState.from_json(state.dumps())
    for s in (state, again):
        ctx = _resolve(analyse("When do they help out?", lem), s, lem, WEIGHTS)
        assert ctx.they == "child"


def test_the_kind_of_item_a_fragment_asks_for_is_no_antecedent(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert _plurals("On what dates?", nlp, lem) == ()
    assert _plurals("How many children does Dana Frey have?", nlp, lem) == ("child",)


def test_a_follow_up_who_takes_the_new_name_of_the_next_sentence(nlp: Any) -> None:
    flood = story("Boats sent to flooded road", FLOOD, "k1")
    first, state = answer_in_conversation("Which charity sent boats to the flooded road?", [flood], None, nlp)
    assert "Kell Rescue Trust" in first.text
    who, _ = answer_in_conversation("Who organised the boats for it?", [flood], state, nlp)
    assert who.text.startswith("Mara Lind")
