"""Fixtures shared by the unit tests. Unit tests need no server: their ``store`` is a SQLite file
(it overrides the both-backends ``store`` of ``tests/conftest.py``), and ``no_network`` fails a test
that opens a connection."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.bot.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An open store on a fresh SQLite file (migrated to head), closed afterwards."""
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as opened:
        yield opened


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a network connection fails the test (the work must be offline)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the test tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
