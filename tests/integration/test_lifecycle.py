"""``newsbrief ingest`` and ``newsbrief run`` stop cleanly on SIGTERM/SIGINT, and their briefing
worker process never outlives them, even after kill -9 of the parent.

Each test starts the real command line over loopback feeds: one feed with articles (so the
briefing worker is spawned and used) and, where the process must still be busy, one feed whose
server answers only after a minute. Deadlines are generous (10 s); these are not timing tests.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.integration.feed_texts import AIR_STRIKE, RAIL_HT, XML, rss
from tests.integration.http_server import LoopbackHTTPServer, Route
from tests.stores import raw_query

ROOT = Path(__file__).resolve().parents[2]
DEADLINE = 10.0


def _config(tmp_path: Path, server: LoopbackHTTPServer, *, slow: bool, console: bool = False) -> Path:
    server.route(
        "/news.xml",
        Route(
            body=rss(
                "News",
                [
                    ("n-1", "Brenmoor rail drivers walk out over pay", "https://news.example/1", RAIL_HT),
                    ("n-2", "Air strike on Oskel market kills nine", "https://news.example/2", AIR_STRIKE),
                ],
            ),
            headers=XML,
        ),
    )
    server.route("/slow.xml", Route(body=rss("Slow", []), headers=XML, delay=60.0))
    lines = [
        "storage:",
        f"  url: 'sqlite:///{tmp_path / 'store.db'}'",
        "fetch: {allow_private_networks: true, timeout_s: 120}",
        "briefing: {ingest_processes: 1}",
        "feeds:",
        f"  - {{id: news, url: '{server.url('/news.xml')}'}}",
    ]
    if slow:
        lines.append(f"  - {{id: slow, url: '{server.url('/slow.xml')}'}}")
    if console:
        lines += ["channels:", "  - {id: term, platform: console, target: stdout, schedule: null}"]
    path = tmp_path / "config.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _start(args: list[str], tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = (tmp_path / "stdout.txt").open("wb")
    err = (tmp_path / "stderr.txt").open("wb")
    return subprocess.Popen(
        [sys.executable, "-m", "newsbrief.bot.cli", *args],
        stdin=subprocess.PIPE,
        stdout=out,
        stderr=err,
        env=env,
        cwd=tmp_path,
    )


def _children(pid: int) -> dict[int, str]:
    """Live processes whose parent is ``pid``, with their command lines."""
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            found[int(entry.name)] = cmdline
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (maybe init) has not reaped it


def _wait_for(what: str, condition: Callable[[], bool], timeout: float = 240.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _briefed(tmp_path: Path) -> int:
    db = tmp_path / "store.db"
    if not db.exists():
        return 0
    try:
        return int(raw_query(f"sqlite:///{db}", "SELECT count(*) FROM briefings")[0][0])  # type: ignore[call-overload]
    except Exception:  # not migrated yet
        return 0


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test started; they and their children are killed if still running when it ends
    (so a failing test leaks no worker into the next)."""
    started: list[subprocess.Popen[bytes]] = []
    seen: dict[int, str] = {}
    yield started
    for p in started:
        seen.update(_children(p.pid))
        if p.poll() is None:
            p.kill()
            p.wait()
    for pid in _LEFT:
        seen.setdefault(pid, "")
    _LEFT.clear()
    for pid in seen:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


_LEFT: list[int] = []
"""Children seen by a test, for the fixture to kill should the test fail."""


def _worker_of(proc: subprocess.Popen[bytes], tmp_path: Path) -> dict[int, str]:
    """Wait until the process has briefed the feed's two articles in its worker; its children."""
    _wait_for("two briefings", lambda: _briefed(tmp_path) >= 2 or proc.poll() is not None)
    assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
    kids = _children(proc.pid)
    _LEFT.extend(kids)
    assert any("multiprocessing" in cmd for cmd in kids.values()), kids  # the briefing worker
    return kids


