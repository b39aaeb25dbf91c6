"""The briefing worker processes: one pool, owned by ``bot/``, used by the poller (``newsbrief
ingest`` / ``run``) and by ``newsbrief brief --jobs``.

Each worker briefs batches of articles (``BriefingEngine.build_many``) on its own core instead
of sharing the parent's GIL. Two ways to start them:

* ``spawn`` (the bot): a fresh process that loads the spaCy model once and keeps it for the
  pool's life. The bot runs threads (store calls, the scheduler), and forking a threaded process
  is unsafe.
* ``fork`` of a single-threaded process (``brief --jobs``: pass ``share=engine``): the workers
  inherit the engine with its model already loaded, copy-on-write, and start at once. Where
  ``fork`` does not exist the pool spawns instead.

A worker never outlives its parent: it watches it (:func:`exit_with_parent`) and exits when the
parent is gone, even after a ``kill -9`` that runs no cleanup, and it leaves Ctrl-C to the
parent. :meth:`BriefingPool.close` terminates the workers at once rather than waiting for a
batch in flight (whose articles stay in the store's backlog and are briefed by the next pass).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article, Briefing, InputError

PARENT_CHECK_S = 0.5
"""How often a worker process checks that its parent is still alive."""

MAX_CHUNK = 16
"""At most this many articles go to a worker at a time in :meth:`BriefingPool.map_many`."""

_ENGINE: BriefingEngine | None = None
"""In a worker: its engine. In a parent about to fork workers: the engine they inherit."""


def exit_with_parent(parent_pid: int, interval: float = PARENT_CHECK_S) -> threading.Thread:
    """In a worker process: exit as soon as ``parent_pid`` is no longer our parent, and leave
    Ctrl-C to the parent (a terminal sends SIGINT to the whole process group; the parent stops
    its workers, which would otherwise each print a KeyboardInterrupt traceback); SIGTERM ends
    it at once, whatever handler it inherited.

    A worker blocked on its task queue never learns that the parent was killed (kill -9 runs
    no cleanup, and a forked worker holds both ends of its queue itself), so a daemon thread
    watches ``os.getppid()``: the parent's death re-parents us (to init or a subreaper).
    """

    def watch() -> None:
        while True:
            if os.getppid() != parent_pid:
                os._exit(0)
            time.sleep(interval)

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (how :meth:`BriefingPool.close` stops a worker) ends it quietly: a forked worker
    # would otherwise inherit the command line's handler, which turns SIGTERM into a
    # KeyboardInterrupt and a traceback on stderr.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    thread = threading.Thread(target=watch, name="exit-with-parent", daemon=True)
    thread.start()
    return thread


def _init_spawned(model: str, summary_sentences: int, parent_pid: int) -> None:
    global _ENGINE
    exit_with_parent(parent_pid)
    _ENGINE = BriefingEngine(model, summary_sentences)


def _init_forked(parent_pid: int) -> None:
    exit_with_parent(parent_pid)  # the engine is the parent's, inherited


def _ready() -> bool:
    assert _ENGINE is not None
    return _ENGINE.nlp is not None


def _build_many(articles: list[Article]) -> list[Briefing | InputError]:
    assert _ENGINE is not None
    return _ENGINE.build_many(articles)


class BriefingPool:
    """``processes`` worker processes briefing with ``model``; started on first use.

    ``share``: fork the workers from this (single-threaded) process with this engine, its model
    loaded first; otherwise each spawned worker makes its own engine.
    """

    def __init__(
        self,
        model: str,
        summary_sentences: int,
        processes: int,
        *,
        share: BriefingEngine | None = None,
    ) -> None:
        if processes < 1:
            raise ValueError("a briefing pool needs at least one process")
        self.model = model
        self.summary_sentences = summary_sentences
        self.processes = processes
        self.share = (
            share if share is not None and "fork" in multiprocessing.get_all_start_methods() else None
        )
        self._executor: ProcessPoolExecutor | None = None

    @classmethod
    def forking(cls, engine: BriefingEngine, processes: int) -> BriefingPool:
        """Workers forked from this process, sharing ``engine`` (see the class docstring)."""
        return cls(engine.model, engine.summary_sentences, processes, share=engine)

    def _pool(self) -> ProcessPoolExecutor:
        global _ENGINE
        if self._executor is None:
            if self.share is not None:
                _ = self.share.nlp  # load before forking so the workers inherit it
                _ENGINE = self.share
                self._executor = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=multiprocessing.get_context("fork"),
                    initializer=_init_forked,
                    initargs=(os.getpid(),),
                )
            else:
                self._executor = ProcessPoolExecutor(
                    max_workers=self.processes,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_spawned,
                    initargs=(self.model, self.summary_sentences, os.getpid()),
                )
        return self._executor

    async def warm_up(self) -> None:
        """Start every worker and load its model now rather than on the first batch."""
        loop = asyncio.get_running_loop()
        pool = self._pool()
        await asyncio.gather(*(loop.run_in_executor(pool, _ready) for _ in range(self.processes)))

    async def build_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        """Briefings of ``articles`` in order, built in one worker (an ``InputError`` in place of
        one that cannot be briefed)."""
        loop = asyncio.get_running_loop()
        result: list[Briefing | InputError] = await loop.run_in_executor(
            self._pool(), _build_many, list(articles)
        )
        return result

    def map_many(self, articles: Sequence[Article]) -> list[Briefing | InputError]:
        """Briefings of ``articles`` in order, the batch split over every worker (blocking; for
        the command line)."""
        articles = list(articles)
        if not articles:
            return []
        size = max(1, min(MAX_CHUNK, len(articles) // (self.processes * 4)))
        chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
        return [b for part in self._pool().map(_build_many, chunks) for b in part]

    def stream(
        self, items: Iterable[Article | InputError | None], chunk: int, window: int
    ) -> Iterator[Briefing | InputError]:
        """Briefings of ``items`` in order, an ``InputError`` item passed through in its place (for
        the command line: ``items`` may load each input lazily). A ``None`` item gives nothing: every
        briefing before it is given before the next item is read (one that may block, as stdin).

        Articles go to the workers in chunks of ``chunk`` as soon as that many are read, and at most
        ``window`` articles are in flight: reading the next inputs overlaps the briefing of the
        previous ones, and a worker that finishes early takes the next chunk instead of waiting for
        the slowest chunk of a batch (as :meth:`map_many` would).
        """
        chunk, window = max(1, chunk), max(1, window)
        pool = self._pool()
        queue: deque[tuple[list[Article | InputError], Future[list[Briefing | InputError]] | None]] = deque()
        part: list[Article | InputError] = []
        in_part = in_flight = 0

        def done() -> list[Briefing | InputError]:
            nonlocal in_flight
            part, future = queue.popleft()
            built = iter(future.result() if future is not None else [])
            in_flight -= sum(1 for a in part if isinstance(a, Article))
            return [a if isinstance(a, InputError) else next(built) for a in part]

        def send() -> None:
            nonlocal part, in_part, in_flight
            articles = [a for a in part if isinstance(a, Article)]
            queue.append((part, pool.submit(_build_many, articles) if articles else None))
            in_flight += len(articles)
            part, in_part = [], 0

        for item in items:
            if item is None:
                if part:
                    send()
                while queue:
                    yield from done()
                continue
            part.append(item)
            if isinstance(item, Article):
                in_part += 1
                if in_part == chunk:
                    send()
                    while in_flight > window or (queue and _ready_at_front(queue)):
                        yield from done()
        if part:
            send()
        while queue:
            yield from done()

    def close(self) -> None:
        """Stop the workers now (a batch in flight is abandoned)."""
        global _ENGINE
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if self.share is not None and _ENGINE is self.share:
            _ENGINE = None
        workers: list[Any] = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            if process.is_alive():
                process.terminate()

    def __enter__(self) -> BriefingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ready_at_front(queue: deque[tuple[Any, Future[Any] | None]]) -> bool:
    future = queue[0][1]
    return future is None or future.done()


def brief_batch(
    engine: BriefingEngine, articles: Sequence[Article], pool: BriefingPool | None
) -> list[Briefing | InputError]:
    """Briefings of ``articles`` in order: over ``pool``'s workers for a batch large enough to be
    worth splitting (four articles per worker or more), else in this process."""
    if pool is None or len(articles) < 4 * pool.processes:
        return engine.build_many(articles)
    return pool.map_many(articles)
