"""qa50: a role word that is a possessor ("the mayor's husband") is no role the answer must stand with, however it is
written; a name the recogniser leaves untagged acts when the parse makes it a clause's subject or a passive's "by"
agent. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.extract import names_actor
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import passage

CITE = Citation("qa50-1", "", "Tarnby Courier", "https://courier.example.org/qa50")


def test_a_possessor_role_is_not_the_answers_role(nlp: Any) -> None:
    hits = [
        ("Mayor Ana Ruiz will work with the new council, many believe.", CITE),
        ("Her husband left the consulting firm Delmar Partners last week.", CITE),
    ]
    ans = answer_from_sentences("Which firm did the mayor's husband work for?", hits, nlp)
    assert "consulting firm" in ans.text
    # control: the role written without a possessive
    ans = answer_from_sentences("Which firm did the husband of the mayor work for?", hits, nlp)
    assert "consulting firm" in ans.text


def test_an_untagged_agent_acts(nlp: Any) -> None:
    q = analyse("Who built the lamps?", lemmatizer(nlp))
    # the recogniser tags nothing in "by Walker": the parse makes it the passive's agent
    assert names_actor(q, passage("Those lamps were built by Walker back in 2009.", nlp, CITE), nlp)
    # controls: a tagged name as before; an untagged name that is no subject and no agent does not act
    assert names_actor(q, passage("Those lamps were built in 2009, Walker said.", nlp, CITE), nlp)
    assert not names_actor(q, passage("Those lamps were built of brass in 2009.", nlp, CITE), nlp)
