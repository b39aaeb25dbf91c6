"""qa53: a first-turn person question whose chosen sentence holds no name and no number (it restates the asked
noun) gives way to the best sentence naming someone new that tells the question's verb, at a lower share of its
relevance than the other person fallbacks. The sentences are written for these tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("qa53-1", "", "Tarnby Courier", "https://courier.example.org/qa53")


# a caption-like line that restates the question's noun, then the sentence naming the union
TEXTS = (
    "Ferries to Osk will run twice a day from June.",
    "The biggest coastal rail signal staff union of the region.",
    "The group, Tarnwell, called the strike to press a pay claim.",
    "Trains from Osk ran once an hour.",
    "Commuters waited on cold platforms.",
)
HITS = cited(TEXTS, CITE)
QUESTION = "Which coastal rail signal staff union called the strike?"


def test_a_sentence_naming_the_union_answers(nlp: Any) -> None:
    ans = answer_from_sentences(QUESTION, HITS, nlp)
    assert "Tarnwell" in ans.text


def test_without_the_fallback_the_restating_sentence_answers(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, bare_share=0.0))
    ans = answer_from_sentences(QUESTION, HITS, nlp)
    assert "Tarnwell" not in ans.text


def _cover(kind: str) -> list[tuple[str, Citation]]:
    return cited(
        (
            "Ferries to Osk will run twice a day from June.",
            f"The rule will cover signal staff unions {kind}.",
            "Tarnwell said the rule would cover it.",
            "Trains from Osk ran once an hour.",
        ),
        CITE,
    )


def test_a_sentence_with_a_number_stays(nlp: Any) -> None:
    # a description holding a number ("unions with more than 500 members") answers "which unions?" itself
    ans = answer_from_sentences(
        "Which signal staff unions will the rule cover?", _cover("with more than 500 members"), nlp
    )
    assert "500" in ans.text


def test_the_same_sentence_without_a_number_gives_way(nlp: Any) -> None:
    # the positive control of the test above: no number, and the sentence naming someone answers
    ans = answer_from_sentences("Which signal staff unions will the rule cover?", _cover("of the coast"), nlp)
    assert "Tarnwell" in ans.text
