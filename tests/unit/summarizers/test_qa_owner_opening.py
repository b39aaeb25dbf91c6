"""A who-question's sentence that opens on a possessive's noun with a name beside it ("Her trainer, X,") answers
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
    q = analyse("Who runs the senator's campaign office?", lem)
    p = _passage(
        "His campaign manager, former county clerk Margaret Olsen, said the office opens daily.", "Ohio"
    )
    assert span(q, p, nlp, lem) == "Margaret Olsen"
    q = analyse("Who trains the sprinter?", lem)
    p = _passage("Her trainer Daniel Whitaker said she would rest until spring.", "Leeds")
    assert span(q, p, nlp, lem) == "Daniel Whitaker"


def test_a_subject_pronoun_still_means_the_sentence_before(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who trains the young rowers?", lem)
    p = _passage("She trains the young rowers with Tomasz Wendeborn every morning.", "Ilse Varga")
    assert span(q, p, nlp, lem) == "Ilse Varga"  # control: "she" is who acts


def test_asking_who_a_named_person_is_keeps_the_sentence_before(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("Who is Ilse Varga?", lem)
    p = _passage("Her nephew, Daniel Whitaker, said she had waited all night.", "Wenford")
    assert span(q, p, nlp, lem) != "Daniel Whitaker"  # her nephew is not who she is
