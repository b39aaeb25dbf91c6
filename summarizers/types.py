"""Core data types shared by the pure summarizers and the async bot.

They live here rather than in ``bot/domain.py`` because ``summarizers`` must not import
``bot`` (the pure core has no I/O dependencies); ``bot.domain`` re-exports them.
All datetimes are timezone-aware.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from summarizers.errors import NewsbriefError


@dataclass(frozen=True)
class Article:
    """One news article as text. ``id`` is a stable key (store id, path or URL)."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    published: datetime | None = None


@dataclass(frozen=True)
class Actor:
    """Someone who acts in the story: a person, organisation or country."""

    name: str
    role: str | None = None
    kind: str = "ORG"  # PERSON | ORG | GPE | NORP
    mentions: int = 1
    aliases: tuple[str, ...] = ()
    sentence: str = ""  # the sentence the role (or first mention) comes from


@dataclass(frozen=True)
class Figure:
    """A number from the text and what it counts. ``value`` appears verbatim in ``sentence``."""

    value: str
    context: str
    sentence: str


@dataclass(frozen=True)
class NextStep:
    """What happens next: a plan, proposal, deadline, call for action or prediction."""

    text: str
    sentence: str
    when: str | None = None


@dataclass(frozen=True)
class Briefing:
    title: str
    summary: tuple[str, ...]
    actors: tuple[Actor, ...] = ()
    figures: tuple[Figure, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    sources: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    sentences: tuple[str, ...] = field(default=(), repr=False)  # the cleaned article, sentence by sentence

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape read by ../shared/eval (plus extra keys)."""
        return {
            "title": self.title,
            "summary": list(self.summary),
            "actors": [
                {
                    "name": a.name,
                    "role": a.role,
                    "kind": a.kind,
                    "mentions": a.mentions,
                    "sentence": a.sentence,
                }
                for a in self.actors
            ],
            "figures": [asdict(f) for f in self.figures],
            "next_steps": [asdict(s) for s in self.next_steps],
            "sources": list(self.sources),
            "article_ids": list(self.article_ids),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Briefing:
        return cls(
            title=data.get("title", ""),
            summary=tuple(data.get("summary", ())),
            actors=tuple(
                Actor(
                    name=a["name"],
                    role=a.get("role"),
                    kind=a.get("kind", "ORG"),
                    mentions=a.get("mentions", 1),
                    sentence=a.get("sentence", ""),
                )
                for a in data.get("actors", ())
            ),
            figures=tuple(Figure(**f) for f in data.get("figures", ())),
            next_steps=tuple(NextStep(**s) for s in data.get("next_steps", ())),
            sources=tuple(data.get("sources", ())),
            article_ids=tuple(data.get("article_ids", ())),
            sentences=tuple(data.get("sentences", ())),
        )


@dataclass(frozen=True)
class Citation:
    article_id: str
    sentence: str
    source: str | None = None  # the outlet's name (or, when only a link is known, its site: "cnn.com")
    url: str | None = None
    title: str | None = None  # the article's title, when known


@dataclass(frozen=True)
class Answer:
    """A short answer; ``answered`` is False when the text does not say (``text`` then says so)."""

    question: str
    text: str
    answered: bool
    citations: tuple[Citation, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "answered": self.answered,
            "citations": [asdict(c) for c in self.citations],
        }


class InputError(NewsbriefError, ValueError):
    """Input that cannot be briefed (empty, binary, not English, no article). The message is one line."""
