"""Lines of a block that never come to a stop are a list, not a hard-wrapped paragraph: headlines of
other stories under a heading ("MORE STORIES") stay apart, each dropped as the short unfinished line
it is, while a wrapped paragraph that ends in a full stop is still joined. All texts are written for
these tests."""

from __future__ import annotations

import pytest

from newsbrief.summarizers.text import clean_article, split_sentences

LEAD = (
    "Harbour workers in Westmere walked out on Tuesday over a plan to cut night shifts at the container"
    " terminal, the union said."
)
AFTER = "The port authority said it would meet union leaders on Thursday to discuss the shift plan."


def _sentences(block: str) -> list[str]:
    cleaned = clean_article("\n\n".join([LEAD, block, AFTER]))
    return split_sentences("\n\n".join(cleaned.paragraphs))


@pytest.mark.parametrize(
    "block",
    [
        # headlines under a heading, as long as each other as wrapped lines are, neither ending in a stop
        "MORE STORIES\n"
        "Ferry timetable cut back for winter on the island route\n"
        "Lighthouse keeper, 91, recalls the storm of the century",
        # a block of unfinished lines of one width is no wrapped paragraph either
        "Ferry timetable cut back for winter on the island route\n"
        "Lighthouse keeper, 91, recalls the storm of the century\n"
        "Council to vote again on the new harbour wall next week",
    ],
)
def test_lines_that_never_stop_are_not_joined_into_a_sentence(block: str) -> None:
    sentences = _sentences(block)
    assert not any(w in s for s in sentences for w in ("Ferry", "Lighthouse", "harbour wall"))
    assert sentences[-1] == AFTER


def test_wrapped_paragraph_ending_in_a_stop_is_still_joined() -> None:
    # control: lines filled to one width that end in a full stop are one paragraph
    block = (
        "The union said the walkout would go on until the plan to cut\n"
        "night shifts was dropped, and that crews at the second terminal\n"
        "would join them on Friday if no talks had been offered by then."
    )
    sentences = _sentences(block)
    assert any(s.startswith("The union said the walkout") and s.endswith("by then.") for s in sentences)


def test_caption_under_a_label_on_a_line_of_its_own_is_dropped() -> None:
    # a label, a colon and a caption that never comes to a stop, too long to go as a short fragment
    block = (
        "Out in force: Dock workers and their families stand outside the terminal gates on Tuesday morning"
    )
    sentences = _sentences(block)
    assert not any("Dock workers and their families" in s for s in sentences)
    assert sentences[-1] == AFTER


def test_labelled_sentence_that_stops_is_kept() -> None:
    # control: a paragraph under a label that ends in a full stop is story text
    block = "Talks: Union leaders said they were ready to meet the port authority at any time this week."
    sentences = _sentences(block)
    assert any("ready to meet the port authority" in s for s in sentences)


def test_byline_strip_of_bar_separated_items_is_dropped() -> None:
    block = "Ana Ruiz, Senior Transport Reporter | Tuesday 3 March 2026 | 5 min read"
    sentences = _sentences(block)
    assert not any("Ana Ruiz" in s or "min read" in s for s in sentences)


def test_headlines_under_a_heading_are_dropped_even_when_one_asks_a_question() -> None:
    block = "READ NEXT\nWhich harbours could be the next to close?\nSkipper, 70, hands over the wheel to his grandson"
    sentences = _sentences(block)
    assert not any("harbours could be" in s or "Skipper, 70" in s for s in sentences)
    assert sentences[-1] == AFTER


def test_story_lines_under_a_heading_in_capitals_are_kept() -> None:
    # control: lines under a subhead that end in full stops are story text
    block = "WHAT HAPPENS NEXT\nThe union will ballot its members again.\nA result is due within a month."
    sentences = _sentences(block)
    assert "The union will ballot its members again." in sentences
    assert "A result is due within a month." in sentences
