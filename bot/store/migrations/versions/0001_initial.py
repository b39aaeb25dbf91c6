"""Initial schema: feeds, articles, briefings, stories, sentences with full-text search,
digests, deliveries, processed events, key-value state and channel overrides.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = True, index: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable, index=index)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("config_url", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        _ts("last_success_at"),
        sa.Column("last_error", sa.Text),
        _ts("last_error_at"),
        sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("disabled_reason", sa.Text),
        _ts("next_poll_at"),
        _ts("updated_at", nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _ts("first_seen", nullable=False),
        _ts("updated_at", nullable=False, index=True),
        sa.Column("briefing", sa.JSON, nullable=False),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "story_changes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("version", sa.Integer, nullable=False),
        _ts("at", nullable=False),
        sa.Column("what", sa.JSON, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("feed_id", sa.String(200), index=True),
        sa.Column("guid", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
        _ts("published_at", index=True),
        _ts("fetched_at", nullable=False),
        _ts("updated_at", nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="SET NULL"), index=True),
        sa.UniqueConstraint("feed_id", "guid", name="uq_articles_feed_guid"),
    )
    op.create_table(
        "briefings",
        sa.Column(
            "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("briefing", sa.JSON, nullable=False),
        sa.Column("model_version", sa.String(100), nullable=False),
        _ts("created_at", nullable=False),
    )
    op.create_table(
        "article_sentences",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            "ALTER TABLE article_sentences ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', sentence)) STORED"
        )
        op.execute("CREATE INDEX ix_article_sentences_tsv ON article_sentences USING GIN (tsv)")
    elif dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE article_sentences_fts USING fts5("
            "sentence, content='article_sentences', content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER article_sentences_ai AFTER INSERT ON article_sentences BEGIN "
            "INSERT INTO article_sentences_fts(rowid, sentence) VALUES (new.id, new.sentence); END"
        )
        op.execute(
            "CREATE TRIGGER article_sentences_ad AFTER DELETE ON article_sentences BEGIN "
            "INSERT INTO article_sentences_fts(article_sentences_fts, rowid, sentence) "
            "VALUES ('delete', old.id, old.sentence); END"
        )
        op.execute(
            "CREATE TRIGGER article_sentences_au AFTER UPDATE ON article_sentences BEGIN "
            "INSERT INTO article_sentences_fts(article_sentences_fts, rowid, sentence) "
            "VALUES ('delete', old.id, old.sentence); "
            "INSERT INTO article_sentences_fts(rowid, sentence) VALUES (new.id, new.sentence); END"
        )
    else:
        raise NotImplementedError(f"full-text search is implemented for SQLite and PostgreSQL, not {dialect}")

    op.create_table(
        "digests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel_id", sa.String(200), nullable=False),
        _ts("slot", nullable=False),
        _ts("created_at", nullable=False),
        sa.Column("rendered", sa.JSON, nullable=False),
        sa.UniqueConstraint("channel_id", "slot", name="uq_digests_channel_slot"),
    )
    op.create_table(
        "digest_stories",
        sa.Column("digest_id", sa.Integer, sa.ForeignKey("digests.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("story_version", sa.Integer, nullable=False),
    )
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("digest_id", sa.Integer, sa.ForeignKey("digests.id", ondelete="CASCADE"), index=True),
        sa.Column("channel_id", sa.String(200), nullable=False),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("state", sa.String(20), nullable=False, index=True),
        sa.Column("txn_id", sa.String(200), nullable=False, unique=True),
        sa.Column("platform_message_id", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        _ts("created_at", nullable=False),
        _ts("sent_at"),
        sa.Column("payload", sa.JSON),
    )
    op.create_table(
        "processed_events",
        sa.Column("platform", sa.String(50), primary_key=True),
        sa.Column("event_id", sa.String(255), primary_key=True),
        _ts("seen_at", nullable=False, index=True),
    )
    op.create_table(
        "kv",
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "channel_overrides",
        sa.Column("channel_id", sa.String(200), primary_key=True),
        sa.Column("settings", sa.JSON, nullable=False),
        _ts("updated_at", nullable=False),
    )


def downgrade() -> None:
    for table in ("channel_overrides", "kv", "processed_events", "deliveries", "digest_stories", "digests"):
        op.drop_table(table)
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("article_sentences_ai", "article_sentences_ad", "article_sentences_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS article_sentences_fts")
    for table in ("article_sentences", "briefings", "articles", "story_changes", "stories", "feeds"):
        op.drop_table(table)
