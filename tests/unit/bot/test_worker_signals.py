"""A briefing worker leaves Ctrl-C to its parent: SIGINT to the process group does not kill it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

CHILD = """
import os, sys, time
from newsbrief.bot.ingest.briefing_pool import exit_with_parent
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
        for p in (worker, plain):
            p.kill()
            p.wait()
            assert p.stderr is not None
            p.stderr.close()
            assert p.stdout is not None
            p.stdout.close()
