"""A clock or race time is one reading, never several counts. The text is written for this test."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values


def test_the_parts_of_a_race_time_are_not_figures(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lena Ostrova won the Harbour City marathon in 2:19:47 on Sunday, ahead of 31,000 runners.
        Organisers said the race raised 2.4 million dollars for the children's hospital.
        """,
    )
    got = values(f)
    assert not any(v.strip() in ("19", "47", "2") for v in got), got
    # control: the counts in the same sentences are still figures
    assert any("31,000" in v for v in got), got
    assert any("2.4 million" in v for v in got), got
