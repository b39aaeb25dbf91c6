"""The real ``newsbrief`` command line in a process of its own, without paying for Python's start-up,
the package's imports and the spaCy model on every run.

:func:`newsbrief` runs ``newsbrief ARGS...`` (``newsbrief.bot.cli.main``, unmodified) in a fresh
process forked from one warm server: multiprocessing's fork server, started on first use with
``tests.integration.warm_cli`` preloaded (the package imported and the model loaded once per test
session). Each run is still its own process, with its own stdin (a pipe holding ``stdin``, then
end of file), stdout and stderr, working directory, environment, signals and exit status: it can
be killed, it leaves nothing behind in the test process, and the next run starts from the store
alone, as a user's next command does. A subprocess of a fresh interpreter (``python -m
newsbrief.bot.cli``) is needed where the start-up itself is under test, and where runs must
differ in their hash seed: every run of one session shares the fork server's (string hashes,
set order), which a fresh interpreter draws anew.

``crash="METHOD:N"`` kills the process with SIGKILL right after the N-th call of ``Store.METHOD``
has returned (its transaction committed), wherever the call was made; ``METHOD:N:TERM`` sends
SIGTERM there instead (a service manager stopping it), so the command stops at its next await.

:func:`forked` does the same for any entry point, a ``main(argv)`` of a module
(``tests.integration.delivery_crash_child``'s, say), which returns its exit status or exits.
"""

from __future__ import annotations

import functools
import importlib
import multiprocessing
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(["tests.integration.warm_cli", "tests.integration.delivery_crash_child"])


@dataclass(frozen=True)
class Completed:
    """How a run ended: its exit status (``-N`` when signal N killed it) and what it printed."""

    returncode: int
    stdout: str
    stderr: str


def forked(
    entry: str,
    *args: str,
    stdin: str = "",
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    crash: str = "",
    timeout: float = 300,
) -> Completed:
    """Run ``entry`` (``"module:function"``, called with the list ``args``; its exit status is what
    it returns, an int, or exits with) in a process forked from the warm server and wait for it.

    The run gets this process's environment as it is now, with ``env`` on top, and works in
    ``cwd`` (default: this process's working directory), as a subprocess would; not the fork
    server's, which are those of the moment it started. A run still going after ``timeout``
    seconds is killed and the test fails.
    """
    environ = {**os.environ, **(env or {})}
    workdir = str(cwd) if cwd is not None else os.getcwd()
    with tempfile.TemporaryDirectory(prefix="newsbrief-run-") as tmp:
        out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
        out.touch()
        err.touch()
        child = _CONTEXT.Process(
            target=_run,
            args=(entry, list(args), stdin, workdir, environ, crash, out, err),
            name=f"{entry} {' '.join(args[:1])}",
        )
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.kill()
            child.join()
            raise AssertionError(f"{entry} {' '.join(args)} still running after {timeout}s")
        code = child.exitcode
        assert code is not None
        return Completed(
            code,
            out.read_text(encoding="utf-8", errors="replace"),
            err.read_text(encoding="utf-8", errors="replace"),
        )


newsbrief = functools.partial(forked, "newsbrief.bot.cli:main")
"""``newsbrief(*ARGS, ...)`` runs ``newsbrief ARGS...`` as :func:`forked` runs an entry point."""


def loopback_config(tmp_path: Path, store_url: str, feeds: Mapping[str, str], *more: str) -> Path:
    """``tmp_path/config.yaml`` for runs over loopback feeds: the store at ``store_url``, private
    addresses allowed (the loopback server), briefing in the command's own process, ``feeds``
    (id -> URL, polled every 30 minutes), then the lines ``more``."""
    lines = [
        f"storage: {{url: '{store_url}'}}",
        "fetch: {allow_private_networks: true, timeout_s: 5}",
        "briefing: {ingest_processes: 0}",
        "feeds:",
        *(f"  - {{id: {fid}, url: '{url}', poll_minutes: 30}}" for fid, url in feeds.items()),
        *more,
    ]
    path = tmp_path / "config.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


# --------------------------------------------------------------------------- in the forked process


def _run(
    entry: str,
    argv: Sequence[str],
    stdin: str,
    cwd: str,
    env: dict[str, str],
    crash: str,
    out: Path,
    err: Path,
) -> None:
    module, _, function = entry.partition(":")
    main = getattr(importlib.import_module(module), function)

    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    _redirect(stdin.encode("utf-8"), out, err)
    if crash:
        method, nth, *how = crash.split(":")
        _crash_after(method, int(nth), signal.SIGTERM if how == ["TERM"] else signal.SIGKILL)
    status = main(list(argv))
    if isinstance(status, int):  # a main that returns its exit status (the command line's exits)
        sys.exit(status)


def _redirect(stdin: bytes, out: Path, err: Path) -> None:
    """fd 0 a pipe holding ``stdin`` then end of file (what ``subprocess.run(input=...)`` gives),
    fds 1 and 2 the files ``out`` and ``err``; ``sys.std*`` over them as Python makes them."""
    if len(stdin) > 60_000:  # written before anyone reads: it must fit in the pipe's buffer
        raise ValueError("stdin too long for a pipe written in advance")
    read_end, write_end = os.pipe()
    os.write(write_end, stdin)
    os.close(write_end)
    os.dup2(read_end, 0)
    os.close(read_end)
    for fd, path in ((1, out), (2, err)):
        opened = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    sys.stderr = open(  # noqa: SIM115
        2, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False
    )


def _crash_after(method: str, nth: int, signum: int) -> None:
    """Send ``signum`` to this process right after the ``nth`` call of ``Store.<method>`` returns."""
    from newsbrief.bot.store.repository import Store

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
