"""A month and day with no year ("on 28 April") is read in the publication year when the article's
publication day is known: a day before it went by and dates no step, unless the phrase says "next"
or the day is so far before publication (about half a year) that it means the coming year. Without a
publication date the day still lies ahead, as before. Texts are written for these tests."""

from __future__ import annotations

from datetime import datetime

from newsbrief.summarizers.briefing import BriefingEngine
from tests.unit.summarizers.facet_texts import built_steps_line

TITLE = "Ferry timetable in Corran Bay"
LEAD = (
    "CORRAN BAY - The island ferry company has changed its winter timetable after complaints from "
    "commuters.\n\n"
)
STEP = "meets the ferry company"
GONE = LEAD + "The harbour board meets the ferry company on 28 April to discuss the changes."
MAY_2 = datetime(2033, 5, 2, 9, 0)


def _steps(engine: BriefingEngine, text: str, published: datetime | None) -> str:
    return built_steps_line(engine, text, TITLE, published=published)


def test_a_bare_day_before_publication_is_no_step(engine: BriefingEngine) -> None:
    assert STEP not in _steps(engine, GONE, MAY_2)
    # positive control: the same sentence told before the day, or on the day itself
    assert STEP in _steps(engine, GONE, datetime(2033, 4, 20, 9, 0))
    assert STEP in _steps(engine, GONE, datetime(2033, 4, 28, 7, 0))


def test_without_a_publication_date_a_bare_day_lies_ahead(engine: BriefingEngine) -> None:
    assert STEP in _steps(engine, GONE, None)
    assert STEP not in _steps(engine, GONE, MAY_2)  # the publication day decides


def test_a_day_said_to_be_next_year_lies_ahead(engine: BriefingEngine) -> None:
    text = LEAD + "The harbour board meets the ferry company on 28 April next year to discuss the changes."
    assert STEP in _steps(engine, text, MAY_2)
    assert STEP not in _steps(engine, GONE, MAY_2)


def test_a_day_far_before_publication_means_next_year(engine: BriefingEngine) -> None:
    text = LEAD + "The harbour board meets the ferry company on 5 January to discuss the changes."
    assert STEP in _steps(engine, text, datetime(2033, 12, 20, 9, 0))
    assert STEP not in _steps(engine, text, datetime(2033, 3, 14, 9, 0))  # told in March: gone
