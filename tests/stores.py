"""The test databases: SQLite (temp file) and PostgreSQL, and how to read them without the store.

The ``store_url`` and ``store`` fixtures built on them are in ``tests/conftest.py``. PostgreSQL runs
use the server at 127.0.0.1:5432 (override with
``NEWSBRIEF_TEST_PG``), each in a schema of its own, dropped afterwards, so parallel runs don't
collide. A PostgreSQL that cannot be reached fails the test (a skipped database test proves
nothing) unless ``NEWSBRIEF_SKIP_PG=1`` is set.
"""

from __future__ import annotations

import os
import sqlite3

import psycopg
import pytest

PG_URL = os.environ.get("NEWSBRIEF_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_conninfo() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


def _schema_of(url: str) -> str | None:
    marker = "search_path%3D"
    return url.split(marker, 1)[1] if marker in url else None


def raw_query(url: str, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Run SQL on the test database without the store (to check what it wrote). Use ``%s`` placeholders."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            return list(conn.execute(sql.replace("%s", "?"), params).fetchall())
    schema = _schema_of(url)
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
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
