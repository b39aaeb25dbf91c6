"""A question opening "by how many" asks for a margin ("12 seconds quicker than"), not for money; a number of
seconds, metres or a clock time is no sum of money. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import NUMBER_RE, changed_by, measured, sizes_change
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing

RACE = (
    "Ilse Varga took the river sculls final at Corran Lake on Saturday in 7:41:05, finishing 12 seconds quicker"
    " than her own course best.",
    "The 29-year-old left Mara Doyle behind at 1,500 metres and rowed on alone in front of 8,000 spectators.",
    "She collects 20,000 euros as champion.",
)


def race() -> Briefing:
    return Briefing(title="Sculls final", summary=RACE[:1], article_ids=("race-1",), sentences=RACE)


def _first_number(text: str, at: str) -> Any:
    return next(
        m for m in NUMBER_RE.finditer(text) if m.group(0).strip() and text[m.start() :].startswith(at)
    )


def test_a_margin_question_is_read_as_a_change() -> None:
    lem = lemmatizer(None)
    assert changed_by(analyse("By how many seconds did Ilse Varga lower the course best?", lem))
    assert not changed_by(analyse("How much does Ilse Varga collect?", lem))  # control


def test_a_number_before_a_comparative_sizes_a_difference() -> None:
    text = "Tarn was 12 seconds quicker than Odo and beat 40 rivals."
    assert sizes_change(_first_number(text, "12"), text)
    assert not sizes_change(_first_number(text, "40"), text)  # control


def test_times_and_lengths_are_measures_not_money() -> None:
    assert measured(_first_number(RACE[0], "12"), RACE[0])
    assert measured(_first_number(RACE[0], "7"), RACE[0])  # a clock time
    assert measured(_first_number(RACE[1], "1,500"), RACE[1])
    assert not measured(_first_number(RACE[2], "20,000"), RACE[2])  # control
    assert not measured(_first_number(RACE[1], "8,000"), RACE[1])  # control


def test_a_margin_question_gives_the_margin(nlp: Any) -> None:
    ans = answer_question("By how many seconds did Ilse Varga lower the course best?", [race()], nlp)
    assert (
        ans.answered and ans.citations[0].sentence == RACE[0] and ans.text.startswith("12 seconds quicker —")
    ), ans.text


def test_how_much_does_she_collect_gives_money_not_a_time(nlp: Any) -> None:
    ans = answer_question("How much does Varga collect for the sculls final?", [race()], nlp)
    assert ans.answered and ans.citations[0].sentence == RACE[2], ans.text
