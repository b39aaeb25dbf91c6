"""qa48: an age is given by an apposition ("Ivo Lund, a 19-year-old nurse"), not across a verb or an "of"
("the 31-year-old told Mr Lund", "the 20-year-old son of Ivo Lund"), and an unnamed person's by the noun that
describes them ("the 23-year-old woman"). qa49: a present-tense when-question ("when is the final?") is not
answered by a date the sentence tells as past.

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.extract import aged, asks_now, dated_behind
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("vale-1", "", "Vale Courier", "https://courier.example.org/vale")


def test_an_apposition_gives_an_age() -> None:
    assert aged("Tomas Vrell, a 19-year-old winger, scored twice.", ["Tomas", "Vrell"]) == "19"
    # another of the surname, named by a title: not the asked person's age
    assert aged("Her father Mr Vrell, a 51-year-old foreman, said so.", ["Mira", "Vrell"]) == ""
    assert aged("Her father Mr Vrell, 51, said so.", ["Vrell"]) == "51"  # control: a surname alone asked


def test_an_age_before_a_verb_is_not_the_next_names() -> None:
    assert aged("The 31-year-old told Mr Vrell he would pay.", ["Vrell"]) == ""
    assert aged("The 28-year-old son of Mr Vrell was there.", ["Vrell"]) == ""
    assert aged("The 28-year-old Sgt Tomas Vrell was there.", ["Vrell"]) == "28"  # control


FARE = (
    "A woman who complained about a taxi fare in Kelby has seen the driver arrested.",
    "The driver, 47, was held at his home on Tuesday.",
    "He is accused of overcharging the 24-year-old woman.",
)


def test_an_unnamed_person_is_aged_by_the_noun_describing_them(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ans = answer_from_sentences("How old is the woman who complained?", cited(FARE, CITE), nlp).text
    assert ans.startswith("24"), ans
    # control: without the describing noun the question's best sentence gives another person's age
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(WEIGHTS, described_age=False))
    off = answer_from_sentences("How old is the woman who complained?", cited(FARE, CITE), nlp).text
    assert not off.startswith("24"), off


def test_the_describing_noun_is_what_the_age_is_looked_for_by() -> None:
    lem = lemmatizer(None)
    q = analyse("How old is the woman who complained?", lem)
    assert "woman" in qa_engine._aged_who(q, {}, lem, WEIGHTS)
    off = dataclasses.replace(WEIGHTS, described_age=False)
    assert "woman" not in qa_engine._aged_who(q, {}, lem, off)  # control
    named = analyse("How old is Tomas Vrell?", lem)
    assert qa_engine._aged_who(named, {}, lem, WEIGHTS) == ["Tomas", "Vrell"]


FINAL = (
    "Harrow Town beat Fenmoor to win the county cup final at Brinley Park in 2019.",
    "Fenmoor have reached the cup final again and meet Harrow Town on 14 May.",
    "Tickets sold out within an hour.",
)


def test_a_date_told_as_past(nlp: Any) -> None:
    q = analyse("When is the county cup final?", lemmatizer(nlp))
    assert asks_now(q)
    assert not asks_now(analyse("When was the county cup final?", lemmatizer(nlp)))
    assert not asks_now(analyse("When will the county cup final be played?", lemmatizer(nlp)))  # asks ahead
    assert dated_behind(FINAL[0], q, nlp)  # an infinitive under a past verb
    assert not dated_behind(FINAL[1], q, nlp)  # a present verb joined to a perfect one
    assert dated_behind("The shop opened last month.", q, nlp)
    assert dated_behind("The fair was held in 2012.", q, nlp)
    assert not dated_behind("The fair will be held on 3 June.", q, nlp)
    assert not dated_behind("The fair would be held on 3 June, she said.", q, nlp)
    assert not dated_behind("Tickets sold out within an hour.", q, nlp)  # no date: nothing told as past


def test_a_present_when_question_passes_over_a_past_date(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ans = answer_from_sentences("When is the county cup final?", cited(FINAL, CITE), nlp).text
    assert ans.startswith("14 May"), ans
    monkeypatch.setattr(qa_engine, "WEIGHTS", dataclasses.replace(WEIGHTS, now_share=0.0))
    off = answer_from_sentences("When is the county cup final?", cited(FINAL, CITE), nlp).text
    assert "2019" in off, off  # control: without the rule the past date's sentence answers
