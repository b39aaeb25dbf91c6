"""The small stages of one feed's poll before briefing: fetch, parse, extract (and store the
entries), record. Each is a function of the shared :class:`~newsbrief.bot.ingest.context.IngestContext`;
the poller (``newsbrief.bot.ingest.poller``) runs them in order, and the briefing and filing stages after
them (``newsbrief.bot.ingest.briefing_stage``, ``newsbrief.bot.ingest.filing``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newsbrief.bot.config import FeedConfig, local_feed_path
from newsbrief.bot.ingest.context import IngestContext, Pending, is_local
from newsbrief.bot.ingest.extract import extract_article
from newsbrief.bot.ingest.feeds import FeedEntry, ParsedFeed, matches_filters, parse_feed
from newsbrief.bot.ingest.fetch import FetchError, FetchResult, TooLargeError, fetch
from newsbrief.bot.ingest.reports import FeedReport, Timings
from newsbrief.bot.retry_policy import retry_after_delta
from newsbrief.bot.store import ArticleRecord, FeedHealth
from newsbrief.bot.store.repository import ArticleEntry
from newsbrief.summarizers.types import Article, InputError

logger = logging.getLogger(__name__)
failure_logger = logging.getLogger("newsbrief.bot.ingest.poller")
"""A feed's failures are logged under the poller's name, the one operators see and filter on
(docs/deploy.md)."""

KNOWN_ARTICLES_LOOKBACK = timedelta(days=30)
"""Stored articles of a feed younger than this are matched to entries before fetching pages."""


# --------------------------------------------------------------------------- fetch


async def fetch_feed(
    ctx: IngestContext, feed: FeedConfig, health: FeedHealth | None, timings: Timings
) -> FetchResult:
    """The feed's document, with a conditional GET on its stored validators (``file:`` and
    ``package:`` feeds read from disk). Raises ``FetchError`` (``HTTPStatusError`` for a status)
    or ``OSError``."""
    url = health.url if health is not None else feed.url
    etag = health.etag if health is not None else None
    last_modified = health.last_modified if health is not None else None
    if is_local(url):
        return await read_local(ctx, url, last_modified, timings)
    async with ctx.slot(url):
        with ctx.timed("fetch", timings):
            result = await fetch(url, ctx.policy, etag=etag, last_modified=last_modified, client=ctx.http())
    timings.feed_fetches += 1
    return result


async def read_local(ctx: IngestContext, url: str, validator: str | None, timings: Timings) -> FetchResult:
    """A bundled or local feed file, with ``size:mtime`` as its Last-Modified stand-in."""
    path = local_feed_path(url)
    assert path is not None

    def read() -> FetchResult:
        stat = path.stat()
        stamp = f"file {stat.st_size}:{stat.st_mtime_ns}"
        common: dict[str, Any] = {"url": url, "final_url": url, "headers": {}, "last_modified": stamp}
        if stamp == validator:
            return FetchResult(status=304, body=b"", not_modified=True, **common)
        if stat.st_size > ctx.policy.max_bytes:
            raise TooLargeError(url, f"file exceeds the {ctx.policy.max_bytes}-byte cap")
        return FetchResult(status=200, body=Path(path).read_bytes(), **common)

    return await ctx.run("fetch", timings, read)


# --------------------------------------------------------------------------- parse


async def parse(ctx: IngestContext, result: FetchResult, timings: Timings) -> ParsedFeed:
    """The fetched document's entries; raises ``FeedError`` for one that is not a usable feed."""
    return await ctx.run("parse", timings, parse_feed, result.body, result.final_url)


# --------------------------------------------------------------------------- extract


