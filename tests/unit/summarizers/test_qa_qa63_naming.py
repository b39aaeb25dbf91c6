"""qa63: "what is the new ferry called?" asks the name a thing goes by, not what someone said: its verb of naming is
not searched for, and the name set off after the noun it names answers. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.question import QuestionType, analyse, asks_name, classify_question
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa63-4", "", "Vell Gazette", "https://gazette.example.org/qa63-naming")


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("What is the new ferry called?", QuestionType.WHICH),
        ("What was the rescue operation named?", QuestionType.WHICH),
        ("What did the minister call the plan?", QuestionType.SAY),
        ("What has the union called for?", QuestionType.SAY),
    ],
)
def test_a_naming_question_is_no_says_question(question: str, qtype: QuestionType) -> None:
    assert classify_question(question) == qtype


def test_the_verb_of_naming_is_not_searched_for(nlp: Any) -> None:
    q = analyse("What is the new ferry called?", lemmatizer(nlp))
    assert asks_name(q)
    assert "call" not in q.terms and "ferry" in q.terms


def test_the_name_after_its_noun_answers(nlp: Any) -> None:
    sents = (
        "Baker Ana Ode won the Vell Prize on Monday for a collection of stories, The Long Field.",
        "The judges called it a book of rare warmth.",
        "Ode said she wrote it at night after her shifts.",
    )
    ans = answer_from_sentences("What is the winning collection called?", cited(sents, CITE), nlp)
    assert short_answer(ans.text) == "The Long Field", ans.text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The yard launched a ferry, The Grey Heron, last year.", ["The Grey Heron"]),
        ("The raid \u2013 Operation Kestrel \u2013 ended at dawn.", ["Operation Kestrel"]),
        ("Ana Ode, who lives in Vell, spoke first.", []),
    ],
)
def test_a_name_set_off_after_its_noun(text: str, want: list[str]) -> None:
    from newsbrief.summarizers.qa.extract import NAME_APPOSITION_RE

    assert [m.group(1) for m in NAME_APPOSITION_RE.finditer(text)] == want
