"""Follow-ups (fu13): a quote run's sentences without a speaker of their own are the words of the person who opened
it, also when the opening sentence names them only by "he" / "she" ("..., he said.") and when the quotation runs on
into a sentence with no quote marks; a what-did-she-say follow-up then quotes her run, not a sentence off its topic.
Invented sentences."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_in_conversation
from newsbrief.summarizers.qa.retrieve import index_article
from newsbrief.summarizers.qa.sexes import no_sex
from newsbrief.summarizers.qa.speaker import speaks
from newsbrief.summarizers.qa.words import lemmatizer
from newsbrief.summarizers.text import open_quotation
from newsbrief.summarizers.types import Citation
from tests.unit.summarizers.facet_texts import story

CITE = Citation("fu13-1", "", "Dunholt Echo", "https://echo.example.org/fu13")

ALLOTMENT = (
    "The Tarrow allotment society lost the lease on its plots on Friday.",
    "Ivo Maren, the society's chairman, spoke to members at the gate.",
    "'Our gardeners have worked this ground for forty years and no one at Dunholt Council asked them,' he said.",
    "'Now they feel angry and betrayed by the council.'",
    "The council said the land would be sold for housing next year.",
)

POOL = (
    "The Brisk Lane swimming pool will reopen in May after a long repair.",
    "Pool manager Hana Maria Solberg said: 'The new roof is finished and the changing rooms are bright again.",
    "Swimmers will love it.'",
    "She said the price of a swim, which has not changed since the pool first opened in 1998 and is among the "
    "lowest in the county, would go up to four pounds next year.",
)


def test_a_quotation_left_open_runs_into_the_next_sentence() -> None:
    assert open_quotation("Ada Lorn said: 'The bridge is safe for cars.")
    assert open_quotation("'We start on Monday.")
    # controls: a quote closed in the sentence, an apostrophe inside a word, no quote at all
    assert not open_quotation("Ada Lorn said: 'The bridge is safe.'")
    assert not open_quotation("'It's safe,' she said.")
    assert not open_quotation("The bridge's deck was relaid.")


def test_the_run_after_a_pronoun_tag_is_the_pronouns_person(nlp: Any) -> None:
    ps = index_article(ALLOTMENT, 0, CITE, lemmatizer(nlp), ["Ivo Maren"])
    assert "maren" in ps[3].quoted
    # control: a sentence that is no quote carries nobody
    assert not ps[4].quoted


def test_a_sentence_inside_an_open_quotation_is_its_speakers(nlp: Any) -> None:
    lem = lemmatizer(nlp)
    ps = index_article(POOL, 0, CITE, lem, ["Hana Maria Solberg"])
    assert "solberg" in ps[2].quoted
    assert speaks(ps[2], "Hana Maria Solberg", nlp, lem, no_sex)
    # control: the sentence after the quotation closed is not in it
    assert not ps[3].quoted


def test_how_did_he_say_quotes_the_run_on_to_the_asked_words(nlp: Any) -> None:
    plots = story("Allotment society loses its lease", ALLOTMENT, "a1")
    first, state = answer_in_conversation("Who is the society's chairman?", [plots], None, nlp)
    assert "Ivo Maren" in first.text
    second, _ = answer_in_conversation("How did he say the gardeners feel?", [plots], state, nlp)
    assert "angry" in second.text


def test_what_did_she_say_about_it_takes_her_words_on_that_topic(nlp: Any) -> None:
    pool = story("Pool to reopen", POOL, "p1")
    first, state = answer_in_conversation("Who manages the Brisk Lane pool?", [pool], None, nlp)
    assert "Solberg" in first.text
    second, _ = answer_in_conversation("What did she say about the price?", [pool], state, nlp)
    assert "four pounds" in second.text
