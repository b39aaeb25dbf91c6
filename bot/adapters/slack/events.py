"""Slack payloads -> domain objects: which events the bot answers, and the text a user wrote.

Pure functions, no I/O: the adapter calls them and does the store look-ups they ask for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Message subtypes that are a person writing; everything else (bot_message, message_changed,
# message_deleted, channel_join, ...) is ignored.
_HUMAN_SUBTYPES = frozenset({None, "", "thread_broadcast", "file_share"})
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
_ANGLE = re.compile(r"<([^<>]*)>")


@dataclass(frozen=True)
class EventMessage:
    """A message event the bot may answer.

    ``needs_our_thread``: only answer if ``thread_ts`` is a thread we started (a reply in a channel
    thread without a mention). ``reply_thread``: where the answer goes (None: top level, in DMs).
    """

    channel: str
    user: str
    text: str
    ts: str
    thread_ts: str | None
    is_direct: bool
    needs_our_thread: bool
    reply_thread: str | None


def is_user_id(value: str) -> bool:
    return bool(_USER_ID.match(value))


def message_from_event(
    event: dict[str, Any], bot_user_id: str | None, bot_id: str | None
) -> EventMessage | None:
    """The message to answer in an ``app_mention`` or ``message`` event, or None to ignore it.

    Ignored: our own and other bots' messages (``bot_id``, ``subtype: bot_message``, our user id),
    edits, deletions and joins, and channel messages that neither mention us (``app_mention``
    covers those) nor reply in a thread.
    """
    kind = event.get("type")
    if kind not in ("app_mention", "message"):
        return None
    if event.get("bot_id") or event.get("bot_profile") or event.get("subtype") not in _HUMAN_SUBTYPES:
        return None
    user = event.get("user") or ""
    channel = event.get("channel") or ""
    ts = event.get("ts") or ""
    if not user or not channel or not ts or (bot_user_id and user == bot_user_id):
        return None
    if bot_id and event.get("bot_id") == bot_id:
        return None
    thread_ts = event.get("thread_ts")
    in_thread = bool(thread_ts) and thread_ts != ts
    is_direct = event.get("channel_type") == "im" or channel.startswith("D")
    text = plain_text_from_slack(event.get("text") or "", bot_user_id)
    if kind == "app_mention" or is_direct:
        # answered in the message's thread; a mention outside one starts a thread under it, a
        # direct message outside one is answered at the top level of the conversation
        thread = thread_ts if in_thread else None
        reply_thread = thread or (ts if kind == "app_mention" else None)
        return EventMessage(channel, user, text, ts, thread, is_direct, False, reply_thread)
    if in_thread:
        return EventMessage(channel, user, text, ts, thread_ts, False, True, thread_ts)
    return None


def plain_text_from_slack(text: str, bot_user_id: str | None = None) -> str:
    """What the user typed, from Slack's markup: our own mention removed, ``<url|label>`` -> url,
    ``<@U1>`` -> ``@U1``, ``<#C1|name>`` -> ``#name``, ``<!here>`` -> ``@here``, entities decoded."""

    def angle(m: re.Match[str]) -> str:
        inner = m.group(1)
        target, _, label = inner.partition("|")
        if target.startswith("@"):
            if bot_user_id and target[1:] == bot_user_id:
                return ""
            return "@" + (label or target[1:])
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            name = target[1:].split("^", 1)[0]
            return "@" + (label or name)
        return target  # a link: the URL itself (what ``brief <url>`` needs)

    out = _ANGLE.sub(angle, text)
    out = out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(out.split())


def event_id_of(body: dict[str, Any]) -> str | None:
    """The Events API ``event_id`` (the same in HTTP bodies and Socket Mode envelope payloads)."""
    value = body.get("event_id")
    return str(value) if value else None
