"""Feed health you can read, and data that can be pruned: when a feed started failing, why its
next poll waits (back-off or Retry-After), when it was disabled; an index on when each article
was fetched, for the retention pass.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("next_poll_reason", sa.String(20), nullable=True))
        batch.add_column(sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))
    # feeds failing or disabled before this migration: their best known dates
    op.execute(
        "UPDATE feeds SET failing_since = last_error_at WHERE consecutive_failures > 0 AND failing_since IS NULL"
    )
    op.execute("UPDATE feeds SET disabled_at = updated_at WHERE disabled AND disabled_at IS NULL")
    op.create_index("ix_articles_fetched_at", "articles", ["fetched_at"])


def downgrade() -> None:
    op.drop_index("ix_articles_fetched_at", table_name="articles")
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("disabled_at")
        batch.drop_column("next_poll_reason")
        batch.drop_column("failing_since")
