"""qa30: a who-question asking whom a side plays is answered by the side a sentence names after "against", "face",
"host" ...; a number that is part of a name ("Canal 9", "Velvet 33") is no count; a who-question whose best sentence
names no person and no acting organisation is answered by one that does.

The sentences are written for these tests.
"""

from __future__ import annotations

import re
from typing import Any

from newsbrief.summarizers.lexicon.qa import OBJECT_WHO
from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import asks_opponent, names_actor, opponents
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import counts, index_article, numbers
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("derby-1", "", "Vale Courier", "https://courier.example.org/derby")
DERBY = (
    "Kellbridge manager Ode Marsh has told his players to forget the cup run and think only of Saturday.",
    "Marsh said the squad had trained well at Holm Park this week.",
    "Kellbridge play without their captain in the league game against Tarnby.",
    "The club sold out its away allocation within an hour.",
)
SHOPS = (
    "Tarn Books, which runs its stores beside the fashion chain Velvet 33 in the capital, is hiring.",
    "The bookseller said it would take on staff before the summer.",
    "Tarn Books now runs 14 stores in the north.",
)


LAMPS = (
    "Pellmark, which opened a shop near Harlow University last spring, founded its name on cheap lamps.",
    "Its lamps now sell in four countries.",
    "Ines Varga started Pellmark in a garage in 2009.",
)


def test_asks_opponent_reads_whom_a_side_plays(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    for text in (
        "Who are Kellbridge playing on Saturday?",
        "Who will Ana Ode face in the final?",
        "And who are they playing next?",
        "Who do the Reds host this weekend?",
    ):
        assert asks_opponent(analyse(text, lem)), text
    for text in ("Who plays the lead in the film?", "Who did he play for?", "Who is playing on Saturday?"):
        assert not asks_opponent(analyse(text, lem)), text


def test_opponents_are_the_new_names_after_a_marker(nlp: Any) -> None:
    q = analyse("Who will Ana Ode face next?", lemmatizer(nlp))
    assert [n for n, _ in opponents("Ana Ode will play 12th seed Mira Tull on Thursday.", q)] == ["Mira Tull"]
    assert [n for n, _ in opponents("Victory over sixth-placed Arvia would help.", q)] == ["Arvia"]
    assert opponents("Ana Ode played for Arvia as a junior.", q) == []  # whom she played for
    assert opponents("Mira Tull lost a match against Ana Ode.", q) == []  # the question's own side
    assert opponents("Fans were seen visiting the Dome on Monday.", q) == []  # the ground, not a side


def test_a_who_are_they_playing_question_is_answered_by_the_opponent(nlp: Any) -> None:
    ans = answer_from_sentences("Who are Kellbridge playing on Saturday?", cited(DERBY, CITE), nlp)
    assert ans.text.startswith("Tarnby"), ans.text


def test_a_number_in_a_name_is_no_number() -> None:
    assert [m.group(0) for m in numbers("It stands beside the chain Velvet 33 in the capital.")] == []
    assert [m.group(0) for m in numbers("Canal 9 Sport said the show would return.")] == []
    # positive controls: counts, dates and scorelines stay
    assert [m.group(0) for m in numbers("Some 40 fans came on Monday 3 May.")][:1] == ["40"]
    assert "2" in [m.group(0) for m in numbers("Kell beat Tarn 2-1 at home.")]
    assert [m.group(0) for m in numbers("At 34 he was the oldest.")] == ["34"]


def test_a_how_many_question_skips_a_number_that_names_something(nlp: Any) -> None:
    ans = answer_from_sentences(
        "How many shops sit beside the capital stores of Tarn Books?", cited(SHOPS, CITE), nlp
    )
    assert not ans.text.startswith("33"), ans.text  # the chain's name gives no count


def test_names_actor_reads_people_and_acting_organisations(nlp: Any) -> None:
    q = analyse("Who founded Pellmark?", lemmatizer(nlp))
    p = index_article(list(LAMPS), 0, CITE, lemmatizer(nlp))
    assert not names_actor(q, p[0], nlp)  # a university a preposition sets: no one who acts
    assert names_actor(q, p[2], nlp)  # positive control: a person


def test_object_who_reads_who_as_the_object() -> None:
    for text in ("Who is she dating now?", "Who did the board thank?", "Who is he said to be related to?"):
        assert re.match(OBJECT_WHO, text), text
    for text in (
        "Who is representing him?",
        "Who is the club's doctor?",
        "Who was injured?",
        "Who founded it?",
    ):
        assert not re.match(OBJECT_WHO, text), text


def test_a_who_question_is_answered_by_a_sentence_naming_someone_who_acts(nlp: Any) -> None:
    ans = answer_from_sentences("Who founded Pellmark?", cited(LAMPS, CITE), nlp)
    assert ans.text.startswith("Ines Varga"), ans.text


def test_a_number_joined_to_its_noun_by_a_hyphen_counts_it(nlp: Any) -> None:
    crash = (
        "Police said the crash on the ring road was the worst in years.",
        "On the ring road 3 drivers were hurt in a 14-vehicle crash.",
        "The road reopened at noon.",
    )
    ans = answer_from_sentences(
        "How many vehicles were involved in the crash on the ring road?", cited(crash, CITE), nlp
    )
    assert ans.text.startswith("14"), ans.text
    lem = lemmatizer(nlp)
    assert [m.group(0) for m in counts("a 14-vehicle crash", "car", lem)] == [
        "14"
    ]  # "vehicle" is keyed "car"
    assert counts("the 24-year-old driver", "year", lem) == []  # an age counts no years
