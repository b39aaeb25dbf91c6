"""actors17: unnamed actors a story turns on: an animal the first sentence brings in, a
subject the story opens on with "This", a body speaking through its spokesman. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

GOAT = """
    A goat wandered onto the runway at Tarrow airfield on Tuesday, holding up four flights.
    Ground staff spent forty minutes chasing it between the hangars.
    Airfield manager Olga Brandt said nobody knew where the animal came from.
    It was later handed to a farm near Kelby.
    """


def test_an_animal_the_first_sentence_brings_in_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, GOAT))
    assert "goat" in got, got
    assert "Olga Brandt" in got, got  # control: the text yields named actors too


PARROT = """
    This parrot has learned to order pizza by copying its owner's voice over the telephone.
    Staff at a pizzeria in Tarrow grew suspicious after four calls in one afternoon.
    Manager Piet Voss said the orders came with loud whistles in the background.
    No charges followed over the unpaid meals.
    """


def test_an_opening_this_brings_in_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, PARROT))
    assert "parrot" in got, got
    assert "Piet Voss" in got, got  # control


def _left_out(nlp: Any, text: str, old: str, new: str, word: str, control: str) -> None:
    """``word`` is an actor of ``text`` (positive control) and is left out once ``old`` reads ``new``."""
    assert word in names(facets(nlp, text))
    got = names(facets(nlp, text.replace(old, new)))
    assert word not in got, got
    assert control in got, got


def test_this_past_the_opening_word_points_back(nlp: Any) -> None:
    # past the opening word, the same words point back to someone already met
    _left_out(
        nlp, PARROT, "This parrot has learned", "Staff say this parrot has learned", "parrot", "Piet Voss"
    )


KILN = """
    A worker found a sealed jar of old coins while clearing a kiln at a farmstead outside Tarrow.
    He first thought the jar held rubbish and almost threw it away.
    The coins were handed to the police the same afternoon.
    A police spokeswoman told reporters: 'The find is now with the county museum.'
    Curators hope to put a value on the coins by spring.
    """


def test_a_body_speaking_through_its_spokesman_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, KILN))
    assert "police" in got, got


def test_a_spokesman_alone_leaves_the_body_out(nlp: Any) -> None:
    # with the spokesman the body's only mention, it stays out
    handed = "The coins were handed to the police the same afternoon."
    _left_out(nlp, KILN, handed, "The coins were bagged.", "police", "worker")
