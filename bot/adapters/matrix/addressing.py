"""Which Matrix room messages are for the bot, as :class:`~newsbrief.bot.domain.IncomingMessage`.

In a direct room (the bot and one person, joined) every text message; elsewhere a text message
that mentions the bot (``m.mentions.user_ids``, its user id or display name in the body), starts
with the command prefix, or replies in the thread of a message the bot posted (a thread recorded
by :class:`newsbrief.bot.answers.ThreadRoots`, else asked of the homeserver). Its own messages,
notices, edits and messages it cannot decrypt are not for it. What was said in a room before the
bot joined is history (:func:`after_own_join`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from nio import AsyncClient, MegolmEvent, ProfileGetDisplayNameResponse, RoomGetEventResponse, RoomMessageText

from newsbrief.bot.adapters.matrix.events import PLATFORM, strip_reply_fallback
from newsbrief.bot.answers import ThreadRoots
from newsbrief.bot.domain import ChannelRef, IncomingMessage

logger = logging.getLogger(__name__)

OWN_EVENTS_CACHE = 10_000


class Addressing:
    """Turns the room messages addressed to the bot (``user_id``) into ``IncomingMessage``; the
    others into None. ``client``: the adapter's nio client once started."""

    def __init__(
        self, client: Callable[[], AsyncClient], user_id: str, command_prefix: str, threads: ThreadRoots
    ) -> None:
        self._client = client
        self.user_id = user_id
        self.command_prefix = command_prefix
        self.threads = threads
        self.display_name: str | None = None
        self._mention_re: re.Pattern[str] | None = None
        self._own_events: dict[str, bool] = {}  # event id -> sent by us, as the homeserver said

    async def load_names(self) -> None:
        """Learn the bot's display name, so a body that names the bot mentions it."""
        resp = await self._client().get_displayname(self.user_id)
        if isinstance(resp, ProfileGetDisplayNameResponse) and resp.displayname:
            self.display_name = resp.displayname
        names = {self.user_id[1:], self.user_id[1:].partition(":")[0]}  # the pattern adds the "@"
        if self.display_name:
            names.add(self.display_name)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._mention_re = re.compile(rf"(?<![\w@])@?(?:{alternatives})(?![\w-])", re.IGNORECASE)

    async def message(self, room_id: str, event: Any, channel_id: str) -> IncomingMessage | None:
        """The message for the conversation (in channel ``channel_id``, the room's channel target),
        or None when ``event`` is not addressed to the bot."""
        if isinstance(event, MegolmEvent):
            logger.warning("matrix: cannot decrypt %s in %s from %s", event.event_id, room_id, event.sender)
            return None
        if not isinstance(event, RoomMessageText) or event.sender == self.user_id:
            return None
        content = event.source.get("content") or {}
        relates = content.get("m.relates_to") or {}
        if relates.get("rel_type") == "m.replace":
            return None  # an edit: the original was answered (or not) already
        thread = relates.get("event_id") if relates.get("rel_type") == "m.thread" else None
        body = strip_reply_fallback(event.body or "")
        text = body.strip()
        addressed = False
        prefix = self.command_prefix
        if text[: len(prefix)].lower() == prefix.lower() and (
            len(text) == len(prefix) or text[len(prefix)].isspace()
        ):
            text = text[len(prefix) :]
            addressed = True
        mentions = content.get("m.mentions")
        if isinstance(mentions, dict) and self.user_id in (mentions.get("user_ids") or ()):
            addressed = True
        if self._mention_re is not None and self._mention_re.search(text):
            addressed = True
            text = self._strip_mention(text)
        room = self._client().rooms.get(room_id)
        is_direct = room is not None and room.joined_count == 2 and room.member_count == 2
        if not addressed and is_direct:
            addressed = True  # a room with just the bot and one person: everything is for the bot
        if not addressed and thread is not None:
            addressed = await self.threads.root(channel_id, thread) is not None
            if not addressed:  # not recorded (posted before thread roots were kept): ask the homeserver
                addressed = await self._is_own_event(room_id, thread)
        if not addressed:
            return None
        return IncomingMessage(
            channel=ChannelRef(PLATFORM, channel_id),
            user=event.sender,
            text=text.strip(),
            thread=thread,
            message_id=event.event_id,
            is_direct=is_direct,
        )

    def _strip_mention(self, text: str) -> str:
        """Drop the bot's name where it addresses the bot ("newsbrief: ...", "... @bot:server")."""
        assert self._mention_re is not None
        text = text.strip()
        m = self._mention_re.match(text)
        if m:
            text = text[m.end() :].lstrip(" \t:,")
        return re.sub(re.escape(self.user_id), "", text, flags=re.IGNORECASE)

    async def _is_own_event(self, room_id: str, event_id: str) -> bool:
        known = self._own_events.get(event_id)
        if known is not None:
            return known
        resp = await self._client().room_get_event(room_id, event_id)
        mine = isinstance(resp, RoomGetEventResponse) and resp.event.sender == self.user_id
        if isinstance(resp, RoomGetEventResponse) or getattr(resp, "status_code", None) == "M_NOT_FOUND":
            self._remember(event_id, mine)
        return mine

    def _remember(self, event_id: str, mine: bool) -> None:
        """Cache whether ``event_id`` was sent by us (bounded: the oldest entries go first)."""
        self._own_events[event_id] = mine
        while len(self._own_events) > OWN_EVENTS_CACHE:
            del self._own_events[next(iter(self._own_events))]


def after_own_join(events: Sequence[Any], user_id: str) -> Sequence[Any]:
    """The events after the join of ``user_id`` (the bot), when the join is in this timeline: what
    was said in a room before the bot came in is history, not questions for it."""
    start = 0
    for i, event in enumerate(events):
        source = getattr(event, "source", None) or {}
        if (
            source.get("type") == "m.room.member"
            and source.get("state_key") == user_id
            and (source.get("content") or {}).get("membership") == "join"
            and ((source.get("unsigned") or {}).get("prev_content") or {}).get("membership") != "join"
        ):
            start = i + 1
    return events[start:]
