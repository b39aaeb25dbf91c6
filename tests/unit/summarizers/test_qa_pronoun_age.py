"""An age given through "he" / "she" after the asked person's name is that person's age; an age at an event
("once she was 16") and an age after someone else's full name are not (invented text)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import aged_passage, pronoun_aged
from newsbrief.summarizers.qa.retrieve import Passage
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("fair-1", "", "Tullow Post", "https://tullow.example.org/fair")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Nora Vane and Teo Marsh joined the choir after she was 15, the director said, but at the audition she insisted she was 19.",
            "19",
        ),
        ("Teo Marsh, who said he was 30, left the fair early.", "30"),
        ("Nora Vane told the court she was only 16 at the time.", "16"),
    ],
)
def test_an_age_through_a_pronoun_after_the_name_is_that_persons(text: str, age: str) -> None:
    assert pronoun_aged(text, ["Nora", "Vane", "Teo", "Marsh"]) == age


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vane moved to Tullow when she was 12.",  # an age at an event
        "Teo Marsh met Ilse Brook, who said she was 30.",  # the nearest full name is someone else's
        "Teo Marsh said he was 30 feet from the stage.",  # a measure
        "She told the court she was 16.",  # nobody asked about is named
        "Teo Marsh left. Later she said she was 16.",  # another sentence's pronoun
    ],
)
def test_an_age_at_an_event_or_someone_elses_is_not_the_asked_persons(text: str) -> None:
    assert pronoun_aged(text, ["Nora", "Vane", "Teo", "Marsh"]) == ""


def _passage(text: str) -> Passage:
    return cast(Passage, SimpleNamespace(text=text, inherited=frozenset()))


def test_aged_passage_reads_the_pronoun_age_after_the_name_age() -> None:
    who = ["Nora", "Vane"]
    assert aged_passage(_passage("Nora Vane said she was 19."), who) == "19"
    # control: an age beside the name comes first
    assert aged_passage(_passage("Nora Vane, 22, said she was 19 then."), who) == "22"


SENTS = (
    "Greta Vane, 51, drove her daughter Nora Vane and the girl's friend, Pfc. Teo Marsh, to the county fair in Tullow on Saturday evening.",
    "The fair closed early after a storm.",
    "Nora Vane and Teo Marsh joined the choir after she was 15, the director said, but at the audition she insisted she was 19.",
)


def test_how_old_did_she_say_she_was_takes_her_pronoun_age_not_anothers(nlp: Any) -> None:
    ans = answer_from_sentences("How old did Nora Vane tell Teo Marsh she was?", cited(SENTS, CITE), nlp)
    assert "19" in ans.text and "51" not in ans.text, ans.text
    # control: asked about the mother, the age beside her name answers
    mother = answer_from_sentences("How old is Greta Vane?", cited(SENTS, CITE), nlp)
    assert mother.text.startswith("51"), mother.text


def test_how_old_was_she_when_is_left_to_the_age_at_the_event(nlp: Any) -> None:
    sents = (
        "Nora Vane and Teo Marsh joined the choir after she was 15, the director said, but at the audition she insisted she was 19.",
        "The fair closed early after a storm.",
    )
    ans = answer_from_sentences("How old was Nora Vane when she met Teo Marsh?", cited(sents, CITE), nlp)
    # the pronoun rule does not cut "19" out of it: an age at an event is not her stated age
    assert not ans.text.startswith("19"), ans.text


def test_a_pronoun_age_answers_before_a_neighbours_age_of_someone_else(nlp: Any) -> None:
    # the answering sentence holds no "N-year-old" / ", N," age; the one before holds another person's
    sents = (
        "Greta Vane, 51, drove her daughter Nora Vane and the girl's friend, Pfc. Teo Marsh, to the fair.",
        "Nora Vane and Teo Marsh joined the choir after she was 15, the director said, but at the audition she insisted she was 19.",
    )
    ans = answer_from_sentences("How old did Nora Vane tell Teo Marsh she was?", cited(sents, CITE), nlp)
    assert ans.text.startswith("19 \u2014"), ans.text
    # control: a sentence with no age at all still borrows its neighbour's item ("the 40-year-old")
    plain = (
        "Nora Vane, 22, won the Tullow fair's baking prize on Saturday.",
        "Police said Nora Vane had entered the contest in June.",
    )
    ans = answer_from_sentences(
        "How old is Nora Vane, who entered the contest in June?", cited(plain, CITE), nlp
    )
    assert "22" in ans.text, ans.text
