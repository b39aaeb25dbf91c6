"""qa63: a question asking whom a passive verb acts on ("who was ordered to pay?") takes the sentence whose name is
the object of that verb ("ordered Orrin Homes to pay"), and that name, not the verb's doer. Invented sentences."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences, engine
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import asks_passive
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa63-2", "", "Vell Gazette", "https://gazette.example.org/qa63-passive")
SENTENCES = (
    "Magistrate Hana Wilde ordered the builder Orrin Homes to pay 9,000 pounds for the damage.",
    "The farm's owner said the damage had cost him his whole harvest.",
    "Wilde ordered it to pay for the damage within 30 days.",
)
QUESTION = "Who was ordered to pay for the damage?"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Who was ordered to pay for the damage?", True),
        ("Which firm has been fined?", True),
        ("Who ordered the firm to pay?", False),
        ("Who did the magistrate order to pay?", False),
    ],
)
def test_a_passive_question_is_told_apart(question: str, want: bool, nlp: Any) -> None:
    assert asks_passive(analyse(question, lemmatizer(nlp)), nlp) is want


def test_the_passive_verbs_object_answers(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ans = answer_from_sentences(QUESTION, cited(SENTENCES, CITE), nlp)
    assert short_answer(ans.text) == "Orrin Homes", ans.text
    # positive control: without the step the sentence restating the question, whose only name is the doer, answers
    monkeypatch.setattr(engine, "WEIGHTS", dataclasses.replace(engine.WEIGHTS, passive_role=0.0))
    ans = answer_from_sentences(QUESTION, cited(SENTENCES, CITE), nlp)
    assert short_answer(ans.text) == "Wilde", ans.text
