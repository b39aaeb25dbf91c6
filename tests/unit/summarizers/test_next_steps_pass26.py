"""The twenty-sixth steps pass: a day an event is set for, said with "be" and no future word ("the
funeral is Thursday", past the sentences every facet parses) or with a verb of fixing ("set for
June"), is a step, but not a superlative's day ("the busiest day is Friday"); a process's course with
its verb read as a noun ("the consultation runs until 30 March") is a step; so is a reported "would"
that a named source tells and that says where its event takes place, late in a story."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import FERRY_STEP, facets, steps

# sentences with no cue of any facet, so the one after them is parsed only if its own cue asks for it
_PAD = (
    "The town has a harbour and a market square.\n"
    "Its old mill was built by wool merchants.\n"
    "Local shops sell fish and bread.\n"
)


def test_a_day_set_with_be_is_a_step_past_the_lead(nlp: Any) -> None:
    funeral = steps(facets(nlp, _PAD + "The funeral is Thursday."))
    assert "The funeral is Thursday" in funeral
    polling = steps(facets(nlp, _PAD + "Polling day is November 3."))
    assert "Polling day is November 3" in polling


def test_a_superlative_day_is_no_step(nlp: Any) -> None:
    text = steps(facets(nlp, FERRY_STEP + "The busiest day is Friday."))
    assert "busiest day" not in text
    assert "resume sailings on Monday" in text  # control


def test_an_event_set_for_a_date_is_a_step(nlp: Any) -> None:
    text = steps(facets(nlp, _PAD + "The trial is set for June."))
    assert "The trial is set for June" in text


def test_a_course_verb_read_as_a_noun_is_a_step(nlp: Any) -> None:
    text = steps(facets(nlp, _PAD + "The consultation runs until March 30."))
    assert "The consultation runs until March 30" in text


def test_a_named_source_s_placed_would_is_a_step_late_in_a_story(nlp: Any) -> None:
    filler = "".join(f"The valley had {w} dry summers in a row.\n" for w in ("two", "three", "four", "five"))
    story = (
        "The fire has burned for a week.\n"
        + filler
        + "Mayor Ana Lind said the talks had ended and a recital would be staged at the library in Barnford.\n"
    )
    assert "would be staged at the library in Barnford" in steps(facets(nlp, story))


def test_a_deadline_asked_for_in_the_past_is_a_step(nlp: Any) -> None:
    asked = "The watchdog said it had begun a review and had asked the bakery for its accounts by 3 June."
    assert "for its accounts by 3 June" in steps(facets(nlp, _PAD + asked))
    told = steps(facets(nlp, FERRY_STEP + "The mayor asked for the report on Monday."))
    assert "report on Monday" not in told  # the day of the asking, not a deadline
