"""Turning what a user typed into a full-text query that cannot break the query syntax.

User text is reduced to plain words (letters and digits only, so no quote, operator, column filter
or parenthesis survives), common English function words are dropped, and the words are joined
with OR: ranking (BM25 on SQLite, ``ts_rank`` on PostgreSQL) then puts sentences that match
more, and rarer, words first. A question like "how many people died?" therefore needs no exact
phrase to find "At least 12 people died in the flood."

On PostgreSQL the words a search matches on are the question's rarer ones (:func:`matching_terms`,
shares read from the column's statistics) and all of them rank, which bounds the rows each question
visits; SQLite's BM25 weighs rare words up by itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MAX_TERMS = 32
# PostgreSQL's ts_rank weighs a common word as much as a rare one, and every sentence holding any
# word of the question is visited and ranked: "vote" in a sixth of all sentences made a question
# cost six times one about a name. So a search there matches on the question's rarest words while
# their shares of the stored sentences (from the table's statistics) add up to at most this, and
# ranks on all of them; see :func:`matching_terms`.
MATCH_SHARE = 0.05
_WORD = re.compile(r"[^\W_]+")
STOP_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "tell",
        "say",
        "said",
        "says",
        "many",
        "much",
    ]
)


def query_terms(text: str) -> list[str]:
    """The words of ``text`` to search for, lower-cased, deduplicated, in order; stop words dropped
    unless nothing else is left. At most :data:`MAX_TERMS`."""
    words = [w.lower() for w in _WORD.findall(text)]
    seen: dict[str, None] = {}
    for word in words:
        if word not in STOP_WORDS:
            seen.setdefault(word, None)
    if not seen:
        for word in words:
            seen.setdefault(word, None)
    return list(seen)[:MAX_TERMS]


def fts5_query(text: str) -> str | None:
    """An FTS5 MATCH expression (each term a quoted string, joined by OR), or None when ``text`` has no words."""
    terms = query_terms(text)
    if not terms:
        return None
    return " OR ".join(f'"{term}"' for term in terms)


def matching_terms(terms: list[str], shares: Mapping[str, float]) -> list[str]:
    """The terms a PostgreSQL search matches on: of ``terms`` that are indexed (those in ``shares``,
    term -> share of the stored sentences that hold it, 0.0 when the statistics do not list it as
    common), the rarest first while the shares add up to at most :data:`MATCH_SHARE`, and always
    the rarest one. In the question's order. The others still count in the ranking."""
    indexed = sorted((t for t in terms if t in shares), key=lambda t: (shares[t], terms.index(t)))
    kept: set[str] = set()
    total = 0.0
    for term in indexed:
        total += shares[term]
        if kept and total > MATCH_SHARE:
            break
        kept.add(term)
    return [t for t in terms if t in kept]
