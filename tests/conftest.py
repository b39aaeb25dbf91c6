"""Fixtures shared by every level of the suite: the spaCy pipeline (loaded once per session) and a
fresh store on each backend. Test doubles are in ``tests/doubles.py``, database helpers in
``tests/stores.py``."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from spacy.language import Language

from newsbrief.bot.store import Store
from newsbrief.summarizers.nlp import load_pipeline
from tests.stores import BACKENDS, PG_URL, pg_conninfo


@pytest.fixture(scope="session")
def nlp() -> Language:
    """en_core_web_sm, loaded once for the whole session (tests must not change its pipes)."""
    pipeline: Language = load_pipeline("en_core_web_sm")
    return pipeline


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL with nothing in it yet (``sqlite:///...`` or ``postgresql://...`` in a fresh schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if os.environ.get("NEWSBRIEF_SKIP_PG") == "1":
        pytest.skip("NEWSBRIEF_SKIP_PG=1")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
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
