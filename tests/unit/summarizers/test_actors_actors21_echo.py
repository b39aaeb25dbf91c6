"""actors21: a one-word body the recogniser tags once and leaves untagged elsewhere is that body
again, not where it only says where something happened ("at X"). The texts are written for these
tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, names

_JOBS = """
Barclays have cut a thousand jobs at their offices across the north of England.
The cuts were announced to staff at a meeting on Monday morning.
Union leader Carla Mendes said workers had been given no warning of the plan.
Shares in Barclays rose by four per cent after the news.
Analyst Peter Lang said the firm had struggled with falling sales for two years.
A spokesman for Barclays said the decision had not been taken lightly.
Mendes said the union would fight the cuts.
Lang said more cuts could follow.
Barclays will set out its plans to investors next month.
"""


def test_a_body_left_untagged_where_it_acts_is_the_body_again(nlp: Any) -> None:
    f = facets(nlp, _JOBS)
    assert names(f).index("Barclays") < names(f).index("Peter Lang"), names(f)


_MATCH = """
Tom Velk scored twice as Kelby Rovers beat Dunmore Town 3-1 at Headingley on Saturday.
Velk, 24, opened the scoring after 12 minutes with a low shot.
Dunmore Town levelled through Carl Oder before half-time.
Velk said the crowd at Headingley had lifted the side after the break.
Coach Anna Marsh said the win at Headingley was the best of the season so far.
"""


def test_a_venue_left_untagged_after_at_gains_no_mention(nlp: Any) -> None:
    f = facets(nlp, _MATCH)
    assert names(f).index("Headingley") > names(f).index("Anna Marsh"), names(f)
