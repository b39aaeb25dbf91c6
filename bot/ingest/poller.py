"""Feed polling: fetch due feeds, store their entries, brief new articles, group them into stories.

Ingestion is a pipeline of small stages; this module is the thin orchestrator that runs them.
One pass (:meth:`Poller.poll_all`) takes every configured feed that is due, and for each:

1. **fetch** (``newsbrief.bot.ingest.stages.fetch_feed``): a conditional GET (stored ETag /
   Last-Modified; a 304 only records success), or a read from disk for ``file:`` /
   ``package:`` URLs (the file's size and mtime stand in for a validator);
2. **record** a failure (``newsbrief.bot.ingest.stages.record_failure`` / ``record_gone``): a 301/308
   chain rewrites the stored URL, 410 disables the feed, 429/503 honour Retry-After, every
   other failure (timeout, byte cap, malformed XML, XML bomb, blocked address) is recorded on
   the feed with a growing back-off (``newsbrief.bot.retry_policy``) and logged;
3. **parse** (``stages.parse``) the entries, and **extract** (``stages.extract_and_store``):
   apply the feed's include/exclude words, fetch (side by side, same fetch safety) and extract
   the pages of entries that carry only a teaser, and upsert the feed's entries in one
   transaction (the store deduplicates by GUID, canonical URL and content hash, so a repeated
   pass writes nothing);
4. **record** the fetch as a success (``stages.record_success``) only once every entry is
   stored, so a crash half-way leaves the old validators and the next pass fetches the feed
   again in full;
5. **brief** (``newsbrief.bot.ingest.briefing_stage.BriefStage``) the feed's new and changed articles in
   one batch (in a worker thread, or in the bot's briefing worker pool with
   ``brief_processes``), and save and index the briefings in one transaction;
6. **file** (``newsbrief.bot.ingest.filing.StoryFiler``) each article, oldest first: it joins the story
   of every recent article it tells the same story as (``newsbrief.summarizers.cluster.linked``, pair by
   pair, so the stories do not depend on arrival order; an article linking two stories joins
   them), or starts a new one.

Articles left without a briefing by an earlier crash are picked up at the end of every pass;
briefed articles left in no story (a crash between saving and filing) at its start and end.

One broken feed never stops the others: every feed runs in its own task and its own ``try``.
Cancellation is never caught. Network concurrency is bounded per host and overall, around
each single fetch (never held across awaits on other hosts, so feeds and their article pages on
the same host cannot deadlock).

Cheap timing counters (:class:`~newsbrief.bot.ingest.reports.Timings`) add up the seconds spent fetching,
parsing, extracting, briefing, storing and clustering, each measured while the work runs (not
while it waits for a connection slot or a worker thread; with ``brief_processes`` the briefing
time is the round trip to the worker process); concurrent tasks overlap and threads wait for the
GIL, so their sum can exceed the wall time and overstates every stage: profile the process to
learn where time goes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

import httpx

from newsbrief.bot.config import FeedConfig
from newsbrief.bot.ingest import stages
from newsbrief.bot.ingest.briefing_stage import BriefStage
from newsbrief.bot.ingest.context import IngestContext, Pending
from newsbrief.bot.ingest.feeds import FeedError
from newsbrief.bot.ingest.fetch import FetchError, FetchPolicy, HTTPStatusError
from newsbrief.bot.ingest.filing import StoryFiler
from newsbrief.bot.ingest.reports import FeedReport, PollReport, ProgressCallback, SkippedArticle, Timings
from newsbrief.bot.retry_policy import next_poll
from newsbrief.bot.store import FeedHealth, Store
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.cluster import DEFAULT_WINDOW

__all__ = [
    "BACKLOG_BATCH",
    "FeedReport",
    "PollReport",
    "Poller",
    "ProgressCallback",
    "SkippedArticle",
    "Timings",
]

logger = logging.getLogger(__name__)

BACKLOG_BATCH = 200
"""Articles without a briefing picked up at the end of one pass."""


class Poller:
    """Polls configured feeds into the store. Use one per process; ``poll_all`` may be called
    repeatedly (by ``newsbrief ingest`` once, by the scheduler every few minutes).

    ``engine`` builds briefings (``BriefingEngine``); ``policy`` governs every fetch (feeds and
    article pages). ``client`` is for tests and benchmarks (it must come from ``make_client``
    with the same policy); by default one pooled client is made on first use and closed by
    :meth:`aclose`. ``progress`` is called after each feed (a terminal progress bar).
    ``clock`` replaces ``datetime.now(UTC)``. ``store_threads`` worker threads run the
    (synchronous) store calls.

    ``brief_processes`` (a ``BriefingEngine`` only) briefs in that many worker processes
    (``spawn``, each loading the model once, kept for the poller's life) instead of a thread of
    this process: briefing then runs on its own core instead of sharing this process's GIL with
    fetching, extraction, storage and clustering. 0 (the default) briefs in a thread.
    """

    def __init__(
        self,
        store: Store,
        engine: BriefingEngine,
        policy: FetchPolicy,
        config_feeds: Sequence[FeedConfig],
        *,
        concurrency_per_host: int = 2,
        total_concurrency: int = 8,
        story_window: timedelta = DEFAULT_WINDOW,
        client: httpx.AsyncClient | None = None,
        progress: ProgressCallback | None = None,
        model_version: str = "",
        clock: Callable[[], datetime] | None = None,
        store_threads: int = 1,
        brief_processes: int = 0,
    ) -> None:
        self.ctx = IngestContext(
            store,
            policy,
            client=client,
            concurrency_per_host=concurrency_per_host,
            total_concurrency=total_concurrency,
            store_threads=store_threads,
        )
        self.briefer = BriefStage(self.ctx, engine, model_version or engine.model, brief_processes)
        self.filer = StoryFiler(self.ctx, story_window)
        self.store = store
        self.engine = engine
        self.policy = policy
        self.feeds = list(config_feeds)
        self.story_window = story_window
        self.progress = progress
        self.model_version = self.briefer.model_version
        self._clock = clock or (lambda: datetime.now(UTC))
        self._registered: dict[str, tuple[str, str]] = {}
        self.timings = Timings()

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the HTTP client made by the poller (not one passed in), the store thread and the
        briefing worker processes."""
        await self.ctx.aclose()
        self.briefer.close()

    async def warm_up(self) -> None:
        """Start the briefing processes (``brief_processes``) and load their model now rather
        than in the first pass; without them, load the model in this process."""
        await self.briefer.warm_up()

    async def __aenter__(self) -> Poller:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ passes

    def _now(self, now: datetime | None) -> datetime:
        now = now or self._clock()
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        return now.astimezone(UTC)

    async def _register(self, timings: Timings, now: datetime) -> None:
        """Make sure every configured feed has its row (once per feed and URL per process)."""
        for feed in self.feeds:
            if self._registered.get(feed.id) != (feed.url, feed.name):
                await self.ctx.db(timings, self.store.upsert_feed, feed.id, feed.url, feed.name, now=now)
                self._registered[feed.id] = (feed.url, feed.name)

    def is_due(self, feed: FeedConfig, health: FeedHealth | None, now: datetime) -> bool:
        """Whether ``feed`` should be polled at ``now``: not disabled, past any back-off or
        Retry-After (``next_poll_at``) and at least ``poll_minutes`` after its last success
        (``newsbrief.bot.retry_policy.next_poll``)."""
        return next_poll(health, feed.poll_minutes).due(now)

    async def poll_all(self, now: datetime | None = None, force: bool = False) -> PollReport:
        """Poll every due feed (all enabled feeds with ``force``), then brief any backlog.

        ``force`` ignores poll intervals and back-off, never disabling (a 410 feed stays off
        until its configured URL changes).
        """
        started = time.perf_counter()
        now = self._now(now)
        timings = Timings()
        report = PollReport(timings=timings)
        await self._register(timings, now)
        health = {h.id: h for h in await self.ctx.db(timings, self.store.list_feeds)}
        due: list[tuple[FeedConfig, FeedHealth | None]] = []
        for feed in self.feeds:
            h = health.get(feed.id)
            if h is not None and h.disabled:
                report.feeds.append(FeedReport(feed.id, status="skipped", error=h.disabled_reason))
            elif force or self.is_due(feed, h, now):
                due.append((feed, h))
            else:
                wait = next_poll(h, feed.poll_minutes)
                report.feeds.append(
                    FeedReport(feed.id, status="skipped", next_at=wait.at, wait_reason=wait.reason)
                )
        await self.filer.load(now, timings)
        # articles a dead process briefed but never filed go first, as they would have then
        report.backlog_filed = await self.filer.file_backlog(now, timings)
        done = 0

        async def run(feed: FeedConfig, h: FeedHealth | None) -> FeedReport:
            nonlocal done
            result = await self._poll_guarded(feed, h, now, timings)
            done += 1
            if self.progress is not None:
                try:
                    self.progress(done, len(due), result)
                except Exception:  # a broken progress bar must not stop ingestion
                    logger.exception("progress callback failed")
            return result

        report.feeds.extend(await asyncio.gather(*(run(f, h) for f, h in due)))
        report.backlog_briefed = await self._brief_backlog(now, timings)
        report.backlog_filed += await self.filer.file_backlog(now, timings)
        report.elapsed = time.perf_counter() - started
        self.timings.add(timings)
        logger.info(
            "ingest pass: %d feeds polled (%d unchanged, %d failed), %d new and %d changed articles, "
            "%d briefed in %.1fs",
            len(due),
            report.count("not_modified"),
            report.count("failed"),
            report.new_articles,
            report.changed_articles,
            report.briefed,
            report.elapsed,
        )
        return report

    async def poll_feed(self, feed: FeedConfig, now: datetime | None = None) -> FeedReport:
        """Poll one feed now, due or not (a disabled feed is skipped); failures are recorded on
        the feed and reported, never raised."""
        now = self._now(now)
        timings = Timings()
        await self._register(timings, now)
        health = await self.ctx.db(timings, self.store.get_feed, feed.id)
        if health is not None and health.disabled:
            return FeedReport(feed.id, status="skipped", error=health.disabled_reason)
        await self.filer.load(now, timings)
        result = await self._poll_guarded(feed, health, now, timings)
        self.timings.add(timings)
        return result

    async def _poll_guarded(
        self, feed: FeedConfig, health: FeedHealth | None, now: datetime, timings: Timings
    ) -> FeedReport:
        started = time.perf_counter()
        report = FeedReport(feed.id)
        try:
            await self._poll(feed, health, now, report, timings)
        except Exception as exc:  # one feed's bug or outage must not stop the others
            logger.exception("feed %s: unexpected error while polling", feed.id)
            report.status, report.error = "failed", f"{type(exc).__name__}: {exc}"
            try:
                await self.ctx.db(timings, self.store.record_fetch_failure, feed.id, report.error, now=now)
            except Exception:
                logger.exception("feed %s: could not record the failure", feed.id)
        report.elapsed = time.perf_counter() - started
        return report

    # ------------------------------------------------------------------ one feed: the stages in order

    async def _poll(
        self, feed: FeedConfig, health: FeedHealth | None, now: datetime, report: FeedReport, timings: Timings
    ) -> None:
        ctx = self.ctx
        try:
            result = await stages.fetch_feed(ctx, feed, health, timings)
        except HTTPStatusError as exc:
            if exc.status == 410:
                url = health.url if health is not None else feed.url
                await stages.record_gone(ctx, feed, report, str(exc), url, now, timings)
                return
            await stages.record_failure(ctx, feed, report, str(exc), now, timings, exc.retry_after)
            return
        except (FetchError, OSError) as exc:
            await stages.record_failure(ctx, feed, report, str(exc), now, timings)
            return
        if result.not_modified:
            report.status = "not_modified"
            await stages.record_success(ctx, feed, result, now, timings)
            return
        try:
            parsed = await stages.parse(ctx, result, timings)
        except FeedError as exc:
            await stages.record_failure(ctx, feed, report, str(exc), now, timings)
            return
        pending = await stages.extract_and_store(ctx, feed, parsed, now, report, timings)
        # Validators are stored only now: a crash before this point refetches the feed in full.
        await stages.record_success(ctx, feed, result, now, timings)
        report.moved_to = result.permanent_redirect_url
        await self._brief_and_file(pending, now, report, timings)

    async def _brief_and_file(
        self, items: Sequence[Pending], now: datetime, report: FeedReport | None, timings: Timings
    ) -> int:
        """Brief stored articles in one batch (saved in one transaction), then file each under a
        story, oldest first. Returns how many were briefed."""
        briefed = await self.briefer.brief(items, now, report, timings)
        await self.filer.file_all(briefed, now, report, timings)
        return len(briefed)

    async def _brief_backlog(self, now: datetime, timings: Timings) -> int:
        """Brief articles stored without a briefing (a crash between storing and briefing)."""
        waiting = await self.ctx.db(timings, self.store.articles_without_briefing, BACKLOG_BATCH)
        done = 0
        for record in waiting:
            if record.id in self.briefer.unbriefable:
                continue
            try:
                done += await self._brief_and_file([Pending(record.to_article(), False)], now, None, timings)
            except Exception:  # one article must not stop the pass; it stays in the backlog
                logger.exception("article %s: briefing from the backlog failed", record.id)
        return done
