"""Captions glued onto a sentence that repeats them further on, other captions between. All texts
are written for these tests."""

from __future__ import annotations

from tests.unit.summarizers.clean_texts import story_cleaner

LEAD = "The ferry firm serving Calder Sound plans a second boat by next summer."
MORE = (
    "Its second boat holds 400 passengers and 60 cars per crossing.\n\n"
    "Islanders on Brise wanted more crossings ever since timetables were cut in 2019."
)


_cleaned = story_cleaner([LEAD], [MORE])


def test_caption_repeated_by_its_own_sentence_after_other_captions_is_cut() -> None:
    text = _cleaned(
        "Halden Town survive by beating Orrin while both Wexley and Daunt drop points"
        " Supporters filled the wooden terraces for a final spring fixture"
        " Coach Ivo Brandt wants one more season at this level; the board backs him Results"
        " Halden Town (visiting Orrin) survive by beating Orrin while both Wexley (hosting Pell)"
        " and Daunt (hosting Marl) drop points."
    )
    assert "filled the wooden terraces" not in text
    assert "the board backs him" not in text
    assert "Halden Town (visiting Orrin) survive" in text
    assert "Results Halden" not in text


LIST = (
    "Tomas Reyl keeps a few habits in the weeks before a race. 1. Reyl sleeps nine hours every night"
    " and never drinks coffee after noon 2. He eats porridge with honey before each long run."
    " Reyl stretches by the canal at dawn 3. He swims for an hour whenever running is off 4."
    " Tomas keeps a diary of every session since boyhood."
)


def test_caption_named_between_a_closed_list_item_and_the_next_number_is_cut() -> None:
    text = _cleaned(LIST)
    assert "stretches by the canal" not in text
    assert "He swims for an hour" in text
    assert "He eats porridge with honey" in text


def test_second_sentence_of_a_list_item_that_goes_on_from_it_is_kept() -> None:
    # control: a run opening with a pronoun goes on from the item before it
    text = _cleaned(LIST.replace("Reyl stretches by the canal", "He stretches by the canal"))
    assert "He stretches by the canal at dawn" in text
