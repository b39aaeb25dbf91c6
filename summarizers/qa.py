"""Answering questions from an article's sentences. Minimal first version; to be replaced."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizers.types import Answer, Briefing, Citation

_STOP = {"the", "a", "an", "of", "in", "to", "what", "who", "how", "did", "does", "is", "was", "many", "much"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def answer_question(question: str, briefings: Sequence[Briefing], nlp: object | None = None) -> Answer:
    """Answer ``question`` from the sentences of ``briefings``; say so when nothing answers."""
    q = _words(question)
    best: tuple[float, str, Briefing] | None = None
    for b in briefings:
        for s in b.sentences:
            score = len(q & _words(s)) / (1 + len(q))
            if best is None or score > best[0]:
                best = (score, s, b)
    if best is None or best[0] < 0.2:
        return Answer(question=question, text="The article does not say.", answered=False)
    _, sent, b = best
    aid = b.article_ids[0] if b.article_ids else ""
    src = b.sources[0] if b.sources else None
    return Answer(question, sent, True, (Citation(article_id=aid, sentence=sent, source=src),))
