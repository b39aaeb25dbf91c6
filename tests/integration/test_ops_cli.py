"""Operating ``newsbrief``: --version, init, start-up errors, logs, monitoring and SIGTERM, as a
user runs it (a subprocess, HTTP on 127.0.0.1 only)."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
ENV.pop("NEWSBRIEF_LOG_LEVEL", None)
ENV.pop("NEWSBRIEF_LOG_FORMAT", None)

CONSOLE_CONFIG = """\
storage: {url: "sqlite:///nb.db"}
feeds:
  - {id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}
channels:
  - id: terminal
    platform: console
    target: stdout
    schedule: {cron: "0 8 * * *", timezone: Europe/Berlin}
briefing: {ingest_processes: 0}
"""


def newsbrief(*args: str, cwd: Path = ROOT, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief.bot.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=ENV,
        stdin=stdin,
    )


def test_version_and_init_write_a_config_that_checks(tmp_path: Path) -> None:
    res = newsbrief("--version")
    assert res.returncode == 0
    assert re.fullmatch(r"newsbrief \d+\.\d+\S*\n", res.stdout)

    res = newsbrief("init", str(tmp_path / "etc") + "/", cwd=tmp_path)
    written = tmp_path / "etc" / "config.yaml"
    assert res.returncode == 0, res.stderr
    assert written.read_text() == (ROOT / "config.example.yaml").read_text()
    assert newsbrief("check-config", str(written)).returncode == 0

    written.write_text("# mine\n")
    res = newsbrief("init", str(written))
    assert res.returncode == 1 and "exists" in res.stderr
    assert written.read_text() == "# mine\n"  # kept
    assert newsbrief("init", "--force", str(written)).returncode == 0
    assert written.read_text().startswith("# newsbrief configuration")

    assert newsbrief("init", "-").stdout == (ROOT / "config.example.yaml").read_text()


def test_console_channel_without_a_terminal_is_a_start_up_error(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(CONSOLE_CONFIG)
    res = newsbrief("run", "--config", str(config), stdin=subprocess.DEVNULL)
    assert res.returncode == 2
    assert "'terminal'" in res.stderr and "not a terminal" in res.stderr
    assert not (tmp_path / "nb.db").exists()  # nothing was started
    # Positive control: the same config with questions piped in runs (see the test below).


def test_log_options_after_the_subcommand(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(CONSOLE_CONFIG)
    res = newsbrief("check-config", str(config), "--log-level", "debug", "--log-format", "json")
    assert res.returncode == 0, res.stderr
    res = newsbrief("check-config", str(config), "--log-format", "yaml")
    assert res.returncode == 2 and "--log-format" in res.stderr


class _Lines:
    """stderr of a running process, line by line, readable with a timeout."""

    def __init__(self, stream: object) -> None:
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, pattern: str, timeout: float) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        for line in self.lines:
            if m := re.search(pattern, line):
                return m
        while time.monotonic() < deadline:
            try:
                item = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if item is None:
                break
            self.lines.append(item)
            if m := re.search(pattern, item):
                return m
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "".join(self.lines))

    def drain(self) -> list[str]:
        while (line := self._queue.get(timeout=30)) is not None:
            self.lines.append(line)
        return self.lines


def http_get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_run_logs_one_summary_serves_monitoring_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(CONSOLE_CONFIG + 'monitoring: {listen: "127.0.0.1:0"}\n')
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsbrief.bot.cli", "run", "--config", str(config), "--log-format", "json"],
        stdin=subprocess.PIPE,  # kept open: the console waits for questions
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=ENV,
    )
    try:
        err = _Lines(proc.stderr)
        port = int(err.wait_for(r"monitoring on http://127\.0\.0\.1:(\d+)", 60).group(1))
        base = f"http://127.0.0.1:{port}"
        assert http_get(base + "/healthz")[0] == 200
        err.wait_for(r"newsbrief started", 180)
        status, body = http_get(base + "/readyz")
        assert status == 200, body
        assert json.loads(body)["scheduler"] == "leader"
        status, metrics = http_get(base + "/metrics")
        assert status == 200
        ingested = re.search(r"^newsbrief_articles_ingested_total (\S+)$", metrics, re.M)
        assert ingested is not None and float(ingested.group(1)) >= 1
        assert re.search(r'^newsbrief_feeds\{state="ok"\} 1\.0$', metrics, re.M)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
        lines = err.drain()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    records = [json.loads(line) for line in lines if line.strip()]  # every line is JSON
    assert all({"time", "level", "logger", "message"} <= r.keys() for r in records)
    summaries = [r for r in records if r["message"].startswith("newsbrief started")]
    assert len(summaries) == 1
    startup = summaries[0]["startup"]
    assert startup["platforms"] == {"console": startup["platforms"]["console"]}
    (channel,) = startup["channels"]
    assert channel["id"] == "terminal"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT08:00\+0[12]:00", channel["next_digest"])  # Berlin time
    assert startup["monitoring"] == f"http://127.0.0.1:{port}"
    assert not any(r["logger"].startswith(("nio", "apscheduler", "sqlalchemy")) for r in records)


def test_monitoring_port_in_use_is_a_start_up_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = tmp_path / "config.yaml"
        config.write_text(CONSOLE_CONFIG + f'monitoring: {{listen: "127.0.0.1:{port}"}}\n')
        res = subprocess.run(
            [sys.executable, "-m", "newsbrief.bot.cli", "run", "--config", str(config)],
            input="",
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env=ENV,
        )
    assert res.returncode == 2, res.stderr
    assert f"monitoring.listen 127.0.0.1:{port}: cannot listen" in res.stderr
    assert "Traceback" not in res.stderr
