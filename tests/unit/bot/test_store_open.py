"""Opening a fresh SQLite store while other connections race for it: a "database is locked" that
SQLite gives at once (without waiting out its busy timeout) makes the upgrade try again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newsbrief.bot.store import Store, migrate


def _locked() -> sa.exc.OperationalError:
    return sa.exc.OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))


def test_an_immediate_database_is_locked_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = migrate._upgrade_once
    calls: list[int] = []

    def flaky(engine: sa.Engine) -> None:
        calls.append(1)
        if len(calls) <= 2:
            raise _locked()
        real(engine)

    monkeypatch.setattr(migrate, "_upgrade_once", flaky)
    with Store.open(f"sqlite:///{tmp_path / 'store.db'}") as store:
        assert store.claim_event("slack", "E1")
    assert len(calls) == 3


def test_other_operational_errors_are_not_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def broken(engine: sa.Engine) -> Any:
        calls.append(1)
        raise sa.exc.OperationalError("SELECT", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(migrate, "_upgrade_once", broken)
    with pytest.raises(sa.exc.OperationalError, match="disk I/O error"):
        Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    assert calls == [1]


def test_a_lock_held_past_the_busy_timeout_still_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def always_locked(engine: sa.Engine) -> None:
        calls.append(1)
        raise _locked()

    monkeypatch.setattr(migrate, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(migrate, "_upgrade_once", always_locked)
    with pytest.raises(sa.exc.OperationalError, match="locked"):
        Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    assert len(calls) >= 2
