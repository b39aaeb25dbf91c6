"""steps25: forms that look ahead but tell how things stand (a hedged view, "it would seem the roof
is sound"; a judgement of degree, "will prove too small to ..."), dates that lie behind (a date after
"since", an age range, a past "set at" with no date ahead); and an event "expected" in the
present passive, dated or not."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_a_hedged_view_is_no_step(nlp: Any) -> None:
    seem = "It would seem the crossing is rough for small boats, the skipper said."
    text = steps(facets(nlp, _FERRY + seem))
    assert "would seem" not in text
    assert "resume sailings on Monday" in text  # control


def test_a_judgement_of_degree_is_no_step(nlp: Any) -> None:
    judged = "Soon, the old pier will surely be too weak to hold lorries."
    text = steps(facets(nlp, _FERRY + judged))
    assert "too weak" not in text
    assert "resume sailings on Monday" in text


def test_a_date_after_since_is_behind(nlp: Any) -> None:
    held = "The ferry's owner has been held since her detention on June 2."
    assert "since her detention" not in steps(facets(nlp, _FERRY + held))


def test_a_past_setting_with_no_date_ahead_is_no_step(nlp: Any) -> None:
    charged = "The owner was charged with fraud.\n"
    bail = "The fee for his release was then set at £40.\n"
    court = "She was due in court.\n"
    dated = "The inquiry was set for 4 May."
    text = steps(facets(nlp, _FERRY + charged + bail + court + dated))
    assert "set at £40" not in text
    assert "due in court" not in text
    assert "inquiry was set for 4 May" in text


def test_a_reported_pledge_in_the_past_stays(nlp: Any) -> None:
    said = "The skipper went on the radio to insist that she was committed to running the crossing."
    assert "committed to running the crossing" in steps(facets(nlp, _FERRY + said))


def test_an_age_range_is_no_date(nlp: Any) -> None:
    club = "The new class will be for walkers who are 30-45, the organiser said."
    whens = [s.when for s in facets(nlp, _FERRY + club).next_steps]
    assert "30-45" not in whens
    assert "Monday" in whens  # control


def test_an_event_expected_is_a_step(nlp: Any) -> None:
    sank = "The Harwick ferry sank on Sunday.\n"
    expected = "More strikes are expected outside the ferry office.\n"
    weather = "Sleet is expected.\n"
    past = "Strikes were expected."
    text = steps(facets(nlp, sank + expected + weather + past))
    assert "More strikes are expected outside the ferry office" in text
    assert "Sleet" not in text  # not an event nor an act
    assert "were expected" not in text  # the story
