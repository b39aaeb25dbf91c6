"""Answering questions about briefed articles, alone or as turns of a conversation.

Public API (used by bot/ and benchmarks/):

- :func:`answer_question` (question, briefings, nlp) -> Answer: a self-contained question.
- :func:`answer_from_sentences` (question, [(sentence, Citation)], nlp) -> Answer: from store hits.
- :func:`answer_in_conversation` (question, briefings or hits, state, nlp) -> (Answer, new state):
  a turn of a thread; :class:`ConversationState` is JSON-serialisable and stored per thread.
- :func:`asks_for_the_news` (question) -> bool: "what's new?" naming no topic (answered with the
  latest stories' headlines; the bot then passes the latest stories, not search hits).
- :func:`points_at_a_listed_story` (question) -> bool: "... the second story?" after a list of
  stories (the bot then passes that list's stories too).
- ``NOT_ANSWERED`` / ``NOT_ANSWERED_MANY``: the text of an answer the articles don't give.
"""

from __future__ import annotations

from newsbrief.summarizers.qa.conversation import ConversationState, Turn
from newsbrief.summarizers.qa.engine import (
    MAX_HEADLINES,
    NOT_ANSWERED,
    NOT_ANSWERED_MANY,
    answer_from_sentences,
    answer_in_conversation,
    answer_question,
    points_at_a_listed_story,
)
from newsbrief.summarizers.qa.question import QuestionType, asks_for_the_news, classify_question

__all__ = [
    "MAX_HEADLINES",
    "NOT_ANSWERED",
    "NOT_ANSWERED_MANY",
    "ConversationState",
    "QuestionType",
    "Turn",
    "answer_from_sentences",
    "answer_in_conversation",
    "answer_question",
    "asks_for_the_news",
    "classify_question",
    "points_at_a_listed_story",
]
