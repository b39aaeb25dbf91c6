"""Whom a follow-up's "he" / "she" / "him" means: the person kept in focus, the subject of the turn before, never a
name of the pronoun's own clause; what "it" means: the nouns of the turn before. Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, engine
from newsbrief.summarizers.qa.conversation import Turn, advance
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer, terms
from newsbrief.summarizers.types import Answer, Citation

from .qa_texts import cited, passage

CITE = Citation("final-1", "", source="Courier", title="Berg takes the indoor title")
FINAL = (
    "Tomas Berg beat Ivo Brandt in the final on Sunday to win the indoor title.",
    "Berg hurt his wrist in the second set and will have it checked on Tuesday.",
    "Brandt said he would rest until March.",
)


def test_the_subject_of_a_question_by_its_parse(nlp: Any) -> None:
    assert engine._subject("Who did Tomas Berg beat in the final?", nlp) == ("name", "Berg")
    assert engine._subject("Who runs the ferry company?", nlp)[0] == "answer"
    assert engine._subject("Which officer led the inquiry?", nlp)[0] == "answer"
    assert engine._subject("What did she say about the fares?", nlp) == ("pronoun", "she")


def test_a_named_subject_comes_before_the_answer_for_a_later_he(nlp: Any) -> None:
    _, state = answer_in_conversation("Who did Tomas Berg beat in the final?", cited(FINAL, CITE), None, nlp)
    assert state.people[0] == "Tomas Berg"


def test_a_pronoun_never_means_a_name_of_its_own_clause(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("By how much does Berg lead him?", lem)
    assert engine._clause_mates(q.text, nlp, q) == ("Berg",)
    q = analyse("Did Berg say he would play in March?", lem)
    assert engine._clause_mates(q.text, nlp, q) == ()
    turn = Turn("Who did Tomas Berg beat?", "Ivo Brandt \u2014 ...", True, ("final-1",), position=0)
    state = advance(ConversationState(), turn, people=["Tomas Berg", "Ivo Brandt"])
    q = analyse("By how much does Berg lead him?", lem)
    ctx = engine._resolve(q, state, lem, engine.WEIGHTS, mates=engine._clause_mates(q.text, nlp, q))
    assert ctx.person == "Ivo Brandt"


def test_a_common_word_opening_a_sentence_is_nobody(nlp: Any) -> None:
    assert engine._common_word("Campaigners", "Campaigners from the village said they would appeal.", nlp)
    assert not engine._common_word("Campaigners", "The Campaigners, a band, said they would tour.", nlp)


def test_what_it_means_is_the_nouns_of_the_question(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("How did he describe the treaty?", lem)
    assert engine._thing(q, nlp) == " ".join(terms("treaty", lem))


def test_there_with_no_place_named_means_the_organisation_the_last_answer_named() -> None:
    lem = lemmatizer(None)
    turn = Turn("Which firm represents the club?", "Harrow Legal \u2014 ...", True, ("final-1",), position=0)
    state = advance(ConversationState(), replace(turn, groups=("Harrow Legal",)), groups=["Harrow Legal"])
    ctx = engine._resolve(
        analyse("Which lawyer there is standing for the board?", lem), state, lem, engine.WEIGHTS
    )
    assert ctx.query.get("harrow") == engine.WEIGHTS.referent


def test_a_name_the_briefing_does_not_list_takes_the_recognisers_reading_of_its_sentence(nlp: Any) -> None:
    text = "The hooker Peter Walsh returns from a knee injury for the derby in Corrin."
    q = analyse("Which hooker returns for the derby?", lemmatizer(nlp))
    res = engine._Result(
        Answer(q.text, f"Peter Walsh \u2014 {text}", True), "Peter Walsh", passage(text, nlp, CITE)
    )
    people = engine._named(q, res, {}, nlp)[0]
    assert people == ["Peter Walsh"]
