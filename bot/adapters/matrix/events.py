"""Matrix event shapes, both ways: threads and reply fallbacks, transaction ids, and what a claim
keeps of an incoming message. Pure functions, no I/O."""

from __future__ import annotations

import uuid
from typing import Any

from newsbrief.bot.domain import IncomingMessage

PLATFORM = "matrix"
"""``ChannelRef.platform`` of Matrix channels."""


def thread_relation(root: str, in_reply_to: str | None = None) -> dict[str, Any]:
    """``m.relates_to`` for a message in the thread of ``root``, with the reply fallback
    (``is_falling_back``) pointing at ``in_reply_to`` (the message answered) for clients without threads."""
    return {
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": in_reply_to or root},
    }


def strip_reply_fallback(body: str) -> str:
    """The body without the ``> <@user> quoted`` lines a client puts before a rich reply."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    return "\n".join(lines[i:]).lstrip("\n")


def message_payload(msg: IncomingMessage) -> dict[str, Any]:
    """What a claim keeps of a message, so it can be answered again after a crash."""
    return {
        "channel": msg.channel.id,
        "user": msg.user,
        "text": msg.text,
        "thread": msg.thread,
        "is_direct": msg.is_direct,
    }


def part_txn_id(txn_id: str, part: int, parts: int) -> str:
    """The transaction id of part ``part`` (from 0) of a digest in ``parts`` messages: ``txn_id`` for
    the last one, ``<txn_id>#<part>`` for the others."""
    return txn_id if part == parts - 1 else f"{txn_id}#{part}"


def new_txn_id() -> str:
    return f"newsbrief-{uuid.uuid4().hex}"
