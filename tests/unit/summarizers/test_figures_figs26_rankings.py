"""Places in a ranking: an ordinal before a superlative in the first sentence ("the 14th safest
country") is a figure whatever its determiner, and in a story that opens on a ranking, a later
placing of a place or a body ("Velmar came ninth overall") is one too; a person's placing later in
a story that ranks nothing stays out. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, values

RANKING = """
Velmar has been named only the 14th safest country in the world in a new survey of living standards.
Road deaths were the main reason it fell down the table this year.
Crime figures also weighed on the result, the authors of the survey said.
Overall, the country came ninth in the survey of 120 countries, behind four of its neighbours.
"""


def test_an_ordinal_before_a_superlative_is_a_figure(nlp: Any) -> None:
    got = values(facets(nlp, RANKING))
    assert any("14th" in v for v in got), got


def test_a_later_placing_in_a_ranking_story_is_a_figure(nlp: Any) -> None:
    got = values(facets(nlp, RANKING))
    assert "ninth" in got, got


def test_a_later_placing_of_a_person_in_a_story_that_ranks_nothing_stays_out(nlp: Any) -> None:
    # control: the story opens on a win, and a rider's placing later is told in passing
    got = values(
        facets(
            nlp,
            """
            Ana Ruiz won the Velmar coast race on Sunday after a sprint along the harbour front.
            The race drew a record crowd to the town for the first time since the storms.
            Organisers said the course would stay the same next year.
            Her sister Mia Ruiz finished ninth after a crash in the last mile.
            """,
        )
    )
    assert "ninth" not in got, got
