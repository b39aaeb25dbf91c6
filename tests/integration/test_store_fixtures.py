"""The ``store`` fixture's PostgreSQL schema is reused from test to test (``tests.stores.MigratedSchema``):
emptied, it must be what a fresh migration gives, and a schema a test changed must not be reused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest

from newsbrief.bot.store import Store
from tests.stores import PG_URL, MigratedSchema, _worker_url, pg_conninfo, raw_query, table_names

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.postgres


@pytest.fixture
def schemas() -> Iterator[MigratedSchema]:
    made = MigratedSchema()
    yield made
    made.drop()


def _write_some(url: str) -> int:
    store = Store.open(url)
    try:
        store.upsert_feed("wire", "https://wire.example/rss", "Wire", now=NOW)
        store.set_kv("k", "v")
        return store.upsert_article(
            "wire", "g-1", "https://wire.example/1", "A title", "Some text.", now=NOW
        ).article_id
    finally:
        store.close()


def _row_counts(url: str) -> dict[str, int]:
    return {
        t: int(raw_query(url, f'SELECT count(*) FROM "{t}"')[0][0])  # type: ignore[call-overload]
        for t in table_names(url)
        if t != "alembic_version"
    }


def test_an_emptied_schema_is_what_a_fresh_migration_gives(schemas: MigratedSchema) -> None:
    url = schemas.take()
    first_id = _write_some(url)
    assert _row_counts(url)["feeds"] == 1  # positive control: there was something to remove
    schemas.empty()
    assert schemas.take() == url  # the same schema, reused
    assert set(_row_counts(url).values()) == {0}
    assert _write_some(url) == first_id  # ids start again where a fresh database starts them


def test_a_schema_a_test_changed_is_dropped_not_reused(schemas: MigratedSchema) -> None:
    url = schemas.take()
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {schemas.schema}.stray (x int)")
    changed = table_names(url)
    assert "stray" in changed
    schemas.empty()
    fresh = schemas.take()
    assert fresh != url
    assert table_names(fresh) == changed - {"stray"}


def test_each_xdist_worker_has_a_database_of_its_own() -> None:
    # advisory locks are per database: workers side by side must not share one
    assert _worker_url("postgresql://u@h:5432/test", "gw1") == "postgresql://u@h:5432/test_gw1"
    assert (
        _worker_url("postgresql://u@h/test?sslmode=disable", "gw0")
        == "postgresql://u@h/test_gw0?sslmode=disable"
    )
    assert _worker_url("postgresql://u@h:5432/test", "") == "postgresql://u@h:5432/test"  # no xdist: as given
    with psycopg.connect(pg_conninfo(), autocommit=True) as conn:  # this run's database exists
        name = conn.execute("SELECT current_database()").fetchone()
    assert name is not None and name[0] == PG_URL.partition("?")[0].rsplit("/", 1)[1]
