"""The terminal niceties of bot/adapters/console.py: wrapping, ingest progress, stdin checks."""

from __future__ import annotations

import io
import os
from pathlib import Path
from types import SimpleNamespace

from newsbrief.bot.adapters.console import ConsoleAdapter, IngestProgress, stdin_problem, wrap_for_terminal
from newsbrief.bot.domain import ChannelRef, Reply

LONG = (
    "The harbour authority said on Monday that the new quay would open in the spring, "
    "see https://example.org/a-very-long-link-that-must-stay-whole-for-the-terminal for details."
)


def test_long_lines_wrap_under_their_list_text_and_keep_links_whole() -> None:
    text = f"1. {LONG}\n   Key actors: {LONG}\nshort line"
    wrapped = wrap_for_terminal(text, 50)
    lines = wrapped.split("\n")
    assert all(len(line) <= 50 for line in lines if "https://" not in line)
    assert "https://example.org/a-very-long-link-that-must-stay-whole-for-the-terminal" in wrapped
    assert lines[0].startswith("1. The harbour")
    assert lines[1].startswith("   ") and not lines[1].startswith("    ")  # under the text, past "1. "
    assert lines[-1] == "short line"
    # Nothing is lost or reordered: the words read the same.
    assert wrapped.split() == text.split()


def test_a_rule_is_cut_to_the_width() -> None:
    assert wrap_for_terminal("-" * 72, 40) == "-" * 40
    assert wrap_for_terminal("-" * 30, 40) == "-" * 30


def test_lines_that_fit_are_left_alone() -> None:
    text = "Sources:\n- Northern Wire [world]: ok"
    assert wrap_for_terminal(text, 80) == text


async def test_console_wraps_only_with_a_width() -> None:
    channel = ChannelRef("console", "stdout")
    piped = io.StringIO()
    await ConsoleAdapter(channel, stdin=io.StringIO(), stdout=piped).send_reply(
        Reply(channel=channel, text=LONG)
    )
    assert piped.getvalue() == LONG + "\n"  # not a terminal: one line, as written
    narrow = io.StringIO()
    await ConsoleAdapter(channel, stdin=io.StringIO(), stdout=narrow, width=40).send_reply(
        Reply(channel=channel, text=LONG)
    )
    assert narrow.getvalue().count("\n") > 3
    assert narrow.getvalue().split() == LONG.split()


def test_ingest_progress_names_the_feed_and_counts() -> None:
    out = io.StringIO()
    progress = IngestProgress(out)
    progress.begin(2)
    progress(1, 2, SimpleNamespace(feed_id="world", status="ok", new_articles=3, briefed=2))
    progress(2, 2, SimpleNamespace(feed_id="local", status="failed", new_articles=0, briefed=0))
    text = out.getvalue()
    assert "Reading 2 feeds" in text
    assert "[1/2] world: 3 new articles, 2 briefed so far" in text
    assert "[2/2] local (failed): 3 new articles, 2 briefed so far" in text
    assert text.endswith("\n")  # the last update ends its line


def test_stdin_problem_tells_dev_null_from_pipes_and_files(tmp_path: Path) -> None:
    with open(os.devnull) as null:
        assert "not a terminal" in (stdin_problem(null) or "")
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd) as pipe, os.fdopen(write_fd, "w"):
        assert stdin_problem(pipe) is None
    f = tmp_path / "questions.txt"
    f.write_text("what happened?\n")
    with f.open() as questions:
        assert stdin_problem(questions) is None
    closed = f.open()
    closed.close()
    assert stdin_problem(closed) == "stdin is closed"
    assert stdin_problem(io.StringIO("in memory\n")) is None
