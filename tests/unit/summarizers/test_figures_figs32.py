"""A sign said in words, a vague count of a round number and the state a verb leaves a counted
object in belong to the value. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_sign_in_words_is_part_of_the_number(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Arctic crew of 14 spent nine weeks on the ridge, where the air fell to minus 48 degrees Celsius.
        Forecasters expect the frost to reach minus 9C on Tuesday night across the northern valleys.
        """,
    )
    got = values(f)
    assert {"minus 48 degrees", "minus 9C"} <= set(got), got
    assert "48 degrees" not in got, got


def test_a_vague_count_of_a_round_number_keeps_its_lead(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The charity hopes to extend the scheme to several hundred families across the county next year.
        """,
    )
    got = values(f)
    assert "several hundred families" in got, got
    assert "hundred families" not in got, got


def test_a_count_keeps_the_state_a_verb_leaves_it_in(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Weeks of fighting between the two militias left five villagers dead, officials said on Monday.
        """,
    )
    got = values(f)
    assert "five villagers dead" in got, got
