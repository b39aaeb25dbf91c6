"""Page furniture by shape: a byline strip with its timestamp, a picture pointer between dashes.
All texts are written for these tests."""

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


def test_picture_pointer_between_dashes_is_removed() -> None:
    text = " ".join(
        clean_article(
            "Skipper Rona Vale - seen here on the quay at Oxley with her crew last summer - said the night"
            " crossing had kept the island's shops supplied for thirty years.\n\n" + BODY
        ).paragraphs
    )
    assert "seen here" not in text
    assert "Skipper Rona Vale said the night crossing had kept" in text


def test_aside_between_dashes_that_points_at_no_picture_is_kept() -> None:
    # control: an aside between dashes that does not open with a picture word stays
    text = " ".join(
        clean_article(
            "Skipper Rona Vale - who has sailed the route since 1998 - said the night crossing had kept"
            " the island's shops supplied for thirty years.\n\n" + BODY
        ).paragraphs
    )
    assert "who has sailed the route since 1998" in text


def test_caption_with_a_pointer_is_not_cut_after_a_copula() -> None:
    # the words after a pointer run on to "is": no caption ends there, so the sentence is not cut
    # after it (a cut there would leave a subject-less fragment as a sentence)
    text = " ".join(
        clean_article(
            "The ferry company of Oxley said on Monday that its night crossing would stop. Tom Day (pictured)"
            " opened the new quay at Oxley in May and its harbour is Brenn Council's biggest project in years.\n\n"
            + BODY
        ).paragraphs
    )
    assert "Brenn Council's biggest project" in text
    assert not any(p.startswith("Brenn Council's") for p in text.split(". "))


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
