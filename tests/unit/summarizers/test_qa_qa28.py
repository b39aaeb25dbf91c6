"""qa28: a how-many question whose best sentence rounds its count ("more than 3,000 voters") answered by the
exact figure given lower down, and one whose best sentence counts a past event (dated by a year) answered by
the undated count of the story's own event. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa28-1", "", "Corvell Gazette", "https://gazette.example.org/qa28")


ROUNDED = "More than 3,000 volunteers joined the Corvell estuary litter pick over two days, organisers said."
CASES = [
    # the exact figure lower down that the lede's rounding stands for answers (fails without exact_count)
    (
        (
            ROUNDED,
            "Tide tables kept crews off the mudflats until noon.",
            "The organisers counted 3,184 volunteers across the nine beaches by Sunday evening.",
        ),
        "How many volunteers joined the litter pick?",
        "3,184",
    ),
    # control: an exact count outside the rounding's range is another group's, and does not replace it
    (
        (
            ROUNDED,
            "Tide tables kept crews off the mudflats until noon.",
            "Some 900 volunteers came back the following day for the harbour walls.",
        ),
        "How many volunteers joined the litter pick?",
        "3,000",
    ),
    # a count dated by a year neither the question nor the first sentence gives is a past event's; the
    # story's own undated count answers (fails without past_share)
    (
        (
            "A ferry capsized off Tullan Point on Friday night, drowning 14 passengers, the coastguard said.",
            "Divers searched the hull through the night.",
            "The strait's worst ferry disaster, in 1988, drowned 160 passengers off the same point.",
        ),
        "How many passengers drowned?",
        "14",
    ),
    # control: a year the first sentence gives is the story's own time, and its count stays
    (
        (
            "In 1951 a river ferry capsized off Tullan Point, drowning 160 passengers, records show.",
            "Divers searched the hull for days.",
            "Two years later a smaller boat drowned 14 passengers further up the river.",
        ),
        "How many passengers drowned off Tullan Point?",
        "160",
    ),
]


@pytest.mark.parametrize(("sents", "question", "want"), CASES)
def test_how_many_takes_the_count_of_the_story_s_own_event(
    sents: tuple[str, ...], question: str, want: str, nlp: Any
) -> None:
    ans = answer_from_sentences(question, cited(sents, CITE), nlp)
    assert want in short_answer(ans.text), ans.text
