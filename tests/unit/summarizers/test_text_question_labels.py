"""A caption's label standing alone is not a question of the story: a question word, "whom" included (the
one list of them, ``lexicon.qa.WH_WORDS``), opens a question, not a label."""

from __future__ import annotations

import pytest

from newsbrief.summarizers import text


@pytest.mark.parametrize("line", ["Whom next?", "Who next?", "Whose move?"])
def test_a_question_word_opens_no_label(line: str) -> None:
    assert not text._is_short_label(line)


def test_a_capitalised_word_that_opens_no_sentence_still_opens_a_label() -> None:
    assert text._is_short_label("Back in town?")  # control: the check does find labels
