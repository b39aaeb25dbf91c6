"""qa31: a why-question's cause clause that says little more than the question ("after they were cut to nine
players" for "why were they down to nine players?") is no reason: its sentence fits less, and when it is still
the best, the sentence after it is quoted too, where the reason is told.

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import CAUSE_RE, gives_reason, type_fit
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("rovers-1", "", "Vale Courier", "https://courier.example.org/rovers")
MATCH = (
    "Tarnby Rovers drew 2-2 with Kell at Holm Lane.",
    "Kell levelled late on after Rovers had been cut to nine players.",
    "Both full-backs had been shown red cards for dissent.",
    "Rovers plan to contest the bans.",
)


def test_a_cause_clause_restating_the_question_gives_no_reason(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Why were Rovers down to nine players?", lem)
    text = MATCH[1]
    assert not any(gives_reason(q, text, m, lem) for m in CAUSE_RE.finditer(text))
    assert type_fit(q, text, lem=lem) == pytest.approx(qa_engine.WEIGHTS.restated_cause)
    # positive control: a clause that tells more than the question is a reason
    other = "Rovers were down to nine players after a brawl broke out near the dugouts."
    assert any(gives_reason(q, other, m, lem) for m in CAUSE_RE.finditer(other))
    assert type_fit(q, other, lem=lem) == 1.0


def test_a_restating_sentence_is_quoted_with_the_next(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Why were Rovers down to nine players?"
    ans = answer_from_sentences(question, cited(MATCH, CITE), nlp)
    assert "dissent" in ans.text, ans.text
    # without the feature the restating clause is given as the reason
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, restated_cause=1.0))
    ans = answer_from_sentences(question, cited(MATCH, CITE), nlp)
    assert "dissent" not in ans.text, ans.text
