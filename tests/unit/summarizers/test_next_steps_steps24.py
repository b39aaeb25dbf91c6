"""steps24: a talk or a standardising under way ("are discussing the terms", "is standardising how
the kilns are fired") is an effort whose outcome is still to come, like "are negotiating"; the same
verbs in the simple past tell the story."""

from __future__ import annotations

from typing import Any

from tests.unit.summarizers.facet_texts import facets, steps

_SHOP = "The two bakeries in Harwick closed their shared shop on Monday.\n"


def test_talks_under_way_are_a_step(nlp: Any) -> None:
    said = "The owners have hired their own lawyers and are discussing the split of the ovens, a clerk said."
    assert "discussing the split of the ovens" in steps(facets(nlp, _SHOP + said))


def test_talks_in_the_past_are_the_story(nlp: Any) -> None:
    told = "The owners discussed the split of the ovens over lunch, a clerk said.\n"
    control = "The owners are negotiating the sale of the shop, the clerk added."
    text = steps(facets(nlp, _SHOP + told + control))
    assert "discussed the split" not in text
    assert "negotiating the sale of the shop" in text  # control: an effort under way beside it


def test_a_standardising_under_way_is_a_step(nlp: Any) -> None:
    fire = "A kiln at the Marsh pottery cracked last week and burned two workers.\n"
    said = "'We are also standardising how every kiln is fired at the pottery,' its manager said."
    assert "standardising how every kiln is fired" in steps(facets(nlp, fire + said))
