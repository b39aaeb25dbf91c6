"""qa48: a person the question names in full is often named by a last word alone later ("Lund, 19, made
his debut" after "Ivo Lund"); that sentence counts the full name's other words, so an age or a quote told
with the surname alone can answer. An age is also given by an apposition ("Ivo Lund, a 19-year-old nurse"),
and an unnamed person by the noun that describes them ("the 23-year-old woman").

The sentences are written for these tests.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.extract import aged
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import idf_table, index_article, relevance
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

CITE = Citation("vale-1", "", "Vale Courier", "https://courier.example.org/vale")

DEBUT = (
    "Tomas Vrell wants to turn years of watching from the stands into a winning run for Harrow Town this spring.",
    "The winger has trained with the first team since the autumn and impressed the coaching staff.",
    "Vrell, 19, was handed a first league start by the manager in the draw with Fenmoor last week.",
    "The club say his contract will be discussed at the end of the season.",
)


def _hits(sentences: tuple[str, ...]) -> list[tuple[str, Citation]]:
    return [(s, CITE) for s in sentences]


def test_a_surname_stands_for_the_full_name_met_before() -> None:
    lem = lemmatizer(None)
    ps = index_article(DEBUT, 0, CITE, lem)
    assert "tomas" in ps[2].named_in_full
    assert not ps[0].named_in_full  # the full name itself: nothing to stand for
    assert not ps[1].named_in_full  # no name at all


def test_two_people_of_one_surname_give_no_full_name() -> None:
    lem = lemmatizer(None)
    both = ("Ana Vrell and Tomas Vrell arrived on Monday.", "Vrell, 19, spoke first.")
    assert not index_article(both, 0, CITE, lem)[1].named_in_full
    one = ("Tomas Vrell arrived on Monday.", "Vrell, 19, spoke first.")  # control
    assert index_article(one, 0, CITE, lem)[1].named_in_full


def test_the_surname_sentence_counts_the_full_names_words() -> None:
    lem = lemmatizer(None)
    ps = index_article(DEBUT, 0, CITE, lem)
    idf = idf_table(ps)
    avg = sum(p.length for p in ps) / len(ps)
    query = {"tomas": 1.0, "vrell": 1.0}
    full = relevance(query, ps[2], idf, avg)
    none = relevance(query, ps[2], idf, avg, dataclasses.replace(WEIGHTS, named_in_full=0.0))
    assert full > none > 0


def test_the_age_told_by_surname_answers_a_full_name_question(nlp: Any) -> None:
    ans = answer_from_sentences("How old is Tomas Vrell?", _hits(DEBUT), nlp).text
    assert ans.startswith("19"), ans


def test_an_apposition_gives_an_age() -> None:
    assert aged("Tomas Vrell, a 19-year-old winger, scored twice.", ["Tomas", "Vrell"]) == "19"
    # another of the surname, named by a title: not the asked person's age
    assert aged("Her father Mr Vrell, a 51-year-old foreman, said so.", ["Mira", "Vrell"]) == ""
    assert aged("Her father Mr Vrell, 51, said so.", ["Vrell"]) == "51"  # control: a surname alone asked


def test_an_age_before_a_verb_is_not_the_next_names() -> None:
    assert aged("The 28-year-old says Mr Vrell never paid.", ["Vrell"]) == ""
    assert aged("The 28-year-old son of Mr Vrell was there.", ["Vrell"]) == ""
    assert aged("The 28-year-old Sgt Tomas Vrell was there.", ["Vrell"]) == "28"  # control


def test_an_unnamed_person_is_aged_by_the_noun_describing_them(nlp: Any) -> None:
    story = (
        "A taxi driver in Kelby has been arrested after a passenger complained about the fare he charged.",
        "The driver is accused of overcharging the 20-year-old woman by several hundred pounds.",
        "Police said the driver would appear in court next month.",
    )
    ans = answer_from_sentences("How old is the woman who complained?", _hits(story), nlp).text
    assert ans.startswith("20"), ans


def test_the_describing_noun_is_what_the_age_is_looked_for_by() -> None:
    lem = lemmatizer(None)
    q = analyse("How old is the woman who complained?", lem)
    assert "woman" in qa_engine._aged_who(q, {}, lem, WEIGHTS)
    off = dataclasses.replace(WEIGHTS, described_age=False)
    assert "woman" not in qa_engine._aged_who(q, {}, lem, off)  # control
    named = analyse("How old is Tomas Vrell?", lem)
    assert qa_engine._aged_who(named, {}, lem, WEIGHTS) == ["Tomas", "Vrell"]
