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
