"""qa54: what a first turn's answer names, which a follow-up's "he" / "she" then means. Invented sentences."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace
from typing import Any

from newsbrief.summarizers.qa import engine
from newsbrief.summarizers.qa.extract import entities, span
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import asked_noun
from newsbrief.summarizers.qa.sexes import sex_reader
from newsbrief.summarizers.qa.words import lemmatizer


def test_a_name_before_a_noun_for_where_someone_comes_from_is_no_person(nlp: Any) -> None:
    labels = {t: lab for t, lab, _ in entities("A Shelby woman has won the lottery.", nlp)}
    assert labels.get("Shelby") != "PERSON"
    # control: the same name standing alone is the person it names
    assert ("Shelby", "PERSON") in {(t, lab) for t, lab, _ in entities("Shelby has won the lottery.", nlp)}


def test_a_name_an_ailment_is_named_after_is_no_person(nlp: Any) -> None:
    labels = {
        t: lab
        for t, lab, _ in entities(
            "Ivo Lund, who lives with Brenner's syndrome, retired from the ferry line.", nlp
        )
    }
    assert labels.get("Ivo Lund") == "PERSON"  # control
    assert all(lab != "PERSON" for t, lab in labels.items() if t.startswith("Brenner"))


def test_a_pronoun_after_by_his_side_is_someone_elses() -> None:
    story = (
        "Ivo Lund collapsed on the quay at Kestwick, with Ana Ode by his side.",
        "Ana Ode said she had called an ambulance.",
    )
    assert sex_reader(story, ("Ivo Lund", "Ana Ode"))("Ana Ode") == "f"
    # control: a pronoun right after the name otherwise votes ("Ana Ode said his ..." makes a tie: unknown)
    tied = ("Ivo Lund collapsed, with Ana Ode and his dog.", "Ana Ode said she had called an ambulance.")
    assert sex_reader(tied, ("Ivo Lund", "Ana Ode"))("Ana Ode") == ""


def test_a_sexed_noun_before_a_name_gives_its_sex() -> None:
    story = ("Ivo Lund was at the regatta with his wife Ana Ode on Sunday.",)
    assert sex_reader(story, ("Ivo Lund", "Ana Ode"))("Ana Ode") == "f"
    # control: without the noun nothing shows her sex
    plain = ("Ivo Lund was at the regatta with Ana Ode on Sunday.",)
    assert sex_reader(plain, ("Ivo Lund", "Ana Ode"))("Ana Ode") == ""


def test_which_read_as_a_pronoun_still_asks_about_the_noun_after_it(nlp: Any) -> None:
    q = analyse("Which Irish man was arrested?", lemmatizer(nlp))
    assert asked_noun(q, nlp) == ""  # control: the parse gives "which" no noun
    assert engine._asked_head(q, nlp) == "man"


def test_the_name_of_a_noun_asks_about_that_noun(nlp: Any) -> None:
    q = analyse("What is the name of her coach?", lemmatizer(nlp))
    assert asked_noun(q, nlp) == ""  # control
    assert engine._asked_head(q, nlp) == "coach"


def test_a_pronoun_opening_sentence_answers_with_a_new_name_when_the_thread_named_its_person(
    nlp: Any,
) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Which of her aides resigned?", lem)
    p: Any = SimpleNamespace(
        text="She said aide Ivo Lund resigned on Monday.",
        antecedent="Health Minister Ana Ode",
        article=0,
        position=1,
    )
    # control: a thread that has not named her answers with the previous sentence's person
    assert span(q, p, nlp, lem) == "Health Minister Ana Ode"
    known = dataclasses.replace(q, known="Who is the health minister? | Ana Ode")
    assert span(known, p, nlp, lem) == "Ivo Lund"
