"""actors21: someone unnamed brought in after the lede who acts in sentence after sentence ("the
victim") is an actor even when the lede's subject is named next. The texts are written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import actor, facets, names

_HARASSMENT = """
A man who sent hundreds of threatening messages to a young woman was sentenced to four years.
Tom Harker, 41, began contacting her after finding her number online in March.
Harker told Kelby Crown Court he had only wanted to be her friend.
He admitted harassment at the hearing on Monday.
The victim changed her phone number twice in April but Harker kept calling.
Detective Ann Vell said the victim had moved to Dunmore to escape him.
The victim left her job at Kelby Council because of the stress.
Harker will be eligible for release in two years.
"""


def test_someone_unnamed_acting_after_the_lede_is_an_actor(nlp: Any) -> None:
    f = facets(nlp, _HARASSMENT)
    assert actor(f, "victim").kind == "UNNAMED", names(f)
    assert actor(f, "Tom Harker").kind == "PERSON", names(f)
