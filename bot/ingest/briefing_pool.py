"""The bot's briefing worker processes: one pool, owned by ``bot/``, used by the poller.

Each worker is a ``spawn``ed process that loads the spaCy model once and briefs batches of
articles (``BriefingEngine.build_many``), so briefing runs on its own core instead of sharing the
bot's GIL with fetching, extraction, storage and clustering.

A worker never outlives the bot: it watches its parent (``exit_with_parent``) and exits when the
parent is gone, even after a ``kill -9`` that runs no cleanup; :meth:`BriefingPool.close`
terminates the workers at once rather than waiting for a batch in flight (whose articles stay in
the store's backlog and are briefed by the next pass).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from summarizers.briefing import BriefingEngine, exit_with_parent
from summarizers.types import Article, Briefing, InputError

_ENGINE: BriefingEngine | None = None  # in a worker process: its engine


def _init(model: str, summary_sentences: int, parent_pid: int) -> None:
    global _ENGINE
    exit_with_parent(parent_pid)
    _ENGINE = BriefingEngine(model, summary_sentences)


def _ready() -> bool:
    assert _ENGINE is not None
    return _ENGINE.nlp is not None


def _build_many(articles: list[Article]) -> list[Briefing | InputError]:
    assert _ENGINE is not None
    return _ENGINE.build_many(articles)


class BriefingPool:
    """``processes`` worker processes briefing with ``model``; started on first use."""

    def __init__(self, model: str, summary_sentences: int, processes: int) -> None:
        if processes < 1:
            raise ValueError("a briefing pool needs at least one process")
        self.model = model
        self.summary_sentences = summary_sentences
        self.processes = processes
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init,
                initargs=(self.model, self.summary_sentences, os.getpid()),
            )
        return self._executor

    async def warm_up(self) -> None:
        """Start every worker and load its model now rather than on the first batch."""
        loop = asyncio.get_running_loop()
        pool = self._pool()
        await asyncio.gather(*(loop.run_in_executor(pool, _ready) for _ in range(self.processes)))

    async def build_many(self, articles: list[Article]) -> list[Briefing | InputError]:
        """Briefings of ``articles`` in order, built in one worker (an ``InputError`` in place of
        one that cannot be briefed)."""
        loop = asyncio.get_running_loop()
        result: list[Briefing | InputError] = await loop.run_in_executor(self._pool(), _build_many, articles)
        return result

    def close(self) -> None:
        """Stop the workers now (a batch in flight is abandoned)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        workers: list[Any] = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            if process.is_alive():
                process.terminate()
