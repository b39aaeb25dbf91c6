"""Fixtures shared by the unit tests. Unit tests need no server: their ``store`` is a SQLite file
(it overrides the both-backends ``store`` of ``tests/conftest.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.bot.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An open store on a fresh SQLite file (migrated to head), closed afterwards."""
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as opened:
        yield opened
