"""Shares written as fractions in words. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_fraction_in_words_before_what_it_divides_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        A poll of Dunmere tenants found that more than a third of them had skipped a rent payment.
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
