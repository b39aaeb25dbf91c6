"""A caption glued onto the next sentence where a name runs on from the caption's last word: a month
closing the caption's date ("... back in October Harbour Rovers have ...") or a crowd noun opening
the next sentence ("... in the Coastal League Supporters of both clubs ..."). All texts are written
for these tests."""

from __future__ import annotations

from tests.unit.summarizers.clean_texts import story_cleaner

LEAD = "Harbour Rovers meet Calder Town at Brise Park on Saturday in the Coastal League."
MORE = (
    "Calder Town have won three of their last four away games in the Coastal League.\n\n"
    "Harbour Rovers coach Ivo Brandt said his squad was fit after a week of rest."
)


_cleaned = story_cleaner([LEAD], [MORE])


MONTH = (
    "Tomas Reyl curls a free kick into the far corner to hand Calder Town a narrow win over the hosts"
    " at Brise Park back in October Harbour Rovers have lost only twice at home since the spring."
)


def test_caption_ending_on_a_month_before_a_name_the_text_writes_is_cut() -> None:
    text = _cleaned(MONTH)
    assert "curls a free kick" not in text
    assert "Harbour Rovers have lost only twice at home since the spring." in text


def test_month_after_a_conjunction_opens_the_clause_and_is_kept() -> None:
    # control: "but in October" opens a clause of the same sentence
    sentence = (
        "The hosts had won every home game before the winter break, but in October Harbour Rovers"
        " lost twice at home and dropped to fifth."
    )
    assert sentence in _cleaned(sentence)


def test_month_before_a_name_the_text_writes_nowhere_else_is_kept() -> None:
    # control: the name after the month stands nowhere else in the text
    text = _cleaned(MONTH.replace("October Harbour Rovers", "October Westfield Albion"))
    assert "curls a free kick" in text


CROWD = (
    "Home fans hold up a banner at Brise Park in a protest over the price of tickets in the Coastal"
    " League Supporters of both clubs marched to the ground before kick-off to demand cheaper seats."
)


def test_caption_ending_on_a_name_before_a_crowd_noun_is_cut() -> None:
    text = _cleaned(CROWD)
    assert "hold up a banner" not in text
    assert "Supporters of both clubs marched to the ground before kick-off to demand cheaper seats." in text


def test_crowd_noun_going_on_in_a_name_is_kept() -> None:
    # control: a capital after the noun: it is part of a name ("... Supporters Trust")
    sentence = (
        "Members of the group met the board at Brise Park to talk about the Coastal League"
        " Supporters Trust and its plans for cheaper seats next season."
    )
    assert sentence in _cleaned(sentence)
