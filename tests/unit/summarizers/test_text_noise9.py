"""Captions glued onto a sentence that repeats them further on, other captions between. All texts
are written for these tests."""

from __future__ import annotations

from newsbrief.summarizers.text import clean_article

LEAD = "The ferry company of Calder Sound said on Monday that it would add a second boat next summer."
MORE = (
    "The new boat will carry up to 400 passengers and 60 cars on each crossing of the sound.\n\n"
    "Islanders on Brise had asked for more crossings since the old timetable was cut in 2019."
)


def _cleaned(paragraph: str) -> str:
    return " ".join(clean_article(f"{LEAD}\n\n{paragraph}\n\n{MORE}").paragraphs)


def test_caption_repeated_by_its_own_sentence_after_other_captions_is_cut() -> None:
    text = _cleaned(
        "Halden Town can stay up if they beat Orrin and both Wexley and Daunt lose at home"
        " Fans of the club packed the old terraces for the last game of the spring"
        " Coach Ivo Brandt wants one more season at this level; the board backs him Results"
        " Halden Town (away to Orrin) can stay up if they beat Orrin and both Wexley (home to Pell)"
        " and Daunt (home to Marl) lose at home."
    )
    assert "packed the old terraces" not in text
    assert "the board backs him" not in text
    assert "Halden Town (away to Orrin) can stay up" in text
    assert "Results Halden" not in text


def test_sentence_whose_start_is_not_repeated_later_is_kept() -> None:
    # control: no run before a join point comes back after a later one
    sentence = (
        "Halden Town can stay up if they beat Orrin on the last day of the season"
        " Fans of the club packed the old terraces for the final game of the spring and sang"
        " for an hour after the whistle."
    )
    text = _cleaned(sentence)
    assert "packed the old terraces" in text


LIST = (
    "Tomas Reyl keeps a few habits in the weeks before a race. 1. Reyl sleeps nine hours every night"
    " and never drinks coffee after noon 2. He eats porridge with honey before each long run."
    " Reyl stretches by the canal at dawn 3. He swims for an hour on the days he does not run 4."
    " Tomas keeps a diary of every session he has done since he was a boy."
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
