"""Feed polling: fetch due feeds, store their entries, brief new articles, group them into stories.

One pass (:meth:`Poller.poll_all`) takes every configured feed that is due, and for each:

1. fetches it with a conditional GET (stored ETag / Last-Modified; a 304 only records success),
   or reads it from disk for ``file:`` / ``package:`` URLs (the file's size and mtime stand in for
   a validator, so an unchanged file costs nothing either);
2. follows the fetch outcome: a 301/308 chain rewrites the stored URL, 410 disables the feed,
   429/503 honour Retry-After, every other failure (timeout, byte cap, malformed XML, XML bomb,
   blocked address) is recorded on the feed with a growing back-off and logged;
3. parses the entries, applies the feed's include/exclude words, fetches (side by side, same
   fetch safety) and extracts the pages of entries that carry only a teaser, and upserts the
   feed's entries in one transaction (the store deduplicates by GUID, canonical URL and content
   hash, so a repeated pass writes nothing);
4. records the fetch as a success only once every entry is stored, so a crash half-way leaves
   the old validators and the next pass fetches the feed again in full;
5. briefs the feed's new and changed articles in one batch (``engine.build_many`` in a worker
   thread, one batch at a time, spaCy batched across articles), saves and indexes the briefings
   in one transaction, and files each article, oldest first: it joins the story of every recent article it
   tells the same story as (``summarizers.cluster.linked``, pair by pair, so the stories do not
   depend on arrival order; an article linking two stories joins them), or starts a new one.
   Articles left without a briefing by an earlier crash are picked up at the end of every pass;
   briefed articles left in no story (a crash between saving and filing) at its start and end.

One broken feed never stops the others: every feed runs in its own task and its own ``try``.
Cancellation is never caught. Network concurrency is bounded per host and overall, around
each single fetch (never held across awaits on other hosts, so feeds and their article pages on
the same host cannot deadlock).

Cheap timing counters (:class:`Timings`) add up the seconds spent fetching, parsing, extracting,
briefing, storing and clustering, each measured while the work runs (not while it waits for a
connection slot or a worker thread; with ``brief_processes`` the briefing time is the round trip
to the worker process); concurrent tasks overlap and threads wait for the GIL, so their sum can
exceed the wall time and overstates every stage: profile the process to learn where time goes.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import httpx

from bot.config import local_feed_path
from bot.ingest.briefing_pool import BriefingPool
from bot.ingest.extract import extract_article
from bot.ingest.feeds import FeedEntry, FeedError, ParsedFeed, matches_filters, parse_feed
from bot.ingest.fetch import (
    FetchError,
    FetchPolicy,
    FetchResult,
    HTTPStatusError,
    TooLargeError,
    fetch,
    make_client,
)
from bot.retry_policy import next_poll
from bot.store import ArticleRecord, FeedHealth, Store, StoryRecord
from bot.store.repository import ArticleEntry
from summarizers.briefing import BriefingEngine
from summarizers.cluster import (
    DEFAULT_WINDOW,
    StoryFeatures,
    StoryIndex,
    linked,
    merge_briefings,
    story_key_features,
    update_changes,
)
from summarizers.text import check_english
from summarizers.types import Article, Briefing, InputError

logger = logging.getLogger(__name__)

T = TypeVar("T")

KNOWN_ARTICLES_LOOKBACK = timedelta(days=30)
"""Stored articles of a feed younger than this are matched to entries before fetching pages."""
BACKLOG_BATCH = 200
"""Articles without a briefing picked up at the end of one pass."""


class FeedSource(Protocol):
    """What the poller reads from a configured feed (``bot.config.FeedConfig`` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def poll_minutes(self) -> int: ...
    @property
    def include(self) -> tuple[str, ...]: ...
    @property
    def exclude(self) -> tuple[str, ...]: ...


class Briefer(Protocol):
    """``summarizers.briefing.BriefingEngine`` or anything with the same ``build``; a
    ``build_many(articles)`` like the engine's is used when present."""

    def build(self, article: Article) -> Briefing: ...


# --------------------------------------------------------------------------- reports


@dataclass
class Timings:
    """Seconds spent per stage, summed over tasks (see the module docstring), and counts."""

    fetch: float = 0.0
    parse: float = 0.0
    extract: float = 0.0
    brief: float = 0.0
    store: float = 0.0
    cluster: float = 0.0
    feed_fetches: int = 0
    page_fetches: int = 0
    briefings: int = 0

    STAGES = ("fetch", "parse", "extract", "brief", "store", "cluster")

    def shares(self) -> dict[str, float]:
        """Each stage's share of the summed stage time (0..1)."""
        total = sum(getattr(self, s) for s in self.STAGES) or 1.0
        return {s: getattr(self, s) / total for s in self.STAGES}

    def add(self, other: Timings) -> None:
        for name in (*self.STAGES, "feed_fetches", "page_fetches", "briefings"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class SkippedArticle:
    """An article stored but not briefed, with the one-line reason (as ``brief`` gives it)."""

    article_id: str
    url: str | None
    reason: str


@dataclass
class FeedReport:
    """What one feed's poll did. ``status``: ``ok``, ``not_modified``, ``failed``, ``gone`` (410,
    now disabled) or ``skipped`` (not due, or disabled)."""

    feed_id: str
    status: str = "ok"
    entries: int = 0
    filtered: int = 0
    new_articles: int = 0
    changed_articles: int = 0
    briefed: int = 0
    brief_failures: int = 0
    stories_created: int = 0
    stories_updated: int = 0
    pages_fetched: int = 0
    page_failures: int = 0
    error: str | None = None
    moved_to: str | None = None
    elapsed: float = 0.0
    skipped_articles: list[SkippedArticle] = field(default_factory=list)
    """Stored articles that were not briefed because of what they are (not English), with why."""
    next_at: datetime | None = None
    """For a feed skipped because it is not due: when it is, and why it waits (``wait_reason``)."""
    wait_reason: str | None = None


@dataclass
class PollReport:
    """One pass over the feeds; ``backlog_briefed`` counts articles briefed from earlier passes,
    ``backlog_filed`` briefed articles of earlier passes filed into stories (a crash between the
    two steps)."""

    feeds: list[FeedReport] = field(default_factory=list)
    elapsed: float = 0.0
    backlog_briefed: int = 0
    backlog_filed: int = 0
    timings: Timings = field(default_factory=Timings)

    def count(self, status: str) -> int:
        return sum(1 for f in self.feeds if f.status == status)

    @property
    def new_articles(self) -> int:
        return sum(f.new_articles for f in self.feeds)

    @property
    def changed_articles(self) -> int:
        return sum(f.changed_articles for f in self.feeds)

    @property
    def briefed(self) -> int:
        return sum(f.briefed for f in self.feeds) + self.backlog_briefed

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.status == "failed"]


ProgressCallback = Callable[[int, int, FeedReport], None]
"""Called after each feed: ``(feeds done, feeds in this pass, that feed's report)``."""


# --------------------------------------------------------------------------- stories in memory


@dataclass(frozen=True)
class _Member:
    """One article of a story, as clustering compares it: its own briefing and features, and its
    time (published, else stored)."""

    article_id: int
    briefing: Briefing
    features: StoryFeatures
    when: datetime | None


@dataclass
class _StoryState:
    briefing: Briefing
    members: list[_Member] | None  # None: not read from the store yet
    when: datetime
    features: StoryFeatures | None = None


@dataclass(frozen=True)
class _Pending:
    """An article stored in this pass that needs a briefing."""

    article: Article
    created: bool


# --------------------------------------------------------------------------- the poller


class Poller:
    """Polls configured feeds into the store. Use one per process; ``poll_all`` may be called
    repeatedly (by ``newsbrief ingest`` once, by the scheduler every few minutes).

    ``engine`` builds briefings (``BriefingEngine``); ``policy`` governs every fetch (feeds and
    article pages). ``client`` and ``resolver`` are for tests and benchmarks (a client must come
    from ``make_client`` with the same policy); by default one pooled client is made on first use
    and closed by :meth:`aclose`. ``progress`` is called after each feed (a terminal progress bar).
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
        engine: Briefer,
        policy: FetchPolicy,
        config_feeds: Sequence[FeedSource],
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
        if concurrency_per_host < 1 or total_concurrency < 1 or store_threads < 1:
            raise ValueError("concurrency limits must be at least 1")
        if brief_processes < 0:
            raise ValueError("brief_processes must be 0 or more")
        if brief_processes and not isinstance(engine, BriefingEngine):
            raise ValueError("brief_processes needs a BriefingEngine (its model is loaded in each process)")
        self.store = store
        self.engine = engine
        self.policy = policy
        self.feeds = list(config_feeds)
        self.concurrency_per_host = concurrency_per_host
        self.story_window = story_window
        self.progress = progress
        self.model_version = model_version or str(getattr(engine, "model", ""))
        self._clock = clock or (lambda: datetime.now(UTC))
        self._client = client
        self._own_client = client is None
        self._total = asyncio.Semaphore(total_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._brief_slots = asyncio.Semaphore(max(1, brief_processes))
        self._brief_pool: BriefingPool | None = None
        if brief_processes:
            assert isinstance(engine, BriefingEngine)
            self._brief_pool = BriefingPool(engine.model, engine.summary_sentences, brief_processes)
        self._timings_lock = threading.Lock()
        self._cluster_lock = asyncio.Lock()
        self._stories: dict[int, _StoryState] = {}
        self._index = StoryIndex()
        self._store_thread = ThreadPoolExecutor(max_workers=store_threads, thread_name_prefix="poller-store")
        self._stories_loaded_at: datetime | None = None
        self._registered: dict[str, tuple[str, str]] = {}
        self._unbriefable: set[int] = set()
        self.timings = Timings()

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the HTTP client made by the poller (not one passed in) and the store thread."""
        if self._client is not None and self._own_client:
            await self._client.aclose()
            self._client = None
        self._store_thread.shutdown(wait=False)
        if self._brief_pool is not None:
            self._brief_pool.close()

    async def warm_up(self) -> None:
        """Start the briefing processes (``brief_processes``) and load their model now rather
        than in the first pass; without them, load the model in this process."""
        if self._brief_pool is not None:
            await self._brief_pool.warm_up()
        else:
            await asyncio.to_thread(lambda: getattr(self.engine, "nlp", None))

    async def __aenter__(self) -> Poller:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = make_client(self.policy)
        return self._client

    # ------------------------------------------------------------------ instrumentation

    @contextmanager
    def _timed(self, stage: str, timings: Timings) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            setattr(timings, stage, getattr(timings, stage) + time.perf_counter() - started)

    async def _run(
        self,
        stage: str,
        timings: Timings,
        fn: Callable[..., T],
        *args: Any,
        executor: ThreadPoolExecutor | None = None,
        **kwargs: Any,
    ) -> T:
        """``fn`` in a worker thread; the time it runs (not the time it queued) counts for ``stage``."""

        def timed() -> T:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.perf_counter() - started
                with self._timings_lock:
                    setattr(timings, stage, getattr(timings, stage) + spent)

        return await asyncio.get_running_loop().run_in_executor(executor, timed)

    async def _db(self, timings: Timings, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A store call on the poller's store threads, counted as storage time.

        By default one thread runs every store call in turn: SQLite takes one writer at a time
        anyway, and concurrent writers would only sleep in its busy handler. ``store_threads``
        raises it (PostgreSQL takes concurrent writers).
        """
        return await self._run("store", timings, fn, *args, executor=self._store_thread, **kwargs)

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(self.concurrency_per_host)
        async with sem, self._total:
            yield

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
                await self._db(timings, self.store.upsert_feed, feed.id, feed.url, feed.name, now=now)
                self._registered[feed.id] = (feed.url, feed.name)

    def is_due(self, feed: FeedSource, health: FeedHealth | None, now: datetime) -> bool:
        """Whether ``feed`` should be polled at ``now``: not disabled, past any back-off or
        Retry-After (``next_poll_at``) and at least ``poll_minutes`` after its last success
        (``bot.retry_policy.next_poll``)."""
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
        health = {h.id: h for h in await self._db(timings, self.store.list_feeds)}
        due: list[tuple[FeedSource, FeedHealth | None]] = []
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
        await self._load_stories(now, timings)
        # articles a dead process briefed but never filed go first, as they would have then
        report.backlog_filed = await self._file_backlog(now, timings)
        done = 0

        async def run(feed: FeedSource, h: FeedHealth | None) -> FeedReport:
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
        report.backlog_filed += await self._file_backlog(now, timings)
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

    async def poll_feed(self, feed: FeedSource, now: datetime | None = None) -> FeedReport:
        """Poll one feed now, due or not (a disabled feed is skipped); failures are recorded on
        the feed and reported, never raised."""
        now = self._now(now)
        timings = Timings()
        await self._register(timings, now)
        health = await self._db(timings, self.store.get_feed, feed.id)
        if health is not None and health.disabled:
            return FeedReport(feed.id, status="skipped", error=health.disabled_reason)
        await self._load_stories(now, timings)
        result = await self._poll_guarded(feed, health, now, timings)
        self.timings.add(timings)
        return result

    async def _poll_guarded(
        self, feed: FeedSource, health: FeedHealth | None, now: datetime, timings: Timings
    ) -> FeedReport:
        started = time.perf_counter()
        report = FeedReport(feed.id)
        try:
            await self._poll(feed, health, now, report, timings)
        except Exception as exc:  # one feed's bug or outage must not stop the others
            logger.exception("feed %s: unexpected error while polling", feed.id)
            report.status, report.error = "failed", f"{type(exc).__name__}: {exc}"
            try:
                await self._db(timings, self.store.record_fetch_failure, feed.id, report.error, now=now)
            except Exception:
                logger.exception("feed %s: could not record the failure", feed.id)
        report.elapsed = time.perf_counter() - started
        return report

    # ------------------------------------------------------------------ one feed

    async def _poll(
        self, feed: FeedSource, health: FeedHealth | None, now: datetime, report: FeedReport, timings: Timings
    ) -> None:
        url = health.url if health is not None else feed.url
        etag = health.etag if health is not None else None
        last_modified = health.last_modified if health is not None else None
        try:
            if _is_local(url):
                result = await self._read_local(url, last_modified, timings)
            else:
                async with self._slot(url):
                    with self._timed("fetch", timings):
                        result = await fetch(
                            url, self.policy, etag=etag, last_modified=last_modified, client=self._http()
                        )
                timings.feed_fetches += 1
        except HTTPStatusError as exc:
            if exc.status == 410:
                report.status, report.error = "gone", str(exc)
                await self._db(timings, self.store.disable_feed, feed.id, f"HTTP 410 Gone: {url}", now=now)
                return
            retry = timedelta(seconds=exc.retry_after) if exc.retry_after is not None else None
            await self._fail(feed, report, str(exc), now, timings, retry)
            return
        except (FetchError, OSError) as exc:
            await self._fail(feed, report, str(exc), now, timings)
            return
        if result.not_modified:
            report.status = "not_modified"
            await self._record_success(feed, result, now, timings)
            return
        try:
            parsed = await self._run("parse", timings, parse_feed, result.body, result.final_url)
        except FeedError as exc:
            await self._fail(feed, report, str(exc), now, timings)
            return
        pending = await self._store_entries(feed, parsed, now, report, timings)
        # Validators are stored only now: a crash before this point refetches the feed in full.
        await self._record_success(feed, result, now, timings)
        report.moved_to = result.permanent_redirect_url
        await self._brief_and_cluster(pending, now, report, timings)

    async def _record_success(
        self, feed: FeedSource, result: FetchResult, now: datetime, timings: Timings
    ) -> None:
        """Store the feed's new validators (and a permanent redirect's URL)."""
        await self._db(
            timings,
            self.store.record_fetch_success,
            feed.id,
            result.etag,
            result.last_modified,
            result.permanent_redirect_url,
            now=now,
        )

    async def _fail(
        self,
        feed: FeedSource,
        report: FeedReport,
        error: str,
        now: datetime,
        timings: Timings,
        retry_after: timedelta | None = None,
    ) -> None:
        report.status, report.error = "failed", error
        logger.warning("feed %s: %s", feed.id, error)
        await self._db(timings, self.store.record_fetch_failure, feed.id, error, retry_after, now=now)

    async def _read_local(self, url: str, validator: str | None, timings: Timings) -> FetchResult:
        """A bundled or local feed file, with ``size:mtime`` as its Last-Modified stand-in."""
        path = local_feed_path(url)
        assert path is not None

        def read() -> FetchResult:
            stat = path.stat()
            stamp = f"file {stat.st_size}:{stat.st_mtime_ns}"
            common: dict[str, Any] = {"url": url, "final_url": url, "headers": {}, "last_modified": stamp}
            if stamp == validator:
                return FetchResult(status=304, body=b"", not_modified=True, **common)
            if stat.st_size > self.policy.max_bytes:
                raise TooLargeError(url, f"file exceeds the {self.policy.max_bytes}-byte cap")
            return FetchResult(status=200, body=Path(path).read_bytes(), **common)

        return await self._run("fetch", timings, read)

    async def _store_entries(
        self, feed: FeedSource, parsed: ParsedFeed, now: datetime, report: FeedReport, timings: Timings
    ) -> list[_Pending]:
        report.entries = len(parsed.entries)
        known: dict[str, ArticleRecord] = {}
        if any(e.content is None for e in parsed.entries):
            recent = await self._db(
                timings, self.store.recent_articles, now - KNOWN_ARTICLES_LOOKBACK, 1000, [feed.id]
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
        pages = await asyncio.gather(
            *(self._fetch_page(e, report, timings) for e in wanted if e.content is None)
        )
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
        results = await self._db(
            timings,
            self.store.upsert_articles,
            feed.id,
            [ArticleEntry(e.guid, e.link, e.title, text, e.published) for e, text in texts],
            feed.name,
            now=now,
        )
        pending: list[_Pending] = []
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
            pending.append(_Pending(article, result.created))
        return pending

    async def _fetch_page(self, entry: FeedEntry, report: FeedReport, timings: Timings) -> str | None:
        """The article text behind an entry's link, or None when it cannot be had."""
        if not entry.link or _is_local(entry.link):
            return None
        try:
            async with self._slot(entry.link):
                with self._timed("fetch", timings):
                    page = await fetch(entry.link, self.policy, client=self._http())
            timings.page_fetches += 1
            report.pages_fetched += 1
            extracted = await self._run(
                "extract", timings, extract_article, page.body, page.final_url, charset=page.charset
            )
            return extracted.text
        except (FetchError, InputError) as exc:
            report.page_failures += 1
            logger.info("article page %s unusable (%s); using the feed summary", entry.link, exc)
            return None

    # ------------------------------------------------------------------ briefing and stories

    async def _build_many(self, articles: Sequence[Article], timings: Timings) -> list[Briefing | InputError]:
        """Briefings of ``articles`` in order (an ``InputError`` in place of one that cannot be
        briefed), spaCy batched across them when the engine has ``build_many``."""
        build_many = getattr(self.engine, "build_many", None)

        def one_by_one(batch: list[Article]) -> list[Briefing | InputError]:
            out: list[Briefing | InputError] = []
            for article in batch:
                try:
                    out.append(self.engine.build(article))
                except InputError as exc:
                    out.append(exc)
            return out

        fn = build_many if callable(build_many) else one_by_one
        # CPU-bound and the model is shared: one batch at a time per thread or process, off the loop
        async with self._brief_slots:
            if self._brief_pool is not None:
                started = time.perf_counter()
                results = await self._brief_pool.build_many(list(articles))
                timings.brief += time.perf_counter() - started
            else:
                results = await self._run("brief", timings, fn, list(articles))
        timings.briefings += sum(1 for r in results if not isinstance(r, InputError))
        return results

    async def _brief_and_cluster(
        self, items: Sequence[_Pending], now: datetime, report: FeedReport | None, timings: Timings
    ) -> int:
        """Brief stored articles in one batch, save and index the briefings in one transaction,
        then file each under a story. Returns how many were briefed; the others (too short, not
        English...) are remembered and not tried again in this process."""
        if not items:
            return 0
        # The models are English-only: an article in another language is skipped with the same
        # one-line reason ``brief`` gives for a file or URL, before any briefing work is spent.
        reasons = await self._run("brief", timings, _language_refusals, [item.article for item in items])
        kept: list[_Pending] = []
        for item, reason in zip(items, reasons, strict=True):
            if reason is None:
                kept.append(item)
                continue
            self._unbriefable.add(int(item.article.id))
            if report is not None:
                report.skipped_articles.append(SkippedArticle(item.article.id, item.article.url, reason))
            logger.info("article %s (%s) skipped: %s", item.article.id, item.article.url, reason)
        items = kept
        if not items:
            return 0
        results = await self._build_many([item.article for item in items], timings)
        briefed: list[tuple[_Pending, Briefing]] = []
        for item, result in zip(items, results, strict=True):
            if isinstance(result, InputError):
                self._unbriefable.add(int(item.article.id))
                if report is not None:
                    report.brief_failures += 1
                logger.info("article %s (%s) not briefed: %s", item.article.id, item.article.url, result)
            else:
                briefed.append((item, result))
        await self._db(
            timings,
            self.store.save_briefings,
            [(int(item.article.id), briefing) for item, briefing in briefed],
            self.model_version,
            now=now,
        )
        if report is not None:
            report.briefed += len(briefed)
        # oldest first: a feed lists its newest first, and each article's "what changed" is
        # against the reports published before it, so they must be filed before it
        briefed.sort(key=lambda pair: _aware(pair[0].article.published) or now)
        for item, briefing in briefed:
            created, updated = await self._file_story(int(item.article.id), item, briefing, now, timings)
            if report is not None:
                report.stories_created += created
                report.stories_updated += updated
        return len(briefed)

    async def _load_stories(self, now: datetime, timings: Timings) -> None:
        """Recent stories into memory (once per process; later ones are added as they are made)."""
        if self._stories_loaded_at is not None:
            self._forget_old_stories(now)
            return
        records = await self._db(timings, self.store.recent_stories, now - 2 * self.story_window, None, 1000)
        ids = [a for r in records for a in r.article_ids]
        articles = {a.id: a for a in await self._db(timings, self.store.get_articles, ids)}
        with self._timed("cluster", timings):
            for record in records:
                times = [articles[a].published_at for a in record.article_ids if a in articles]
                when = max((_utc(t) for t in times if t is not None), default=_utc(record.updated_at))
                self._remember(record.id, _StoryState(record.briefing, None, when))
        self._stories_loaded_at = now

    def _remember(self, story_id: int, state: _StoryState) -> None:
        state.features = story_key_features(state.briefing)
        self._stories[story_id] = state
        self._index.add(story_id, state.features, [m.features for m in state.members or ()])

    def _forget_old_stories(self, now: datetime) -> None:
        horizon = now - 2 * self.story_window
        for story_id in [s for s, st in self._stories.items() if st.when < horizon]:
            del self._stories[story_id]
            self._index.remove(story_id)

    async def _members(self, story_id: int, state: _StoryState, timings: Timings) -> list[_Member]:
        """The story's articles with their briefings, features and times (read once, then kept)."""
        if state.members is not None:
            return state.members
        record: StoryRecord | None = await self._db(timings, self.store.get_story, story_id)
        ids = list(record.article_ids) if record else []
        articles = {a.id: a for a in await self._db(timings, self.store.get_articles, ids)}
        members: list[_Member] = []
        for article_id in ids:
            got = await self._db(timings, self.store.get_briefing, article_id)
            if got is None:
                continue
            stored = articles.get(article_id)
            when = _aware(stored.published_at) or _aware(stored.fetched_at) if stored else None
            with self._timed("cluster", timings):
                members.append(_Member(article_id, got, story_key_features(got), when))
        state.members = members
        if state.features is not None and self._stories.get(story_id) is state:
            self._index.add(story_id, state.features, [m.features for m in members])
        return members

    async def _file_story(
        self, article_id: int, item: _Pending, briefing: Briefing, now: datetime, timings: Timings
    ) -> tuple[int, int]:
        """Attach to the story of every article it tells the same story as, or start one; returns
        (created, updated) counts.

        A story is a connected group of same-story article pairs (``summarizers.cluster.linked``,
        a property of the pair alone), so the stories do not depend on the order articles arrive
        in: an article that links two stories joins them into the older one (in the same
        transaction as its own filing). Only stories sharing an actor or figure with the article
        are looked at (``StoryIndex``); their articles are compared one by one.
        """
        when = _aware(item.article.published) or now
        async with self._cluster_lock:  # one decision at a time, or two outlets could start twin stories
            current: int | None = None
            if not item.created:  # a changed article, or one from the backlog, may have a story already
                record = await self._db(timings, self.store.get_article, article_id)
                current = record.story_id if record is not None else None
            with self._timed("cluster", timings):
                mine = story_key_features(briefing)
            targets: list[int] = []
            if current is not None and current in self._stories:
                targets = [current]
            else:
                for sid in sorted(self._index.candidates(mine)):
                    members = await self._members(sid, self._stories[sid], timings)
                    with self._timed("cluster", timings):
                        if any(
                            m.article_id != article_id
                            and linked(mine, m.features, when, m.when, self.story_window)
                            for m in members
                        ):
                            targets.append(sid)
            me = _Member(article_id, briefing, mine, when)
            if not targets:
                if current is not None:  # in a story that is no longer recent: leave it there
                    return 0, 0
                new_id = await self._db(timings, self.store.create_story, briefing, [article_id], now=now)
                with self._timed("cluster", timings):
                    self._remember(new_id, _StoryState(briefing, [me], when))
                logger.debug("article %s starts story %s", article_id, new_id)
                return 1, 0
            story_id, absorbed = targets[0], targets[1:]
            others: list[_Member] = []
            for sid in targets:
                others.extend(
                    m
                    for m in await self._members(sid, self._stories[sid], timings)
                    if m.article_id != article_id
                )
            members = sorted([*others, me], key=_member_order)
            with self._timed("cluster", timings):
                merged = merge_briefings([m.briefing for m in members])
                # what it adds to the story as it stood when it was published, not in feed order
                # (nothing when filing it again changes nothing, e.g. after a crash)
                changes = (
                    {}
                    if merged == self._stories[story_id].briefing
                    else update_changes(
                        [(m.briefing, m.when) for m in members if m is not me], briefing, when
                    )
                )
            await self._db(
                timings,
                self.store.attach_to_story,
                story_id,
                article_id,
                merged,
                changes,
                now=now,
                absorb=absorbed,
            )
            latest = max([when, *(self._stories[sid].when for sid in targets)])
            with self._timed("cluster", timings):
                for sid in absorbed:
                    del self._stories[sid]
                    self._index.remove(sid)
                self._remember(story_id, _StoryState(merged, members, latest))
            logger.debug(
                "article %s joins story %s%s (%s)",
                article_id,
                story_id,
                f", which absorbs {absorbed}" if absorbed else "",
                ", ".join(changes) or "no news",
            )
            return 0, 1

    async def _file_backlog(self, now: datetime, timings: Timings) -> int:
        """File briefed articles that are in no story (a process died between saving a batch of
        briefings and filing them); returns how many were filed."""
        filed = 0
        while True:
            waiting = await self._db(timings, self.store.briefed_articles_without_story, BACKLOG_BATCH)
            progress = 0
            for record, briefing in waiting:
                try:
                    created, updated = await self._file_story(
                        record.id, _Pending(record.to_article(), False), briefing, now, timings
                    )
                except Exception:  # one article must not stop the pass; it stays in the backlog
                    logger.exception("article %s: filing from the backlog failed", record.id)
                    continue
                progress += created + updated
            filed += progress
            if len(waiting) < BACKLOG_BATCH or not progress:
                return filed

    async def _brief_backlog(self, now: datetime, timings: Timings) -> int:
        """Brief articles stored without a briefing (a crash between storing and briefing)."""
        waiting = await self._db(timings, self.store.articles_without_briefing, BACKLOG_BATCH)
        done = 0
        for record in waiting:
            if record.id in self._unbriefable:
                continue
            try:
                done += await self._brief_and_cluster(
                    [_Pending(record.to_article(), False)], now, None, timings
                )
            except Exception:  # one article must not stop the pass; it stays in the backlog
                logger.exception("article %s: briefing from the backlog failed", record.id)
        return done


# --------------------------------------------------------------------------- helpers


def _language_refusals(articles: Sequence[Article]) -> list[str | None]:
    """For each article, why it cannot be briefed for its language (``check_english``'s one-line
    message), or None when it is English."""
    out: list[str | None] = []
    for article in articles:
        try:
            check_english(article.text)
        except InputError as exc:
            out.append(str(exc))
        else:
            out.append(None)
    return out


def _is_local(url: str) -> bool:
    return url.lower().startswith(("file:", "package:"))


def _utc(when: datetime) -> datetime:
    """Stored datetimes may come back naive (SQLite); they are UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _aware(when: datetime | None) -> datetime | None:
    return None if when is None else _utc(when)


def _member_order(member: _Member) -> tuple[bool, datetime, int]:
    """Oldest first (by time, then id): a story's merged briefing does not depend on arrival order."""
    return (member.when is None, member.when or datetime.min.replace(tzinfo=UTC), member.article_id)
