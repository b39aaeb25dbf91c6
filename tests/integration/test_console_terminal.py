"""The first run in a real terminal (a pseudo-terminal): progress while the first ingest runs,
output wrapped to the terminal's width, line editing with a history kept across runs, Ctrl-C."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = 60


class Terminal:
    def __init__(self, home: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
        env = {**os.environ, "HOME": str(home), "PYTHONPATH": str(ROOT), "TERM": "xterm"}
        for name in ("XDG_DATA_HOME", "NEWSBRIEF_LOG_LEVEL", "NEWSBRIEF_LOG_FORMAT", "COLUMNS"):
            env.pop(name, None)

        def controlling_tty() -> None:
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "newsbrief.bot.cli", "run"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=home,
            preexec_fn=controlling_tty,
        )
        os.close(slave)
        self.output = b""

    def read_until(self, token: bytes, timeout: float, after: int = 0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if token in self.output[after:]:
                return True
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    return token in self.output[after:]
        return token in self.output[after:]

    def type(self, data: bytes) -> int:
        mark = len(self.output)
        os.write(self.master, data)
        return mark

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path):  # type: ignore[no-untyped-def]
    t = Terminal(tmp_path)
    yield t
    t.close()


def test_first_run_in_a_terminal(terminal: Terminal, tmp_path: Path) -> None:
    assert terminal.read_until(b"newsbrief> ", 180), terminal.output.decode(errors="replace")
    text = terminal.output.decode(errors="replace")
    assert "Reading 3 feeds" in text
    assert "[3/3]" in text and "briefed so far" in text
    lines = [line.rstrip("\r") for line in text.split("\n")]
    printed = [line for line in lines if "\r" not in line and "\x1b" not in line]  # not progress updates
    assert "News digest for terminal" in text
    assert max(len(line) for line in printed) <= COLUMNS, max(printed, key=len)
    assert "\n   " in text  # continuation lines indented under the story text

    mark = terminal.type(b"sources\r")
    assert terminal.read_until(b"newsbrief> ", 30, after=mark)
    assert b"Sources:" in terminal.output[mark:]
    mark = terminal.type(b"\x1b[A\r")  # arrow up recalls "sources"
    assert terminal.read_until(b"Sources:", 30, after=mark), terminal.output[mark:]
    assert b"^[[A" not in terminal.output
    history = tmp_path / ".local" / "share" / "newsbrief" / "console_history"
    assert history.read_text().split() == ["sources", "sources"]

    mark = terminal.type(b"\x03")  # Ctrl-C at the prompt
    assert terminal.proc.wait(timeout=30) == 130
    terminal.read_until(b"interrupted", 5, after=mark)
    assert b"newsbrief: interrupted" in terminal.output[mark:]
