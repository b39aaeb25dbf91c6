"""A which-question's noun says what kind of name answers it ("which club" an organisation, "which golfer" a
person), from the WordNet-derived noun kinds. The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa.extract import head_kinds, names_kind
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import passage

CITE = Citation("league-1", "", "Fenland Sport", "https://fenland.example.org/league")


def test_the_asked_noun_has_kinds(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Which clubs bid for the striker?", lem)
    assert head_kinds(replace(q, head="clubs"), lem) == {"group"}
    assert head_kinds(replace(q, head="golfer"), lem) == {"person"}
    assert "place" in head_kinds(replace(q, head="country"), lem)
    # control: a noun of no kind the labels tell ("which colour"; a horse is an animal since qa22), and no noun at all
    assert head_kinds(replace(q, head="colour"), lem) == frozenset()
    assert head_kinds(q, lem) == frozenset()


def test_a_sentence_names_an_organisation_for_a_group_noun(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = replace(analyse("Which club signed the striker?", lem), head="club")
    kinds = head_kinds(q, lem)
    named = passage(
        "Brackwater Rovers signed the striker from Ostley Athletic on a two-year deal.", nlp, CITE
    )
    assert names_kind(q, named, nlp, kinds)
    # a city that acts is a team; a city after a place preposition is where something happened
    assert names_kind(q, passage("Leeds signed the striker on Friday.", nlp, CITE), nlp, kinds)
    assert not names_kind(
        q, passage("The striker signed after a trial in Leeds on Friday.", nlp, CITE), nlp, kinds
    )


def test_a_person_noun_wants_a_person(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = replace(analyse("Which golfer won the play-off?", lem), head="golfer")
    kinds = head_kinds(q, lem)
    assert names_kind(q, passage("Marta Quell won the play-off with a birdie.", nlp, CITE), nlp, kinds)
    assert not names_kind(q, passage("The play-off was won in Portugal on Sunday.", nlp, CITE), nlp, kinds)
