"""``open_quotation``: the one test of whether a text leaves a quotation open, shared by the answers
(a sentence that leaves one open runs into the next) and the figures (a phrase cut inside one is
closed). Invented sentences."""

from __future__ import annotations

import pytest

from newsbrief.summarizers.lexicon.text import QUOTE_PAIRS
from newsbrief.summarizers.text import open_quotation

LEFT_OPEN = [
    ("Ada Lorn said: 'The bridge is safe for cars.", "'"),
    ("the ban would hit \u2018small traders", "\u2018"),
    ('He told the court: "We will appeal', '"'),
    ("it would \u201churt everyone", "\u201c"),
    # the last quotation is the one that counts: one closed before it does not close it
    ("'Yes,' she said, 'and we start on Monday", "'"),
]

CLOSED_OR_NONE = [
    "Ada Lorn said: 'The bridge is safe.'",
    "'It's safe,' she said.",
    "The bridge's deck was relaid.",
    "the traders' union and Kelby's mayor",
    "No quotation here.",
    # a one-letter quotation is closed, and so is one whose closing mark follows a quotation inside
    # it or a sign, or goes before a hyphen
    "She won a grade 'A' pass in maths.",
    "He said: 'The sign on the door says \"closed\"'",
    "The slogan 'rates down 5%' won the vote.",
    "a 'Dunholt first'-style campaign",
]


@pytest.mark.parametrize(("text", "mark"), LEFT_OPEN)
def test_a_quotation_opened_and_not_closed_gives_its_mark(text: str, mark: str) -> None:
    assert open_quotation(text) == mark


@pytest.mark.parametrize("text", CLOSED_OR_NONE)
def test_a_closed_quotation_an_apostrophe_or_no_quote_gives_none(text: str) -> None:
    assert open_quotation(text) == ""


@pytest.mark.parametrize("mark", ["'", "\u2018", '"', "\u201c"])
def test_every_opening_mark_has_its_closing_mark(mark: str) -> None:
    text = f"the sign read {mark}keep out"
    assert open_quotation(text) == mark
    assert open_quotation(text + QUOTE_PAIRS[mark]) == ""
