"""Fixtures shared by every level of the suite: the spaCy pipeline and the briefing engine over it
(the model loaded once per session), and a fresh store on each backend. Test doubles are in
``tests/doubles.py``, database helpers in ``tests/stores.py``."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from spacy.language import Language

from newsbrief.bot.store import Store
from newsbrief.summarizers.briefing import BriefingEngine
from tests.stores import BACKENDS, MigratedSchema, ensure_worker_database, pg_conninfo, pg_schema_url


def pytest_configure(config: pytest.Config) -> None:
    ensure_worker_database()  # under pytest-xdist: this worker's PostgreSQL database


@pytest.fixture(scope="session")
def engine() -> BriefingEngine:
    """The briefing engine (en_core_web_sm), one for the whole session: its pipeline is the
    session's ``nlp``, so the model is loaded once."""
    return BriefingEngine("en_core_web_sm")


@pytest.fixture(scope="session")
def nlp(engine: BriefingEngine) -> Language:
    """en_core_web_sm, loaded once for the whole session (tests must not change its pipes)."""
    return engine.nlp


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head with nothing in it, made once per session (to be copied)."""
    path = tmp_path_factory.mktemp("migrated") / "store.db"
    Store.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def _migrated_pg() -> Iterator[MigratedSchema]:
    schemas = MigratedSchema()
    yield schemas
    schemas.drop()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL (``sqlite:///...`` or ``postgresql://...``) with nothing in it yet.

    For a test that also takes a ``store``, the database is the one that store opens, so it is
    migrated to head with every table empty by the time the test runs, as ``Store.open`` leaves
    a fresh one; that state is made without running the migrations for every test: a copy of a
    migrated file on SQLite, and on PostgreSQL one migrated schema per session, emptied after each
    test (dropped and made anew should a test have changed more than its rows).
    """
    migrated = "store" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "store.db"
        if migrated:
            shutil.copyfile(request.getfixturevalue("_migrated_sqlite"), path)
        yield f"sqlite:///{path}"
        return
    if os.environ.get("NEWSBRIEF_SKIP_PG") == "1":
        pytest.skip("NEWSBRIEF_SKIP_PG=1")
    if migrated:
        schemas: MigratedSchema = request.getfixturevalue("_migrated_pg")
        try:
            yield schemas.take()
        finally:
            schemas.empty()
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield pg_schema_url(schema)
    finally:
        with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An open store on a fresh database (migrated to head), closed afterwards."""
    opened = Store.open(store_url)
    try:
        yield opened
    finally:
        opened.close()
