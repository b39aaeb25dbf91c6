"""Times told in hours, minutes and seconds, durations told in several units, days joined to a month's
day and units the recogniser reads as names. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.figures import extract_figures
from tests.unit.summarizers.facet_texts import facets, figure, parsed_with_entities, values


def test_a_race_time_is_one_figure(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Petra Vance won the Dunmore marathon on Sunday in 2:08:37, ahead of 12,000 runners.
        The fire alarm at the depot sounded at 04:12:30 and again an hour later.
        """,
    )
    got = values(f)
    assert "2:08:37" in got, got
    # control: a time of day with its seconds is still no figure
    assert not any("04:12:30" in v for v in got), got


def test_a_duration_in_falling_units_is_one_value(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Lina Holt won the women's race at Corrby in three hours 4 minutes and 9 seconds on Sunday.
        She finished 2 minutes 14 seconds clear of the field, organisers said.
        """,
    )
    got = values(f)
    assert "three hours 4 minutes and 9 seconds" in got, got
    assert "2 minutes 14 seconds" in got, got
    assert "14 seconds" not in got, got


def test_a_time_is_not_told_with_the_weather_it_was_run_in(nlp: Any) -> None:
    f = facets(
        nlp,
        "Lina Holt broke the course record on Sunday, taking the veterans' title in three hours"
        " 4 minutes and 9 seconds in heavy, swirling rain.",
    )
    line = figure(f, "three hours 4 minutes and 9 seconds").context
    assert "taking the veterans' title" in line, line
    assert "rain" not in line and "heavy" not in line, line


def test_a_day_joined_to_a_month_day_is_a_date(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Strikes on Jan 9 and 10 closed 40 schools across the county.
        Talks held on 9 and 10 March drew 25 delegations to Arbury.
        """,
    )
    got = values(f)
    assert not any(v.strip() in ("9", "10") for v in got), got
    # control: the counts of the same sentences are figures
    assert any(v.startswith("40") for v in got), got


def test_a_unit_read_as_a_name_keeps_its_measure(nlp: Any) -> None:
    sentences = parsed_with_entities(
        nlp,
        "Gusts of up to 70mph (113km/h) brought down trees across the county on Monday.",
        [("km/h", "ORG")],
    )
    got = [f.value for f in extract_figures("", sentences)]
    assert any("70mph" in v for v in got), got


def test_a_count_in_words_takes_a_hyphenated_noun(nlp: Any) -> None:
    f = facets(
        nlp,
        """
        Nine pop-up kitchens will serve meals from Monday in church halls.
        Ardley library will set up four temporary sign-up desks by the main door.
        """,
    )
    got = values(f)
    assert "Nine pop-up kitchens" in got, got
    assert "four temporary sign-up desks" in got, got
