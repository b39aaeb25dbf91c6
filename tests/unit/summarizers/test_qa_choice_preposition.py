"""What-questions ending on their preposition: the sentence with the question's word, that preposition and
a new object answers ("loaded with gravel" for "What was the barge loaded with?").

The sentences are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa import engine as qa_engine
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import preposition_fit, stranded_preposition
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("mill-1", "", "Valley Courier", "https://courier.example.org/mill")
MILL = (
    "Fire crews were called to an old mill near Dunmore late on Thursday.",
    "Tomas Erlich, 52, a former night watchman at the mill, was detained at a farm outside Dunmore on Friday.",
    "The local man was later fined for poaching.",
    "The mill had stood empty since 1998.",
)


def test_the_object_of_the_question_s_preposition_answers(nlp: Any) -> None:
    ans = answer_from_sentences("What has Tomas Erlich been fined for?", cited(MILL, CITE), nlp)
    assert "poaching" in ans.text, ans.text
    base = qa_engine.WEIGHTS
    qa_engine.WEIGHTS = replace(base, preposition_fit=0.0)
    try:  # control: without the fit, the sentence naming him answers
        other = answer_from_sentences("What has Tomas Erlich been fined for?", cited(MILL, CITE), nlp)
    finally:
        qa_engine.WEIGHTS = base
    assert "poaching" not in other.text, other.text


def test_stranded_preposition_reads_the_question_s_last_word(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    assert stranded_preposition(analyse("What was the bridge built from?", lem)) == "from"
    assert stranded_preposition(analyse("What did they spend the grant on?", lem)) == "on"
    assert stranded_preposition(analyse("What did they build?", lem)) == ""


def test_preposition_fit_wants_a_question_word_the_preposition_and_a_new_object(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    q = analyse("What did the club pour the grant into?", lem)
    assert preposition_fit(q, "It poured nearly all the grant into new street lights.") == 1.0
    # not: the preposition without a question word before it, or with the question's own word after it
    assert preposition_fit(q, "The lights into the tunnel were new.") == 0.0
    assert preposition_fit(q, "The club poured weeks into the grant.") == 0.0
    # not: another named party's object, when the question names someone
    named = analyse("What was Ana Ruiz honoured for?", lem)
    assert preposition_fit(named, "Her brother Paul Ruiz was honoured for bravery.") == 1.0  # same surname
    assert preposition_fit(named, "Marek Olsen was honoured for bravery.") == 0.0
    assert preposition_fit(named, "She was later honoured for bravery.") == 1.0
    # not: "what else ...": another item, said another way
    assert (
        preposition_fit(analyse("What other jobs is the alloy fit for?", lem), "It is fit for springs.")
        == 0.0
    )
