"""``bench_quality --misses`` prints the misses of study sets only: never those of a set that is only scored."""

from __future__ import annotations

from pathlib import Path

from benchmarks import bench_quality


def test_only_study_sets_print_their_misses() -> None:
    ours = Path("benchmarks/data/facets_extra.jsonl")
    assert bench_quality.misses_readable(bench_quality.DEV, "study")
    assert bench_quality.misses_readable(ours, "all")
    assert not bench_quality.misses_readable(bench_quality.DEV, "held")
    assert not bench_quality.misses_readable(bench_quality.DEV, "all")
    assert not bench_quality.misses_readable(bench_quality.PUBLIC, "all")


def test_a_blind_set_prints_no_misses() -> None:
    blind = Path("benchmarks/data") / sorted(bench_quality.BLIND)[0]
    assert blind.name == "facets_extra8.jsonl"
    assert not bench_quality.misses_readable(blind, "all")
    assert bench_quality.misses_readable(
        Path("benchmarks/data/facets_extra7.jsonl"), "all"
    )  # control: last pass's blind set, a study set now
