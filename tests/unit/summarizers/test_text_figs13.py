"""A caption that ends on a note in brackets is cut off the sentence glued after it. Texts are written
for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import split_sentences


def test_a_caption_ending_on_a_bracketed_note_is_cut_off_the_next_sentence() -> None:
    got = split_sentences(
        "The Kelby council voted to close the old library on the hill (pictured in the spring) "
        "The decision angered many local readers in the town."
    )
    assert got == [
        "The Kelby council voted to close the old library on the hill (pictured in the spring)",
        "The decision angered many local readers in the town.",
    ], got
    # controls: an acronym in brackets, and a bracket inside a sentence, cut nothing
    for whole in (
        "The Kelby council voted to close the old library run by the Harbour Trust (HT) "
        "The decision angered many local readers in the town.",
        "The Kelby council said the old library (built by the town in stone) was too costly to heat.",
    ):
        assert split_sentences(whole) == [whole]
