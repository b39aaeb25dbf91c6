"""An age written in words ("a six-year-old girl", "a four-month-old foal") is an age compound like
"a 6-year-old": a figure in the first sentence or the headline, not past them; a plural age ("four-
year-olds") names no one. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures
from tests.unit.summarizers.facet_texts import facets, values


def test_an_age_in_words_has_a_span_of_its_own() -> None:
    text = "A four-month-old foal from Harwick was found alive in a ditch."
    start = text.index("four")
    assert (start, start + len("four-month-old")) in figures._number_spans(text)
    assert figures._WORD_AGE_RE.fullmatch("Twelve-year-old")
    # a plural age names no one: no age span
    assert not figures._WORD_AGE_RE.fullmatch("four-year-olds")
    plural = "Free places for Harwick's four-year-olds."
    assert not any("olds" in plural[a:b] for a, b in figures._number_spans(plural))


def test_an_age_in_words_in_the_lede_is_a_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            A six-year-old girl was rescued from a frozen pond in Harwick on Sunday.
            Her brother raised the alarm after she fell through the ice near the Mill Lane bridge.
            """,
        )
    )
    assert "six-year-old" in got, got


def test_an_age_in_words_past_the_lede_is_not_a_figure_unless_the_headline_says_it(nlp: Any) -> None:
    text = """
        Firefighters were called to a frozen pond in Harwick on Sunday morning.
        A six-year-old girl was pulled from the water by a passer-by from Lowick.
        """
    assert not any("six" in v for v in values(facets(nlp, text))), values(facets(nlp, text))
    # control: the headline gives the age (capitalised as its first word), so the story leads on it
    got = values(facets(nlp, text, title="Six-year-old girl pulled from frozen pond"))
    assert "six-year-old" in got, got
