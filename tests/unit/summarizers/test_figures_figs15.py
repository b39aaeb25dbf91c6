"""Numbers in words in compounds the parse reads as premodifiers: a term without its hyphen, a
count of titles ("-time"), a size in inches. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_a_term_without_its_hyphen_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Volunteers at the Pellow depot now work a nine hour shift to clear the backlog of parcels.
        The depot manager thanked them on Tuesday.
        """,
    )
    got = values(f)
    assert any(v.startswith("nine hour") for v in got), got


def test_a_count_of_titles_is_a_figure_but_a_former_role_is_not(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        The four-time national champion Dara Velk retired from rowing on Sunday after a back injury.
        Her coach said she would stay with the Ostrin club.
        """,
    )
    got = values(f)
    assert any(v.lower().startswith("four-time") for v in got), got
    g = facets(
        nlp,
        """
        The one-time national champion Dara Velk retired from rowing on Sunday after a back injury.
        Her coach said she would stay with the Ostrin club.
        """,
    )
    assert not any("one-time" in v.lower() for v in values(g)), values(g)


def test_a_size_in_inches_told_in_the_singular_is_a_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Police in Marrow Bay said the intruder carried a nine-inch blade when he was stopped.
        The man was later released on bail.
        """,
    )
    got = values(f)
    assert any(v.lower().startswith("nine-inch") for v in got), got
