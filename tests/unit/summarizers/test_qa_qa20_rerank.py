"""The parse re-rank reads a who-question's answer without trusting the entity labels of invented names (qa20):
a proper noun tagged as a building still fills the asked role, and a name that a common noun is "of" ("envoys of X") stands for that noun; the "by" agent of a passive verb whose subject is the question's
object is the doer a who-question asks for. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.rerank import parse_fit
from newsbrief.summarizers.qa.words import lemmatizer


@pytest.mark.parametrize(
    ("question", "sentence", "fit"),
    [
        # the small model tags the invented name a facility: yet it is the agent of the asked verb
        (
            "Who coached the winner?",
            "The winner was coached by Okonjo-Reid at the Marsh Lane track in Tuesday's race.",
            1.0,
        ),
        # the agent is "envoys", which the name is "of"
        (
            "Which country brokered the truce?",
            "The truce was brokered by envoys of Veldora, a neighbour of both sides.",
            1.0,
        ),
        # the doer of a passive verb whose subject is the question's object, told with another verb
        ("Who found the tape?", "The tape was posted by Kestrel News.", 1.0),
        ("Who found the tape?", "The tape was played on Kestrel News.", 0.3),  # control: no agent
        # control: a name that is only a number's part ("Tuesday") is no answer
        ("Who coached the winner?", "The winner was coached on Tuesday.", 0.0),
    ],
)
def test_the_role_is_read_through_the_parse(nlp: Any, question: str, sentence: str, fit: float) -> None:
    lem = lemmatizer(nlp)
    assert parse_fit(analyse(question, lem), sentence, nlp, lem) == fit
