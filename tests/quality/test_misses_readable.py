"""``bench_quality --misses`` prints the misses of study sets only: never those of a set that is only scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import bench_quality


def test_only_study_sets_print_their_misses() -> None:
    ours = Path("benchmarks/data/facets_extra.jsonl")
    assert bench_quality.misses_readable(bench_quality.DEV, "study")
    assert bench_quality.misses_readable(ours, "all")
    assert not bench_quality.misses_readable(bench_quality.DEV, "held")
    assert not bench_quality.misses_readable(bench_quality.DEV, "all")
    assert not bench_quality.misses_readable(bench_quality.PUBLIC, "all")


def test_a_blind_set_prints_no_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    # blind in two passes, a study set since the twenty-sixth
    last = Path("benchmarks/data/facets_fiction2.jsonl")
    assert last.exists()
    assert last.name not in bench_quality.BLIND
    assert bench_quality.misses_readable(last, "all")  # control: readable while no longer blind
    monkeypatch.setattr(bench_quality, "BLIND", frozenset({last.name}))
    assert not bench_quality.misses_readable(last, "all")
    assert bench_quality.misses_readable(Path("benchmarks/data/facets_extra8.jsonl"), "all")


@pytest.mark.parametrize(
    "name",
    [
        "facets_fiction3.jsonl",  # blind from the twenty-fifth pass, a study set from the twenty-eighth
        "facets_fiction4.jsonl",  # blind from the twenty-seventh pass, a study set from the twenty-ninth
        "facets_fiction5.jsonl",  # blind from the twenty-eighth pass, a study set from the thirtieth
    ],
)
def test_former_blind_sets_are_study_sets(name: str) -> None:
    studied = Path("benchmarks/data") / name
    assert studied.exists()
    assert studied.name not in bench_quality.BLIND
    assert bench_quality.misses_readable(studied, "all")


# the blind sets of the twenty-ninth and thirtieth passes
@pytest.mark.parametrize("name", ["facets_fiction6.jsonl", "facets_fiction7.jsonl"])
def test_the_blind_sets_print_no_misses(name: str) -> None:
    blind = Path("benchmarks/data") / name
    assert blind.exists()
    assert blind.name in bench_quality.BLIND
    assert not bench_quality.misses_readable(blind, "all")
    assert bench_quality.misses_readable(Path("benchmarks/data/facets_fiction.jsonl"), "all")
