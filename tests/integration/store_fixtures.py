"""Store fixtures for tests: a fresh database per test, on SQLite (temp file) and on PostgreSQL.

Import them into a test module (``from tests.integration.store_fixtures import store, store_url``);
there is deliberately no conftest. PostgreSQL runs use the server at 127.0.0.1:5432 (override with
``NEWSBRIEF_TEST_PG``), each in a schema of its own, dropped afterwards, so parallel runs don't
collide. A PostgreSQL that cannot be reached fails the test (a skipped database test proves
nothing) unless ``NEWSBRIEF_SKIP_PG=1`` is set.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bot.store import Store

PG_URL = os.environ.get("NEWSBRIEF_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _pg_conninfo() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


def _schema_of(url: str) -> str | None:
    marker = "search_path%3D"
    return url.split(marker, 1)[1] if marker in url else None


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL with nothing in it yet (``sqlite:///...`` or ``postgresql://...`` in a fresh schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if os.environ.get("NEWSBRIEF_SKIP_PG") == "1":
        pytest.skip("NEWSBRIEF_SKIP_PG=1")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open store on a fresh database (migrated to head), closed afterwards."""
    opened = Store.open(store_url)
    try:
        yield opened
    finally:
        opened.close()


def raw_query(url: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Run SQL on the test database without the store (to check what it wrote). Use ``%s`` placeholders."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            return list(conn.execute(sql.replace("%s", "?"), params).fetchall())
    schema = _schema_of(url)
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        if schema:
            conn.execute(f"SET search_path TO {schema}")
        return list(conn.execute(sql, params).fetchall())


def table_names(url: str) -> set[str]:
    """Tables (and SQLite virtual tables) in the test database."""
    if url.startswith("sqlite:///"):
        rows = raw_query(url, "SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        rows = raw_query(
            url, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    return {str(r[0]) for r in rows}
