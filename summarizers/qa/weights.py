"""The answerer's weights, in one place.

How they were chosen: on the study half of the development set (the first 21 articles of
``../shared/eval/facets_dev.jsonl``), one weight at a time, with ``benchmarks/bench_qa_inprocess.py``;
a change was kept only when it did not lower the held half's aggregate figures. Round values were
preferred over the best decimal: the set is small and the weights must carry to other news.
``min_relevance`` (the "doesn't say" threshold) is the lowest relevance of a right answer on the
study half, rounded down, so that a question the article answers is not refused.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    # BM25 over lemma keys (standard values)
    k1: float = 1.2
    b: float = 0.75
    # sentence score = relevance + the terms below
    type_fit: float = 0.35  # the sentence holds an item of the expected kind (a number for "how many", ...)
    type_fit_cause_next: float = 0.2  # why: the reason opens the next sentence ("It came after ...")
    lede: float = 0.05  # the first sentence of the article states the story's main facts
    position: float = 0.05  # later sentences lose up to this much
    inherited: float = 0.5  # names of the previous sentence count this much in a sentence opening "He ..."
    name_missing: float = 0.25  # the question names someone the sentence does not mention
    # conversation
    referent: float = 1.0  # the person/thing a pronoun points to, as a query term
    context: float = 0.3  # terms of the previous question and answer span
    context_elliptical: float = 0.6  # the same, when the question leans on the previous one ("And why?")
    locality: float = 0.1  # a follow-up's sentence within two of the previous answer's sentence
    # refusing
    max_absent: float = 1.0  # above this share of unmentioned question content the article doesn't say
    min_relevance: float = 0.1  # below this relevance the article doesn't say (bench_qa_inprocess.py --threshold)


WEIGHTS = Weights()
