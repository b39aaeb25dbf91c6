"""Asking questions of short texts written for the tests: the search hits an answer is drawn from,
one indexed passage, and the short part of an answer's text."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from newsbrief.summarizers.qa.retrieve import Passage, index_article
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation


def cited(sentences: Sequence[str], cite: Citation) -> list[tuple[str, Citation]]:
    """``sentences`` as the search hits of one article, each cited by ``cite``."""
    return [(s, cite) for s in sentences]


def passage(text: str, nlp: Language, cite: Citation) -> Passage:
    """``text`` indexed alone as the first sentence of the article ``cite`` names."""
    return index_article([text], 0, cite, lemmatizer(nlp))[0]


def short_answer(text: str) -> str:
    """An answer's text without the sentence it quotes after a dash ("Ana Ode — ...")."""
    return text.split(" \u2014 ")[0]
