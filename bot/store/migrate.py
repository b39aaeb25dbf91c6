"""Running the Alembic migrations shipped in this package, and checking the models against them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from bot.store.engine import WRITE_OPTIONS, create_store_engine
from bot.store.models import Base

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
    on SQLite the transaction starts with ``BEGIN IMMEDIATE``, which does the same.
    """
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
