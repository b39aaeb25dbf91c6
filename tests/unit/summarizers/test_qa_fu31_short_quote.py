"""fu31: a what-did-she-say follow-up whose best sentence is a quote of hers that only opens her point (short, or
left open) while her quote runs on in the next sentence quotes both. The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.retrieve import runs_on
from newsbrief.summarizers.types import Citation

CITE = Citation("fu31-1", "", "Lowfield Post", "https://post.example.org/fu31")

RIVER = (
    "A survey of the Tarnow river found that its banks are wearing away faster than expected.",
    "The survey was led by hydrologist Mira Castell of the Lowfield Institute.",
    "\u201cThe risk is not the rain.",
    "It is the silt that builds up behind the old weir and could burst it in one storm.\u201d",
    "The institute will publish its full report in May.",
)


def _thread(questions: list[str], nlp: Any, sentences: tuple[str, ...] = RIVER) -> str:
    """The last answer of a thread asking ``questions`` of ``sentences``."""
    hits = [(s, CITE) for s in sentences]
    state = ConversationState()
    text = ""
    for question in questions:
        a, state = answer_in_conversation(question, hits, state, nlp)
        text = a.text
    return text


def test_a_short_opening_quote_is_quoted_with_the_rest_of_it(nlp: Any) -> None:
    text = _thread(["Who led the river survey?", "What did she say the risk was?"], nlp)
    assert "silt" in text and "not the rain" in text


def test_off_the_short_quote_stands_alone(nlp: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(qa_engine, "WEIGHTS", replace(qa_engine.WEIGHTS, short_quote=0))
    text = _thread(["Who led the river survey?", "What did she say the risk was?"], nlp)
    assert "silt" not in text


LANE = (
    "A cyclist was hurt on Corran Lane late on Saturday when a van struck him and drove off.",
    "The police inquiry into the crash is led by Sergeant Ilse Maren.",
    "Sergeant Maren said: \u201cA neighbour of that driver has surely noticed the dented bumper by now and"
    " wondered where it came from.",
    "We urge the owner of the van to come to the station before we knock on their door.\u201d",
    "The cyclist, a 40-year-old teacher, is recovering in Corran General Hospital.",
)


def test_a_quote_left_open_runs_on() -> None:
    assert runs_on("She said: \u201cWe will not stop looking.")
    assert runs_on('He said: "We will not stop looking.')
    # controls: a quote closed in the sentence, and none at all
    assert not runs_on("\u201cWe will not stop looking,\u201d she said.")
    assert not runs_on("She said they would not stop looking.")


def test_a_long_quote_left_open_is_quoted_with_the_rest_of_it(nlp: Any) -> None:
    questions = ["Who is leading the police inquiry?", "What did she say to the driver's neighbour?"]
    assert "come to the station" in _thread(questions, nlp, LANE)


def test_off_the_open_quote_stands_alone(nlp: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(qa_engine, "WEIGHTS", replace(qa_engine.WEIGHTS, open_quote=False))
    questions = ["Who is leading the police inquiry?", "What did she say to the driver's neighbour?"]
    text = _thread(questions, nlp, LANE)
    assert "dented bumper" in text and "come to the station" not in text