def _gone_within(pids: dict[int, str], timeout: float = DEADLINE) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and any(_alive(p) for p in pids):
        time.sleep(0.1)
    left = {p: c for p, c in pids.items() if _alive(p)}
    for pid in left:
        os.kill(pid, signal.SIGKILL)  # do not leak them into other tests
    assert not left, f"still running {timeout}s after the parent: {left}"


def _ingest_with_its_worker(
    loopback_server: LoopbackHTTPServer, tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> tuple[subprocess.Popen[bytes], dict[int, str]]:
    """``newsbrief ingest`` over a slow feed, once its briefing worker runs: the process and the worker."""
    config = _config(tmp_path, loopback_server, slow=True)
    proc = _start(["ingest", "--config", str(config)], tmp_path)
    procs.append(proc)
    return proc, _worker_of(proc, tmp_path)


def test_briefing_worker_exits_after_kill_9_of_ingest(
    loopback_server: LoopbackHTTPServer, tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    proc, kids = _ingest_with_its_worker(loopback_server, tmp_path, procs)
    proc.kill()
    proc.wait()
    _gone_within(kids)


def test_sigterm_stops_ingest_with_exit_0_and_no_worker_left(
    loopback_server: LoopbackHTTPServer, tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    proc, kids = _ingest_with_its_worker(loopback_server, tmp_path, procs)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=DEADLINE) == 0, (tmp_path / "stderr.txt").read_text()
    assert "stopped" in (tmp_path / "stderr.txt").read_text()
    _gone_within(kids)


def test_sigterm_stops_run_during_its_start_up_ingest(
    loopback_server: LoopbackHTTPServer, tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    config = _config(tmp_path, loopback_server, slow=True, console=True)
    proc = _start(["run", "--config", str(config)], tmp_path)
    procs.append(proc)
    kids = _worker_of(proc, tmp_path)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=DEADLINE) == 0, (tmp_path / "stderr.txt").read_text()
    _gone_within(kids)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_signal_stops_run_waiting_for_input(
    signum: int,
    code: int,
    loopback_server: LoopbackHTTPServer,
    tmp_path: Path,
    procs: list[subprocess.Popen[bytes]],
) -> None:
    config = _config(tmp_path, loopback_server, slow=False, console=True)
    proc = _start(["run", "--config", str(config)], tmp_path)
    procs.append(proc)
    stdout = tmp_path / "stdout.txt"
    # the first digest is printed once start-up is over; then it waits for a line on stdin
    _wait_for("the first digest", lambda: "Oskel" in stdout.read_text() or proc.poll() is not None)
    assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
    kids = _children(proc.pid)
    _LEFT.extend(kids)
    proc.send_signal(signum)
    assert proc.wait(timeout=DEADLINE) == code, (tmp_path / "stderr.txt").read_text()
    _gone_within(kids)


def test_brief_jobs_workers_exit_after_kill_9_of_brief(
    tmp_path: Path, procs: list[subprocess.Popen[bytes]]
) -> None:
    """``brief --jobs 2`` forks its workers from the same pool the bot uses; killed with -9 while
    it waits for its 65th input (stdin), its two workers go too."""
    text = "Ferry strike called off\n\nFerry crews called off a strike planned for Friday after the operator offered a 5% pay rise.\n"
    inputs = []
    for i in range(64):  # one chunk (newsbrief.bot.cli.BATCH), briefed over the workers before stdin is read
        path = tmp_path / f"a{i}.txt"
        path.write_text(text)
        inputs.append(str(path))
    proc = _start(["brief", "--json", "--jobs", "2", *inputs, "-"], tmp_path)
    procs.append(proc)
    stdout = tmp_path / "stdout.txt"
    _wait_for("the first chunk", lambda: stdout.read_text().count("\n") >= 64 or proc.poll() is not None)
    assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
    kids = _children(proc.pid)
    _LEFT.extend(kids)
    assert len(kids) >= 2, kids  # the two workers (still there: the pool lives for the whole run)
    proc.kill()
    proc.wait()
    _gone_within(kids)
