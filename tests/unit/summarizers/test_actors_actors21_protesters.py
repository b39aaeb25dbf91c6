"""actors21: protesters and demonstrators are one group of people the story follows. The texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

_BANNER = """
A former soldier was arrested after taking a banner from students at a university in Kelby.
Ben Tally, 44, was led away by police after he declined to return the banner to the protesters.
Video of the clash at Kelby University was shared thousands of times online.
Tally said the demonstrators had blocked the entrance for 2 hours on Tuesday.
The demonstrators had gathered outside the Harlow Library to oppose a rise in fees.
The protesters told the Kelby Echo they would return next week.
"""


def test_protesters_and_demonstrators_are_one_group(nlp: Any) -> None:
    f = facets(nlp, _BANNER)
    assert actor(f, "protesters").kind == "UNNAMED", names(f)
    assert "demonstrators" not in names(f), names(f)
