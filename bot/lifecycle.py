"""Process lifecycle for the long-running commands (``run``, ``ingest``): stop on SIGTERM/SIGINT.

:func:`run_until_signal` runs a coroutine on a fresh event loop. SIGTERM or SIGINT cancels it, so
its ``finally`` blocks close what it opened (the poller's HTTP client and briefing processes,
the adapters, the store); a second signal while that runs exits at once. The loop's default
executor runs each call in a daemon thread (:class:`DaemonThreadExecutor`), so a thread blocked
in a read that cannot be interrupted (the console's ``stdin.readline``) never keeps the process
alive after the coroutine has finished.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NoReturn, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class DaemonThreadExecutor(ThreadPoolExecutor):
    """Runs every submitted call in a new daemon thread; ``shutdown`` never waits for them.

    A ``ThreadPoolExecutor`` only because asyncio accepts nothing else as a default executor.

    For the default executor of a loop whose process must be able to stop while a call is blocked
    for good (an ``input()`` nobody answers). Calls are few and coarse (store calls, a readline,
    a batch of briefings), so a thread per call costs nothing measurable.
    """

    def __init__(self, name: str = "newsbrief-io") -> None:
        super().__init__(max_workers=1, thread_name_prefix=name)  # its own pool is never used
        self._name = name
        self._closed = False
        self._closed_lock = threading.Lock()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        with self._closed_lock:
            if self._closed:
                raise RuntimeError("cannot schedule new calls after shutdown")
        future: Future[T] = Future()

        def work() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=work, name=self._name, daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._closed_lock:
            self._closed = True


def run_until_signal(main: Callable[[], Awaitable[T]]) -> tuple[T | None, int | None]:
    """Run ``main()`` until it returns or SIGTERM/SIGINT arrives.

    Returns ``(result, None)`` when it finished, ``(None, signal number)`` when a signal
    cancelled it (after its cleanup ran). Another exception propagates.
    """
    received: list[int] = []

    async def guarded() -> T | None:
        loop = asyncio.get_running_loop()
        loop.set_default_executor(DaemonThreadExecutor())
        task = asyncio.current_task()
        assert task is not None

        def on_signal(signum: int) -> None:
            if received:  # a second signal: the cleanup itself is stuck
                sys.stderr.write(f"newsbrief: {signal.Signals(signum).name} again; exiting now\n")
                sys.stderr.flush()
                os._exit(128 + signum)
            received.append(signum)
            # INFO: a stop asked for is no problem; the command prints its own one line
            logger.info("%s received; stopping", signal.Signals(signum).name)
            task.cancel()

        for sig in STOP_SIGNALS:
            loop.add_signal_handler(sig, on_signal, sig)
        try:
            return await main()
        except asyncio.CancelledError:
            if received:
                return None
            raise
        finally:
            for sig in STOP_SIGNALS:
                loop.remove_signal_handler(sig)

    result = asyncio.run(guarded())
    return result, (received[0] if received else None)


def exit_code_for(signum: int) -> int:
    """SIGTERM is how a service manager asks us to stop: a clean stop, 0. SIGINT: 130, as a shell expects."""
    return 0 if signum == signal.SIGTERM else 128 + signum


def exit_after_signal(code: int) -> NoReturn:
    """Leave the process once a signal has stopped the command and its cleanup has run.

    The interpreter's own shutdown is skipped (``os._exit``): a daemon thread may still be inside
    native code (a batch of briefings in this process, which cannot be interrupted), and tearing
    the interpreter down under it aborts the process (BLIS, for one, calls ``abort()``). Every
    connection, file and worker process was closed by the command's ``finally`` blocks; the
    store's committed transactions are on disk; the half-done batch is redone by the next run.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed or broken pipe
            stream.flush()
    os._exit(code)
