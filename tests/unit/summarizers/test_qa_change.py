"""'How much did it cut / raise ...' asks for the size of the change ("by 40%"), not for money. Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import changed_by
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Briefing

FERRY = (
    "The harbour board voted on Monday to change the island ferry timetable for the winter.",
    "A return ticket will cost 14 euros, and the board said the cut to daily crossings saves 90,000 euros.",
    "The board cut the daily crossings by 40% to save fuel.",
    "The fare for cars rose to 25 euros, up by 3 euros on last winter.",
)


def ferry() -> Briefing:
    return Briefing(title="Ferry timetable", summary=FERRY[:1], article_ids=("ferry-1",), sentences=FERRY)


def test_a_change_question_is_read_as_one() -> None:
    lem = lemmatizer(None)
    assert changed_by(analyse("How much did the board cut the daily crossings?", lem))
    assert changed_by(analyse("By how much did prices rise?", lem))
    assert not changed_by(analyse("How much does a return ticket cost?", lem))  # control


def test_how_much_did_it_cut_finds_the_size_of_the_cut(nlp: Any) -> None:
    ans = answer_question("How much did the board cut the daily crossings?", [ferry()], nlp)
    assert ans.answered and ans.citations[0].sentence == FERRY[2] and "40%" in ans.text


def test_by_how_much_did_it_raise_cuts_the_number_after_by(nlp: Any) -> None:
    ans = answer_question("By how much did the fare for cars rise?", [ferry()], nlp)
    assert ans.answered and ans.text.startswith("3 euros")
    # control: a question about a price, not a change, still gets the money it costs
    assert answer_question("How much does a return ticket cost?", [ferry()], nlp).text.startswith("14 euros")


def test_how_much_is_it_now_gives_the_level_reached_not_the_change(nlp: Any) -> None:
    passes = (*FERRY, "Season passes were cut by 10 euros to 120 euros.")
    b = Briefing(title="Ferry timetable", summary=FERRY[:1], article_ids=("ferry-1",), sentences=passes)
    ans = answer_question("How much does a season pass cost now?", [b], nlp)
    assert ans.answered and ans.citations[0].sentence == passes[-1]
    assert ans.text.startswith("120 euros"), ans.text
    # control: the change question on the same sentence still cuts the number after "by"
    change = answer_question("By how much were season passes cut?", [b], nlp)
    assert change.text.startswith("10 euros"), change.text
