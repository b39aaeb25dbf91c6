"""Lengths of time told by a verb of taking or spending ("take several hours", "spent a fortnight") or in seasons
("over three summers") are durations: the answerer no longer says the article doesn't say how long (twenty-seventh
pass).

The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.retrieve import DURATION_RE
from newsbrief.summarizers.types import Citation

CITE = Citation("dig-1", "", "Vale Courier", "https://courier.example.org/dig")
DIG = (
    "A team from Kell University has found a Roman bath house under a car park in Tarnby.",
    "The dig, which will take several summers to finish, is paid for by the town council.",
    "Volunteers are welcome on Saturdays.",
)


def test_a_verb_of_taking_or_a_season_gives_a_duration() -> None:
    for text in (
        "The repairs take several hours to finish.",
        "The crew spent a fortnight at sea.",
        "The survey ran over three summers.",
        "It took two nights to clear the road.",
    ):
        assert DURATION_RE.search(text), text
    for text in ("The repairs took place last year.", "It was built in 2019."):
        assert not DURATION_RE.search(text), text


def test_a_how_long_question_is_answered_by_a_duration_in_seasons(nlp: Any) -> None:
    ans = answer_from_sentences("How long will the dig take?", [(s, CITE) for s in DIG], nlp)
    assert "doesn't say" not in ans.text and "several summers" in ans.text, ans.text


BRIDGE = (
    "The Kell bridge will be shut after cracks were found in its deck, the council said.",
    "Drivers face a long detour through Tarnby.",
    "Repairs to the bridge will go on for eight weeks, engineers said.",
    "Buses will run as normal.",
)


def test_a_how_long_question_has_its_own_typed_share(nlp: Any, monkeypatch: Any) -> None:
    # the closure's sentence gives no length; the one that does shares a quarter of its relevance: below the typed
    # questions' share, reached by a how-long question's own (``duration_share``, set low here to reach it)
    monkeypatch.setattr(qa_engine, "WEIGHTS", replace(qa_engine.WEIGHTS, duration_share=0.2))
    ans = answer_from_sentences("How long will the Kell bridge be shut?", [(s, CITE) for s in BRIDGE], nlp)
    assert ans.text.startswith("for eight weeks"), ans.text
