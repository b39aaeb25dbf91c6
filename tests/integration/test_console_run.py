"""``newsbrief run`` on the embedded default, driven through stdin; each run a process of its own
(forked from a warm one, ``tests.integration.cli_process``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tests.integration.cli_process import Completed, newsbrief

ROOT = Path(__file__).resolve().parents[2]


def run_cli(args: list[str], home: Path, lines: Sequence[str] = ()) -> Completed:
    return newsbrief(
        *args,
        stdin="".join(line + "\n" for line in lines),
        cwd=ROOT,
        env={"HOME": str(home)},
        timeout=180,
    )


def example_config(tmp_path: Path, *, worker: bool = False) -> Path:
    """config.example.yaml in ``tmp_path``; without ``worker``, briefing in the bot's own process
    (``ingest_processes: 0``): a spawned briefing worker loads the model anew each run, and is
    what tests/integration/test_lifecycle.py and the test below with ``worker=True`` are about."""
    text = (ROOT / "config.example.yaml").read_text()
    if not worker:
        assert "  ingest_processes: 1\n" in text
        text = text.replace("  ingest_processes: 1\n", "  ingest_processes: 0\n")
    config = tmp_path / "config.yaml"
    config.write_text(text)
    return config


def run_bot(config: Path, lines: list[str], home: Path) -> Completed:
    return run_cli(["run", "--config", str(config)], home, lines)


def test_console_bot_posts_digest_answers_and_does_not_repeat(tmp_path: Path) -> None:
    config = example_config(tmp_path)
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
    """The example config as shipped (its briefing worker too) runs and stops at end of input."""
    config = example_config(tmp_path, worker=True)
    res = run_bot(config, [], tmp_path)
    assert res.returncode == 0, res.stderr
    assert "News digest" in res.stdout


def test_admin_feed_changes_persist_across_restarts(tmp_path: Path) -> None:
    config = example_config(tmp_path)
    text = config.read_text()
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
    config = example_config(tmp_path)
    first = run_cli(["ingest", "--config", str(config)], tmp_path)
    assert first.returncode == 0, first.stderr
    assert "world: ok, 2 entries, 2 new" in first.stdout
    assert "6 new articles" in first.stdout
    second = run_cli(["ingest", "--config", str(config)], tmp_path)
    assert second.returncode == 0, second.stderr
    assert "0 new articles" in second.stdout
