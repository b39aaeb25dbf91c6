"""The brief stage: a batch of stored articles in, their briefings saved and indexed.

Articles in a language other than English are skipped with the one-line reason ``brief`` gives;
the others are briefed in one batch (``engine.build_many``, spaCy batched across articles) in a
worker thread or, with ``brief_processes``, in the bot's briefing worker pool
(``newsbrief.bot.ingest.briefing_pool``), one batch at a time; the briefings are saved and indexed in one
transaction. Articles that cannot be briefed are remembered and not tried again in this process.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from datetime import datetime

from newsbrief.bot.ingest.briefing_pool import BriefingPool
from newsbrief.bot.ingest.context import IngestContext, Pending
from newsbrief.bot.ingest.reports import FeedReport, SkippedArticle, Timings
from newsbrief.bot.store import parse_article_id
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.text import check_english
from newsbrief.summarizers.types import Article, Briefing, InputError

logger = logging.getLogger(__name__)


class BriefStage:
    """Briefs with ``engine`` (in ``brief_processes`` worker processes when not 0: a plain
    ``BriefingEngine`` then, made anew from its model name in each) and saves under
    ``model_version``. Tests pass subclasses that override ``build_many`` (no model, or failures
    on purpose); a worker process would not run their overrides, so they brief in a thread."""

    def __init__(
        self, ctx: IngestContext, engine: BriefingEngine, model_version: str, brief_processes: int = 0
    ) -> None:
        if brief_processes < 0:
            raise ValueError("brief_processes must be 0 or more")
        if brief_processes and type(engine) is not BriefingEngine:
            raise ValueError(
                "brief_processes needs a plain BriefingEngine (it is made anew, from its model name, in each process)"
            )
        self.ctx = ctx
        self.engine = engine
        self.model_version = model_version
        self.unbriefable: set[int] = set()
        """Articles that could not be briefed in this process (not tried again)."""
        self._slots = asyncio.Semaphore(max(1, brief_processes))
        self._pool: BriefingPool | None = None
        if brief_processes:
            self._pool = BriefingPool(engine.model, engine.summary_sentences, brief_processes)

    async def warm_up(self) -> None:
        """Start the worker processes and load their model now rather than in the first pass;
        without them, load the model in this process."""
        if self._pool is not None:
            await self._pool.warm_up()
        else:
            await asyncio.to_thread(lambda: self.engine.nlp)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()

    async def brief(
        self, items: Sequence[Pending], now: datetime, report: FeedReport | None, timings: Timings
    ) -> list[tuple[Pending, Briefing]]:
        """Brief ``items`` in one batch and save the briefings in one transaction; returns the
        briefed ones with their briefings, in the order given."""
        if not items:
            return []
        # The models are English-only: an article in another language is skipped with the same
        # one-line reason ``brief`` gives for a file or URL, before any briefing work is spent.
        reasons = await self.ctx.run("brief", timings, language_refusals, [item.article for item in items])
        kept: list[Pending] = []
        for item, reason in zip(items, reasons, strict=True):
            if reason is None:
                kept.append(item)
                continue
            self.unbriefable.add(parse_article_id(item.article.id))
            if report is not None:
                report.skipped_articles.append(SkippedArticle(item.article.id, item.article.url, reason))
            logger.info("article %s (%s) skipped: %s", item.article.id, item.article.url, reason)
        if not kept:
            return []
        results = await self.build_many([item.article for item in kept], timings)
        briefed: list[tuple[Pending, Briefing]] = []
        for item, result in zip(kept, results, strict=True):
            if isinstance(result, InputError):
                self.unbriefable.add(parse_article_id(item.article.id))
                if report is not None:
                    report.brief_failures += 1
                logger.info("article %s (%s) not briefed: %s", item.article.id, item.article.url, result)
            else:
                briefed.append((item, result))
        await self.ctx.db(
            timings,
            self.ctx.store.save_briefings,
            [(parse_article_id(item.article.id), briefing) for item, briefing in briefed],
            self.model_version,
            now=now,
        )
        if report is not None:
            report.briefed += len(briefed)
        return briefed

    async def build_many(self, articles: Sequence[Article], timings: Timings) -> list[Briefing | InputError]:
        """Briefings of ``articles`` in order (an ``InputError`` in place of one that cannot be
        briefed), spaCy batched across them (``BriefingEngine.build_many``)."""
        # CPU-bound and the model is shared: one batch at a time per thread or process, off the loop
        async with self._slots:
            if self._pool is not None:
                started = time.perf_counter()
                results = await self._pool.build_many(list(articles))
                timings.brief += time.perf_counter() - started
            else:
                results = await self.ctx.run("brief", timings, self.engine.build_many, list(articles))
        timings.briefings += sum(1 for r in results if not isinstance(r, InputError))
        return results


def language_refusals(articles: Sequence[Article]) -> list[str | None]:
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
