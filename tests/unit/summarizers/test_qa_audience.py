"""A question asking how many people saw an event ("how many fans watched the game?", "how big was the crowd?") is
answered by the sentence that counts the crowd ("in front of 8,400", "a crowd of 1,250"), though it shares no word
with the question; a question asking what something is worth by the sentence giving a sum before the thing it values
("the £40,000 Harbour Bursary"), though it names the thing another way (twenty-seventh pass).

The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import asks_audience, asks_worth, audience_count, values_thing
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("cup-1", "", "Vale Courier", "https://courier.example.org/cup")
CUP = (
    "Tarnby Rovers beat Kell Town 3-1 in the county cup on Saturday to reach the final for the first time.",
    "Ada Venn scored twice in the first half for Tarnby, who had lost all 12 of their previous games against Kell.",
    "A crowd of 2,315 at Holm Park, a record for the ground, saw Kell pull one back late on.",
    "The final will be played at Brayford on 4 May.",
)


def test_asks_audience_reads_a_question_about_the_crowd(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    for text in (
        "How many people watched the game?",
        "How many fans were at the match?",
        "How many spectators were there?",
        "How big was the crowd at the concert?",
        "What was the attendance?",
        "How many turned out for the rally?",
    ):
        assert asks_audience(analyse(text, lem)), text
    for text in (
        "How many pupils attend the school?",
        "How many people attended the clinic last month?",
        "How many games did they win?",
        "How many stewards worked at the ground?",
    ):
        assert not asks_audience(analyse(text, lem)), text


def test_audience_count_finds_a_counted_crowd() -> None:
    for text in (
        "Kell won 2-0 in front of 8,400 at the Dome.",
        "A crowd of 1,250 saw the game.",
        "The 12,000 crowd sang throughout.",
        "The race was watched by about 40,000 spectators.",
        "The attendance was 3,100.",
    ):
        assert audience_count(text), text
    for text in (
        "Kell won 2-0 on Friday.",
        "The club has 8,400 members.",
        "In front of the stand, 12 stewards waited.",
    ):
        assert not audience_count(text), text


def test_a_how_many_watched_question_is_answered_by_the_crowd(nlp: Any) -> None:
    ans = answer_from_sentences("How many people watched the game?", cited(CUP, CITE), nlp)
    assert "2,315" in ans.text, ans.text


PRIZE = (
    "Mira Tull, a nurse from Kell, has won a national award for poetry with her first collection.",
    "Tull said she would give £2,000 to the hospital's staff fund.",
    "She was handed the £40,000 Harbour Bursary at a dinner in Tarnby on Tuesday.",
    "Five other poets were on the shortlist.",
    "The award was set up by a shipping firm in 1990 and is given every two years.",
)


def test_values_thing_finds_a_sum_before_what_it_values() -> None:
    assert values_thing("She was handed the £40,000 Harbour Prize on Tuesday.")
    assert values_thing("The club signed a $2m deal.")
    assert not values_thing("Tull said she would give £2,000 to the staff fund.")
    assert not values_thing("The ring was valued at £210,000.")


def test_a_worth_question_is_answered_by_the_sum_before_the_prize(nlp: Any) -> None:
    assert asks_worth(analyse("How much is the award worth?", lemmatizer(nlp)))
    ans = answer_from_sentences("How much is the award worth?", cited(PRIZE, CITE), nlp)
    assert "40,000" in ans.text, ans.text
