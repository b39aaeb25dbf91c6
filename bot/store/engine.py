"""Engine creation for the store: URL normalisation and per-connection SQLite settings.

SQLite connections run in WAL mode with a busy timeout and foreign keys on. The pysqlite driver's
own transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so write
transactions can use ``BEGIN IMMEDIATE`` (see :data:`WRITE_OPTIONS`): a writer takes the write lock
up front and waits for it (busy timeout) instead of failing with ``SQLITE_BUSY`` half-way.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# Execution options for write sessions: on SQLite they start with BEGIN IMMEDIATE.
WRITE_OPTIONS: dict[str, Any] = {"sqlite_begin": "IMMEDIATE"}


def normalize_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` become ``postgresql+psycopg://`` (psycopg 3); others pass."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def create_store_engine(url: str) -> sa.Engine:
    """An engine for ``url`` (SQLite file or memory, or PostgreSQL). Creates a SQLite file's folder."""
    parsed = sa.make_url(normalize_url(url))
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(parsed)
    if backend == "postgresql":
        return sa.create_engine(parsed, pool_pre_ping=True)
    raise ValueError(
        f"unsupported database URL {parsed.render_as_string(hide_password=True)!r}: use sqlite or postgresql"
    )


def _sqlite_engine(url: sa.URL) -> sa.Engine:
    memory = url.database in (None, "", ":memory:")
    if memory:
        engine = sa.create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        assert url.database is not None
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN below
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first: switching to WAL takes a lock too, and racing openers must wait for it.
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine
