"""Alembic environment for the newsbrief store.

``Store.open`` passes an open connection in ``config.attributes["connection"]`` (already inside a
transaction, so the whole upgrade is one transaction on both SQLite and PostgreSQL). From the
command line the URL comes from ``NEWSBRIEF_DATABASE_URL`` or ``sqlalchemy.url`` in alembic.ini.
"""

from __future__ import annotations

import logging
import os
from logging.config import fileConfig

import sqlalchemy as sa
from alembic import context

from newsbrief.bot.store.models import Base

logger = logging.getLogger(__name__)

config = context.config
target_metadata = Base.metadata


def _run(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    if config.cmd_opts is not None and config.config_file_name is not None:  # the alembic command line
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    url = os.environ.get("NEWSBRIEF_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set NEWSBRIEF_DATABASE_URL (or sqlalchemy.url in alembic.ini)")
    from newsbrief.bot.store.engine import create_store_engine

    engine = create_store_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (--sql) migrations are not supported: the schema differs per dialect")
run_migrations_online()
