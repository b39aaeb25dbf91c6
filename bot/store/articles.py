"""Articles, their briefings and the full-text index of their sentences."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsbrief.bot.store.base import RACE_RETRIES, Repository, chunks, eq_or_null, record_of, utcnow
from newsbrief.bot.store.codec import briefing_from_dict, briefing_to_dict
from newsbrief.bot.store.models import ArticleRow, ArticleSentence, BriefingRow
from newsbrief.bot.store.records import ArticleRecord, SentenceHit, UpsertResult
from newsbrief.bot.store.search import fts5_query, matching_terms, query_terms
from newsbrief.bot.store.urls import canonical_url, content_hash, normalize_text
from newsbrief.summarizers.types import Briefing

logger = logging.getLogger(__name__)

# Texts shorter than this are not deduplicated by hash: many feeds carry the same one-line teaser.
MIN_HASH_DEDUPE_CHARS = 200


class ArticleEntry(NamedTuple):
    """One article for :meth:`ArticleRepository.upsert_articles`: the arguments of
    :meth:`ArticleRepository.upsert_article` that differ between the entries of one feed."""

    guid: str | None
    url: str | None
    title: str
    text: str
    published_at: datetime | None = None


class ArticleRepository(Repository):
    """The ``articles``, ``briefings`` and ``article_sentences`` tables (and the search index)."""

    def upsert_article(
        self,
        feed_id: str | None,
        guid: str | None,
        url: str | None,
        title: str,
        text: str,
        published_at: datetime | None = None,
        source: str | None = None,
        *,
        now: datetime | None = None,
    ) -> UpsertResult:
        """Store an article once, however often it is seen.

        Looks for an existing row by (feed_id, guid), then by canonical URL, then by content hash
        (texts of at least :data:`MIN_HASH_DEDUPE_CHARS` characters). A row found by guid, or by URL
        from the same feed, is that entry updated: a different title or text is written to the row
        and ``changed`` is True. A row found via another feed or by hash is a duplicate: untouched.
        """
        now = now or utcnow()
        canon = canonical_url(url) if url else None
        digest = content_hash(text)
        for attempt in range(RACE_RETRIES):
            try:
                with self._write() as session:
                    return self._upsert_article(
                        session, feed_id, guid, url, canon, digest, title, text, published_at, source, now
                    )
            except IntegrityError:
                if attempt == RACE_RETRIES - 1:
                    raise
                logger.debug("article insert raced another writer (%s, %s); retrying", feed_id, guid)
        raise AssertionError("unreachable")

    def upsert_articles(
        self,
        feed_id: str | None,
        entries: Sequence[ArticleEntry],
        source: str | None = None,
        *,
        now: datetime | None = None,
    ) -> list[UpsertResult]:
        """:meth:`upsert_article` for each of ``entries`` (one feed's), in order, in one transaction:
        the same deduplication (an entry also matches one stored earlier in the same call) and the
        same results, with one commit for the lot. All or nothing: on an error none is stored."""
        now = now or utcnow()
        prepared = [(e, canonical_url(e.url) if e.url else None, content_hash(e.text)) for e in entries]
        if not prepared:
            return []
        for attempt in range(RACE_RETRIES):
            try:
                with self._write() as session:
                    return [
                        self._upsert_article(
                            session,
                            feed_id,
                            e.guid,
                            e.url,
                            canon,
                            digest,
                            e.title,
                            e.text,
                            e.published_at,
                            source,
                            now,
                        )
                        for e, canon, digest in prepared
                    ]
            except IntegrityError:
                if attempt == RACE_RETRIES - 1:
                    raise
                logger.debug("article batch insert raced another writer (%s); retrying", feed_id)
        raise AssertionError("unreachable")

    def _upsert_article(
        self,
        session: Session,
        feed_id: str | None,
        guid: str | None,
        url: str | None,
        canon: str | None,
        digest: str,
        title: str,
        text: str,
        published_at: datetime | None,
        source: str | None,
        now: datetime,
    ) -> UpsertResult:
        row: ArticleRow | None = None
        updatable = False
        if guid:
            row = session.scalars(
                sa.select(ArticleRow).where(eq_or_null(ArticleRow.feed_id, feed_id), ArticleRow.guid == guid)
            ).first()
            updatable = row is not None
        if row is None and canon:
            row = session.scalars(sa.select(ArticleRow).where(ArticleRow.canonical_url == canon)).first()
            updatable = row is not None and row.feed_id == feed_id
        if row is None and len(normalize_text(text)) >= MIN_HASH_DEDUPE_CHARS:
            row = session.scalars(
                sa.select(ArticleRow)
                .where(ArticleRow.content_hash == digest)
                .order_by(ArticleRow.id)
                .limit(1)
            ).first()
        if row is None:
            row = ArticleRow(
                feed_id=feed_id,
                guid=guid or None,
                url=url,
                canonical_url=canon,
                content_hash=digest,
                title=title,
                source=source,
                published_at=published_at,
                fetched_at=now,
                updated_at=now,
                text=text,
            )
            session.add(row)
            session.flush()
            return UpsertResult(row.id, True, False)
        if not updatable:
            return UpsertResult(row.id, False, False)
        if guid and row.guid is None:
            row.guid = guid
        changed = row.content_hash != digest or row.title != title
        if changed:
            row.title = title
            row.text = text
            row.content_hash = digest
            row.updated_at = now
            if published_at is not None:
                row.published_at = published_at
        if url and canon != row.canonical_url:
            taken = session.scalar(sa.select(ArticleRow.id).where(ArticleRow.canonical_url == canon))
            if taken is None:
                row.url = url
                row.canonical_url = canon
        if source and not row.source:
            row.source = source
        return UpsertResult(row.id, False, changed)

    def get_article(self, article_id: int) -> ArticleRecord | None:
        with self._read() as session:
            row = session.get(ArticleRow, article_id)
            return _article_record(row) if row else None

    def get_articles(self, article_ids: Iterable[int]) -> list[ArticleRecord]:
        """Articles by id, in the order given; unknown ids are left out."""
        ids = list(article_ids)
        if not ids:
            return []
        rows: dict[int, ArticleRow] = {}
        with self._read() as session:
            for chunk in chunks(ids):
                rows.update(
                    (r.id, r) for r in session.scalars(sa.select(ArticleRow).where(ArticleRow.id.in_(chunk)))
                )
        return [_article_record(rows[i]) for i in ids if i in rows]

    def recent_articles(
        self, since: datetime, limit: int = 500, feed_ids: Iterable[str] | None = None
    ) -> list[ArticleRecord]:
        """Articles published (or, lacking a date, fetched) at or after ``since``, newest first."""
        when = sa.func.coalesce(ArticleRow.published_at, ArticleRow.fetched_at)
        query = (
            sa.select(ArticleRow)
            .where(when >= since)
            .order_by(when.desc(), ArticleRow.id.desc())
            .limit(limit)
        )
        if feed_ids is not None:
            query = query.where(ArticleRow.feed_id.in_(list(feed_ids)))
        with self._read() as session:
            return [_article_record(r) for r in session.scalars(query)]

    # ------------------------------------------------------------------ briefings

    def save_briefing(
        self, article_id: int, briefing: Briefing, model_version: str = "", *, now: datetime | None = None
    ) -> None:
        """Store (or replace) the briefing of one article, stamped ``now``: it is fresh until the article changes."""
        with self._write() as session:
            self._save_briefing(session, article_id, briefing, model_version, now or utcnow())

    def save_briefings(
        self,
        briefings: Sequence[tuple[int, Briefing]],
        model_version: str = "",
        *,
        now: datetime | None = None,
    ) -> None:
        """Store (or replace) the briefings of several articles and index their sentences, all in
        one transaction: the same rows as :meth:`save_briefing` plus :meth:`index_sentences` for
        each ``(article_id, briefing)``, with one commit instead of two per article. An article
        given twice keeps its last briefing. The captions the cleaning removed are indexed after the
        sentences (never shown, but a free question about a fact only a caption holds still finds
        the article; its answer then comes from the briefing, captions included)."""
        latest = dict(briefings)  # an article given twice keeps its last briefing
        if not latest:
            return
        now = now or utcnow()
        with self._write() as session:
            for article_id, briefing in latest.items():
                self._save_briefing(session, article_id, briefing, model_version, now)
            self._index_sentences(session, [(a, (*b.sentences, *b.captions)) for a, b in latest.items()])

    def _save_briefing(
        self, session: Session, article_id: int, briefing: Briefing, model_version: str, now: datetime
    ) -> None:
        values = {
            "article_id": article_id,
            "briefing": briefing_to_dict(briefing),
            "model_version": model_version,
            "created_at": now,
        }
        stmt = self._insert(BriefingRow).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[BriefingRow.article_id],
            set_={k: stmt.excluded[k] for k in ("briefing", "model_version", "created_at")},
        )
        session.execute(stmt)

    def get_briefing(self, article_id: int) -> Briefing | None:
        return self.get_briefings([article_id]).get(article_id)

    def get_briefings(self, article_ids: Iterable[int]) -> dict[int, Briefing]:
        """The briefings of those articles that have one (article id -> briefing), read in one
        query per :data:`~newsbrief.bot.store.base.IN_CHUNK` ids."""
        ids = list(dict.fromkeys(article_ids))
        found: dict[int, Briefing] = {}
        with self._read() as session:
            for chunk in chunks(ids):
                query = sa.select(BriefingRow.article_id, BriefingRow.briefing).where(
                    BriefingRow.article_id.in_(chunk)
                )
                found.update((int(a), briefing_from_dict(data)) for a, data in session.execute(query))
        return found

    def articles_without_briefing(self, limit: int = 100) -> list[ArticleRecord]:
        """Articles with no briefing, or whose text changed after their briefing was made; oldest first."""
        query = (
            sa.select(ArticleRow)
            .outerjoin(BriefingRow, BriefingRow.article_id == ArticleRow.id)
            .where(sa.or_(BriefingRow.article_id.is_(None), ArticleRow.updated_at > BriefingRow.created_at))
            .order_by(ArticleRow.id)
            .limit(limit)
        )
        with self._read() as session:
            return [_article_record(r) for r in session.scalars(query)]

    def briefed_articles_without_story(self, limit: int = 100) -> list[tuple[ArticleRecord, Briefing]]:
        """Articles with an up-to-date briefing that are in no story, oldest first, with that briefing.

        Briefings are saved in one transaction and filed into stories after it; a process that dies
        in between leaves such articles, which the poller files at the start and end of every pass.
        """
        query = (
            sa.select(ArticleRow, BriefingRow.briefing)
            .join(BriefingRow, BriefingRow.article_id == ArticleRow.id)
            .where(ArticleRow.story_id.is_(None), ArticleRow.updated_at <= BriefingRow.created_at)
            .order_by(ArticleRow.id)
            .limit(limit)
        )
        with self._read() as session:
            rows = session.execute(query).all()
            return [(_article_record(row), briefing_from_dict(data)) for row, data in rows]

    # ------------------------------------------------------------------ full-text search

    def index_sentences(self, article_id: int, sentences: Sequence[str]) -> None:
        """Make an article's sentences searchable, replacing any indexed before (so re-indexing is safe)."""
        with self._write() as session:
            self._index_sentences(session, [(article_id, sentences)])

    def _index_sentences(self, session: Session, articles: Sequence[tuple[int, Sequence[str]]]) -> None:
        ids = [article_id for article_id, _ in articles]
        for chunk in chunks(ids):
            session.execute(sa.delete(ArticleSentence).where(ArticleSentence.article_id.in_(chunk)))
        rows = [
            {"article_id": article_id, "position": i, "sentence": s}
            for article_id, sentences in articles
            for i, s in enumerate(sentences)
            if s.strip()
        ]
        if rows:
            session.execute(sa.insert(ArticleSentence), rows)

    def search_sentences(
        self,
        query: str,
        limit: int = 20,
        since: datetime | None = None,
        feed_ids: Iterable[str] | None = None,
        article_ids: Iterable[int] | None = None,
    ) -> list[SentenceHit]:
        """Sentences matching the words of ``query``, best first, through the full-text index.

        ``query`` is free user text: it is reduced to plain words (see ``newsbrief.bot.store.search``), so no
        input can break the query syntax. ``since`` filters on the article's published (else
        fetched) time; ``feed_ids`` and ``article_ids`` restrict to those feeds / articles.
        """
        if self.dialect == "sqlite":
            match = fts5_query(query)
            if match is None:
                return []
            fts = sa.table("article_sentences_fts", sa.column("rowid"))
            score: sa.ColumnElement[float] = sa.literal_column("bm25(article_sentences_fts)", sa.Float)
            hits = (
                sa.select(ArticleSentence.id, ArticleSentence.article_id, (-score).label("rank"))
                .select_from(fts)
                .join(ArticleSentence, ArticleSentence.id == fts.c.rowid)
                .where(sa.text("article_sentences_fts MATCH :match").bindparams(match=match))
                .order_by(score, ArticleSentence.id)
            )
            with self._read() as session:
                return self._best(session, hits, limit, since, feed_ids, article_ids)
        terms = query_terms(query)
        if not terms:
            return []
        with self._read() as session:
            shares = self._term_shares(session, terms)
            narrow = matching_terms(terms, shares)
            found: list[SentenceHit] = []
            if narrow and len(narrow) < len(shares):
                found = self._best(session, _ts_hits(narrow, terms), limit, since, feed_ids, article_ids)
            if len(found) < limit:  # too few on the rare words alone: every word, as it ranks
                found = self._best(session, _ts_hits(terms, terms), limit, since, feed_ids, article_ids)
            return found

    def _term_shares(self, session: Session, terms: list[str]) -> dict[str, float]:
        """For each of ``terms`` that the full-text index holds (PostgreSQL's ``english`` analyser
        keeps a lexeme of it), the share of stored sentences that hold it, from the statistics that
        ``ANALYZE`` (autovacuum) keeps of the ``tsv`` column; 0.0 for a term not listed as common
        there, and for all of them before the table was first analysed."""
        rows = session.execute(_TERM_SHARES, {"words": terms})
        return {word: float(share) for word, share in rows}

    def _best(
        self,
        session: Session,
        hits: Any,
        limit: int,
        since: datetime | None,
        feed_ids: Iterable[str] | None,
        article_ids: Iterable[int] | None,
    ) -> list[SentenceHit]:
        """The ``limit`` best of ``hits`` (sentence id, article id, rank; ordered best first) among the
        articles the filters keep, with their sentences and articles. The filters read article ids
        from ix_articles_feed_time alone; the wide article rows are joined to the best hits only."""
        if since is not None or feed_ids is not None or article_ids is not None:
            wanted = sa.select(ArticleRow.id)
            if since is not None:
                wanted = wanted.where(
                    sa.func.coalesce(ArticleRow.published_at, ArticleRow.fetched_at) >= since
                )
            if feed_ids is not None:
                wanted = wanted.where(ArticleRow.feed_id.in_(list(feed_ids)))
            if article_ids is not None:
                wanted = wanted.where(ArticleRow.id.in_(list(article_ids)))
            hits = hits.where(ArticleSentence.article_id.in_(wanted))
        best = hits.limit(limit).subquery("best")
        stmt = (
            sa.select(
                best.c.article_id,
                ArticleSentence.sentence,
                ArticleSentence.position,
                best.c.rank,
                ArticleRow.title,
                ArticleRow.url,
                ArticleRow.source,
                ArticleRow.published_at,
            )
            .select_from(best)
            .join(ArticleSentence, ArticleSentence.id == best.c.id)
            .join(ArticleRow, ArticleRow.id == best.c.article_id)
            .order_by(best.c.rank.desc(), best.c.id)
        )
        return [
            SentenceHit(
                article_id=r.article_id,
                sentence=r.sentence,
                rank=float(r.rank),
                title=r.title,
                url=r.url,
                source=r.source,
                position=r.position,
                published_at=r.published_at,
            )
            for r in session.execute(stmt)
        ]


# term -> share of the sentences whose tsv holds its lexeme (pg_stats' most common elements of the
# column; a term missing there is rarer than any listed, so 0.0). A term with no lexeme (a word the
# english analyser drops) yields no row: it cannot match.
_TERM_SHARES = sa.text(
    """
    SELECT w.word, coalesce(max(s.share), 0.0) AS share
    FROM unnest(CAST(:words AS text[])) AS w(word)
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('english'::regconfig, w.word))) AS l(lexeme)
    LEFT JOIN (
        SELECT u.lexeme, u.share
        FROM pg_stats AS p,
            unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) AS u(lexeme, share)
        WHERE p.schemaname = current_schema() AND p.tablename = 'article_sentences' AND p.attname = 'tsv'
    ) AS s ON s.lexeme = l.lexeme
    GROUP BY w.word
    """
)


def _ts_hits(match: list[str], rank: list[str]) -> Any:
    """PostgreSQL's full-text hits: sentences holding any of ``match``, ranked by ``ts_rank`` on all
    of ``rank`` (ties by sentence id)."""

    def tsquery(terms: list[str], name: str) -> sa.ColumnElement[Any]:
        return sa.func.to_tsquery(
            sa.literal_column("'english'::regconfig"), sa.bindparam(name, " | ".join(terms))
        )

    tsv: sa.ColumnElement[Any] = sa.literal_column("article_sentences.tsv")
    # ts_rank, not ts_rank_cd: a question's words can match a sixth of all sentences, and cover
    # density costs ~5x more per matching row (p95 of a search over 10,000 articles 111 -> 71 ms in
    # benchmarks/bench_answer.py) for no better order within one sentence
    score = sa.func.ts_rank(tsv, tsquery(rank, "rank_terms"))
    return (
        sa.select(ArticleSentence.id, ArticleSentence.article_id, score.label("rank"))
        .where(tsv.op("@@")(tsquery(match, "match_terms")))
        .order_by(score.desc(), ArticleSentence.id)
    )


def _article_record(row: ArticleRow) -> ArticleRecord:
    return record_of(ArticleRecord, row)
