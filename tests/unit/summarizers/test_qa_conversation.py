"""Conversation mode: the state survives JSON, and a follow-up can refer back to an earlier turn."""

from __future__ import annotations

import json
from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question
from newsbrief.summarizers.types import Briefing, Citation
from tests.unit.summarizers.facet_texts import converse, story

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


COUNCIL = (
    "Mayor Lena Holt will unveil the housing plan in June.",
    "Councillor Omar Reyes will unveil the transport plan in September.",
    "Dock workers went on strike in October because their wages had been frozen since 2019.",
    "Twelve people were injured when a crane collapsed at the container terminal in August.",
)


def council() -> list[Briefing]:
    return [Briefing(title="Council plans", summary=COUNCIL[:1], article_ids=("c1",), sentences=COUNCIL)]


def ask(questions: list[str], nlp: Any) -> list[str]:
    return converse(questions, council(), nlp)


def test_a_pronoun_refers_to_the_person_the_previous_answer_named(nlp: Any) -> None:
    who, when = ask(["Who is the councillor?", "When will he unveil his plan?"], nlp)
    assert "Omar Reyes" in who
    assert "September" in when
    # positive control: asked alone, the same question has no one to refer to and may pick either plan
    assert "Lena Holt" in ask(["Who is the mayor?", "When will she unveil her plan?"], nlp)[0]
    assert "June" in ask(["Who is the mayor?", "When will she unveil her plan?"], nlp)[1]


def test_why_alone_leans_on_the_previous_turn(nlp: Any) -> None:
    assert not answer_question("Why?", council(), nlp).answered
    _, why = ask(["When did the dock workers go on strike?", "Why?"], nlp)
    assert "wages had been frozen" in why


def test_that_refers_to_the_event_of_the_previous_turn(nlp: Any) -> None:
    assert not answer_question("And where was that?", council(), nlp).answered
    first, second = ask(["How many people were injured?", "And where was that?"], nlp)
    assert "Twelve" in first
    assert "container terminal" in second


def test_a_follow_up_who_is_not_answered_with_a_name_the_thread_already_used() -> None:
    from newsbrief.summarizers.nlp import load_pipeline

    nlp = load_pipeline()
    sents = (
        "Petra Lund will be unveiled as Halden Orchestra's new conductor on Tuesday, a month after her trial concert.",
        "The orchestra's board will publish the appointment on Tuesday evening, with the former Marsby Ensemble leader signing a four-year deal.",
        "Lund said the players had made her feel at home.",
    )
    b = Briefing(
        title="Halden conductor",
        summary=sents[:1],
        actors=(),
        figures=(),
        next_steps=(),
        sources=("https://arts.example.org/halden",),
        article_ids=("halden-1",),
        sentences=sents,
    )
    a1, state = answer_in_conversation(
        "Who is Halden Orchestra going to unveil as its new conductor?", [b], None, nlp
    )
    assert "Petra Lund" in a1.text
    a2, _ = answer_in_conversation("Which ensemble did she lead before?", [b], state, nlp)
    assert "Marsby" in a2.text
    # control: asked on its own, the orchestra the question names is still a fine answer to who
    alone = answer_question("Which orchestra will unveil Petra Lund as conductor?", [b], nlp)
    assert "Halden" in alone.text


def test_that_company_points_to_the_organisation_not_to_the_last_question() -> None:
    from newsbrief.summarizers.qa import engine
    from newsbrief.summarizers.qa.conversation import Turn, advance
    from newsbrief.summarizers.qa.question import analyse
    from newsbrief.summarizers.qa.words import lemmatizer

    lem = lemmatizer(None)
    turn = Turn(
        "Which firm's study found that pensions shrink?", "Norvane — ...", True, ("a",), ("study",), 2
    )
    state = advance(ConversationState(), turn, groups=["Norvane"], things=["study pension shrink"])
    q = analyse("Who at that company spoke about the results?", lem)
    assert q.references == ("that company",)
    ctx = engine._resolve(q, state, lem, engine.WEIGHTS)
    assert ctx.query.get("norvane") == engine.WEIGHTS.referent
    assert ctx.query.get("shrink", 0.0) < engine.WEIGHTS.referent
    # control: a bare "it" still points to the thing talked about
    bare = engine._resolve(analyse("Who commented on it?", lem), state, lem, engine.WEIGHTS)
    assert bare.query.get("shrink") == engine.WEIGHTS.referent


BANK = (
    "The Bank of Tervia raised its main rate to 3% on Monday because prices kept rising.",
    "Governor Ilse Brandt said more increases could follow.",
    "The bank will publish its forecasts on 4 May.",
)
WEATHER = (
    "Heavy rain flooded roads across the northern valleys on Sunday.",
    "The next forecast from the weather service is due on Friday.",
)


def two_stories() -> list[Briefing]:
    return [story("Tervia raises rates", BANK, "bank"), story("Floods in the north", WEATHER, "rain")]


def test_a_thread_over_several_stories_stays_on_its_story(nlp: Any) -> None:
    first, state = answer_in_conversation("Why did the bank raise its rate?", two_stories(), None, nlp)
    assert first.citations[0].article_id == "bank"
    follow, _ = answer_in_conversation("And when is the next forecast?", two_stories(), state, nlp)
    assert follow.citations[0].article_id == "bank" and "4 May" in follow.text
    # control: asked on its own, the same question is answered by the other story, which matches it better
    alone = answer_question("And when is the next forecast?", two_stories(), nlp)
    assert alone.citations[0].article_id == "rain"
