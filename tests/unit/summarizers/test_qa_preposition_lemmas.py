"""The preposition rule of the type fit matches the question's words by lemma, on invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import preposition_fit, type_fit
from newsbrief.summarizers.qa.words import lemmatizer


def test_an_irregular_past_matches_its_verb_by_lemma(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("What did the Dovik council spend the grant on?", lem)
    s = "The Dovik council spent most of it on new bridges over the Marrow."
    assert preposition_fit(q, s, lem) == 1.0
    assert preposition_fit(q, s) == 0.0  # without a lemmatizer a word is only itself


def test_lemmas_still_want_a_new_word_after_the_preposition(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("What did the Dovik council spend the grant on?", lem)
    assert preposition_fit(q, "The council spent the grant on the grant office.", lem) == 0.0
    assert preposition_fit(q, "The council spent the grant on bridges.", lem) == 1.0  # control


def test_a_word_sharing_a_prefix_is_not_the_questions_verb(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("What was the general armed with?", lem)
    assert preposition_fit(q, "A generation with few jobs grew up in Dovik.", lem) == 0.0
    assert preposition_fit(q, "He was armed with a rifle.", lem) == 1.0  # control


def test_type_fit_passes_the_lemmatizer_on(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("What did the Dovik council spend the grant on?", lem)
    s = "The Dovik council spent most of it on new bridges over the Marrow."
    assert type_fit(q, s, lem=lem) > type_fit(q, s)
