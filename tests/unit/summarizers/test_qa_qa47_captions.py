"""qa47: a who / which question answered by a caption's name of the asked kind, one neither the question nor the
sentence answering from the text uses, though the caption shares less than ``_CAPTION_LEAD`` times that
sentence's words (``Weights.caption_entity``). The sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsbrief.summarizers.qa import ConversationState, answer_in_conversation, answer_question, engine
from newsbrief.summarizers.qa.weights import WEIGHTS
from newsbrief.summarizers.types import Briefing

SENTENCES = (
    "The county chess open ended on Sunday in the town hall at Fenmoor.",
    "Organisers said more than 90 players took part over three days.",
    "Hugo Marsh, the defending champion, lost in the fourth round of the county chess open.",
    "A rapid event for juniors will be held in the same hall next month.",
)
TROPHY = (*SENTENCES, "The trophy, made by hand in Fenmoor, was handed over by Hugo Marsh.")
WON = "Mary Collins won the title with a final-round victory"


def _briefing(sentences: tuple[str, ...], caption: str) -> Briefing:
    return Briefing(
        title="County chess open ends",
        summary=sentences[:1],
        sentences=sentences,
        article_ids=("chess-1",),
        captions=(caption,) if caption else (),
    )


def _ask(question: str, sentences: tuple[str, ...], caption: str, nlp: Any) -> str:
    return answer_question(question, [_briefing(sentences, caption)], nlp).text


@pytest.fixture
def off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "WEIGHTS", replace(WEIGHTS, caption_entity=0))


@pytest.mark.parametrize(
    ("question", "sentences", "caption"),
    [
        ("Who won the county chess open?", SENTENCES, WON),
        ("Which player won the county chess open?", SENTENCES, WON),
        ("Who made the trophy?", TROPHY, "Mary Collins made the trophy in Fenmoor"),
    ],
)
def test_a_caption_naming_a_new_person_of_the_asked_kind_answers(
    question: str, sentences: tuple[str, ...], caption: str, nlp: Any
) -> None:
    assert _ask(question, sentences, caption, nlp).startswith("Mary Collins")


@pytest.mark.parametrize(
    ("question", "sentences", "caption"),
    [
        ("Who won the county chess open?", SENTENCES, WON),
        ("Who made the trophy?", TROPHY, "Mary Collins made the trophy in Fenmoor"),
    ],
)
def test_without_the_weight_the_sentence_answers(
    question: str, sentences: tuple[str, ...], caption: str, nlp: Any, off: None
) -> None:
    # control: the caption shares too few of the question's words to pass the sentence by its relevance alone
    assert _ask(question, sentences, caption, nlp).startswith("Hugo Marsh")


def test_who_else_is_left_to_the_sentences(nlp: Any) -> None:
    assert _ask("Who else won the county chess open?", SENTENCES, WON, nlp).startswith("Hugo Marsh")


def test_a_caption_naming_them_by_another_role_does_not_answer_which(nlp: Any) -> None:
    caption = "Club chairman Mary Collins won the title with a final-round victory"
    assert _ask("Which player won the county chess open?", SENTENCES, caption, nlp).startswith("Hugo Marsh")


def test_a_name_qualifying_the_asked_thing_is_no_one(nlp: Any) -> None:
    assert _ask("Who made the trophy?", TROPHY, "The Collins trophy was made in Fenmoor", nlp).startswith(
        "Hugo Marsh"
    )


def test_who_a_role_names_is_left_to_the_sentences(nlp: Any) -> None:
    caption = "Mary Collins, who ran the county chess open, in the town hall"
    assert _ask("Who is the open's organiser?", SENTENCES, caption, nlp).startswith("Hugo Marsh")
    # control: a caption telling what someone did answers the question asking it
    caption = "Mary Collins organised the county chess open in the town hall"
    assert _ask("Who organised the open?", SENTENCES, caption, nlp).startswith("Mary Collins")


def test_an_organisation_a_caption_named_is_not_what_a_later_it_means(nlp: Any) -> None:
    sentences = (
        "Two cousins walked 90 miles across the moors to raise money for a charity.",
        "The charity paid for the boat that rescued their father in 2019.",
        "They raised more than 4,000 pounds, the charity said.",
    )
    caption = "The cousins walked for the Fenmoor Lifeboat Trust, which rescued their father"
    ans, state = answer_in_conversation(
        "Which charity did the cousins walk for?", [_briefing(sentences, caption)], ConversationState(), nlp
    )
    assert "Fenmoor Lifeboat Trust" in ans.text, ans.text
    assert state.last is not None and state.last.groups == ()
    # control: the same organisation named by a sentence is what "it" means next
    ans, state = answer_in_conversation(
        "Which charity did the cousins walk for?",
        [_briefing((*sentences, caption + "."), "")],
        ConversationState(),
        nlp,
    )
    assert "Fenmoor Lifeboat Trust" in ans.text, ans.text
    assert state.last is not None and state.last.groups
