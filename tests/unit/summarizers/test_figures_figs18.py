"""Figures read as a fallback from captions the cleaning took out: a sum or a share the body never
writes, told in a clause of the caption, weighed below the body and without the caption's picture
pointers. Texts are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.facets import facets_from_parsed
from newsbrief.summarizers.figures import captions_for_figures
from newsbrief.summarizers.parse import parse_groups
from newsbrief.summarizers.types import Figure

BODY = [
    "Fishermen in the port of Wendle searched the bay for a second day on Tuesday.",
    "The trawler Marna left the harbour on Sunday with a crew of four.",
    "Coastguards said the weather had turned quickly after dark.",
]
REWARD = (
    "Harbour master Ilse Varn (pictured) walks along the quay at dawn The port authority has offered "
    "a £40,000 reward for news of the missing trawler"
)
CREW = (
    "Harbour master Ilse Varn (pictured) walks along the quay at dawn The port authority has sent "
    "three rescue boats to the mouth of the bay since Monday"
)


def _figures(nlp: Any, captions: list[str], body: list[str] = BODY) -> tuple[Figure, ...]:
    caps = captions_for_figures(captions, body)
    parsed = parse_groups(nlp, [[*body, *caps]], tails=[len(caps)])[0]
    return facets_from_parsed("", parsed[: len(body)], figure_captions=parsed[len(body) :]).figures


def test_a_sum_told_only_in_a_removed_caption_is_a_figure_without_its_pointer(nlp: Any) -> None:
    got = _figures(nlp, [REWARD])
    hit = [f for f in got if "40,000" in f.value]
    assert hit, got
    assert "reward" in hit[0].context
    assert all("(pictured)" not in f.sentence and "(pictured)" not in f.context for f in got)
    # control: the body alone has no such figure
    assert not any("40,000" in f.value for f in _figures(nlp, []))


def test_a_count_under_a_picture_or_a_sum_the_body_writes_is_not_read_from_the_caption(nlp: Any) -> None:
    assert not any("three" in f.value for f in _figures(nlp, [CREW]))
    told = [*BODY, "The port authority has offered a £40,000 reward for news of the boat."]
    got = _figures(nlp, [REWARD], told)
    assert [f.sentence for f in got if "40,000" in f.value] == [told[-1]], got
    # control: the sum is read from the caption when the body does not write it
    assert any("40,000" in f.value for f in _figures(nlp, [REWARD]))


def test_only_long_captions_holding_a_number_the_body_never_writes_are_kept() -> None:
    short = "Port offers £40,000 reward for missing trawler"
    stated = (
        "Harbour master Ilse Varn (left) walks along the quay at dawn The trawler left with a crew of four"
    )
    got = captions_for_figures([short, stated, REWARD], BODY)
    assert got == [
        "Harbour master Ilse Varn walks along the quay at dawn The port authority has offered "
        "a £40,000 reward for news of the missing trawler"
    ], got
