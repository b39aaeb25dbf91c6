"""actors16: a person the story names by surname alone, who comes back and acts. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

LAWYER = """
    A builder accused of taking deposits for kitchens he never fitted was freed pending trial in Tarrow.
    The Tarrow consumer watchdog said nine families had come forward so far.
    'He has been asked for years to return what he took,' Kowalski said.
    Investigators spent the winter tracing the payments through four bank accounts.
    The families hope to recover part of 60,000 pounds they lost.
    Kowalski told reporters the builder would contest every charge.
    """


def test_a_surname_that_comes_back_and_acts_is_an_actor(nlp: Any) -> None:
    got = names(facets(nlp, LAWYER))
    assert "Kowalski" in got, got


MURAL = """
    A new mural in Tarrow shows the late boxing coach at work in his old gym.
    The painters said the wall took three weeks to finish.
    Visitors have left flowers beneath the portrait of Kowalski since Sunday.
    The council plans to light the wall after dark.
    A plaque with a quote from Kowalski will be added in May.
    """


def test_a_surname_named_twice_that_never_acts_stays_out(nlp: Any) -> None:
    # positive control: when its second mention acts, that surname is listed
    acting = MURAL.replace(
        "A plaque with a quote from Kowalski will be added in May.",
        "Kowalski trained four champions in that gym, his old pupils recall.",
    )
    assert "Kowalski" in names(facets(nlp, acting))
    got = names(facets(nlp, MURAL))
    assert "Kowalski" not in got, got


INFIRMARY = """
    Health officials have taken over the scandal-hit Marrow Royal Infirmary after a damning report.
    Marrow Royal Infirmary apologised to families and promised a recovery plan within a month.
    Inspectors found that Marrow Royal Infirmary had failed to record dozens of falls on its wards.
    The health minister, Ada Quist, said the board would be replaced.
    """


def test_the_tail_of_a_hyphened_word_is_no_noun_for_a_work(nlp: Any) -> None:
    # "-hit" is the end of "scandal-hit", not a chart hit: the name after it is no song title
    got = names(facets(nlp, INFIRMARY))
    assert "Marrow Royal Infirmary" in got, got
    assert "Ada Quist" in got, got  # control: the text yields actors at all
