"""What every repository of the store shares: the engine, one short session per call, and helpers.

Each repository (``feeds``, ``articles``, ``stories``, ``deliveries``, ``state``) is a class over
the same engine: a method is one transaction in a session of its own, so one instance is safe to
share between threads. Writes go through :meth:`Repository._write` (on SQLite ``BEGIN IMMEDIATE``,
see ``newsbrief.bot.store.engine``), reads through :meth:`Repository._read`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from newsbrief.bot.store.engine import WRITE_OPTIONS

RACE_RETRIES = 3  # a write that lost a uniqueness race is tried this often in all
IN_CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's bound-parameter limits

_T = TypeVar("_T")


def utcnow() -> datetime:
    return datetime.now(UTC)


def chunks(ids: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``ids`` in slices of :data:`IN_CHUNK`, for ``IN (...)`` lists of any length."""
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


def deleted(conn: sa.Connection, statement: Any) -> int:
    """Run a DELETE; how many rows it removed."""
    return int(conn.execute(statement).rowcount)


def record_of(cls: type[_T], row: object, **given: Any) -> _T:
    """A frozen record (a dataclass) from an ORM row: each field is the row's attribute of the same
    name unless ``given``."""
    names = (f.name for f in fields(cast(Any, cls)))
    return cls(**{name: given[name] if name in given else getattr(row, name) for name in names})


def eq_or_null(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value


class Repository:
    """One group of tables over the shared engine (see the module docstring)."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        self._write_engine = engine.execution_options(**WRITE_OPTIONS)
        self.dialect = engine.dialect.name

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with Session(self._engine, expire_on_commit=False) as session, session.begin():
            yield session

    def _insert(self, table: Any) -> Any:
        """``INSERT`` with the dialect's ``ON CONFLICT`` clauses."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)
