""" "How many X" answers: the number that counts X, and an exact count before an order of magnitude.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.retrieve import counts
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("fraud-1", "", "Valley Courier", "https://courier.example.org/fraud")
FRAUD = (
    "A caterer who cheated dozens of couples out of their wedding deposits was found guilty of fraud on Friday.",
    "Prosecutors said Mara Quill, 44, ran the scheme from a rented office in Helmsdale for three years.",
    "In all, 37 couples lost a total of 210,000 pounds, the court heard.",
    "The judge said she would pass sentence in March.",
)
SHOW = (
    "The county fair drew record crowds on its opening weekend, organisers said.",
    "Organisers counted more than 12,000 visitors on Saturday and 460 exhibitors with their animals.",
    "The fair runs until Wednesday.",
)


def test_exact_count_of_the_asked_noun_beats_an_order_of_magnitude_in_the_lede(nlp: Any) -> None:
    ans = answer_from_sentences("How many couples were cheated?", cited(FRAUD, CITE), nlp)
    assert ans.answered
    assert ans.text.startswith("37"), ans.text
    # control: the lede is still the answer to a question it answers best
    gist = answer_from_sentences("Who was found guilty of fraud?", cited(FRAUD, CITE), nlp)
    assert "guilty" in gist.text
    # control: a count of other things does not replace the lede's order of magnitude
    other = answer_from_sentences("How many weddings were cancelled?", cited(FRAUD, CITE), nlp)
    assert "37" not in other.text.split("\u2014")[0], other.text


def test_the_number_that_counts_the_asked_noun_within_a_sentence(nlp: Any) -> None:
    ans = answer_from_sentences("How many exhibitors did organisers count?", cited(SHOW, CITE), nlp)
    assert ans.text.startswith("460"), ans.text
    other = answer_from_sentences("How many visitors did organisers count?", cited(SHOW, CITE), nlp)
    assert "12,000" in other.text.split("\u2014")[0], other.text


def test_counts_reads_the_noun_after_the_number_not_before_it(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert [m.group(0) for m in counts("In all, 37 couples lost 210,000 pounds.", "couple", lem)] == ["37"]
    assert [m.group(0).strip() for m in counts("Some 28 of the prisoners escaped.", "prisoner", lem)] == [
        "28"
    ]
    listed = counts("The museum will return 86 silver, bronze and clay pieces to the city.", "piece", lem)
    assert [m.group(0).strip() for m in listed] == ["86"]
    # not counted: an order of magnitude, a noun standing before the number, a noun of another clause
    assert counts("He found 12 coins, and police seized the pieces.", "piece", lem) == []
    assert counts("Dozens of couples lost money.", "couple", lem) == []
    assert counts("The couples lost 37 pounds each.", "couple", lem) == []
