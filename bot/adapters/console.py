"""The terminal chat adapter: the embedded default when no Slack or Matrix account is configured.

Lines typed at the prompt (or read from stdin when it is not a terminal) are messages from the
local user; digests and replies are printed. A console has no threads, so a question typed after
a digest is treated as a reply in that digest's thread (the latest one printed).
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import itertools
import logging
import os
import stat
import sys
import threading
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
                line = await _readline(self.stdin)
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
                    thread=self._last_digest_id,
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

        message_id = f"console-digest-{next(self._ids)}"
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


async def _readline(stream: TextIO) -> str:
    """``stream.readline()`` in a daemon thread: a read that never returns (a terminal nobody
    types at) must not keep the process alive after Ctrl-C or SIGTERM, as a thread of the
    loop's default executor would (``asyncio.run`` waits for those)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def deliver(line: str | None, exc: BaseException | None) -> None:
        if future.done():
            return
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(line or "")

    def read() -> None:
        try:
            line, exc = stream.readline(), None
        except BaseException as e:  # handed to the awaiting task, which decides
            line, exc = None, e
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            loop.call_soon_threadsafe(deliver, line, exc)

    threading.Thread(target=read, name="console-readline", daemon=True).start()
    return await future


def stdin_problem(stream: TextIO | None = None) -> str | None:
    """Why a console channel cannot read from ``stream`` (stdin), or None when it can.

    A terminal, a pipe or a file is fine (piped questions are answered until end of input).
    Closed stdin, or a character device that is not a terminal (``/dev/null``, which is what
    systemd and a detached container give), would make the bot exit at once, silently.
    """
    stream = sys.stdin if stream is None else stream
    if stream is None or stream.closed:
        return "stdin is closed"
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return None  # not a real file (tests hand in StringIO): readable as it is
    try:
        mode = os.fstat(fd).st_mode
    except OSError:
        return "stdin is closed"
    if stat.S_ISCHR(mode) and not os.isatty(fd):
        return "stdin is not a terminal (it is /dev/null or another device)"
    return None


def _local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
