"""qa28: an event noun of the question counts, with a share, in a sentence that tells the event by another noun of
its class ("the crash" ... "the accident"; ``lexicon.qa.EVENT_KIN``). Invented sentences."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_question, engine
from newsbrief.summarizers.qa.words import lemmatizer
from tests.unit.summarizers.facet_texts import story

STORY = (
    "A delivery van overturned on the ring road outside Vellmor, leaving two people hurt.",
    "Crash investigators closed the road until Friday evening.",
    "The accident happened on March 3 shortly after the morning rush.",
    "Residents have long asked the council for a lower speed limit.",
)
VAN = story("Van overturns", STORY, "e1")


def test_a_question_noun_takes_its_class_mates(nlp: Any) -> None:
    lem = engine.lemmatizer(nlp)
    q = engine.analyse("When did the crash happen?", lem)
    kin = engine._event_kin(q, {t: 1.0 for t in q.terms}, lem, nlp)
    assert "accident" in kin["crash"] and "incident" in kin["crash"]


def test_a_verb_of_the_class_takes_none(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = engine.analyse("Who was hurt when the van crashed?", lem)
    assert engine._event_kin(q, {t: 1.0 for t in q.terms}, lem, nlp) == {}


def test_the_crash_is_dated_by_the_accident_sentence(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "March 3" in answer_question("When did the crash happen?", [VAN], nlp).text
    # positive control: without the class the sentence naming "crash" outranks it
    monkeypatch.setattr(engine, "WEIGHTS", dataclasses.replace(engine.WEIGHTS, event_kin=0.0))
    assert "March 3" not in answer_question("When did the crash happen?", [VAN], nlp).text
