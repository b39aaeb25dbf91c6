"""The loaded pipeline's exact speed-ups (``nlp.speed_up``): faster, and not one annotation changed."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler

from newsbrief.summarizers.nlp import _RulerMatches

# invented sentences that reach the ruler's one-token rules (pronouns, auxiliaries, modals,
# determiners, a relative "that") and its rules of two tokens ("gon na", "got ta", "let 's",
# "ai n't"), with a line break inside one
SENTENCES = [
    "She said they were gonna sell the old mill to us, but it ain't ready.",
    "We gotta go now, let's not wait for him.",
    "The council would have approved it if the mayor had been there.",
    "Nobody knows whether that plan, which the board backed, is done.",
    "I do think you did it yourself.\nThey've got two weeks and 3,000 euros left.",
    "Those are the figures that matter; these ones don't.",
]


def test_the_pipeline_is_sped_up(nlp: Language) -> None:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, _RulerMatches)
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())


def test_the_ruler_matches_as_the_stock_ruler(nlp: Language) -> None:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    found_long = False
    for doc in nlp.pipe(SENTENCES):
        stock = AttributeRuler.match(ruler, doc)
        assert ruler.match(doc) == stock
        assert ruler.match(doc) == stock  # the remembered tokens give the same again
        found_long |= any(e - s > 1 for _, _, s, e in stock)
    assert found_long  # control: a rule of two tokens was exercised


def test_the_annotations_are_the_stock_pipeline_s(nlp: Language) -> None:
    # the same sentences through the stock ruler and lemmatizer code give the same tokens
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    ruler: Any = nlp.get_pipe("attribute_ruler")
    table = lemmatizer.lookups.get_table("lemma_index")
    sped = {key: table[key] for key in table}
    fast = [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in d] for d in nlp.pipe(SENTENCES)]
    try:
        for key, words in sped.items():
            table[key] = sorted(words)  # the model's lists back
        del ruler.match  # the class's own matching back
        lemmatizer.cache = {}
        stock = [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in d] for d in nlp.pipe(SENTENCES)]
    finally:
        for key, words in sped.items():
            table[key] = words
        ruler.match = _RulerMatches(ruler)
        lemmatizer.cache = {}
    assert fast == stock
