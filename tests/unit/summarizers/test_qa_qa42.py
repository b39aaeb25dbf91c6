"""qa42: a whole-sentence quote with no speaker of its own ("Ana Ode said:" then "'We will appeal.'") carries the
speaker named before it, read only by questions asking what someone said. The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_from_sentences
from newsbrief.summarizers.qa.retrieve import index_article, unattributed_quote
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.types import Citation

CITE = Citation("qa42-1", "", "Fenmoor Gazette", "https://gazette.example.org/qa42")

FERRY = (
    "The Fenmoor ferry will stop running in March after the operator lost its licence.",
    "Harbour master Oskar Brenn said on Tuesday:",
    "\u201cThe crossing has carried islanders for sixty years and losing it is a scandal.\u201d",
    "Tickets for the winter season had already been sold to 2,000 passengers.",
    "The operator's licence was withdrawn over missing safety checks.",
)


def test_whole_sentence_quote_without_speaker() -> None:
    assert unattributed_quote("\u201cWe will appeal the ruling in the spring.\u201d")
    assert unattributed_quote("'It was a shock to everyone here.'")
    # controls: a quote with its own speaker tag, and a sentence that is no quote
    assert not unattributed_quote("\u201cWe will appeal,\u201d Brenn said.")
    assert not unattributed_quote("Brenn said the crossing would close.")


def test_the_quote_carries_the_speaker_apart(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    ps = index_article(FERRY, 0, CITE, lem)
    assert "brenn" in ps[2].quoted and "brenn" not in ps[2].inherited
    # control: a sentence that is no quote carries nobody
    assert not ps[3].quoted


def test_what_did_he_say_takes_the_quote_after_the_speaker(nlp: Any) -> None:
    hits = [(s, CITE) for s in FERRY]
    a = answer_from_sentences("What did Oskar Brenn say about the ferry?", hits, nlp)
    assert "scandal" in a.text
    # control: a question that asks no speech is not drawn to the quote by its speaker
    b = answer_from_sentences("Why was the operator's licence withdrawn?", hits, nlp)
    assert "safety checks" in b.text


PARK = (
    "Councillors voted on Monday to sell part of Hollin Park to a housing firm.",
    "Residents' group leader Petra Valk spoke outside the town hall.",
    "'This land was left to the town for ever, and we will fight the sale in court.'",
    "The housing firm plans 120 homes on the eastern meadow.",
)


def test_a_speakerless_quote_counts_as_speech_for_what_did_she_say(nlp: Any) -> None:
    ps = index_article(PARK, 0, CITE, lemmatizer(nlp))
    assert "valk" in ps[2].quoted
    # control: a sentence that is no quote carries nobody, though the one before it names a speaker
    assert not ps[3].quoted
    a = answer_from_sentences("What did Petra Valk say about the sale?", [(s, CITE) for s in PARK], nlp)
    assert "fight the sale" in a.text
