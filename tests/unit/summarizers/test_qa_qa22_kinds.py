"""qa22: a which-question whose noun names a thing that is no person, group or place (an act such as a
campaign, an artifact such as a ship, an event, an animal) wants a sentence that names one.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import head_kinds
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

CITE = Citation("cycling-1", "", "Varnley Post", "https://post.example.org/cycling")
CYCLING = (
    "As part of its drive to get pupils cycling, the council asked schools across Leeds to join a spring challenge.",
    "Opening the latest part of the campaign, the mayor said it would be known as Pedal Forward.",
    "Some 40 schools have signed up so far.",
)


def test_a_which_question_about_an_act_wants_a_sentence_naming_one(nlp: Any) -> None:
    hits = [(s, CITE) for s in CYCLING]
    ans = answer_from_sentences("Which campaign was the spring challenge part of?", hits, nlp)
    assert "Pedal Forward" in ans.text, ans.text


def test_head_kinds_reads_the_other_kinds(nlp: Any) -> None:
    from dataclasses import replace

    lem = lemmatizer(nlp)
    q = analyse("Which ship picked them up?", lem)
    assert head_kinds(replace(q, head="ship"), lem) == {"artifact"}
    assert "act" in head_kinds(replace(q, head="campaign"), lem)
    assert head_kinds(replace(q, head="horse"), lem) == {"animal"}
    assert head_kinds(replace(q, head="colour"), lem) == frozenset()
