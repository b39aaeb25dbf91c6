"""Page furniture by shape: a byline strip, with the writer's role, place, date, time or reading
time. All texts are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article

BODY = (
    "The ferry company of Oxley said on Monday that its night crossing to Brenn would stop in March.\n\n"
    "Fewer than forty passengers a night had used the crossing last winter, the company said.\n\n"
    "Harbour workers said they feared for their jobs and asked the council to step in."
)


def test_byline_strip_with_timestamp_is_not_a_title() -> None:
    cleaned = clean_article("By Ida Marsh | Updated Friday 4 June 2027, 17:45\n\n" + BODY)
    assert cleaned.title is None
    assert "Ida Marsh" not in " ".join(cleaned.paragraphs)


def test_byline_strip_under_a_headline_is_dropped() -> None:
    cleaned = clean_article(
        "Oxley ferry to stop night crossings\n\nBy Ida Marsh and Tom Quill | Published 4 June 2027\n\n" + BODY
    )
    assert cleaned.title == "Oxley ferry to stop night crossings"
    assert "Quill" not in " ".join(cleaned.paragraphs)


def test_headline_with_a_bar_stays_a_title() -> None:
    # control: a title with its site's name after a bar is no byline strip
    cleaned = clean_article("Oxley ferry to stop night crossings | Harbour Post\n\n" + BODY)
    assert cleaned.title == "Oxley ferry to stop night crossings | Harbour Post"


def test_byline_shapes_opening_a_page_are_no_title() -> None:
    for line in (
        "By Ida Marsh, transport correspondent",
        "By Ida Marsh in Brenn",
        "By Ida Marsh - 4 June 2027",
        "By Ida Marsh, Oxley Courier | June 4, 2027 10:05 am",
        "By Ida Marsh • 6 min read",
    ):
        cleaned = clean_article(line + "\n\n" + BODY)
        assert cleaned.title is None, line
        assert "Ida Marsh" not in " ".join(cleaned.paragraphs), line


def test_lines_opening_with_by_that_are_no_byline_are_kept() -> None:
    # controls: a date after "By", a sentence that ends as one
    assert clean_article("By Friday, the night crossing will be gone\n\n" + BODY).title is not None
    text = " ".join(
        clean_article(BODY + "\n\nBy Friday Ida Marsh, the skipper, had left the island.").paragraphs
    )
    assert "Ida Marsh, the skipper, had left" in text
