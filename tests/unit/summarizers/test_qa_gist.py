"""Questions about the gist: "what's new?" names no topic (the latest stories' headlines, or one
story's summary), "tell me about X" asks for the gist of X, and a request around a question
("can you tell me who ...") is the question inside it."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import QuestionType, answer_question, asks_for_the_news, classify_question
from newsbrief.summarizers.types import Briefing
from tests.unit.summarizers.facet_texts import story

RATES = (
    "The Bank of Tervia raised its main rate to 3% on Monday.",
    "It was the third rise this year.",
    "Governor Ilse Brandt said more increases could follow.",
)
RAIN = (
    "Heavy rain flooded roads across the northern valleys on Sunday.",
    "The next forecast is due on Friday.",
)


def stories() -> list[Briefing]:
    return [story("Tervia raises rates", RATES, "a", lede=2), story("Floods in the north", RAIN, "b")]


@pytest.mark.parametrize(
    ("question", "news"),
    [
        ("what's new?", True),
        ("Any news today?", True),
        ("What are the latest headlines?", True),
        ("What is this article about?", True),
        ("So what happened?", True),
        # controls: the same words with a topic ask about that topic
        ("What is new in the budget?", False),
        ("What happened in Tervia?", False),
        ("Tell me more about the floods", False),
    ],
)
def test_a_news_question_names_no_topic(question: str, news: bool) -> None:
    assert asks_for_the_news(question) is news


def test_the_gist_of_several_stories_is_their_headlines_and_of_one_its_summary(nlp: Any) -> None:
    many = answer_question("what's new?", stories(), nlp)
    assert many.answered
    assert "Tervia raises rates" in many.text and "Floods in the north" in many.text
    assert [c.article_id for c in many.citations] == ["a", "b"]
    one = answer_question("what's new?", stories()[:1], nlp)
    assert one.text == " ".join(RATES[:2])  # one story: its summary, not a list


def test_tell_me_about_asks_for_the_gist_of_what_it_names(nlp: Any) -> None:
    ans = answer_question("Tell me more about the floods", stories(), nlp)
    assert ans.citations[0].article_id == "b" and "flooded" in ans.text
    # control: "what happened?" alone over the same stories lists them instead
    assert "Floods in the north" in answer_question("what happened?", stories(), nlp).text


def test_a_request_around_a_question_is_the_question_inside_it(nlp: Any) -> None:
    assert classify_question("Can you tell me who raised the rate?") == QuestionType.WHO
    ans = answer_question("Tell me who raised the rate.", stories()[:1], nlp)
    assert ans.text.startswith("The Bank of Tervia")  # "Tell" is not a name the article lacks
    # control: the bare question gives the same answer
    assert answer_question("Who raised the rate?", stories()[:1], nlp).text == ans.text
