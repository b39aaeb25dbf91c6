"""noise6: a paragraph that opens with a picture's caption and its label ("Home safe: Ann Velk, 9, had
...") before the story loses the caption, not only its label; a longer run (a caption glued onto the
story's first sentence) and a labelled line of its own are left to the rest of the cleaning. The texts
are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article

CAPTION = "Home safe: Ola Velk, 9, had dozed off under a rug in the back of the family's blue van."
STORY = (
    "A girl who dozed off on the rear seat of a van slept on while it was driven off down the lane. "
    "Officers traced the van two hours later on a farm track near the town of Kelby. "
    "Her mother thanked the officers who searched through the night."
)


def _text(raw: str) -> str:
    return " ".join(clean_article(raw).paragraphs)


def test_a_labelled_caption_opening_a_paragraph_goes_with_its_label() -> None:
    text = _text(CAPTION + " " + STORY)
    assert "had dozed off under a rug" not in text
    assert text.startswith("A girl who dozed off on the rear seat of a van")


def test_a_labelled_line_of_its_own_keeps_its_sentence() -> None:
    # control: a line of its own is judged as a title or a sentence, not as a caption in running text
    text = _text(CAPTION + "\n\n" + STORY)
    assert "Ola Velk, 9, had dozed off under a rug in the back of the family's blue van." in text


def test_a_long_labelled_run_keeps_the_story_glued_onto_it() -> None:
    # control: past a caption's length the run holds the story's first sentence too
    long_run = (
        "Home safe: Ola Velk, 9, had dozed off under a rug in the back of the family's blue van outside the "
        "house on the edge of the town of Kelby on a wet Sunday evening A girl who dozed off on the rear seat of a "
        "van slept on while it was driven off down the lane."
    )
    text = _text(long_run + " " + STORY.split(". ", 1)[1])
    assert "Officers traced the van two hours later" in text
    assert "A girl who dozed off on the rear seat of a van" in text
