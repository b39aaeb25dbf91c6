"""noise6: a caption's label is left off the step the caption dates ("Sale: The boats go under ..."), a
fact box's field of when keeps its label. The texts are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.parse import captions_for_steps


def test_a_caption_label_is_left_off_the_step_it_dates() -> None:
    got = captions_for_steps(["Sale: The boats go under the gavel at the Kelby rooms on Saturday"])
    assert got == ["The boats go under the gavel at the Kelby rooms on Saturday"]
    # control: a fact box's field of when keeps its label
    assert captions_for_steps(["Kick-off: Saturday, 3pm"]) == ["Kick-off: Saturday, 3pm"]
