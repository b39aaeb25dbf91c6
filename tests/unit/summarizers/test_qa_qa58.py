"""qa58: a when-question takes the date of its own event, not another event's date in a sentence that names its
people; a question asking what someone does for a living takes a sentence that tells a job.

The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as engine_mod
from newsbrief.summarizers.qa.extract import asks_job, dated_event, tells_job
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("lund-1", "", "Kell Gazette", "https://kell.example.org/lund")


def test_a_date_belongs_to_the_question_event_by_the_parse(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("When did Ivo Lund and Mira Sand marry?", lem)
    assert dated_event("Ivo Lund and Mira Sand married on 3 May in a chapel by the harbour.", q, nlp, lem)
    # another event's date in a sentence naming the same people
    assert not dated_event("Ivo Lund fell ill on Friday, with his wife Mira Sand beside him.", q, nlp, lem)
    # a question whose event is a noun: the date in the clause that names it
    bout = analyse("When is the Kell title fight?", lem)
    assert dated_event(
        "Both boxers were training hard for the title fight in Kell on 9 June.", bout, nlp, lem
    )
    assert not dated_event("The champion flew home to Kell on Tuesday to see his family.", bout, nlp, lem)


def test_a_when_question_takes_the_date_of_its_own_event(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sents = (
        "Ivo Lund fell ill on Friday, two years after he married Mira Sand, his neighbour.",
        "Lund and Sand married on 3 May 2024 in a small chapel by the harbour.",
        "Their boat was later sold.",
    )
    q = "When did Ivo Lund and Mira Sand get married?"
    assert "3 May" in short_answer(answer_from_sentences(q, cited(sents, CITE), nlp).text)
    # without the step, the date of the other event answers
    monkeypatch.setattr(engine_mod, "WEIGHTS", replace(WEIGHTS, event_date_share=0.0))
    assert "Friday" in short_answer(answer_from_sentences(q, cited(sents, CITE), nlp).text)


def test_a_job_question_is_read_from_its_wording(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert asks_job(analyse("What does Ivo Lund do for a living?", lem))
    assert asks_job(analyse("What is her job?", lem))
    assert not asks_job(analyse("What job did he lose?", lem))
    assert not asks_job(analyse("What does the new law do?", lem))
    q = analyse("What does Ivo Lund do for a living?", lem)
    assert tells_job("The keen sailor works as a locksmith in the port.", q)
    assert tells_job("Lund, a retired plumber, lives alone.", q)
    assert tells_job("Lund sold fish at the quay every morning.", q)
    assert not tells_job("Lund said the storm tore the roof off his house.", q)
    assert not tells_job("Lund and his partner have lived there for years.", q)


def test_a_job_question_takes_a_sentence_that_tells_a_job(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sents = (
        "Ivo Lund said the storm had torn the roof off the house he has been living in for years.",
        "Neighbours helped him clear the slates from the lane the next morning.",
        "Ivo Lund, a locksmith by trade, says he will rebuild it himself.",
    )
    q = "What does Ivo Lund do for a living?"
    assert "locksmith" in answer_from_sentences(q, cited(sents, CITE), nlp).text
    monkeypatch.setattr(engine_mod, "WEIGHTS", replace(WEIGHTS, job_share=0.0))
    assert "locksmith" not in answer_from_sentences(q, cited(sents, CITE), nlp).text
