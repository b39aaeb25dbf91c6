"""The answerer's weights, in one place.

How they were chosen: on the study half of the development set (the first 21 articles of
``../shared/eval/facets_dev.jsonl``), one weight at a time, with ``benchmarks/bench_qa_inprocess.py``;
a change was kept only when it did not lower the held half's aggregate figures. Round values were
preferred over the best decimal: the set is small and the weights must carry to other news.
``min_relevance`` (the "doesn't say" threshold) is the highest threshold at which the study half
loses no right answer (``bench_qa_inprocess.py --threshold`` prints the study accuracy for each
candidate: 0.706 from 0 to 0.15, 0.698 at 0.2, 0.675 at 0.3).
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
    proximity: float = 0.0  # the question's neighbouring words stand close together in the sentence too
    proximity_window: int = 2  # "close": at most this many content words apart
    near_chars: int = 40  # an expected item this close to a word of the question fits fully
    far_item: float = 1.0  # fit of an expected item elsewhere in the sentence
    type_fit_cause_next: float = 0.2  # why: the reason opens the next sentence ("It came after ...")
    lede: float = 0.0  # the first sentence of the article states the story's main facts
    position: float = 0.0  # later sentences lose up to this much
    inherited: float = 0.5  # names of the previous sentence count this much in a sentence opening "He ..."
    name_missing: float = 0.0  # the question names someone the sentence does not mention
    # conversation
    referent: float = 0.5  # the person/thing a pronoun points to, as a query term
    context: float = 0.15  # terms of the previous question and answer span
    context_elliptical: float = 0.3  # the same, when the question leans on the previous one ("And why?")
    repeat: float = (
        0.2  # a follow-up asks for something new: the sentence an earlier turn answered with loses this
    )
    locality: float = 0.1  # a follow-up's sentence within two of the previous answer's sentence
    # refusing
    min_relevance: float = (
        0.15  # below this relevance the article doesn't say (bench_qa_inprocess.py --threshold)
    )


WEIGHTS = Weights()
