"""Core data types shared by the pure summarizers and the async bot.

They live here rather than in ``bot/domain.py`` because ``summarizers`` must not import
``bot`` (the pure core has no I/O dependencies); ``newsbrief.bot.domain`` re-exports them.
All datetimes are timezone-aware.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from newsbrief.summarizers.errors import NewsbriefError


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
    kind: str = "ORG"  # PERSON | ORG | GPE | NORP | UNNAMED ("guard": someone the story never names)
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
class Source:
    """Where one article comes from, as a reader names it: the outlet (the feed's configured name,
    e.g. "Example Times") and the article's link. Either may be missing (a local file has neither name
    nor link; an article briefed from a link has no outlet name)."""

    name: str | None = None
    url: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "url": self.url}

    @classmethod
    def from_json(cls, data: Any) -> Source | None:
        """The Source stored as ``data`` (``{"name", "url"}``), or None for anything else."""
        if not isinstance(data, dict):
            return None
        name, url = data.get("name"), data.get("url")
        name = name if isinstance(name, str) and name else None
        url = url if isinstance(url, str) and url else None
        return cls(name, url) if name or url else None


def outlets_from_json(data: Any) -> tuple[Source, ...]:
    """``Briefing.outlets`` from its JSON (a list of ``Source.to_json()``); unreadable entries are left out."""
    if not isinstance(data, list):
        return ()
    return tuple(s for s in map(Source.from_json, data) if s is not None)


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
    # each article's outlet name and link (``sources`` keeps one string per article, link or name, and
    # is what "Sources (n)" counts); empty in briefings stored before outlets were kept
    outlets: tuple[Source, ...] = ()
    # text the cleaning removed from the article (captions, picture descriptions, glued-on runs): never
    # shown and not in ``to_json``; the answerer may read it when the sentences do not answer. Empty in
    # briefings stored before it was kept
    captions: tuple[str, ...] = field(default=(), repr=False)

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
            "outlets": [o.to_json() for o in self.outlets],
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
            outlets=outlets_from_json(data.get("outlets")),
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
