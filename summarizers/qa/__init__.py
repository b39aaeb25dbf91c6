"""Answering questions about briefed articles, alone or as turns of a conversation.

Public API (used by bot/ and benchmarks/):

- :func:`answer_question` (question, briefings, nlp) -> Answer: a self-contained question.
- :func:`answer_from_sentences` (question, [(sentence, Citation)], nlp) -> Answer: from store hits.
- :func:`answer_in_conversation` (question, briefings or hits, state, nlp) -> (Answer, new state):
  a turn of a thread; :class:`ConversationState` is JSON-serialisable and stored per thread.
- ``NOT_ANSWERED`` / ``NOT_ANSWERED_MANY``: the text of an answer the articles don't give.
"""

from __future__ import annotations

from newsbrief.summarizers.qa.conversation import ConversationState, Turn
from newsbrief.summarizers.qa.engine import (
    NOT_ANSWERED,
    NOT_ANSWERED_MANY,
    answer_from_sentences,
    answer_in_conversation,
    answer_question,
)
from newsbrief.summarizers.qa.question import QuestionType, classify_question

__all__ = [
    "NOT_ANSWERED",
    "NOT_ANSWERED_MANY",
    "ConversationState",
    "QuestionType",
    "Turn",
    "answer_from_sentences",
    "answer_in_conversation",
    "answer_question",
    "classify_question",
]
