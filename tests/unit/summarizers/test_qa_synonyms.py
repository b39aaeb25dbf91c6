"""A question word the article never uses finds the article's synonym of it ("exonerated" / "acquitted"),
weighing less than the word itself, through the WordNet synonym table. The sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.lexicon.synonyms import PAIRS
from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.conversation import ConversationState
from newsbrief.summarizers.qa.engine import _answer, _articles, _asked_synonyms
from newsbrief.summarizers.qa.question import analyse
from newsbrief.summarizers.qa.weights import Weights
from newsbrief.summarizers.qa.words import lemmatizer, synonyms
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.qa_texts import cited

CITE = Citation("court-2", "", "Valley Courier", "https://courier.example.org/verdict")
VERDICT = (
    "A jury in Harlow returned its verdicts on Friday after a three-week fraud trial.",
    "Prosecutors had accused Dana Fenwick and her business partner, Owen Rusk, of hiding losses from investors.",
    "The jury acquitted Fenwick on all counts.",
    "Rusk will be sentenced next month.",
)


def test_the_table_joins_words_of_one_first_sense_in_their_part_of_speech(nlp: Any) -> None:
    syn = synonyms(lemmatizer(nlp))
    assert "exonerate" in syn[("verb", "acquit")]
    assert "acquit" in syn[("verb", "exonerate")]
    assert "call" in syn[("verb", "name")]
    # control: the noun "name" has no such synonym, nor does a word of a related-lemma class
    assert ("noun", "name") not in syn
    assert ("verb", "buy") not in syn
    assert "noun call name" not in PAIRS


def test_a_question_word_the_article_lacks_finds_its_synonym(nlp: Any) -> None:
    ans = answer_from_sentences("Who was exonerated?", cited(VERDICT, CITE), nlp)
    assert ans.answered
    assert "Fenwick on all counts" in ans.text, ans.text
    # control: with the synonym weight off, no sentence shares a word with the question
    off = _answer(
        "Who was exonerated?", _articles(cited(VERDICT, CITE)), nlp, ConversationState(), Weights(synonym=0.0)
    )
    assert "on all counts" not in off.answer.text, off.answer.text


def test_a_question_word_takes_the_synonyms_of_its_part_of_speech(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    idf = {"robot": 1.0, "call": 1.0, "child": 1.0}  # the article's words: no "name"
    verb = analyse("What do the children name the robot?", lem)
    got = _asked_synonyms(verb, dict.fromkeys(verb.terms, 1.0), idf, lem, nlp)
    assert "call" in got.get("name", ()), got
    # control: the noun "name" is not the verb's "call"
    noun = analyse("What is the robot's name?", lem)
    assert "name" not in _asked_synonyms(noun, dict.fromkeys(noun.terms, 1.0), idf, lem, nlp)
    # control: a word the article uses means itself
    assert _asked_synonyms(verb, dict.fromkeys(verb.terms, 1.0), {**idf, "name": 1.0}, lem, nlp) == {}


def test_a_participle_takes_adjective_synonyms_and_a_superlative_none(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    idf = {"club": 1.0, "coach": 1.0, "connect": 1.0, "large": 1.0}  # the article's words
    participle = analyse("Which club was the coach affiliated with?", lem)
    got = _asked_synonyms(participle, dict.fromkeys(participle.terms, 1.0), idf, lem, nlp)
    assert "connect" in got.get("affiliate", ()), got
    plain = analyse("Is it a big club?", lem)
    assert "large" in _asked_synonyms(plain, dict.fromkeys(plain.terms, 1.0), idf, lem, nlp).get("big", ())
    # control: the superlative grades its adjective ("the biggest club" may be the one with the most members)
    graded = analyse("Which is the biggest club?", lem)
    assert "big" not in _asked_synonyms(graded, dict.fromkeys(graded.terms, 1.0), idf, lem, nlp)
