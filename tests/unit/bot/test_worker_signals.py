"""A briefing worker leaves Ctrl-C to its parent: SIGINT to the process group does not kill it;
SIGTERM (how the pool stops it) ends it quietly even when it inherited a handler that raises."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

CHILD = """
import os, signal, sys, time
from newsbrief.bot.ingest.briefing_pool import exit_with_parent
def on_term(signum, frame):  # what a process forked from the command line inherits
    raise KeyboardInterrupt
signal.signal(signal.SIGTERM, on_term)
# Ctrl-C raises, as on a command line, even when the suite runs under a launcher that ignores SIGINT
# (an asynchronous job without job control: its children start with SIGINT ignored)
signal.signal(signal.SIGINT, signal.default_int_handler)
if sys.argv[1] == "worker":
    exit_with_parent(os.getppid())
print("ready", flush=True)
time.sleep(30)
"""


def _spawn(kind: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _close(*procs: subprocess.Popen[str]) -> None:
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()
        assert p.stderr is not None and p.stdout is not None
        p.stderr.close()
        p.stdout.close()


def test_sigint_does_not_stop_a_worker_but_stops_a_plain_process() -> None:
    worker, plain = _spawn("worker"), _spawn("plain")
    try:
        for p in (worker, plain):
            os.kill(p.pid, signal.SIGINT)
        plain.wait(timeout=10)
        assert plain.returncode != 0  # positive control: KeyboardInterrupt ended it
        time.sleep(0.3)
        assert worker.poll() is None  # the worker ignored it
    finally:
        _close(worker, plain)


def test_sigterm_ends_a_worker_quietly_but_a_plain_process_with_a_traceback() -> None:
    worker, plain = _spawn("worker"), _spawn("plain")
    try:
        for p in (worker, plain):
            os.kill(p.pid, signal.SIGTERM)
            p.wait(timeout=10)
        assert worker.returncode == -signal.SIGTERM
        assert worker.stderr is not None and worker.stderr.read() == ""
        assert plain.stderr is not None and "KeyboardInterrupt" in plain.stderr.read()  # control
    finally:
        _close(worker, plain)
