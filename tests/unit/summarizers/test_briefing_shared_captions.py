"""A caption the cleaning took out that both the next steps and the figures read is parsed once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsbrief.summarizers import briefing
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article

BOTH = "The club will sell the ground for £2.5 million on Friday after the vote"
FIGURES_ONLY = "The old stand cost £800,000 to build and seated 4,000 fans"
ARTICLE = (
    "Riverside Rovers held a members' meeting in the town hall.\n\nThe chairman Ann Lee spoke for an hour."
)


@pytest.fixture
def spied(engine: BriefingEngine, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The groups the engine parses and the captions it hands the facets, for one article whose
    removed captions are fixed: ``BOTH`` on both lists, ``FIGURES_ONLY`` on the figures' alone."""
    seen: dict[str, Any] = {}
    parse_groups = briefing.parse_groups
    facets_from_parsed = briefing.facets_from_parsed

    def groups_spy(nlp: Any, groups: Sequence[Sequence[str]], **kw: Any) -> Any:
        seen["groups"] = [list(g) for g in groups]
        seen["tails"] = kw["tails"]
        return parse_groups(nlp, groups, **kw)

    def facets_spy(*args: Any, **kw: Any) -> Any:
        seen["captions"] = list(kw["captions"])
        seen["figure_captions"] = list(kw["figure_captions"])
        return facets_from_parsed(*args, **kw)

    monkeypatch.setattr(briefing, "captions_for_steps", lambda removed: [BOTH])
    monkeypatch.setattr(briefing, "_figure_captions", lambda removed, sentences: [FIGURES_ONLY, BOTH])
    monkeypatch.setattr(briefing, "parse_groups", groups_spy)
    monkeypatch.setattr(briefing, "facets_from_parsed", facets_spy)
    engine.build(Article(id="club", text=ARTICLE))
    return seen


def test_a_caption_on_both_lists_is_parsed_once(spied: dict[str, Any]) -> None:
    (group,) = spied["groups"]
    assert group.count(BOTH) == 1
    assert group.count(FIGURES_ONLY) == 1  # the figures' own caption is still parsed
    assert spied["tails"] == [2]


def test_the_figures_share_the_steps_parse_of_a_caption_on_both_lists(spied: dict[str, Any]) -> None:
    (step,) = spied["captions"]
    own, shared = spied["figure_captions"]
    assert (step.text, own.text, shared.text) == (BOTH, FIGURES_ONLY, BOTH)
    assert shared.doc is step.doc
    assert shared.parsed and own.parsed and shared.doc.has_annotation("DEP")
    # numbered as when each caption had its own parse, after the steps' caption
    assert (own.index, shared.index) == (step.index + 1, step.index + 2)
