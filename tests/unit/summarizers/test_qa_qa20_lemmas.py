"""More lemma classes (qa20): owning ("own" / "ownership"), taking office (being sworn in), coming into force
(taking effect). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.words import lemmatizer, terms
from newsbrief.summarizers.types import Citation

CITE = Citation("port-1", "", "Coast Ledger", "https://ledger.example.org/port")
HITS = [
    (s, CITE)
    for s in (
        "Fishing crews in Merrow Bay ended a six-week blockade of the harbour on Friday.",
        "Lidia Horvath led the talks.",
        "Envoys of the Guild of Salt Traders brokered those talks after a first round failed in June.",
        "The old fish market was valued by Anton Pell.",
        "Ownership of the market will pass to the Merrow Civic Trust in March.",
    )
]


def test_the_classes_join_their_words(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert terms("ownership", lem) == terms("own", lem)
    assert terms("inauguration", lem) == terms("inaugurate", lem)


RULES = [
    (s, CITE)
    for s in (
        "The dock workers' charter was signed in Portreath on 4 May by the union and the port owners.",
        "The charter's rules were drafted in talks that ended on 2 April.",
        "The rules take effect from 1 September.",
        "Mayor-elect Ines Carvo gets sworn in at noon, 12 June.",
        "Carvo won the runoff on 2 May with 54% of ballots cast.",
        "The trio's tour will break records because fans asked for more dates, singer Pia Oster said.",
        "The trio split in 2011 after a row over royalties.",
    )
]


def test_phrases_of_one_meaning_share_a_key(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert terms("coming into force", lem)[-1] == terms("take effect", lem)[0]
    assert terms("take office", lem) == terms("sworn in", lem)


@pytest.mark.parametrize(
    ("question", "hits", "expected"),
    [
        ("Who is to own the market?", HITS, "Merrow Civic Trust"),  # "ownership of"
        ("When are the charter's rules coming into force?", RULES, "1 September"),  # "take effect"
        ("When does Carvo take office?", RULES, "12 June"),  # "sworn in"
    ],
)
def test_the_answer_is_found_through_the_shared_key(
    nlp: Any, question: str, hits: list[tuple[str, Citation]], expected: str
) -> None:
    ans = answer_from_sentences(question, hits, nlp)
    assert expected in ans.text, ans.text
