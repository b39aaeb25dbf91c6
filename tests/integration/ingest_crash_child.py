"""A child process for tests/integration/test_ingest_crash.py: the real ``newsbrief`` command line,
killed with SIGKILL right after a chosen store write has committed.

Usage: python ingest_crash_child.py [--crash METHOD:N[:TERM]] -- NEWSBRIEF-ARGS...

``--crash save_briefings:2`` kills the process just after the second call of
``Store.save_briefings`` has returned (its transaction committed), wherever the call was made;
``save_briefings:2:TERM`` sends it SIGTERM there instead (a service manager stopping it), so
the command stops at its next await.
The store, the poller and the command line run unmodified; only that one method is wrapped.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from newsbrief.bot import cli  # noqa: E402
from newsbrief.bot.store.repository import Store  # noqa: E402


def _crash_after(method: str, nth: int, signum: int) -> None:
    original: Callable[..., Any] = getattr(Store, method)
    lock = threading.Lock()
    calls = 0

    def wrapped(self: Store, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        result = original(self, *args, **kwargs)
        with lock:
            calls += 1
            if calls == nth:
                sys.stdout.flush()
                os.kill(os.getpid(), signum)
        return result

    setattr(Store, method, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--crash", default="")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.crash:
        method, nth, *how = args.crash.split(":")
        _crash_after(method, int(nth), signal.SIGTERM if how == ["TERM"] else signal.SIGKILL)
    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    cli.main(rest)


if __name__ == "__main__":
    main()
