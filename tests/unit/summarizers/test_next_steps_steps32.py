"""steps32: a step whose clause the parse cuts short keeps what belongs to it: the subject a joined verb
shares ("were questioned and are believed to be planning ..."), a date an editor adds in square brackets
after a quoted clause ("... if we beat them [on Friday]"), and a span of time "ahead" ("the month
ahead brings ..."). Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.next_steps import _days_behind
from newsbrief.summarizers.parse import parse_sentences
from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

_FERRY = FERRY_STEP


def test_an_infinitive_under_a_joined_raising_verb_keeps_the_shared_subject(nlp: Any) -> None:
    case = "The two dock inspectors were sent home and are said to be preparing a formal complaint.\n"
    text = steps(facets(nlp, _FERRY + case))
    assert "resume sailings on Monday" in text  # control
    assert "The two dock inspectors were sent home and are said to be preparing a formal complaint" in text


def test_a_date_in_square_brackets_after_a_quoted_clause_dates_it(nlp: Any) -> None:
    case = (
        "Captain Orla Vance said: 'I promised the fans a party and I will throw one if we win against "
        "Harwick [on Saturday].'\n"
    )
    text = steps(facets(nlp, _FERRY + case))
    assert "resume sailings on Monday" in text  # control
    # (without its date, "I will ... if we win" reads as what the speaker does each time)
    assert "I will throw one if we win against Harwick [on Saturday]" in text


def test_a_span_of_time_ahead_as_the_subject_dates_what_it_holds(nlp: Any) -> None:
    text = steps(
        facets(
            nlp,
            _FERRY + "The senator's busy week ahead includes a trip to Ohio and a debate on water rates.\n",
        )
    )
    assert "resume sailings on Monday" in text  # control
    assert "week ahead includes a trip to Ohio" in text
    coming = steps(facets(nlp, _FERRY + "The coming week includes a trip to Ohio.\n"))
    assert "The coming week includes a trip to Ohio" in coming


def test_a_guess_at_a_present_state_is_not_a_step(nlp: Any) -> None:
    for case in (
        "Analysts say the true number of stranded cars may be closer to ten thousand.",
        "A local doctor suggested that the boy might be allergic to pollen.",
    ):
        text = steps(facets(nlp, _FERRY + case + "\n"))
        assert "resume sailings on Monday" in text  # control
        assert "may be closer" not in text and "might be allergic" not in text
    # a guess joined to a clause of its own keeps that clause's step (the distinction that keeps the
    # held half of dev: "they may not be ..., but ...")
    joined = steps(
        facets(nlp, _FERRY + "The fleet may be old, and the owners may sell it to a rival firm.\n")
    )
    assert "the owners may sell it to a rival firm" in joined


def test_getting_ready_in_the_perfect_with_no_event_ahead_is_done(nlp: Any) -> None:
    text = steps(facets(nlp, _FERRY + "Rosa Lind has prepared well for the race and feels fit.\n"))
    assert "resume sailings on Monday" in text  # control
    assert "prepared well" not in text
    # controls: an event dated ahead, or a thing prepared that is still to come, is a step
    dated = steps(facets(nlp, _FERRY + "Rosa Lind has prepared well for the race on Sunday and feels fit.\n"))
    assert "for the race on Sunday" in dated
    bid = steps(facets(nlp, _FERRY + "The council has prepared a bid to host the games.\n"))
    assert "prepared a bid to host the games" in bid


def test_a_day_hoped_for_or_inside_a_condition_is_not_behind(nlp: Any) -> None:
    # (the days behind keep a caption dated to one of them from reading as a step)
    def behind(text: str) -> set[str]:
        return _days_behind(parse_sentences(nlp, [text]))

    assert behind("Police were called to the quay on Tuesday.") == {"tuesday"}  # control
    assert behind("The water board said its crews hoped to restore the supply by Friday evening.") == set()
    assert behind("The rule said staff would get a day off only if the fete landed on a Sunday.") == set()


def test_what_a_thing_is_for_in_a_relative_clause_is_not_a_plan(nlp: Any) -> None:
    for case, words in (
        ("A new diet that aims to cut sugar cravings has become a craze in Leeds.", "aims to cut"),
        ("A cream which promises to calm sunburn is now sold in every chemist.", "promises to calm"),
    ):
        text = steps(facets(nlp, _FERRY + case + "\n"))
        assert "resume sailings on Monday" in text  # control
        assert words not in text
    # control: a purpose dated ahead is still a step
    dated = steps(
        facets(
            nlp, _FERRY + "The charity, which aims to raise a million pounds by March, has opened a shop.\n"
        )
    )
    assert "aims to raise a million pounds by March" in dated
