"""The quality ratchet: the dev-set and public-set scorecards never fall below recorded floors.

The floors live in ``benchmarks/quality_floor.json``; raise them when a change improves a metric
(`python benchmarks/bench_quality.py --qa` prints the figures). The shared evaluation files are
found relative to the repository (``../shared/eval``); when they are missing the test fails. Our
own study sets (``benchmarks/data/facets_extra.jsonl``, 50 real articles, ``facets_extra2.jsonl``, 24
more, ``facets_extra3.jsonl``, 24 more, ``facets_extra4.jsonl``, 24 more, ``facets_extra5.jsonl``, 24 more, ``facets_extra6.jsonl``, 24 more, ``facets_extra7.jsonl``, 24 more, ``facets_extra8.jsonl``, 14 more, ``benchmarks/data/facets_fiction.jsonl``, 30 invented ones, and ``facets_fiction2.jsonl``,
``facets_fiction3.jsonl``, ``facets_fiction4.jsonl``, ``facets_fiction5.jsonl``, ``facets_fiction6.jsonl`` and
``facets_fiction7.jsonl``, 20 more each (fiction2 blind in the twenty-fourth and twenty-fifth passes, fiction3 blind
from the twenty-fifth to the twenty-seventh, fiction4 in the twenty-seventh and twenty-eighth, fiction5 in the
twenty-eighth and twenty-ninth, fiction6 and fiction7 the blind sets); keyed
by their paths) have facet floors only: they guard what we learned from them without the minutes their
questions would add.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_quality

FLOORS = Path(bench_quality.REPO) / "benchmarks" / "quality_floor.json"


def _floors() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data


QA_METRICS = ("qa_accuracy", "followup_accuracy")


def _gold(name: str) -> Path:
    """A shared set by file name (``../shared/eval``), or one of ours by its path in the repository."""
    return Path(bench_quality.REPO) / name if "/" in name else bench_quality.EVAL / name


@pytest.mark.parametrize("gold_name", sorted(_floors()))
def test_scorecard_holds_its_floor(gold_name: str) -> None:
    gold = _gold(gold_name)
    assert gold.exists(), f"the evaluation set is missing: {gold}"
    qa = any(metric in _floors()[gold_name] for metric in QA_METRICS)  # answers take the longest
    card = bench_quality.scorecard(gold, "all", qa=qa, baseline=False, in_process=True)["newsbrief"]
    below = {
        metric: (card[metric], floor)
        for metric, floor in _floors()[gold_name].items()
        if card[metric] is None or card[metric] < floor
    }
    assert not below, f"{gold_name}: metrics below their recorded floor (got, floor): {below}"
