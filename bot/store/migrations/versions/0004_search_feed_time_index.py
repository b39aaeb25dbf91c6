"""A channel's search filters articles by feed and time from one index (it replaces the feed index).

``search_sentences`` keeps the sentences of articles from a channel's feeds published since a time.
With ``articles(feed_id, published_at, fetched_at, id)`` that filter is read from the index alone (an
index-only scan on PostgreSQL) instead of visiting every article row of the feeds: the article rows
are wide (they hold the text), so the visit cost more than the full-text match itself.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_feed_id")
        batch.create_index("ix_articles_feed_time", ["feed_id", "published_at", "fetched_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_feed_time")
        batch.create_index("ix_articles_feed_id", ["feed_id"])
