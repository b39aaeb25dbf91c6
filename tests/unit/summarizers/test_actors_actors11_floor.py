"""A body named by its kind ("... Trust", "... Society") met once late in a story keeps a free place
among the actors on a score too low for any other name. The texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names


def test_a_body_named_by_its_kind_keeps_a_free_place(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Volunteer Edda Marrow spent three long summers restoring the old signal box at Copley Halt.
        She swapped rotten window frames and repainted each lever by hand.
        Edda Marrow said she enjoyed every hour of it.
        Visitors may look inside the box on August open days.
        The project was paid for with a grant from the Copley Railway Heritage Trust.
        """,
    )
    assert "Copley Railway Heritage Trust" in names(f), names(f)