async def extract_and_store(
    ctx: IngestContext,
    feed: FeedConfig,
    parsed: ParsedFeed,
    now: datetime,
    report: FeedReport,
    timings: Timings,
) -> list[Pending]:
    """Apply the feed's include/exclude words, fetch and extract the pages of entries that carry
    only a teaser (side by side), and upsert the entries in one transaction; returns the new and
    changed articles, which need a briefing."""
    report.entries = len(parsed.entries)
    known: dict[str, ArticleRecord] = {}
    if any(e.content is None for e in parsed.entries):
        recent = await ctx.db(
            timings, ctx.store.recent_articles, now - KNOWN_ARTICLES_LOOKBACK, 1000, [feed.id]
        )
        known = {r.guid: r for r in recent if r.guid}
    wanted: list[FeedEntry] = []
    for entry in parsed.entries:
        if not matches_filters(entry, feed.include, feed.exclude):
            report.filtered += 1
            continue
        stored = known.get(entry.guid)
        if (
            entry.content is None
            and stored is not None
            and stored.title == entry.title
            and stored.text != entry.summary
        ):
            continue  # its page was fetched on an earlier pass
        wanted.append(entry)
    # Pages are fetched side by side (the host and overall slots bound them), then stored in order.
    pages = await asyncio.gather(*(fetch_page(ctx, e, report, timings) for e in wanted if e.content is None))
    page_text = dict(zip((id(e) for e in wanted if e.content is None), pages, strict=True))
    texts: list[tuple[FeedEntry, str]] = []
    for entry in wanted:
        text = entry.content
        if text is None:
            text = page_text[id(entry)] or entry.summary
        if not text.strip():
            logger.info("feed %s: entry %s has no text; skipped", feed.id, entry.guid)
            continue
        texts.append((entry, text))
    results = await ctx.db(
        timings,
        ctx.store.upsert_articles,
        feed.id,
        [ArticleEntry(e.guid, e.link, e.title, text, e.published) for e, text in texts],
        feed.name,
        now=now,
    )
    pending: list[Pending] = []
    for (entry, text), result in zip(texts, results, strict=True):
        if result.created:
            report.new_articles += 1
        elif result.changed:
            report.changed_articles += 1
        else:
            continue
        article = Article(
            id=str(result.article_id),
            text=text,
            title=entry.title,
            url=entry.link,
            source=feed.name,
            published=entry.published,
        )
        pending.append(Pending(article, result.created))
    return pending


async def fetch_page(
    ctx: IngestContext, entry: FeedEntry, report: FeedReport, timings: Timings
) -> str | None:
    """The article text behind an entry's link, or None when it cannot be had."""
    if not entry.link or is_local(entry.link):
        return None
    try:
        async with ctx.slot(entry.link):
            with ctx.timed("fetch", timings):
                page = await fetch(entry.link, ctx.policy, client=ctx.http())
        timings.page_fetches += 1
        report.pages_fetched += 1
        extracted = await ctx.run(
            "extract", timings, extract_article, page.body, page.final_url, charset=page.charset
        )
        return extracted.text
    except (FetchError, InputError) as exc:
        report.page_failures += 1
        logger.info("article page %s unusable (%s); using the feed summary", entry.link, exc)
        return None


# --------------------------------------------------------------------------- record


async def record_success(
    ctx: IngestContext, feed: FeedConfig, result: FetchResult, now: datetime, timings: Timings
) -> None:
    """Store the feed's new validators (and a permanent redirect's URL). Called only once every
    entry is stored: a crash before it leaves the old validators, and the next pass fetches the
    feed again in full."""
    await ctx.db(
        timings,
        ctx.store.record_fetch_success,
        feed.id,
        result.etag,
        result.last_modified,
        result.permanent_redirect_url,
        now=now,
    )


async def record_failure(
    ctx: IngestContext,
    feed: FeedConfig,
    report: FeedReport,
    error: str,
    now: datetime,
    timings: Timings,
    retry_after: float | None = None,
) -> None:
    """Log the failure, count it on the feed (its back-off, or the server's ``retry_after``
    seconds, by ``newsbrief.bot.retry_policy``) and report it."""
    failure_logger.warning("feed %s: %s", feed.id, error)
    report.status, report.error = "failed", error
    await ctx.db(
        timings, ctx.store.record_fetch_failure, feed.id, error, retry_after_delta(retry_after), now=now
    )


async def record_gone(
    ctx: IngestContext,
    feed: FeedConfig,
    report: FeedReport,
    error: str,
    url: str,
    now: datetime,
    timings: Timings,
) -> None:
    """A 410: the feed is disabled until its configured URL changes."""
    report.status, report.error = "gone", error
    await ctx.db(timings, ctx.store.disable_feed, feed.id, f"HTTP 410 Gone: {url}", now=now)
