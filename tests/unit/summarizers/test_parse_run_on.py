"""Two clauses run together with no conjunction nor punctuation mark a sentence as captions glued
into each other (``newsbrief.summarizers.parse._is_run_on``); a word the tagger misread does not."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers import parse


def _parsed(nlp: Any, text: str, tag_text: str, heads: list[int], dep_text: str) -> Any:
    """A Doc with the parse given: words, tags and dependencies as space-separated strings."""
    from spacy.tokens import Doc

    words, tags, deps = text.split(), tag_text.split(), dep_text.split()
    pos = [
        "VERB" if t.startswith("VB") else "AUX" if t == "MD" else "PUNCT" if t == "." else "NOUN"
        for t in tags
    ]
    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)


def test_a_bare_word_tagged_as_a_verb_is_no_run_on_clause(nlp: Any) -> None:
    # "... ahead in the table with league rivals Kelby not playing": the tagger took "rivals" for a verb
    # joined to "will lift" with nothing of its own below it; the same word with a subject and an object
    # below it is a clause run on (positive control)
    words = "Wins will lift Lane to the top with league rivals Kelby idle ."
    tags = "NNS MD VB NNP IN DT NN IN NN VBZ NNP JJ ."
    bare_heads = [2, 2, 2, 2, 2, 6, 4, 6, 7, 2, 11, 2, 2]
    bare_deps = "nsubj aux ROOT dobj prep det pobj prep pobj conj nsubj acomp punct"
    assert not parse._is_run_on(_parsed(nlp, words, tags, bare_heads, bare_deps))
    clause_heads = [2, 2, 2, 2, 2, 6, 4, 6, 9, 2, 9, 2, 2]
    clause_deps = "nsubj aux ROOT dobj prep det pobj prep nsubj conj dobj acomp punct"
    assert parse._is_run_on(_parsed(nlp, words, tags, clause_heads, clause_deps))
