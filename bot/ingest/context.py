"""What every ingest stage shares: the store and the thread(s) its calls run on, the fetch policy
and the pooled HTTP client, the per-host and overall connection slots, and the stage timers."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from newsbrief.bot.ingest.fetch import FetchPolicy, make_client
from newsbrief.bot.ingest.reports import Timings
from newsbrief.bot.store import Store
from newsbrief.summarizers.types import Article

T = TypeVar("T")


@dataclass(frozen=True)
class Pending:
    """An article stored in this pass (or found in the backlog) that needs a briefing;
    ``created``: new in this pass (so in no story yet)."""

    article: Article
    created: bool


class IngestContext:
    """The shared machinery of the stages (see the module docstring).

    ``client`` is for tests and benchmarks (it must come from ``make_client`` with the same
    policy); by default one pooled client is made on first use and closed by :meth:`aclose`.
    ``store_threads`` worker threads run the (synchronous) store calls.
    """

    def __init__(
        self,
        store: Store,
        policy: FetchPolicy,
        *,
        client: httpx.AsyncClient | None = None,
        concurrency_per_host: int = 2,
        total_concurrency: int = 8,
        store_threads: int = 1,
    ) -> None:
        if concurrency_per_host < 1 or total_concurrency < 1 or store_threads < 1:
            raise ValueError("concurrency limits must be at least 1")
        self.store = store
        self.policy = policy
        self.concurrency_per_host = concurrency_per_host
        self._client = client
        self._own_client = client is None
        self._total = asyncio.Semaphore(total_concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._store_thread = ThreadPoolExecutor(max_workers=store_threads, thread_name_prefix="poller-store")
        self._timings_lock = threading.Lock()

    async def aclose(self) -> None:
        """Close the HTTP client made here (not one passed in) and the store thread."""
        if self._client is not None and self._own_client:
            await self._client.aclose()
            self._client = None
        self._store_thread.shutdown(wait=False)

    def http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = make_client(self.policy)
        return self._client

    @contextmanager
    def timed(self, stage: str, timings: Timings) -> Iterator[None]:
        """Count the time the block runs for ``stage``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            setattr(timings, stage, getattr(timings, stage) + time.perf_counter() - started)

    async def run(
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

    async def db(self, timings: Timings, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A store call on the store threads, counted as storage time.

        By default one thread runs every store call in turn: SQLite takes one writer at a time
        anyway, and concurrent writers would only sleep in its busy handler. ``store_threads``
        raises it (PostgreSQL takes concurrent writers).
        """
        return await self.run("store", timings, fn, *args, executor=self._store_thread, **kwargs)

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """A connection slot for ``url``: one of its host's and one of the overall ones, held
        around a single fetch (never across awaits on other hosts, so no deadlock)."""
        host = (urlsplit(url).hostname or "").lower()
        sem = self._hosts.get(host)
        if sem is None:
            sem = self._hosts[host] = asyncio.Semaphore(self.concurrency_per_host)
        async with sem, self._total:
            yield


def is_local(url: str) -> bool:
    """A ``file:`` or ``package:`` feed or link (read from disk, not fetched)."""
    return url.lower().startswith(("file:", "package:"))


def utc(when: datetime) -> datetime:
    """Stored datetimes may come back naive (SQLite); they are UTC."""
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def aware(when: datetime | None) -> datetime | None:
    return None if when is None else utc(when)
