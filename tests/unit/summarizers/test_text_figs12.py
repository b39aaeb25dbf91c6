"""A scale's name after its unit ("degrees Celsius") is no sentence start when a video teaser's caption
is cut off the sentence after it. Texts are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article, split_sentences


def _sentences(raw: str) -> list[str]:
    return split_sentences("\n\n".join(clean_article(raw).paragraphs))


def test_a_named_scale_after_its_unit_starts_no_sentence() -> None:
    got = _sentences(
        "The channel has picked the best films of its week. Its reporter Ann Lee visits two river towns. "
        "Video below: Engineers warn that a rise of 3 degrees Celsius across the river's water would "
        "finish off its trout. Its reporter Tom Hale speaks from the quay."
    )
    assert any("3 degrees Celsius across the river" in s for s in got), got
    # control: a caption after the teaser is still cut where a sentence starts after a lower-case word
    got = _sentences(
        "The channel has picked the best films of its week. Its reporter Ann Lee visits two river towns. "
        "Video below: A trout leaps from the river near the old mill in spring Engineers believe that a "
        "warmer river would finish off its trout."
    )
    assert not any("leaps" in s for s in got), got
