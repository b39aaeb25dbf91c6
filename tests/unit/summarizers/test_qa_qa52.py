"""qa52: a person question whose chosen sentence names nobody new in the question word's role gives way to one of
the best few sentences that does ("prepared by ..."), when it shares enough of the question's words. The sentences
are written for these tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.types import Citation

CITE = Citation("qa52-1", "", "Tarnby Courier", "https://courier.example.org/qa52")
# a lede that restates the question and names someone in another role, then the sentence naming the writer
TEXTS = (
    "The harbour silt report, written for councillor Ivo Brandt last year, warned of danger.",
    "Lamps were fitted along the quay in May.",
    "Silt is a hazard, crews said.",
    "Ferries to Osk will run twice a day from June.",
    "The harbour report was written by Orla Venning, a marine engineer.",
    "Fishing crews welcomed the plan.",
)
HITS = [(text, CITE) for text in TEXTS]


def test_the_name_in_the_asked_role_answers(nlp: Any) -> None:
    ans = answer_from_sentences("Who wrote the harbour silt report?", HITS, nlp)
    assert "Venning" in ans.text


def test_without_the_role_fallback_the_restating_sentence_answers(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, role_share=0.0))
    ans = answer_from_sentences("Who wrote the harbour silt report?", HITS, nlp)
    assert "Venning" not in ans.text
