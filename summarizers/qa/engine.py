"""The answerer's entry points (first cut: a conversation turn over the single-question answerer)."""

from __future__ import annotations

from collections.abc import Sequence

from summarizers.qa.conversation import ConversationState, Turn, advance
from summarizers.qa.legacy import answer_from_sentences, answer_question
from summarizers.types import Answer, Briefing, Citation

Source = Sequence[Briefing] | Sequence[tuple[str, Citation]]


def answer_in_conversation(
    question: str, source: Source, state: ConversationState | None = None, nlp: object | None = None
) -> tuple[Answer, ConversationState]:
    """Answer ``question`` as the next turn of the thread ``state``; return the answer and the new state.

    ``source`` is the briefings to answer from, or store hits as ``(sentence, Citation)`` pairs (as
    :func:`answer_from_sentences`). ``state`` None or empty starts a thread. The new state records
    this turn; store it (``state.to_json()``) and pass it back with the next question.
    """
    state = state or ConversationState()
    if source and isinstance(source[0], Briefing):
        ans = answer_question(question, source, nlp)  # type: ignore[arg-type]
    else:
        ans = answer_from_sentences(question, source, nlp)  # type: ignore[arg-type]
    turn = Turn(question, ans.text, ans.answered, tuple(dict.fromkeys(c.article_id for c in ans.citations)))
    return ans, advance(state, turn)
