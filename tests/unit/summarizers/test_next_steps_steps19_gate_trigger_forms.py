"""The parse gate of the next steps reads every form a trigger of the extractor fires on."""

from __future__ import annotations

from typing import Any


def test_the_gate_reads_an_effort_in_the_progressive(nlp: Any) -> None:
    from newsbrief.summarizers.lexicon.steps import FUTURE_CUE_RE

    assert FUTURE_CUE_RE.search("Two rival firms are still negotiating over a merger.")
    assert FUTURE_CUE_RE.search("The fault's cause is being examined.")
    assert FUTURE_CUE_RE.search("The rowing club has lodged a petition.")
    assert FUTURE_CUE_RE.search("Cab drivers are obliged to show permits.")
    assert not FUTURE_CUE_RE.search("Two rival firms merged quietly.")  # control
