"""A who-question's sentence that opens on a possessive ("Her crew ...") and names a person of its own answers
with that person, not the previous sentence's first name the possessive points back to. Invented sentences."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from newsbrief.summarizers.qa.extract import span
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer


def _passage(text: str, antecedent: str) -> Any:
    return SimpleNamespace(text=text, antecedent=antecedent, article=0, position=1, inherited=frozenset())


def test_a_possessive_opening_gives_way_to_the_sentences_own_person(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who will run the senator's campaign office?", lem)
    p = _passage("His office will be run by Margaret Olsen, a former county clerk.", "Ohio")
    assert span(q, p, nlp, lem) == "Margaret Olsen"
    q = analyse("Who will coach the sprinter's relay squad?", lem)
    p = _passage("Her squad will be coached by Daniel Whitaker, who trained two champions.", "Leeds")
    assert span(q, p, nlp, lem) == "Daniel Whitaker"


def test_a_subject_pronoun_still_means_the_sentence_before(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who trains the young rowers?", lem)
    p = _passage("She trains the young rowers with Tomasz Wendeborn every morning.", "Ilse Varga")
    assert span(q, p, nlp, lem) == "Ilse Varga"  # control: "she" is who acts
