"""Choosing summary sentences. Minimal first version (lead); to be replaced by ranked selection."""

from __future__ import annotations


def select_summary(sentences: list[str], count: int = 3) -> list[int]:
    """Indices of the ``count`` summary sentences, in reading order."""
    return list(range(min(count, len(sentences))))
