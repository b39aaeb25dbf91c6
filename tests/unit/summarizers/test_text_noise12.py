"""Captions glued into running text, cut off by their shape: a surname the story goes on with glued
after the name of a thing, a surname and an age after a noun that names no person, a pointer to
the thing a picture shows ("such as this one in ..."), and an editor's two versions of one time
left side by side. All texts are written for these tests."""

from __future__ import annotations

from tests.unit.summarizers.clean_texts import story_cleaner

LEAD = (
    "Skipper Ivo Brand and his crew were turned away from the port of Kessa after a row over the flag"
    " on their boat, officials said."
)
MIDDLE = (
    "Brand said the flag had flown on the boat for years. Brand, who has sailed for twenty years, said"
    " the crew had done nothing wrong. Crews come to the Kessa Regatta every spring. Brand has now asked the"
    " harbour board to review the ban."
)


_cleaned = story_cleaner([LEAD, MIDDLE])


def test_surname_glued_after_the_name_of_a_thing_is_cut_off() -> None:
    text = _cleaned(
        "A crowd gathered at the quay as the boat sailed in for the Kessa Regatta Brand and his crew left"
        " the port two days later when the board refused them a berth."
    )
    assert "Brand and his crew left the port two days later" in text
    assert "Kessa Regatta Brand" not in text


def test_full_name_of_a_person_is_not_cut() -> None:
    # control: a person's full name (no determiner before it), whose first names stand elsewhere
    text = _cleaned(
        "Ivo Brand and his crew left the port two days later when the board refused them a berth."
        " The crew said their skipper Mara Ivo Brand would sail again next year with the same flag."
    )
    assert "Mara Ivo Brand would sail again" in text


def test_surname_after_a_possessive_is_not_cut() -> None:
    # control: "Brand's Kessa Regatta" is one name
    text = _cleaned(
        "The boat was the pride of the Kessa Regatta and the harbour board turned it away from Ivo Brand's"
        " Kessa Regatta Brand and his crew had planned for months."
    )
    assert "Regatta Brand and his crew had planned" in text


def test_surname_with_an_age_after_a_common_noun_opens_a_sentence() -> None:
    text = _cleaned(
        "The crew had to leave the boat at the quay to get out of the port Brand, 52, and deckhands Tom"
        " Fell and Ana Ruiz flew home under guard once the board refused them a berth."
    )
    assert "Brand, 52, and deckhands Tom Fell and Ana Ruiz flew home" in text
    assert "to get out of the port" not in text


def test_name_with_an_age_after_a_person_noun_is_kept() -> None:
    # control: "his skipper Brand, 52," is an apposition, one sentence
    text = _cleaned(
        "The crew had planned to stay for the whole of the regatta with their skipper Brand, 52, and two"
        " deckhands until the board refused them a berth."
    )
    assert "with their skipper Brand, 52, and two deckhands until the board refused them a berth." in text


def test_pointer_to_the_thing_a_picture_shows_is_dropped() -> None:
    text = _cleaned(
        "The board said 300 boats had been turned away from harbours such as this one in Kessa"
        " Another group of skippers said the ban was unfair and would take the board to court."
    )
    assert "such as this one" not in text
    assert "said the ban was unfair and would take the board to court." in text


def test_such_as_this_one_without_a_place_is_kept() -> None:
    # control: prose pointing back at a thing it has named, no place and no picture word
    text = _cleaned(
        "The board said that disputes such as this one are rare and are usually settled within a week of"
        " the boat arriving."
    )
    assert "disputes such as this one are rare" in text


def test_two_versions_of_one_time_keep_the_first() -> None:
    text = _cleaned("Brand said yesterday/on Friday that he would not pay the fine.")
    assert "Brand said yesterday that he would not pay the fine." in text
    assert "/on Friday" not in text


def test_slash_between_other_words_is_kept() -> None:
    # control: a slash between words that are no times
    text = _cleaned("Brand said the fine would be paid by the owner/skipper of the boat by Friday.")
    assert "owner/skipper" in text
