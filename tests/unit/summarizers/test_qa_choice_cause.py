"""Why-questions in the parse re-rank: a reason bound to the event the question asks about.

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import parse_fit
from newsbrief.summarizers.qa.words import lemmatizer


def test_a_reason_attached_to_the_question_s_event_fits(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Why was the festival cancelled?", lem)
    assert parse_fit(q, "The festival was cancelled after a storm flooded the main field.", nlp, lem) == 1.0
    assert (
        parse_fit(q, "Organisers cancelled the festival because the river rose over the footpaths.", nlp, lem)
        == 1.0
    )
    # not: a time reading of "after", a purpose "for" + noun, a reason for something the question lacks
    assert parse_fit(q, "The festival was cancelled after 20 minutes.", nlp, lem) == 0.0
    assert parse_fit(q, "The festival planned to apply for funding next year.", nlp, lem) == 0.0
    far = "The festival, which began in 1990, was held in Marlow, where the bakery closed because its owner retired."
    assert parse_fit(q, far, nlp, lem) < 1.0


def test_for_and_an_ing_verb_gives_the_reason_of_a_penalty(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Why was the airline fined?", lem)
    assert (
        parse_fit(
            q,
            "Regulators fined the airline 4 million kroner for cancelling flights without notice.",
            nlp,
            lem,
        )
        == 1.0
    )
    assert parse_fit(q, "The airline was fined 4 million kroner for a fourth year running.", nlp, lem) == 0.0
