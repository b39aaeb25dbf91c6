"""qa22: what a measure question asks for: "how deep / tall / far ...?" searches for the measure's noun, and a
"how many X?" is answered by a count, not by a share, a sum of money or a scoreline.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import counts_plainly
from newsbrief.summarizers.qa.question import Expect, analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("quarry-1", "", "Hill Gazette", "https://gazette.example.org/quarry")
QUARRY = (
    "Divers from a university club spent the summer mapping the flooded quarry lake above Ostrel.",
    "The lake is one of two in the valley and the older of the pair, first cut in 1890.",
    "Its floor lies at a depth of 48 metres, below the old cutting benches.",
    "The club hopes to publish its survey in the spring.",
)
INHALER = (
    "A new asthma inhaler cut hospital visits for children in a trial led by doctors in Pell County.",
    "In the trial, 6.2% of the children on the new inhaler needed a hospital visit, against 9.8% on the old one.",
    "Some 2,310 children aged six to 15 took part at 40 clinics.",
    "The trial cost $4 million, paid by a health charity.",
)


def test_a_how_deep_question_searches_for_the_depth(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "depth" in analyse("How deep is the quarry lake?", lem).terms
    ans = answer_from_sentences("How deep is the quarry lake?", cited(QUARRY, CITE), nlp)
    assert "48 metres" in ans.text, ans.text


def test_a_measure_adjective_adds_no_noun_to_a_share_or_a_short_follow_up(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert "height" not in analyse("How high is the interest rate now?", lem).terms  # a share
    short = analyse("How tall is he?", lem)
    assert short.elliptical  # still leans on the thread
    assert "height" in short.terms


def test_counts_plainly_skips_shares_money_and_scorelines(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert not counts_plainly("In the trial, 6.2% of the children needed care.", "child", lem)
    assert not counts_plainly("The trial cost $4 million.", "", lem)
    assert not counts_plainly("They won 18-6 at home.", "", lem)
    assert counts_plainly("Some 2,310 children took part.", "child", lem)
    assert not counts_plainly("Some 2,310 children took part.", "clinic", lem)


def test_a_how_many_question_is_answered_by_a_count_not_a_share(nlp: Any) -> None:
    ans = answer_from_sentences("How many children were in the trial?", cited(INHALER, CITE), nlp)
    assert "2,310" in ans.text, ans.text


def test_a_share_noun_keyed_as_its_verb_still_asks_for_a_share(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert analyse("How high is inflation in Parvia?", lem).expect == Expect.PERCENT
    assert analyse("What was inflation in Parvia last month?", lem).expect == Expect.PERCENT
    assert analyse("How high is the clock tower?", lem).expect == Expect.NUMBER
