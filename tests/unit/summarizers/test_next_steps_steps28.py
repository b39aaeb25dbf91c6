"""steps28: "was due to ..." with no date ahead tells the story ("the band were due to play that
night, but ..."), in a quote too ("she said: 'I was due to ...'"), unless a frame outside quotes
reports it as still current ("the firm said the plant was due to reopen"); a weekday after "the"
("on the Friday") is one of the story's own days, not a day ahead."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_a_past_schedule_without_a_date_ahead_is_the_story(nlp: Any) -> None:
    band = "The band were due to play in Leeds, but the gig was cancelled.\n"
    quoted = "She said: 'I was due to collect her from the airport on the Friday.'"
    text = steps(facets(nlp, _FERRY + band + quoted))
    assert "due to play" not in text
    assert "due to collect" not in text
    assert "resume sailings on Monday" in text  # control


def test_a_reported_or_dated_schedule_stays_a_step(nlp: Any) -> None:
    assert "due to reopen" in steps(facets(nlp, "The firm said the plant was due to reopen."))
    assert "due to reopen next month" in steps(facets(nlp, "The plant was due to reopen next month."))
    assert "due to play in Leeds on Saturday" in steps(
        facets(nlp, "The band are due to play in Leeds on Saturday.")
    )


def test_a_weekday_after_the_is_no_day_ahead(nlp: Any) -> None:
    told = "The crew had hoped to leave on the Sunday."
    text = steps(facets(nlp, _FERRY + told))
    assert "leave on the Sunday" not in text
    assert "resume sailings on Monday" in text
    assert "sail on Sunday" in steps(facets(nlp, "The crew will sail on Sunday."))
