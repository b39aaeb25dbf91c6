"""The test databases: SQLite (temp file) and PostgreSQL, and how to read them without the store.

The ``store_url`` and ``store`` fixtures built on them are in ``tests/conftest.py``. PostgreSQL runs
use the server at 127.0.0.1:5432 (override with
``NEWSBRIEF_TEST_PG``), each in a schema of its own, dropped afterwards, so parallel runs don't
collide. Under pytest-xdist each worker has a database of its own beside that one (``test_gw0``,
``test_gw1``...; made by :func:`ensure_worker_database` when missing, and kept), because advisory
locks, the leader's and the migrations', are per database, not per schema. A PostgreSQL that
cannot be reached fails the test (a skipped database test proves nothing) unless
``NEWSBRIEF_SKIP_PG=1`` is set.
"""

from __future__ import annotations

import os
import sqlite3
import uuid

import psycopg
import pytest

BASE_PG_URL = os.environ.get("NEWSBRIEF_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1... under pytest-xdist, else ""


def _worker_url(url: str, worker: str) -> str:
    """``url`` with the worker's name appended to its database name (``.../test`` -> ``.../test_gw0``)."""
    if not worker:
        return url
    base, sep, query = url.partition("?")
    return f"{base}_{worker}{sep}{query}"


PG_URL = _worker_url(BASE_PG_URL, WORKER)
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_conninfo() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


def ensure_worker_database() -> None:
    """Make this xdist worker's database when it does not exist yet (nothing to do outside xdist,
    or when the server cannot be reached: the tests that need it then fail with the reason)."""
    if not WORKER or os.environ.get("NEWSBRIEF_SKIP_PG") == "1":
        return
    name = PG_URL.partition("?")[0].rsplit("/", 1)[1]
    try:
        with psycopg.connect(
            BASE_PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        ) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.errors.DuplicateDatabase:  # made meanwhile by a run beside this one
        pass
    except psycopg.OperationalError:
        pass


def pg_schema_url(schema: str) -> str:
    """The test database's URL with ``schema`` as the search path (where the store puts its tables)."""
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


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


def raw_execute(url: str, sql: str) -> None:
    """Run a PostgreSQL statement that returns no rows (``ANALYZE``...) in the test schema of ``url``."""
    schema = _schema_of(url)
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
        if schema:
            conn.execute(f"SET search_path TO {schema}")
        conn.execute(sql)


def table_names(url: str) -> set[str]:
    """Tables (and SQLite virtual tables) in the test database."""
    if url.startswith("sqlite:///"):
        rows = raw_query(url, "SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        rows = raw_query(
            url, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
    return {str(r[0]) for r in rows}


class MigratedSchema:
    """One PostgreSQL schema migrated to head, for test after test: :meth:`take` gives its URL
    (migrating a new schema when there is none), :meth:`empty` empties its tables afterwards.

    A test that left it in another state than the migrations make, rows aside (a table added or
    dropped, another Alembic revision, a lock held past the timeout), has it dropped; the next
    :meth:`take` makes a new one.
    """

    def __init__(self) -> None:
        self.schema: str | None = None
        self._shape: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    def take(self) -> str:
        from newsbrief.bot.store import Store

        if self.schema is None:
            self.schema = f"t_{uuid.uuid4().hex[:16]}"
            try:
                with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
                    conn.execute(f"CREATE SCHEMA {self.schema}")
                Store.open(pg_schema_url(self.schema)).close()
                self._shape = self._read_shape()
                # emptying it must give what the migrations give: they must not write rows
                url = pg_schema_url(self.schema)
                for table in self._shape[0]:
                    if table != "alembic_version":
                        assert raw_query(url, f'SELECT count(*) FROM "{table}"') == [(0,)], table
            except BaseException:
                self.drop()
                raise
        return pg_schema_url(self.schema)

    def _read_shape(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The schema's tables and its Alembic revision."""
        url = pg_schema_url(self.schema or "")
        tables = raw_query(
            url, "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (self.schema,)
        )
        revisions = raw_query(url, "SELECT version_num FROM alembic_version")
        return tuple(str(row[0]) for row in tables), tuple(str(row[0]) for row in revisions)

    def empty(self) -> None:
        """Delete every row (children first) and restart the id sequences: the state the
        migrations leave. (DELETE: on tables this small TRUNCATE takes ten times longer.)"""
        from newsbrief.bot.store.models import Base

        if self.schema is None:
            return
        try:
            shape = self._read_shape()
            if shape != self._shape:
                raise ValueError("the test changed the schema")
            present = set(shape[0]) - {"alembic_version"}
            order = [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in present]
            if set(order) != present:
                raise ValueError("tables the models do not know")
            with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
                conn.execute("SET lock_timeout = '10s'")
                with conn.transaction():
                    for table in order:
                        conn.execute(f'DELETE FROM "{self.schema}"."{table}"')
                    sequences = conn.execute(
                        "SELECT sequencename FROM pg_sequences WHERE schemaname = %s", (self.schema,)
                    ).fetchall()
                    for (sequence,) in sequences:
                        conn.execute(f'ALTER SEQUENCE "{self.schema}"."{sequence}" RESTART')
        except (psycopg.Error, ValueError):
            self.drop()

    def drop(self) -> None:
        if self.schema is not None:
            schema, self.schema = self.schema, None
            with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
