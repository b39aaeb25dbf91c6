"""A "how many X" count is no amount of money or share standing before X, and a compound word is split only into
parts of four letters or more (qa20). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.retrieve import counts
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

CITE = Citation("wells-1", "", "Fenland Post", "https://post.example.org/wells")


def test_money_and_shares_count_nothing(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert counts("The firm paid $4 million to fix farms near the mill.", "farm", lem) == []
    assert counts("About 30% of farms lost their crops.", "farm", lem) == []
    assert [m.group(0) for m in counts("A court awarded damages to 87 farms.", "farm", lem)] == ["87"]


def test_the_count_answers_before_money_paid_for_what_is_counted(nlp: Any) -> None:
    hits = [
        (s, CITE)
        for s in (
            "Farms near the Osmer mill sued the Delvin Dye Works over tainted water.",
            "Delvin has paid $4 million to fix farms near the mill.",
            "The mill opened in 1961 and employs 40 people.",
            "A court awarded damages to 87 farms.",
            "The river has been clean since the spring, officials said.",
        )
    ]
    ans = answer_from_sentences("How many farms sued Delvin?", hits, nlp)
    assert "87" in ans.text, ans.text


def test_a_compound_splits_into_parts_of_four_letters_or_more(nlp: Any) -> None:
    from newsbrief.summarizers.qa.engine import _compound_parts

    lem = lemmatizer(nlp)
    idf = {"week": 1.0, "end": 1.0, "snow": 1.0, "storm": 1.0}
    assert _compound_parts("weekend", idf, lem) == ()  # "end" is too short a part: it matches too much
    assert _compound_parts("snowstorm", idf, lem) == ("snow", "storm")
