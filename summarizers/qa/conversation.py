"""Conversation state: what a thread has talked about, so a follow-up can refer back to it.

A :class:`ConversationState` is a small immutable value, JSON-serialisable with
:meth:`ConversationState.to_json` / :meth:`ConversationState.from_json`, that a caller stores per
thread (Slack, Matrix, the terminal) and passes back with the next question. It holds the last few
turns (question, answer, whether it was answered, the articles cited) and what they named: people,
groups (organisations, countries, teams), places, times and things, most recent first. The answerer
uses it to resolve "she", "they", "that", "there", "then", "the second suspect", "And how many were
injured?", "Why?" against the earlier turns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any  # JSON objects only: their values are of mixed types (str, bool, int, lists)

STATE_VERSION = 1
MAX_TURNS = 4  # turns kept; older ones rarely carry a referent a follow-up still means
MAX_ITEMS = 8  # entities kept per kind


@dataclass(frozen=True)
class Turn:
    """One answered turn of a thread."""

    question: str
    answer: str
    answered: bool
    article_ids: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()  # the question's content lemmas after references were resolved
    position: int = -1  # the answering sentence's index in its article (-1: none)
    referent: str = ""  # what the question's "it" / "its" pointed to: the next "it" most often means it again
    groups: tuple[str, ...] = ()  # organisations the answer named ("Which union ...?" -> its name)
    # the plural common nouns the question used, as lemmas, people first ("How many children ...?" -> "child"):
    # what a later "they" / "them" may mean
    plurals: tuple[str, ...] = ()
    # what the question's "they" / "them" pointed to: the next "they" most often means it again
    they: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "answered": self.answered,
            "article_ids": list(self.article_ids),
            "focus": list(self.focus),
            "position": self.position,
            "referent": self.referent,
            "groups": list(self.groups),
            "plurals": list(self.plurals),
            "they": self.they,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Turn:
        return cls(
            question=str(data.get("question", "")),
            answer=str(data.get("answer", "")),
            answered=bool(data.get("answered", False)),
            article_ids=tuple(str(a) for a in data.get("article_ids", ())),
            focus=tuple(str(f) for f in data.get("focus", ())),
            position=int(data.get("position", -1)),
            referent=str(data.get("referent", "")),
            groups=tuple(str(g) for g in data.get("groups", ())),
            plurals=tuple(str(p) for p in data.get("plurals", ())),
            they=str(data.get("they", "")),
        )


@dataclass(frozen=True)
class ConversationState:
    """What a thread has said so far; the empty state starts a thread.

    Entity tuples are most recent first and hold the text as the article or question wrote it.
    """

    turns: tuple[Turn, ...] = ()
    people: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    things: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = field(default=())  # articles the thread answered from, most recent first
    # the stories of the latest answer that listed several ("what's new?"), in the order shown: what
    # "the second story" means however many turns ago the list was given
    listed: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.turns

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None

    def to_json(self) -> dict[str, Any]:
        """A plain dict (str, list, bool only) that ``json.dumps`` accepts and :meth:`from_json` reads back."""
        return {
            "version": STATE_VERSION,
            "turns": [t.to_json() for t in self.turns],
            "people": list(self.people),
            "groups": list(self.groups),
            "places": list(self.places),
            "times": list(self.times),
            "things": list(self.things),
            "article_ids": list(self.article_ids),
            "listed": list(self.listed),
        }

    def dumps(self) -> str:
        """The state as a compact JSON string (for a database text column)."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str | None) -> ConversationState:
        """Read a state written by :meth:`to_json` or :meth:`dumps`; ``None``, "" or another version is empty."""
        if data is None or data == "":
            return cls()
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError:
                return cls()
        if not isinstance(data, Mapping) or data.get("version") != STATE_VERSION:
            return cls()

        def strs(key: str) -> tuple[str, ...]:
            return tuple(str(x) for x in data.get(key, ()) if isinstance(x, str))

        return cls(
            turns=tuple(Turn.from_json(t) for t in data.get("turns", ()) if isinstance(t, Mapping)),
            people=strs("people"),
            groups=strs("groups"),
            places=strs("places"),
            times=strs("times"),
            things=strs("things"),
            article_ids=strs("article_ids"),
            listed=strs("listed"),
        )


def _merge(new: list[str], old: tuple[str, ...]) -> tuple[str, ...]:
    """``new`` (in order) before ``old``, without repeats (case-insensitive), at most MAX_ITEMS."""
    seen: set[str] = set()
    out: list[str] = []
    for item in [*new, *old]:
        key = item.lower()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out[:MAX_ITEMS])


def advance(
    state: ConversationState,
    turn: Turn,
    *,
    people: list[str] = (),  # type: ignore[assignment]
    groups: list[str] = (),  # type: ignore[assignment]
    places: list[str] = (),  # type: ignore[assignment]
    times: list[str] = (),  # type: ignore[assignment]
    things: list[str] = (),  # type: ignore[assignment]
) -> ConversationState:
    """The state after ``turn``, with what it named put first."""
    return ConversationState(
        turns=(*state.turns, turn)[-MAX_TURNS:],
        people=_merge(list(people), state.people),
        groups=_merge(list(groups), state.groups),
        places=_merge(list(places), state.places),
        times=_merge(list(times), state.times),
        things=_merge(list(things), state.things),
        article_ids=_merge(list(turn.article_ids), state.article_ids),
        # a turn answered with several stories and no one sentence of them is a list
        listed=turn.article_ids if turn.position < 0 and len(turn.article_ids) > 1 else state.listed,
    )
