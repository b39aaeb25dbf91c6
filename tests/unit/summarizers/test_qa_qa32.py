"""qa32: a why-question whose chosen sentence names no reason outright is answered by a sentence a little
further on that reports one in the active voice ("The firm blamed ...", "The board attributed ... to"),
though it shares no word with the question; "X was blamed for ..." reports no reason.

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.rerank import gives_strong_reason, parse, reports_reason
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("mill-1", "", "Dale Gazette", "https://gazette.example.org/mill")
MILL = (
    "Corran Paper will shut its Lathby mill next spring, putting 240 jobs at risk, the company said on Monday.",
    "The mill has made packaging board on the site since the 1950s.",
    "The company blamed a slump in orders from supermarkets and the cost of running its old boilers.",
    "Union officials said they would fight the closure.",
)


def test_the_reported_reason_answers_why(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    lem = lemmatizer(nlp)
    assert reports_reason(parse(MILL[2], nlp), lem)
    assert reports_reason(parse("The board attributed the loss to a weaker pound.", nlp), lem)
    # passive: the subject is blamed, no reason is given for an event told before
    assert not reports_reason(parse("The driver was blamed for the crash.", nlp), lem)
    assert not reports_reason(parse(MILL[1], nlp), lem)
    assert gives_strong_reason(parse("The mill closed because orders fell.", nlp), lem)
    assert not gives_strong_reason(parse(MILL[0], nlp), lem)
    question = "Why is Corran Paper shutting the Lathby mill?"
    ans = answer_from_sentences(question, cited(MILL, CITE), nlp)
    assert "supermarkets" in ans.text, ans.text
    # without the feature the event's own sentence is the answer
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, reason_window=0))
    ans = answer_from_sentences(question, cited(MILL, CITE), nlp)
    assert "supermarkets" not in ans.text, ans.text


def test_a_reason_told_before_and_an_own_reason(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "Why is Corran Paper shutting the Lathby mill?"
    before = (MILL[2], "The mill has made packaging board on the site since the 1950s.", MILL[0], MILL[3])
    ans = answer_from_sentences(question, cited(before, CITE), nlp)
    assert "supermarkets" in ans.text, ans.text
    # a sentence that gives its own reason keeps it
    sentences = (
        "Corran Paper will shut its Lathby mill because its boilers fail safety rules, the company said.",
        "The mill has made packaging board on the site since the 1950s.",
        "The union blamed years of neglect by the owners.",
    )
    ans = answer_from_sentences(question, cited(sentences, CITE), nlp)
    assert "boilers" in ans.text and "neglect" not in ans.text, ans.text
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(qa_engine.WEIGHTS, reason_window=0))
    ans = answer_from_sentences(question, cited(before, CITE), nlp)
    assert "supermarkets" not in ans.text, ans.text
