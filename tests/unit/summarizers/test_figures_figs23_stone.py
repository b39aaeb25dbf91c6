"""A weight in stone is a measure: "20 stone", "shed more than six stone" (its plural is its
singular) and "11.5st" glued to its number; "21st" stays an ordinal. Texts are written for these
tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures
from tests.unit.summarizers.facet_texts import facets, values


def test_a_weight_in_stone_is_a_figure(nlp: Any) -> None:
    got = values(
        facets(
            nlp,
            """
            A gardener from Lowick has shed more than seven stone since a doctor warned her.
            She weighed 20 stone when she joined the Harwick club, and now weighs 11.5st.
            """,
        )
    )
    assert "more than seven stone" in got, got
    assert "20 stone" in got, got
    assert "11.5st" in got, got


def test_st_after_a_number_an_ordinal_ends_with_is_no_weight() -> None:
    text = "Tickets for the 21st Harwick Show cost 12st less than 7st."
    spans = [text[a:b] for a, b in figures._number_spans(text)]
    assert "21st" not in spans, spans
    assert "12st" in spans and "less than 7st" in spans, spans  # control: no ordinal ends in 2 or 7
