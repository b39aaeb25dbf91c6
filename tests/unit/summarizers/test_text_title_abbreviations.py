"""An abbreviated rank or title before a name does not end the sentence (invented text)."""

from __future__ import annotations

import pytest

from newsbrief.summarizers.text import split_sentences


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Army Spc. Dana Whitcombe, 24, was hurt on Tuesday when her convoy was hit. Her unit flew home in May.",
            "Army Spc. Dana Whitcombe, 24, was hurt on Tuesday when her convoy was hit.",
        ),
        (
            "The medal went to Pfc. Omar Teller of the 3rd Battalion. He was 19.",
            "The medal went to Pfc. Omar Teller of the 3rd Battalion.",
        ),
        (
            "Cllr. Ruth Abney said the vote would go ahead. Others disagreed.",
            "Cllr. Ruth Abney said the vote would go ahead.",
        ),
        ("Msgr. Karl Brandt spoke first. The crowd listened.", "Msgr. Karl Brandt spoke first."),
    ],
)
def test_a_title_abbreviation_keeps_the_name_in_its_sentence(text: str, first: str) -> None:
    sents = split_sentences(text)
    assert sents[0] == first
    assert len(sents) == 2


def test_a_full_stop_after_an_ordinary_word_still_ends_the_sentence() -> None:
    # control: the same shape after a word that is no title is two sentences
    assert split_sentences("The medal went to the battalion. Omar Teller was 19.") == [
        "The medal went to the battalion.",
        "Omar Teller was 19.",
    ]
