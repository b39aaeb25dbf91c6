"""qa46: a "which X" question's noun stands with a name only when it names that name, not when it qualifies the
lower-case noun after it ("zoo visitor Ivo Brandt" is a visitor, not the zoo); a who-question's sentence may share
fewer of its words (``person_relevance``). The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.qa import engine as engine_mod
from newsbrief.summarizers.qa import retrieve as retrieve_mod
from newsbrief.summarizers.qa.retrieve import _stands_with
from newsbrief.summarizers.qa.weights import WEIGHTS
from tests.unit.summarizers.facet_texts import story


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("The company Moravia Labs said it would appeal.", "Moravia Labs", "company"),
        ("Kestrel, a company from Ludby, denied it.", "Kestrel", "company"),
        ("She joined a band called Tin Orchard last spring.", "Tin Orchard", "band"),
        ("He played for the club, Ashby Rovers, for a decade.", "Ashby Rovers", "club"),
        ("The boy fell into the pit at the Harlow Park Zoo.", "Harlow Park Zoo", "zoo"),
        ("Critics panned the show 'Lantern Street' on Sunday.", "Lantern Street", "show"),
        ("Several players including Ivo Brandt were cleared.", "Ivo Brandt", "player"),
    ],
)
def test_stands_with(text: str, name: str, noun: str) -> None:
    assert _stands_with(text, name, noun)


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("Zoo visitor Ivo Brandt heard the boy scream.", "Ivo Brandt", "zoo"),
        ("Club captain Ivo Brandt lifted the cup.", "Ivo Brandt", "club"),
        ("The party leader Ana Vell spoke first.", "Ana Vell", "party"),
    ],
)
def test_a_qualifying_noun_does_not_stand_with_the_name(text: str, name: str, noun: str) -> None:
    assert not _stands_with(text, name, noun)


PIT = (
    "A painting worth two million euros was slashed by a visitor on Sunday afternoon.",
    "Museum guard Ivo Brandt tackled the man seconds later.",
    "Curators at the Velden Art Museum said on Monday that the canvas could be repaired within months.",
    "The attacker, 31, will appear before a judge next week.",
)


def test_which_museum_is_the_named_museum(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    b = story("Painting slashed by visitor", PIT, "qa46-museum")
    assert "Velden Art Museum" in answer_question("Which museum was it?", [b], nlp).text
    # positive control: with any word allowed between the noun and the name, the guard's sentence answers
    monkeypatch.setattr(retrieve_mod, "_BESIDE", r"[\s,]+")
    assert "Velden Art Museum" not in answer_question("Which museum was it?", [b], nlp).text


ROOKIE = (
    "A teenager said he needed a rest after he failed to reach the weekend at the Brockley Open last week.",
    "The rookie got to play both rounds beside former winner Odile Marsh.",
    "His scores of 79 and 81 left him well short.",
    "He said the greens were faster than anything he had seen.",
)


def test_a_who_question_takes_a_sentence_sharing_fewer_words(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sentence naming whom he played beside shares few of the question's words (under ``min_relevance``,
    over ``person_relevance`` of it) and is the best scored: it answers, not the one sharing more and naming no one."""
    b = story("Rookie misses cut", ROOKIE, "qa46-rookie")
    question = "Who did the young Welshman play alongside at Brockley last week?"
    assert WEIGHTS.person_relevance < 1.0
    assert "Odile Marsh" in answer_question(question, [b], nlp).text
    # positive control: at the threshold of every other question, the sentence sharing more answers
    monkeypatch.setattr(engine_mod, "WEIGHTS", replace(WEIGHTS, person_relevance=1.0))
    assert "Odile Marsh" not in answer_question(question, [b], nlp).text
