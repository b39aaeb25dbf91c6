"""qa41: a question's role word names the person asked for only as a noun that is not a possessor (by the parse),
and a title before a name stands for it ("Sgt Ivo Lund" is an officer); an adverb opening a question is no name;
a what-did-he-say follow-up may be answered by the sentence that named the speaker, when the speaker says it there. The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_from_sentences, answer_in_conversation
from newsbrief.summarizers.qa.engine import _resolve
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import asked_noun, asked_roles
from newsbrief.summarizers.qa.retrieve import _names_role, type_fit
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing, Citation

CITE = Citation("qa41-1", "", "Vale Courier", "https://courier.example.org/qa41")


def _roles(question: str, nlp: Any) -> tuple[str, ...]:
    from dataclasses import replace

    q = analyse(question, lemmatizer(nlp))
    if question.lower().startswith(("which", "what")):
        q = replace(q, head=asked_noun(q, nlp))
    return asked_roles(q, nlp)


def test_role_words_that_name_the_asked_person(nlp: Any) -> None:
    assert _roles("Which traffic officer was hurt in the raid?", nlp) == ("officer",)
    assert _roles("Who is the mayor of Tarnby?", nlp) == ("mayor",)
    # not the asked person: a possessor, a verb, the object of a which-question about a club
    assert _roles("Which bank did the Tarnby mayor's husband work for?", nlp) == ()
    assert _roles("Which side did Ivo Lund captain last season?", nlp) == ()
    assert _roles("Which clubs want to sign the young striker?", nlp) == ()


def test_a_title_before_a_name_stands_for_its_role() -> None:
    assert _names_role("Constable Ines Varga was also hurt in the raid.", "officer")
    assert _names_role("Mr Justice Aldous Penn lifted the order on Friday.", "judge")
    assert _names_role("Dr Mara Quist said the trial was too small.", "doctor")
    # controls: the role beside a name still counts; a title of another role, or none, does not
    assert _names_role("Officer Ines Varga was also hurt.", "officer")
    assert not _names_role("Dr Mara Quist said the raid was a mistake.", "officer")
    assert not _names_role(
        "During the scuffle the two men wrestled over the officer's radio, Varga said.", "officer"
    )


def test_which_officer_fits_the_titled_name(nlp: Any) -> None:
    from dataclasses import replace

    q = analyse("Which traffic officer was hurt?", lemmatizer(nlp))
    q = replace(q, head=asked_noun(q, nlp))
    q = replace(q, roles=asked_roles(q, nlp))
    assert type_fit(q, "Sergeant Ines Varga was also hurt and spent a night in hospital.") == 1.0
    # control: a name beside no officer's title fits as a name that does not stand with the role
    assert type_fit(q, "'He grabbed at an officer's baton,' Superintendent Bel Harrow said.") == 0.3


def test_an_opening_adverb_is_no_name(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert analyse("Roughly how many flats were raided in Tarnby?", lem).names == ("Tarnby",)
    assert analyse("Exactly how many people were hurt?", lem).names == ()
    # controls: a name opening the question stays one
    assert analyse("Harrow said what about the suspect?", lem).names == ("Harrow",)
    assert analyse("Italy won how many medals?", lem).names == ("Italy",)


def test_roughly_opening_a_question_does_not_refuse_it(nlp: Any) -> None:
    hits = [
        (s, CITE) for s in ("The council said about 400 flats in Tarnby had damp.", "Repairs start in May.")
    ]
    a = answer_from_sentences("Roughly how many flats had damp?", hits, nlp)
    assert a.answered and "400" in a.text


CRASH = (
    "Two drivers died when a lorry hit a car at a junction outside Tarnby on Sunday.",
    "Sergeant Ines Varga, a traffic officer, said the junction had opened before its signs were up.",
    "She added that both drivers had ignored a closure notice.",
    "The lorry driver was taken to hospital with minor injuries.",
    "Varga said that drivers should take care at junctions.",
)


def crash() -> Briefing:
    return Briefing(title="Two die at junction", summary=CRASH[:1], article_ids=("c1",), sentences=CRASH)


def test_what_did_she_say_may_take_the_sentence_that_named_her(nlp: Any) -> None:
    first, state = answer_in_conversation(
        "Which officer gave details of the collision?", [crash()], None, nlp
    )
    assert "Varga" in first.text
    lem = lemmatizer(nlp)
    last = state.last
    assert last is not None
    told = (last.article_ids[0], last.position)
    ctx = _resolve(
        analyse("What did she say about the junction?", lem), state, lem, WEIGHTS, people=("Ines Varga",)
    )
    assert told not in ctx.answered and told not in ctx.answered_other
    said, _ = answer_in_conversation("What did she say about the junction?", [crash()], state, nlp)
    assert "before its signs" in said.text
    # control: a topic the sentence lacks keeps the penalty (the words may be in another sentence)
    ctx = _resolve(
        analyse("What did she say about the lorry?", lem), state, lem, WEIGHTS, people=("Ines Varga",)
    )
    assert told in ctx.answered
    # control: a who-turn whose sentence has nobody speaking keeps its repeat penalty
    first, state = answer_in_conversation("Who was taken to hospital?", [crash()], None, nlp)
    ctx = _resolve(analyse("What did he say?", lem), state, lem, WEIGHTS)
    last = state.last
    assert last is not None and (last.article_ids[0], last.position) in ctx.answered


def test_fresh_state_is_untouched(nlp: Any) -> None:
    a, state = answer_in_conversation(
        "Which officer gave details of the collision?", [crash()], ConversationState(), nlp
    )
    assert a.answered and len(state.turns) == 1
