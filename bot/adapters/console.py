"""The terminal chat adapter: the embedded default when no Slack or Matrix account is configured.

Lines typed at the prompt (or read from stdin when it is not a terminal) are messages from the
local user; digests and replies are printed. A console has no threads, so a question typed after
a digest is treated as a reply in that digest's thread (the latest one printed), and before any
digest the session is one thread.

On a terminal, output is wrapped to its width (indented continuation lines, words and links never
split), the prompt has line editing and a history kept across runs (readline, where Python has
it), and ``IngestProgress`` shows the first ingest feed by feed. Piped input and output stay
plain: one line per line, nothing wrapped, no prompt.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import itertools
import logging
import os
import re
import shutil
import stat
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsbrief.bot.adapters.base import MessageHandler
from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.bot.render.terminal import render_answer, render_briefing, sanitize

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
        width: int | None = None,
        history_path: Path | None = None,
    ) -> None:
        self.channel = channel
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.user = user or _local_user()
        self.prompt = prompt
        self.interactive = self.stdin.isatty() and self.stdout.isatty()
        self.width = width  # None: the terminal's width when interactive, else no wrapping
        self.history_path = history_path
        self._line_editor: Any = None  # the readline module, once set up
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
        if self.interactive:
            self._line_editor = _setup_line_editing(self.history_path)
        self._reader = asyncio.create_task(self._read_loop(on_message), name="console-reader")

    async def stop(self) -> None:
        if self._reader is not None:
            self._reader.cancel()
        if self._line_editor is not None:
            _restore_terminal(self._line_editor)
            self._line_editor = None

    def _width(self) -> int | None:
        if self.width is not None:
            return self.width
        if not self.interactive:
            return None
        return shutil.get_terminal_size((80, 24)).columns

    async def _next_line(self) -> str:
        """The next line typed ("" at end of input), through readline's editor on a terminal."""
        if self._line_editor is not None:
            return await _in_daemon_thread(
                lambda: _input_line(self.prompt, self._line_editor, self.history_path)
            )
        if self.interactive:
            self._write(self.prompt, newline=False)
        return await _in_daemon_thread(self.stdin.readline)

    async def _read_loop(self, on_message: MessageHandler) -> None:
        try:
            while True:
                line = await self._next_line()
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
        width = self._width()
        if newline and width:
            text = wrap_for_terminal(text, width)
        self.stdout.write(text + ("\n" if newline else ""))
        self.stdout.flush()

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        from newsbrief.bot.render.digest_text import render_digest

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


async def _in_daemon_thread(read_line: Callable[[], str]) -> str:
    """``read_line()`` (a blocking read) in a daemon thread: a read that never returns (a terminal
    nobody types at) must not keep the process alive after Ctrl-C or SIGTERM, as a thread of the
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

    def run() -> None:
        try:
            line, exc = read_line(), None
        except BaseException as e:  # handed to the awaiting task, which decides
            line, exc = None, e
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits any more
            loop.call_soon_threadsafe(deliver, line, exc)

    threading.Thread(target=run, name="console-readline", daemon=True).start()
    return await future


_LIST_MARK = re.compile(r"^(\s*)((?:\d+\.|[-*\u2022])\s+)?")


def wrap_for_terminal(text: str, width: int) -> str:
    """Wrap each line of ``text`` to ``width`` columns: continuation lines are indented under the
    line's text (past its list number or bullet); words and URLs are never split."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        if len(set(line.strip())) == 1:  # a rule (----): as wide as the terminal
            out.append(line[:width])
            continue
        m = _LIST_MARK.match(line)
        indent = m.group(1) + " " * len(m.group(2) or "") if m else ""
        if len(indent) > width // 2:
            indent = ""
        out.append(
            textwrap.fill(
                line,
                width=width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(out)


class IngestProgress:
    """Progress of an ingest pass on a terminal (stderr): which feed, articles found, briefed so far.

    Given to the poller as its ``progress`` callback; ``begin`` prints the first line.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.new_articles = 0
        self.briefed = 0

    @classmethod
    def for_terminal_chat(cls, channels: Sequence[Any], feeds: int) -> IngestProgress | None:
        """A started progress line on stderr when a console channel runs in a terminal, else None."""
        if not any(ch.platform == "console" for ch in channels):
            return None
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            return None
        progress = cls(sys.stderr)
        progress.begin(feeds)
        return progress

    def begin(self, feeds: int) -> None:
        self._line(f"Reading {feeds} feed{'s' if feeds != 1 else ''} and briefing new articles...", end="\n")

    def __call__(self, done: int, total: int, result: Any) -> None:
        self.new_articles += int(getattr(result, "new_articles", 0) or 0)
        self.briefed += int(getattr(result, "briefed", 0) or 0)
        status = getattr(result, "status", "")
        feed = f"{getattr(result, 'feed_id', '')}" + (
            "" if status in ("ok", "not_modified") else f" ({status})"
        )
        self._line(
            f"[{done}/{total}] {feed}: {self.new_articles} new article{'s' if self.new_articles != 1 else ''}, "
            f"{self.briefed} briefed so far",
            end="\n" if done >= total else "",
        )

    def _line(self, text: str, end: str) -> None:
        columns = shutil.get_terminal_size((80, 24)).columns - 1
        self.stream.write("\r" + sanitize(text)[:columns].ljust(columns) + end)
        self.stream.flush()


def console_start_problem(channels: Sequence[Any], stream: TextIO | None = None) -> str | None:
    """Why the console channels among ``channels`` cannot run on this stdin, or None."""
    consoles = [ch.id for ch in channels if ch.platform == "console"]
    problem = stdin_problem(stream) if consoles else None
    if not problem:
        return None
    return (
        f"channel {consoles[0]!r} is a terminal chat (platform: console) but {problem}. "
        "Run it in a terminal or pipe questions to it; for a service (systemd, a container) "
        "remove the console channel and use slack or matrix channels (docs/deploy.md)."
    )


def _setup_line_editing(history_path: Path | None) -> Any:
    """Import readline (arrow keys, Ctrl-R, history) and load the history; None where unavailable."""
    try:
        import readline
    except ImportError:  # Windows, or a Python built without it: plain input
        return None
    try:
        import termios

        readline._newsbrief_termios = termios.tcgetattr(sys.stdin.fileno())  # type: ignore[attr-defined]
    except (ImportError, OSError, ValueError):
        pass
    readline.set_history_length(1000)
    if history_path is not None and history_path.exists():
        with contextlib.suppress(OSError):
            readline.read_history_file(str(history_path))
    return readline


def _input_line(prompt: str, readline: Any, history_path: Path | None) -> str:
    try:
        line = input(prompt)
    except EOFError:
        return ""
    if line.strip() and history_path is not None:
        with contextlib.suppress(OSError):
            history_path.parent.mkdir(parents=True, exist_ok=True)
            if not history_path.exists():
                history_path.touch(mode=0o600)
            readline.append_history_file(1, str(history_path))
    return line + "\n"


def _restore_terminal(readline: Any) -> None:
    """Put the terminal back as it was: a read still waiting in readline has changed its modes."""
    saved = getattr(readline, "_newsbrief_termios", None)
    if saved is None:
        return
    with contextlib.suppress(ImportError, OSError, ValueError):
        import termios

        termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, saved)


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
