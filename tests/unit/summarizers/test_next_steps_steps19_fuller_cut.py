"""Next steps on short texts written for these tests: of two cuts telling one step, the one that
tells it more fully is listed."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import steps_of


def test_of_two_cuts_of_one_step_the_fuller_is_listed(nlp: Any) -> None:
    text = steps_of(
        nlp,
        """
        Shoppers are so eager, a poll found, that parents this winter will probably put half their gift budget into toys.
        Parents this winter will probably put half their gift budget into toys and gadgets, a bank's poll of 2,000 shoppers shows.
        Most parents now shop online.
        """,
    )
    assert "gadgets" in text
    assert "half their gift budget" in text  # control: the step itself is listed
