"""More lemma classes of news vocabulary (qa20): a go-between's verb and noun ("mediated" / "brokered"), shutting
a place ("close" / "shut"), owning ("own" / "ownership"), a measure's adjective and its noun ("how deep" / "a
depth of"). The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.words import lemmatizer, terms
from newsbrief.summarizers.types import Citation

CITE = Citation("port-1", "", "Coast Ledger", "https://ledger.example.org/port")
HITS = [
    (s, CITE)
    for s in (
        "Fishing crews in Merrow Bay ended a six-week blockade of the harbour on Friday.",
        "Lidia Horvath led the talks.",
        "The talks were brokered by the Guild of Salt Traders after a first round failed in June.",
        "The old fish market was valued by Anton Pell.",
        "Ownership of the market will pass to the Merrow Civic Trust in March.",
    )
]


def test_the_classes_join_their_words(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert terms("brokered", lem) == terms("mediated", lem)
    assert terms("ownership", lem) == terms("own", lem)
    assert terms("shut", lem) == terms("close", lem)
    assert terms("depth", lem) == terms("deep", lem)


def test_a_go_between_is_found_under_another_verb(nlp: Any) -> None:
    ans = answer_from_sentences("Who mediated the talks?", HITS, nlp)
    assert "Guild of Salt Traders" in ans.text, ans.text


def test_ownership_answers_who_will_own(nlp: Any) -> None:
    ans = answer_from_sentences("Who will own the market?", HITS, nlp)
    assert "Merrow Civic Trust" in ans.text, ans.text
