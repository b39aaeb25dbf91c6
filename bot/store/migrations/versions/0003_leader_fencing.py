"""Fencing for leader hand-overs (each leader's epoch, and the epoch that claimed a delivery), and
leases on answers (a claimed message's lease, its payload and the attempts made).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leader_epochs",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("epoch", sa.Integer, nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("claimed_epoch", sa.Integer, nullable=True))
    with op.batch_alter_table("processed_events") as batch:
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("payload", sa.JSON, nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
        batch.create_index("ix_processed_events_lease_until", ["lease_until"])


def downgrade() -> None:
    with op.batch_alter_table("processed_events") as batch:
        batch.drop_index("ix_processed_events_lease_until")
        batch.drop_column("attempts")
        batch.drop_column("payload")
        batch.drop_column("lease_until")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("claimed_epoch")
    op.drop_table("leader_epochs")
