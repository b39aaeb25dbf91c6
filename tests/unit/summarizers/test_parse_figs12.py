"""A run-on caption needs a second clause, not a plural noun the parse read as a verb. Texts are
written for these tests."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsbrief.summarizers import parse


def test_a_plural_noun_read_as_a_verb_makes_no_run_on_caption(nlp: Any) -> None:
    # "Victory will take the men clear with cup rivals Kell", "rivals" read as a verb joined to "take"
    words = ["Victory", "will", "take", "the", "men", "clear", "with", "cup", "rivals", "Kell", "."]
    heads = [2, 2, 2, 4, 2, 2, 2, 6, 2, 8, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "acomp", "prep", "pobj", "conj", "dobj", "punct"]
    tags = ["NN", "MD", "VB", "DT", "NNS", "JJ", "IN", "NN", "VBZ", "NNP", "."]
    pos = ["NOUN", "AUX", "VERB", "DET", "NOUN", "ADJ", "ADP", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert not parse._is_run_on(doc)
    # control: a second clause with its own subject run on without a break is still a run-on
    words = ["The", "mayor", "spoke", "in", "court", "Lee", "denies", "it", "."]
    heads = [1, 2, 2, 2, 3, 6, 2, 6, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "nsubj", "conj", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "NN", "NNP", "VBZ", "PRP", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert parse._is_run_on(doc)
