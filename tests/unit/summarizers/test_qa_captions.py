"""The captions the cleaning removed (``Briefing.captions``) answer only when the article's sentences
do not. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from newsbrief.summarizers.qa import answer_question
from newsbrief.summarizers.types import Briefing

SENTENCES = (
    "A pottery kiln collapsed at the Orrin Works during a night firing, the owners said.",
    "Nobody was hurt, but the firing of the whole spring range was lost.",
    "The owners said they would rebuild the kiln.",
)


def _briefing(sentences: tuple[str, ...], captions: tuple[str, ...]) -> Briefing:
    return Briefing(
        title="Kiln collapses at pottery",
        summary=sentences[:1],
        sentences=sentences,
        article_ids=("kiln-1",),
        captions=captions,
    )


def test_a_caption_answers_what_the_sentences_do_not(nlp: Any) -> None:
    caption = ("Potter Wren Ashby stands beside the collapsed kiln at the Orrin Works in Delby",)
    ans = answer_question("Who is Wren Ashby?", [_briefing(SENTENCES, caption)], nlp)
    assert ans.answered and "Potter" in ans.text, ans.text
    # control: without the caption the article doesn't name her
    bare = answer_question("Who is Wren Ashby?", [_briefing(SENTENCES, ())], nlp)
    assert not bare.answered, bare.text


def test_a_sentence_that_answers_comes_before_a_caption(nlp: Any) -> None:
    sentences = (*SENTENCES, "Wren Ashby, the works' manager, said the kiln was 40 years old.")
    caption = ("Potter Wren Ashby stands beside the collapsed kiln at the Orrin Works in Delby",)
    ans = answer_question("Who is Wren Ashby?", [_briefing(sentences, caption)], nlp)
    assert "manager" in ans.text and "Potter" not in ans.text, ans.text


def test_a_caption_sharing_far_more_of_the_question_answers(nlp: Any) -> None:
    # the sentences name the kiln's builder only in passing; the caption says what was asked
    sentences = (*SENTENCES, "Insurers will look at the kiln next week.")
    caption = ("Wren Ashby built the brick kiln at the Orrin Works with her brother in 1988",)
    question = "Who built the brick kiln at the Orrin Works with her brother?"
    ans = answer_question(question, [_briefing(sentences, caption)], nlp)
    assert "Wren Ashby" in ans.text, ans.text
    # control: without the caption a sentence answers as before
    bare = answer_question(question, [_briefing(sentences, ())], nlp)
    assert "Wren Ashby" not in bare.text, bare.text


CLOSE = (
    "A pottery kiln collapsed at the Orrin Works during a night firing, the owners said.",
    "Many pots were lost in the night firing, and the spring range will be late.",
    "The owners said they would rebuild the kiln.",
)


def test_a_caption_with_the_asked_item_answers_when_the_sentences_only_come_close(nlp: Any) -> None:
    # qa34: a sentence shares the question's words but gives no count, so the answer says the article doesn't say
    # how many; a caption that gives the count answers instead, though it shares fewer of the words
    caption = ("Workers carry out some of the 340 lost pots at the Orrin Works",)
    question = "How many pots were lost in the night firing?"
    ans = answer_question(question, [_briefing(CLOSE, caption)], nlp)
    assert ans.text.startswith("340"), ans.text
    # control: without the caption the answer says the article doesn't give the count
    bare = answer_question(question, [_briefing(CLOSE, ())], nlp)
    assert bare.text.startswith("The article doesn't say how many"), bare.text


def test_a_caption_without_the_asked_item_leaves_the_hedged_answer(nlp: Any) -> None:
    caption = ("Workers carry out some of the lost pots at the Orrin Works",)
    ans = answer_question("How many pots were lost in the night firing?", [_briefing(CLOSE, caption)], nlp)
    assert ans.text.startswith("The article doesn't say how many"), ans.text
