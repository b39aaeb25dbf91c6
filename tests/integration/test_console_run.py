"""``newsbrief run`` on the embedded default, driven through stdin in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_bot(config: Path, lines: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief.bot.cli", "run", "--config", str(config)],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home)},
    )


def test_console_bot_posts_digest_answers_and_does_not_repeat(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    shutil.copy(ROOT / "config.example.yaml", config)
    sample = ROOT / "bot" / "data" / "sample_article.txt"
    res = run_bot(
        config,
        ["how many people were killed?", f"brief {sample}", "help", "digest now"],
        tmp_path,
    )
    assert res.returncode == 0, res.stderr
    out = res.stdout
    # The first digest, built from the bundled feeds: the ceasefire told by two outlets is one story.
    assert "News digest" in out
    digest = out[out.index("News digest") :]
    assert digest.count("Varnor and Estmark") >= 1
    assert "Sources (2)" in digest
    # The question typed after the digest is answered from it, with its source.
    answer = out[out.rindex("Sources (") :]  # what follows the digest
    assert "64" in answer and "[source: " in answer and "https://" in answer  # outlet or site, then the link
    # brief <path> works in the terminal.
    assert "Harbour city unveils plan" in out
    assert "brief <url>" in out  # help
    assert "No new stories since the last digest." in out  # digest now right after the first
    assert (tmp_path / "newsbrief.db").exists()

    # A restart posts no digest twice.
    again = run_bot(config, ["sources"], tmp_path)
    assert again.returncode == 0, again.stderr
    assert "News digest" not in again.stdout
    assert "Northern Wire [world]" in again.stdout and "ok, last fetched" in again.stdout


def test_console_bot_exits_cleanly_on_empty_input(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    shutil.copy(ROOT / "config.example.yaml", config)
    res = run_bot(config, [], tmp_path)
    assert res.returncode == 0, res.stderr
    assert "News digest" in res.stdout


def test_admin_feed_changes_persist_across_restarts(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    text = (ROOT / "config.example.yaml").read_text()
    # Only "root" is an admin at this terminal; the test runs as "root" or as someone else.
    config.write_text(text.replace('console: ["*"]', 'console: ["nobody-here"]'))
    res = run_bot(
        config, ["add feed https://news.example.org/rss.xml Example", "remove feed world"], tmp_path
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("only the admins") == 2

    config.write_text(text)  # "*": whoever runs the terminal is an admin
    res = run_bot(
        config, ["add feed https://news.example.org/rss.xml Example", "remove feed world"], tmp_path
    )
    assert res.returncode == 0, res.stderr
    assert "Added feed" in res.stdout and "Removed feed world" in res.stdout

    res = run_bot(config, ["sources"], tmp_path)
    sources = res.stdout[res.stdout.index("Sources:") :]
    assert "https://news.example.org/rss.xml" in sources
    assert "[world]" not in sources
    assert "[business]" in sources


def test_ingest_reports_each_feed_and_is_idempotent(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    shutil.copy(ROOT / "config.example.yaml", config)
    cmd = [sys.executable, "-m", "newsbrief.bot.cli", "ingest", "--config", str(config)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)
    assert first.returncode == 0, first.stderr
    assert "world: ok, 2 entries, 2 new" in first.stdout
    assert "6 new articles" in first.stdout
    second = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=ROOT, env=env)
    assert second.returncode == 0, second.stderr
    assert "0 new articles" in second.stdout
