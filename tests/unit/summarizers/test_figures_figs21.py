"""A share is a share whatever its unit's words ("per cent" holds the money word "cent"); a score
against par says its side and is not the bare number of its digits; a number in words that closes a
run counts it; the whole a part was counted out of is no figure of its own; a share in words under a
picture is the body's share in digits. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import figures
from newsbrief.summarizers.parse import ParsedSentence
from tests.unit.summarizers.facet_texts import values_of


def test_a_share_in_per_cent_is_a_share_not_a_sum() -> None:
    assert figures._kind("12 per cent") == "share"
    assert figures._kind("12 percent") == "share"
    assert figures._kind("80 cents") == "money"  # control: cents are money
    assert figures._kind("£4m") == "money"


def test_a_score_against_par_says_its_side(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Ayrshire amateur shot rounds of 75 and 77 to finish 6 over par at the Kelso Open.
        He had missed the cut on 9 over at the same course last summer.
        """,
    )
    assert "6 over par" in got, got
    assert "9 over" in got, got  # the story tells par, so "9 over" is a score too
    assert "75" in got, got  # control


def test_a_score_against_par_is_not_a_number_of_the_same_digits(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The 12-time winner Ray Dunmore trails the leader by five shots at the Harwick Classic.
        The leader, Tom Vale, is 12-under-par after three rounds.
        """,
    )
    assert "12-under-par" in got, got
    assert "12-time" in got, got


def test_over_without_par_is_not_a_score(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Norbury bakery sold 40 loaves over the weekend, its owner said on Monday.
        """,
    )
    assert not any("over" in v for v in got), got
    assert any(v.startswith("40") for v in got), got  # control


def test_a_number_in_words_that_closes_a_run_is_a_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        Kelso Rovers have won 14 matches this season, including six in succession since March.
        """,
    )
    assert "six in succession" in got, got
    plain = values_of(
        nlp,
        """
        Kelso Rovers have won 14 matches this season, and six came at home.
        """,
    )
    assert not any(v.startswith("six") for v in plain), plain  # control: no run, no noun


def test_the_whole_of_a_part_is_no_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        Harwick United are in form, having won eight matches out of their last 12.
        The club also signed 3 new strikers in January.
        """,
    )
    assert "eight matches" in got, got
    assert "12" not in got, got
    assert not any(v.startswith("12") for v in got), got
    alone = values_of(
        nlp,
        """
        Harwick United are in form, having won their last 12 matches at home.
        """,
    )
    assert any(v.startswith("12") for v in alone), alone  # control: a run told alone is a figure


def test_a_share_in_words_is_the_share_in_digits() -> None:
    assert figures._digits_key("Five per cent") == figures._digits_key("5 per cent")
    assert figures._digits_key("five per cent") != figures._digits_key("6 per cent")  # control


def test_a_share_in_words_under_a_picture_is_the_bodys_share(nlp: Any) -> None:
    caption = "Five per cent of tenants in Harwick reported mice last year"
    p = ParsedSentence(index=3, text=caption, doc=nlp(caption), parsed=True)

    def cand(value: str, order: int) -> Any:
        return figures._Candidate(value, "of tenants", caption, 1.0, figures._digits_key(value), order)

    body = [cand("5 per cent", 0)]
    said = "Some 5 per cent of tenants in the town reported mice."
    assert figures._under_pictures(body, [(cand("Five per cent", 1), p)], said) == []
    other = [cand("5 cars", 0)]  # control: the body's 5 counts cars, so the caption's share is new
    got = figures._under_pictures(other, [(cand("Five per cent", 1), p)], "Some 5 cars were hit.")
    assert [c.value for c in got] == ["Five per cent"]


def test_an_age_after_a_capitalised_label_is_an_age(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Harwick board has named three candidates for the coaching job.
        Dan Rowe (Age 47) CURRENT ROLE: youth coach with 14 titles.
        """,
    )
    assert "47" not in got, got
    assert any("14" in v for v in got), got  # control


def test_a_count_of_days_prior_to_an_event_is_a_time_anchor(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Kelso quiz champion won 8,000 pounds on the show in May.
        She had been told she would appear only three days prior to recording.
        """,
    )
    assert not any(v.startswith("three days") for v in got), got
    held = values_of(
        nlp,
        """
        The Kelso quiz champion won 8,000 pounds on the show in May.
        She was held for three days by police after the show.
        """,
    )
    assert any(v.startswith("three days") for v in held), held  # control


def test_a_hyphened_size_of_a_group_in_words_is_a_figure(nlp: Any) -> None:
    got = values_of(
        nlp,
        """
        The Norbury council appointed a five-member panel to review the bus contract on Monday.
        """,
    )
    assert any(v.startswith("five-member") for v in got), got
