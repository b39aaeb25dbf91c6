"""qa29: a "which X" question answered by a name of X's kind: a nationality adjective does not answer "which
ship" or "which prosecutor", and a person noun X takes a person before an organisation. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited, short_answer

CITE = Citation("qa29-1", "", "Pellam Courier", "https://courier.example.org/qa29")


CASES = [
    (
        (
            "Overnight two tugs towed the Marivel Dawn, a Danish-flagged tanker, into Pellam harbour.",
            "Nobody was hurt, the harbour master said.",
        ),
        "Which tanker was towed into Pellam harbour?",
        "Marivel Dawn",
        "Danish",
    ),
    (
        (
            "Hedda Quillan told reporters that the Ostrava Fraud Office had charged the driver that morning.",
            "The inquiry opens in March.",
        ),
        "Which prosecutor charged the driver?",
        "Hedda Quillan",
        "Fraud Office",
    ),
]


@pytest.mark.parametrize(("sents", "question", "want", "not_want"), CASES)
def test_which_question_takes_the_asked_kind(
    sents: tuple[str, ...], question: str, want: str, not_want: str, nlp: Any
) -> None:
    ans = answer_from_sentences(question, cited(sents, CITE), nlp)
    assert want in short_answer(ans.text) and not_want not in short_answer(ans.text), ans.text


@pytest.mark.parametrize(
    ("text", "ent", "want"),
    [
        ("The winger Ilyas Varro scored twice late on.", "Ilyas", "Ilyas Varro"),  # a given name so tagged
        ("A Norvan-flagged ferry sank.", "Norvan", ""),  # a nationality adjective: no name
        ("The Norvan crew was rescued.", "Norvan", ""),
    ],
)
def test_nationality_tag_opening_a_capitalised_run_is_a_name(text: str, ent: str, want: str) -> None:
    from newsbrief.summarizers.qa.extract import _name_run

    assert _name_run(text, ent, text.index(ent)) == want
