"""qa26: a question word the article never uses reaches a synonym that belongs to a related-lemma class ("shut"
finds "closing", keyed "end"), by the word's own lemma and not its class's other words; and a sum of money
("£40m") is no length for a how-long question. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.conversation import ConversationState
from newsbrief.summarizers.qa.engine import _answer, _articles
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.retrieve import type_fit
from newsbrief.summarizers.qa.weights import Weights
from newsbrief.summarizers.qa.words import lemmatizer, synonyms
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("mill-1", "", "Dale Gazette", "https://gazette.example.org/mill")
MILL = (
    "Workers at the Orrin Vale paper mill heard that its owner wants to stop production there.",
    "The mill opened in 1962.",
    "The owner, Tessaly Papers, said it had lost money for four years.",
    "Output will wind down over the winter, with the mill closing for good in March 2028.",
    "Staff representatives vowed to oppose the plan.",
)


def test_a_class_word_has_its_own_lemmas_synonyms(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    syn = synonyms(lem, classes=True)
    assert "end" in syn[("verb", "shut")]  # "close" is keyed by its class, "end"
    assert "shut" in syn[("verb", "close")]
    # control: without the classes a class's words stay out of the table, as before
    old = synonyms(lem)
    assert ("verb", "shut") not in old and ("verb", "close") not in old
    # control: a class word's synonyms are its own, not its class-mates' ("show" is not "find")
    assert syn.get(("verb", "show"), frozenset()).isdisjoint(
        syn.get(("verb", "find"), frozenset()) - {"find"}
    )


def test_a_question_word_the_article_lacks_reaches_a_class_synonym(nlp: Any) -> None:
    q = "When will the mill shut?"
    ans = answer_from_sentences(q, cited(MILL, CITE), nlp)
    assert "March 2028" in ans.text, ans.text
    # control: without class synonyms "shut" finds nothing and the mill's opening year wins
    off = _answer(q, _articles(cited(MILL, CITE)), nlp, ConversationState(), Weights(class_synonyms=False))
    assert "March 2028" not in off.answer.text, off.answer.text


def test_a_sum_of_money_is_no_length(nlp: Any) -> None:
    q = analyse("How long did the blackout last?", lemmatizer(nlp))
    assert type_fit(q, "The blackout cost shops between £40m and £90m.") == 0.0
    assert type_fit(q, "The blackout lasted 11 hours.") == 1.0
    # a length still is one
    assert type_fit(analyse("How long is the bridge?", lemmatizer(nlp)), "The bridge is 40m long.") == 1.0
