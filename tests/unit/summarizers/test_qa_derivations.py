"""A question's verb finds the sentence that uses its noun ("who defended" / "his defence lawyer"), weighing
less than the word itself, through the derivation table. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.lexicon.derivations import PAIRS
from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.conversation import ConversationState
from newsbrief.summarizers.qa.engine import _answer, _articles
from newsbrief.summarizers.qa.weights import Weights
from newsbrief.summarizers.qa.words import families, lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("court-1", "", "Valley Courier", "https://courier.example.org/court")
TRIAL = (
    "A ferry captain went on trial in Harlow on Monday over a collision in the estuary last spring.",
    "Orrin Tallis, 52, denies steering the ferry into a moored dredger.",
    "The prosecutor, Ida Marsh, said Tallis had ignored two warnings from the harbour master.",
    "Tallis's defence lawyer, Vera Plunkett, argued the dredger showed no lights at night.",
    "The hearing should last two weeks, court staff said.",
)


def test_the_table_joins_a_verb_to_its_nouns(nlp: Any) -> None:
    fam = families(lemmatizer(nlp))
    assert "defence" in fam["defend"]
    assert "defend" in fam["defence"]
    # control: a noun-verb homograph has no family (its noun reading already matches), nor does any member
    # of a related-lemma class
    assert "shop" not in fam
    assert "say" not in fam
    assert "\nshop " not in PAIRS


def test_a_verb_in_the_question_finds_its_noun_in_the_sentence(nlp: Any) -> None:
    ans = answer_from_sentences("Who defended Tallis?", cited(TRIAL, CITE), nlp)
    assert ans.answered
    assert "Plunkett" in ans.text, ans.text
    # control: with the family weight off, the sentence that names him wins
    off = _answer(
        "Who defended Tallis?",
        _articles(cited(TRIAL, CITE)),
        nlp,
        ConversationState(),
        Weights(derived=0.0),
    )
    assert "Plunkett" not in off.answer.text, off.answer.text


def test_the_word_itself_still_outweighs_its_family(nlp: Any) -> None:
    sentences = (
        "Councillors will defend the budget at a meeting in Harlow next week.",
        "The defence of the budget was left to the mayor last year.",
    )
    ans = answer_from_sentences("Who will defend the budget?", cited(sentences, CITE), nlp)
    assert "Councillors" in ans.text, ans.text
