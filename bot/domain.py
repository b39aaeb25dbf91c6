"""Chat-side domain types. The pure briefing types are re-exported from ``newsbrief.summarizers.types``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsbrief.summarizers.types import (
    Actor,
    Answer,
    Article,
    Briefing,
    Citation,
    Figure,
    InputError,
    NextStep,
)

__all__ = [
    "Actor",
    "Answer",
    "Article",
    "Briefing",
    "ChannelRef",
    "Citation",
    "Digest",
    "DigestStory",
    "Figure",
    "IncomingMessage",
    "InputError",
    "NextStep",
    "Reply",
    "Story",
]


@dataclass(frozen=True)
class ChannelRef:
    """A place the bot posts to: ``platform`` is console|slack|matrix, ``id`` the platform's channel/room id."""

    platform: str
    id: str


@dataclass(frozen=True)
class Story:
    """One event, possibly told by several outlets. ``version`` grows when an update is attached.
    A story is always stored: ``id`` and ``article_ids`` are the store's (integer) ids."""

    id: int
    briefing: Briefing
    article_ids: tuple[int, ...]
    version: int = 1
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DigestStory:
    story: Story
    is_update: bool = False
    changes: tuple[str, ...] = ()  # what changed since the story was last posted (for updates)


@dataclass(frozen=True)
class Digest:
    """A channel's digest for one scheduled ``slot``; (channel_id, slot) is unique in the store."""

    channel_id: str  # the config channel id
    slot: datetime
    stories: tuple[DigestStory, ...]
    id: int | None = None


@dataclass(frozen=True)
class IncomingMessage:
    """What a user wrote to the bot, translated from the platform payload at the adapter edge.

    ``thread`` is the platform id of the thread root when the message is a thread reply
    (for a reply under a digest, the digest message's id), else None.
    """

    channel: ChannelRef
    user: str
    text: str
    thread: str | None = None
    message_id: str | None = None
    is_direct: bool = False


@dataclass(frozen=True)
class Reply:
    """What the bot answers: text and/or briefings, in ``thread`` when set."""

    channel: ChannelRef
    text: str = ""
    thread: str | None = None
    briefings: tuple[Briefing, ...] = ()
    answer: Answer | None = None
    digest: Digest | None = None
    extra: dict[str, str] = field(default_factory=dict)
