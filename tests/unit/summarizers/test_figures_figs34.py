"""Ranking of figures: what a count in words counts weighs as it does after digits. Texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures
from tests.unit.summarizers.facet_texts import facets, values


def _weight(value: str, ctx: str) -> float:
    text = f"By the evening {value} {ctx}."
    return figures._score(value, ctx, 4, 10, "Storm closes the harbour road", text, text.index(value))


def test_a_count_in_words_weighs_its_counted_noun_as_digits_do() -> None:
    # a weighty noun closing the value ("Seven patients") adds what it adds to "7 patients"
    ctx = "were moved by boat"
    in_digits = _weight("7 patients", ctx) - _weight("7 crates", ctx)
    assert in_digits > 0
    assert _weight("Seven patients", ctx) - _weight("Seven crates", ctx) == in_digits
    assert _weight("Twenty-two residents", "slept in the hall") > _weight(
        "Twenty-two chairs", "slept in the hall"
    )


def test_pence_take_their_rate_whatever_follows(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The Olvern creamery said it met dairy farmers on Monday.
        Suppliers will get an extra 3p a litre from March under the new contract, the owners said.
        """,
    )
    got = values(f)
    assert "3p a litre" in got, got
    # control: a rate per unit of time before a time word is still no rate ("a year from now")
    g = facets(
        nlp,
        """
        The Olvern creamery said it met dairy farmers on Monday.
        Its owners expect feed prices to rise by 6% a year from now.
        """,
    )
    assert "6%" in values(g), values(g)
