"""Next steps on short texts written for these tests: an effort under way told by the ones who
make it ("we're examining") is their own act, like a plan."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_an_effort_told_by_its_makers_is_a_step(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        A hay shed outside Tarnby burned down before dawn.
        Two ploughs and the winter hay were lost.
        Its owner, Ruth Kell, had kept it for decades.
        Neighbours led the cattle off to safety.
        'We're examining how the fire started in the loft,' a fire officer said.
        """,
    )
    assert "examining how the fire started" in text
