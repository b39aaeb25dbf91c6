"""Running the Alembic migrations shipped in this package, and checking the models against them."""

from __future__ import annotations

import logging
import random
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from newsbrief.bot.store.engine import BUSY_TIMEOUT_MS, WRITE_OPTIONS, create_store_engine
from newsbrief.bot.store.models import Base

logger = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
_MIGRATION_LOCK_KEY = 0x6E657773  # "news": serialises concurrent upgrades on PostgreSQL
# Full-text objects made by raw SQL in the migrations, unknown to the ORM models.
_FULL_TEXT_NAMES = frozenset({"tsv", "ix_article_sentences_tsv"})


def alembic_config() -> Config:
    """Alembic configuration for the migrations shipped in this package (works from an installed wheel)."""
    cfg = Config(str(PACKAGE_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(PACKAGE_DIR / "migrations"))
    return cfg


def upgrade(engine: sa.Engine) -> None:
    """Run Alembic ``upgrade head`` on ``engine`` in one transaction (a no-op when already at head).

    On PostgreSQL a transaction-scoped advisory lock makes concurrent callers wait for each other;
    on SQLite the transaction starts with ``BEGIN IMMEDIATE``, which does the same. SQLite can
    still answer "database is locked" at once, without waiting out its busy timeout, where waiting
    could deadlock: two fresh connections racing to switch a new file to WAL mode, or to take the
    write lock while one holds a read lock. The upgrade then rolled back whole, so it is tried
    again, with a short random pause, until the busy timeout has passed.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            _upgrade_once(engine)
            return
        except sa.exc.OperationalError as exc:
            if not (_sqlite_busy(engine, exc) and time.monotonic() < deadline):
                raise
            logger.debug("store upgrade: SQLite busy (%s), trying again", exc.orig)
            time.sleep(random.uniform(0.02, 0.2))


def _sqlite_busy(engine: sa.Engine, exc: sa.exc.OperationalError) -> bool:
    message = str(exc.orig).lower()
    return engine.dialect.name == "sqlite" and ("locked" in message or "busy" in message)


def _upgrade_once(engine: sa.Engine) -> None:
    cfg = alembic_config()
    with engine.execution_options(**WRITE_OPTIONS).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _include_name(name: str | None, type_: str, _parent: Any) -> bool:
    if name is None:
        return True
    if type_ == "table" and (name.startswith("article_sentences_fts") or name == "alembic_version"):
        return False
    return name not in _FULL_TEXT_NAMES


def schema_drift(url: str) -> list[Any]:
    """Differences between the migrated database at ``url`` and the ORM models (empty when they agree).

    The full-text objects created by raw SQL (FTS5 table, tsvector column and index) are left out.
    """
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": _include_name}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()
