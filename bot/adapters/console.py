"""The terminal chat adapter: the embedded default when no Slack or Matrix account is configured.

Lines typed at the prompt (or read from stdin when it is not a terminal) are messages from the
local user; digests and replies are printed. A console has no threads, so a question typed after
a digest is treated as a reply in that digest's thread (the latest one printed), and before any
digest the session is one thread.
"""

from __future__ import annotations

import asyncio
import getpass
import itertools
import logging
import sys
import time
from typing import TextIO

from bot.adapters.base import MessageHandler
from bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from bot.render.terminal import render_answer, render_briefing, sanitize

logger = logging.getLogger(__name__)


class ConsoleAdapter:
    platform = "console"

    def __init__(
        self,
        channel: ChannelRef,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        user: str | None = None,
        prompt: str = "newsbrief> ",
    ) -> None:
        self.channel = channel
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.user = user or _local_user()
        self.prompt = prompt
        self.interactive = self.stdin.isatty() and self.stdout.isatty()
        self._ids = itertools.count(1)
        self._last_digest_id: str | None = None
        # ids are unique across runs (thread contexts are stored); before any digest, the whole
        # session is one thread, so follow-up questions are understood
        self._session = f"{time.time_ns():x}"
        self._session_thread = f"console-session-{self._session}"
        self._reader: asyncio.Task[None] | None = None
        self._write_lock = asyncio.Lock()
        self.finished = asyncio.Event()

    async def start(self, on_message: MessageHandler) -> None:
        self._reader = asyncio.create_task(self._read_loop(on_message), name="console-reader")

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()

    async def _read_loop(self, on_message: MessageHandler) -> None:
        try:
            while True:
                if self.interactive:
                    self._write(self.prompt, newline=False)
                line = await asyncio.to_thread(self.stdin.readline)
                if not line:
                    break
                text = line.strip()
                if not text:
                    continue
                if text.lower() in {"quit", "exit", "/quit"}:
                    break
                msg = IncomingMessage(
                    channel=self.channel,
                    user=self.user,
                    text=text,
                    thread=self._last_digest_id or self._session_thread,
                    message_id=f"console-{next(self._ids)}",
                    is_direct=True,
                )
                try:
                    reply = await on_message(msg)
                except Exception:
                    logger.exception("handling %r failed", text)
                    reply = Reply(channel=self.channel, text="Sorry, something went wrong; see the log.")
                if reply is not None:
                    await self.send_reply(reply)
        finally:
            self.finished.set()

    def _write(self, text: str, newline: bool = True) -> None:
        self.stdout.write(text + ("\n" if newline else ""))
        self.stdout.flush()

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        from bot.render.digest_text import render_digest

        message_id = f"console-digest-{self._session}-{next(self._ids)}"
        async with self._write_lock:
            self._write(render_digest(digest))
        self._last_digest_id = message_id
        return message_id

    async def send_reply(self, reply: Reply) -> str:
        parts: list[str] = []
        if reply.digest is not None:
            return await self.post_digest(reply.channel, reply.digest, f"reply:{next(self._ids)}")
        if reply.text and reply.answer is None:
            parts.append(sanitize(reply.text))
        if reply.answer is not None:
            parts.append(render_answer(reply.answer))
        parts.extend(render_briefing(b) for b in reply.briefings)
        async with self._write_lock:
            self._write("\n\n".join(parts))
        return f"console-{next(self._ids)}"


def _local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
