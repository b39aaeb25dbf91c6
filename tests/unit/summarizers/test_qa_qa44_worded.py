"""qa44: "What did she say?" after a who-question: the sentence that answered "who" with an act of saying
("the deal was announced by Foreign Minister Tove Marren") gives none of her words; the sentence where she
speaks and gives them answers. The ceasefire story is the embedded default's own sample news
(``bot/data/feeds/world.xml``, written for this project), where the miss was seen; the tram sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsbrief.summarizers.qa.retrieve import index_article
from newsbrief.summarizers.qa.speaker import gives_words
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.facet_texts import converse, story

CITE = Citation("qa44-1", "", "Brackley Courier", "https://courier.example.org/qa44")

TRAMS = (
    "Brackley will build a tram line to its airport, the city council agreed on Monday.",
    "The plan was announced at the town hall by Mayor Ines Dorr and her deputy, Karl Wendt, after a year of talks.",
    "\u201cThis line will change how the whole region travels,\u201d Dorr told reporters.",
    "Wendt said the first trams would run by 2029.",
    "Work on the depot starts in the spring.",
)


def test_gives_words(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    ps = index_article(TRAMS, 0, CITE, lem)
    assert not gives_words(ps[1], nlp, lem)  # an act of saying, none of its words
    assert gives_words(ps[2], nlp, lem)  # a quotation
    assert gives_words(ps[3], nlp, lem)  # a reported clause
    assert not gives_words(ps[4], nlp, lem)


CEASEFIRE = (
    "KALDOR \u2014 Varnor and Estmark agreed on Sunday to a ceasefire along their disputed mountain border, ending"
    " three weeks of shelling that killed at least 64 people and forced about 12,000 villagers from their homes.",
    "The deal was announced in Kaldor by Foreign Minister Tove Marren of Varnor and her Estmark counterpart, Ilian"
    " Roshko, after two days of talks hosted by the Council of Northern States.",
    "Both sides agreed to pull heavy weapons back 15 kilometres from the frontier.",
    '"This is not yet peace, but it is the end of the killing," Marren told reporters.',
    'Roshko said Estmark would "respect every line of this agreement as long as Varnor does the same".',
    "A team of 200 unarmed monitors from the Council of Northern States will arrive on Wednesday to oversee the"
    " withdrawal.",
)


CASES = [
    # (title, sentences, who-question, her name, her words, the other speaker, his words)
    ("Varnor and Estmark agree ceasefire along disputed border", CEASEFIRE, "Who announced the deal?",
     "Tove Marren", "end of the killing", "Roshko", "respect every line"),
    ("Brackley to build airport tram line", TRAMS, "Who announced the plan?",
     "Ines Dorr", "change how the whole region travels", "Wendt", "2029"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentences", "ask", "name", "words", "other", "his_words"), CASES)
def test_what_did_she_say_takes_her_words(
    nlp: Any,
    title: str,
    sentences: tuple[str, ...],
    ask: str,
    name: str,
    words: str,
    other: str,
    his_words: str,
) -> None:
    b = story(title, sentences, "qa44-1")
    who, said = converse([ask, "What did she say?"], [b], nlp)
    assert name in who
    assert words in said, said
    # the other speaker, asked by name: his own words (the ceasefire's was answered with the announcement too)
    _, his = converse([ask, f"What did {other} say?"], [b], nlp)
    assert his_words in his, his
