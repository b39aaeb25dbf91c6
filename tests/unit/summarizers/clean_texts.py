"""Cleaning short stories written for the tests: the paragraph under test set among paragraphs of
plain story text, as web copy glues captions into a story's paragraphs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsbrief.summarizers.text import clean_article


def story_cleaner(before: Sequence[str], after: Sequence[str] = ()) -> Callable[[str], str]:
    """A function that cleans a story of the paragraphs ``before``, the paragraph it is given and
    the paragraphs ``after``, and returns the cleaned paragraphs joined by spaces."""

    def cleaned(paragraph: str) -> str:
        story = "\n\n".join([*before, paragraph, *after])
        return " ".join(clean_article(story).paragraphs)

    return cleaned
