"""The test doubles shared by the unit and integration tests: one definition each.

- :func:`channel_config`: a real ``ChannelConfig`` with test defaults (the terminal's ``news``).
- :class:`Recorder`: a stand-in for ``Conversation.handle`` that records messages and answers in
  their thread.
- :class:`NullAdapter`: the adapter contract doing nothing; :class:`RecordingAdapter` keeps every
  digest it is given, after failing with the errors queued in it.
- :class:`TitleEngine`: a ``BriefingEngine`` with no model, returning hand-made briefings.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from newsbrief.bot.config import ChannelConfig
from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Actor, Article, Briefing, Figure, InputError, NextStep, Source


def channel_config(**fields: Any) -> ChannelConfig:
    """A real channel configuration: the terminal's ``news`` channel unless ``fields`` say otherwise."""
    return ChannelConfig(**{"id": "news", "platform": "console", "target": "stdout", **fields})


class KeyValue:
    """A key-value store double with the store's two key-value methods (synchronous, like ``Store``);
    hand it to a service as ``AsyncStore(KeyValue())``."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get_kv(self, key: str) -> str | None:
        return self.data.get(key)

    def set_kv(self, key: str, value: str) -> None:
        self.data[key] = value


class TitleEngine(BriefingEngine):
    """A ``BriefingEngine`` that loads no model: an article's briefing is the hand-made one of the
    same title among ``briefings`` (the first such), with the article's id and URL."""

    def __init__(self, briefings: Iterable[Briefing]) -> None:
        super().__init__(model="stub")
        self.by_title: dict[str, Briefing] = {}
        for briefing in briefings:
            self.by_title.setdefault(briefing.title, briefing)

    def build_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        return [
            replace(self.by_title[a.title], article_ids=(a.id,), sources=(a.url or "",)) for a in articles
        ]


class Recorder:
    """A stand-in for ``Conversation.handle``: records messages, answers ``<prefix><text>`` in their thread."""

    def __init__(self, gate: asyncio.Event | None = None, prefix: str = "echo: ") -> None:
        self.messages: list[IncomingMessage] = []
        self.gate = gate  # when given, answers wait until the test opens it
        self.prefix = prefix

    async def __call__(self, msg: IncomingMessage) -> Reply:
        self.messages.append(msg)
        if self.gate is not None:
            await self.gate.wait()
        return Reply(
            channel=msg.channel, thread=msg.thread or msg.message_id, text=f"{self.prefix}{msg.text}"
        )

    def texts(self) -> list[str]:
        return [m.text for m in self.messages]


class NullAdapter:
    """The platform-adapter contract with nothing behind it: starts, stops, answers nothing."""

    platform: str = "console"

    async def start(self, on_message: object) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def send_reply(self, reply: Reply) -> str:
        raise NotImplementedError


@dataclass
class RecordingAdapter(NullAdapter):
    """Fails with the queued errors first, then posts: keeps every post, returns ``ts-<n>``, sets ``event``."""

    platform: str = "console"
    errors: list[Exception] = field(default_factory=list)
    posts: list[tuple[ChannelRef, Digest, str]] = field(default_factory=list)
    event: asyncio.Event = field(default_factory=asyncio.Event)

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        if self.errors:
            raise self.errors.pop(0)
        self.posts.append((channel, digest, txn_id))
        self.event.set()
        return f"ts-{len(self.posts)}"


HUGE_FIELD = "Word " * 19_200  # 96,000 characters


def hostile_page_briefing() -> Briefing:
    """What a hostile page briefs to: every field :data:`HUGE_FIELD` (96,000 characters)."""
    huge = HUGE_FIELD
    return Briefing(
        title=huge,
        summary=(huge, huge),
        actors=(Actor(name=huge, role=huge),),
        figures=(Figure(value=huge, context=huge, sentence=huge),),
        next_steps=(NextStep(text=huge, sentence=huge, when=huge),),
        sources=(huge,),
        outlets=(Source(huge, "https://news.example/" + "a" * 96_000),),
    )
