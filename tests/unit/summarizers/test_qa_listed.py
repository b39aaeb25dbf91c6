"""A thread about several stories: "who is involved in the second story?" after the headlines of
"what's new?" is about that story, however many turns ago the list came; and "what happens next?"
in a thread answering from one story gives that story's next steps."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import QuestionType, classify_question, points_at_a_listed_story
from newsbrief.summarizers.types import Actor, Briefing, NextStep
from tests.unit.summarizers.facet_texts import converse, story

RATES = (
    "The Bank of Tervia raised its main rate to 3% on Monday.",
    "Governor Ilse Brandt said more increases could follow.",
    "The bank's board meets again on 4 March.",
    "Finance Minister Olaf Berg said the government backed the decision.",
)
RAIN = (
    "Heavy rain flooded roads across the northern valleys on Sunday, cutting off 40 villages.",
    "Mayor Tomas Ruiz said the army would help clear the roads.",
    "Transport Minister Lena Voss said the main roads would reopen within days.",
    "Engineers will inspect the river dams on Tuesday.",
    "A relief fund opens to donations on Friday.",
)
PORT = (
    "Dockworkers at the port of Selm walked out on Wednesday over pay.",
    "Union leader Ada Moss said the strike would last a week.",
)


def stories() -> list[Briefing]:
    rates = replace(
        story("Tervia raises rates", RATES, "a"),
        actors=(Actor("Ilse Brandt", "Governor", "PERSON"), Actor("Bank of Tervia")),
        next_steps=(NextStep("The bank's board meets again on 4 March", RATES[2]),),
    )
    rain = replace(
        story("Floods in the north", RAIN, "b"),
        actors=(Actor("Tomas Ruiz", "Mayor", "PERSON"),),
        next_steps=(
            NextStep("Engineers will inspect the river dams on Tuesday", RAIN[2]),
            NextStep("A relief fund opens to donations on Friday", RAIN[3]),
        ),
    )
    port = replace(
        story("Dock strike in Selm", PORT, "c"), actors=(Actor("Ada Moss", "Union leader", "PERSON"),)
    )
    return [rates, rain, port]


def thread(questions: list[str], nlp: Any) -> list[str]:
    return converse(questions, stories(), nlp)


def test_a_story_named_by_its_place_in_the_list_is_that_story(nlp: Any) -> None:
    listing, second, third = thread(
        ["what's new?", "Who is involved in the second story?", "and the third one?"], nlp
    )
    assert listing.splitlines()[1].endswith("Floods in the north")
    assert "Tomas Ruiz" in second and "Ilse Brandt" not in second
    assert "walked out" in third  # "and the third one?": its gist
    # the list is remembered past the turns a follow-up reads
    later = thread(
        [
            "what's new?",
            "How much did rates rise?",
            "Who is the mayor?",
            "When do the dams get inspected?",
            "What did the governor say?",
            "Who is in the last story?",
        ],
        nlp,
    )
    assert later[-1] == "Ada Moss (Union leader)"  # "who is in it?": its key actors


def test_without_a_list_an_ordinal_is_an_ordinary_question(nlp: Any) -> None:
    assert points_at_a_listed_story("who is in the 2nd story?") and points_at_a_listed_story("and story 3?")
    assert not points_at_a_listed_story("Who won the second round?")
    # control: no list was given, so "the first one" points nowhere and the question is searched as it is
    (first,) = thread(["Who is involved in the first story?"], nlp)
    assert "Tomas Ruiz" not in first and "Ilse Brandt" not in first


def test_what_happens_next_in_a_thread_is_that_storys_next_steps(nlp: Any) -> None:
    answers = thread(["Which villages were cut off by the rain?", "What happens next?"], nlp)
    assert "inspect the river dams" in answers[1] and "relief fund" in answers[1]  # both steps, listed
    assert "4 March" not in answers[1]  # not the other story's
    # control: with no story in focus, several stories give no one story's steps
    (alone,) = thread(["What happens next?"], nlp)
    assert not ("inspect the river dams" in alone and "relief fund" in alone)


def test_who_is_in_it_asks_who_is_involved() -> None:
    assert classify_question("Who is in it?") == QuestionType.INVOLVED
    assert classify_question("and who's in this?") == QuestionType.INVOLVED
    # control: "who is in" something else asks for a person
    assert classify_question("Who is in charge of the bank?") == QuestionType.WHO


def test_a_follow_up_naming_what_only_another_story_mentions_turns_to_it(nlp: Any) -> None:
    board, minister = thread(
        ["When does the bank's board meet again?", "What did the transport minister say?"], nlp
    )
    assert "4 March" in board
    assert "Lena Voss said" in minister  # "transport" is only in the flood story
    # control: a follow-up the thread's own story answers stays on it
    _, finance = thread(["When does the bank's board meet again?", "What did the minister say?"], nlp)
    assert "Olaf Berg said" in finance
