"""The loaded pipeline's exact speed-ups (``nlp.speed_up``): faster, and not one annotation changed."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from newsbrief.summarizers.nlp import CACHE_LIMIT, BoundedCache, _EmbedRows, _RulerMatches

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
        lemmatizer.cache = BoundedCache(CACHE_LIMIT)
    assert fast == stock


def test_a_bounded_cache_forgets_its_oldest_entries() -> None:
    cache = BoundedCache(4)
    for i in range(10):
        cache[i] = i * i
        assert len(cache) <= 4
    assert cache[9] == 81 and 0 not in cache  # the newest kept, the oldest forgotten
    kept = dict(cache)
    cache[9] = 0  # a key it holds is replaced without forgetting another
    assert len(cache) == len(kept) and cache[9] == 0
    cache.update({20: 1, 21: 2, 22: 3})
    assert len(cache) <= 4 and cache[22] == 3


def test_the_pipeline_s_caches_are_bounded(nlp: Language) -> None:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    list(nlp.pipe(SENTENCES))
    for cache in (ruler.match.seen, lemmatizer.cache):
        assert isinstance(cache, BoundedCache) and cache.limit == CACHE_LIMIT
        assert 0 < len(cache) <= CACHE_LIMIT


def test_small_caches_forget_and_give_the_same_annotations(nlp: Language) -> None:
    ruler: Any = nlp.get_pipe("attribute_ruler")
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    before = [[(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in d] for d in nlp.pipe(SENTENCES)]
    small = _RulerMatches(ruler)
    small.seen = BoundedCache(5)
    forgot = False
    for doc in nlp.pipe(SENTENCES):
        stock = AttributeRuler.match(ruler, doc)
        assert small(doc) == stock
        forgot |= len({(t.orth, t.tag, t.dep) for t in doc}) > len(small.seen)
        assert len(small.seen) <= 5
    assert forgot  # control: a sentence had more distinct tokens than the cache holds
    try:
        lemmatizer.cache = BoundedCache(3)
        ruler.match = small
        after = [[(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in d] for d in nlp.pipe(SENTENCES)]
        assert len(lemmatizer.cache) <= 3
    finally:
        lemmatizer.cache = BoundedCache(CACHE_LIMIT)
        ruler.match = _RulerMatches(ruler)
    assert after == before


def _embeddings(nlp: Language) -> list[Any]:
    models: list[Any] = [getattr(nlp.get_pipe(name), "model", None) for name in nlp.pipe_names]
    return [
        node
        for model in models
        if hasattr(model, "walk")
        for node in model.walk()
        if isinstance(node._func, _EmbedRows)
    ]


def test_both_hashed_embeddings_are_sped_up(nlp: Language) -> None:
    # the shared one (tagger, parser) and the recogniser's own
    assert len(_embeddings(nlp)) == 2


def test_remembered_embeddings_are_the_stock_vectors_bit_for_bit(nlp: Language) -> None:
    nodes = _embeddings(nlp)
    docs = [nlp.make_doc(s) for s in SENTENCES]
    fast = [[node.predict(docs) for node in nodes] for _ in range(2)]  # the second from the cache
    singles = [[node.predict([d])[0] for d in docs] for node in nodes]  # another batching
    annotated = [
        [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in d]
        for d in nlp.pipe(SENTENCES)
    ]
    sped = [node._func for node in nodes]
    try:
        for node, f in zip(nodes, sped, strict=True):
            node._func = f.forward  # the stock forward pass back
        stock = [node.predict(docs) for node in nodes]
        stock_annotated = [
            [(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in d]
            for d in nlp.pipe(SENTENCES)
        ]
    finally:
        for node, f in zip(nodes, sped, strict=True):
            node._func = f
    for run in fast:
        for got, want in zip(run, stock, strict=True):
            assert all(numpy.array_equal(a, b) for a, b in zip(got, want, strict=True))
    for got, want in zip(singles, stock, strict=True):
        assert all(numpy.array_equal(a, b) for a, b in zip(got, want, strict=True))
    assert annotated == stock_annotated


def test_a_small_embedding_cache_forgets_and_gives_the_same_vectors(nlp: Language) -> None:
    node = _embeddings(nlp)[0]
    docs = [nlp.make_doc(s) for s in SENTENCES]
    want = node.predict(docs)
    small = _EmbedRows(node._func.forward, limit=8)
    got, _ = small(node, docs, False)
    again, _ = small(node, docs, False)
    assert len(small.seen) <= 8
    for a, b, c in zip(got, again, want, strict=True):
        assert numpy.array_equal(a, c) and numpy.array_equal(b, c)
