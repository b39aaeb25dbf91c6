"""Shares written as fractions in words. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_fraction_in_words_before_what_it_divides_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A poll of Dunmere tenants showed more than a third of them had skipped a rent payment.
        Nearly two-thirds of the Brenmoor councillors backed the new housing plan on Tuesday.
        """,
    )
    got = values(f)
    assert "more than a third" in got, got
    assert "Nearly two-thirds" in got, got
    line = next(x for x in f.figures if x.value == "more than a third")
    assert "tenants" in line.context or "skipped" in line.context, line.context


def test_a_fraction_of_a_unit_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Varnholt sledge beat its closest rival by two-hundredths of a minute on the icy track.
        Stewards said the result would stand.
        """,
    )
    assert "two-hundredths" in values(f), values(f)
    # control: an ordinal that divides nothing is no fraction ("a fifth set", "the latter half of")
    g = facets(
        nlp,
        """
        The Orlan Cup final went to a fifth set after three hours of play on Sunday.
        Referees said the latter half of the tournament starts in March.
        """,
    )
    assert not any("fifth" in v or "half" in v for v in values(g)), values(g)


def test_a_scoreline_told_as_a_result_in_glued_captions_is_a_figure(nlp: Any) -> None:
    body = """
        Kelby Rovers rose to fourth place in the Marsh League table after a tense afternoon.
        Their manager Ivo Brand said the squad had worked hard all week in the rain.
        {}
        The club will now travel to Dunmere for a cup tie next month.
        """
    caption = (
        "Rovers striker Leo Marsh celebrates his header against Harwick before a loud home crowd "
        "Marsh's late header was enough to seal a 3-1 win for Rovers at Fenlow Park "
        "Harwick keeper Sam Dove could only watch as the ball flew past him"
    )
    f = facets(nlp, body.format(caption))
    assert "3-1" in values(f), values(f)
    line = next(x for x in f.figures if x.value == "3-1")
    assert "win" in line.context, line.context
    # control: a pair of numbers told as no result in the captions is not read
    g = facets(nlp, body.format(caption.replace("a 3-1 win", "a 3-1 split of the vote")))
    assert "3-1" not in values(g), values(g)


def test_an_ordinal_record_says_what_it_counts_in_its_value(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Kelby Rovers secured a fourth straight win over Marlow Town on a wet Saturday.
        Their manager Ivo Brand thanked the travelling supporters.
        """,
    )
    assert "fourth straight win" in values(f), values(f)


def test_a_number_in_words_takes_in_a_counted_noun_three_words_away(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Marlow Town have now suffered seven straight Harbour Cup defeats after losing on Sunday.
        Their coach said the squad was tired.
        """,
    )
    assert "seven straight Harbour Cup defeats" in values(f), values(f)


def test_a_tier_of_a_ranking_keeps_its_word_in_the_value(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Ann Veld climbed back into the rankings' top 20 after her win in Orlan.
        She will race again in March.
        """,
    )
    assert "top 20" in values(f), values(f)


def test_a_number_with_thousands_separators_before_a_noun_is_an_amount_after_an_article(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Kelby Rovers won the derby before a 12,400 crowd at Fenlow Park on Sunday.
        The manager praised his side.
        """,
    )
    assert any("12,400" in v for v in values(f)), values(f)
