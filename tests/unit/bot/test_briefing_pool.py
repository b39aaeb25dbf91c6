"""The one briefing worker pool (``newsbrief.bot.ingest.briefing_pool``): forked workers sharing a loaded
engine (``brief --jobs``) and spawned workers loading their own (the bot) brief exactly as one
process does, in input order, a bad input in its place."""

from __future__ import annotations

import asyncio

import pytest

from newsbrief.bot.ingest.briefing_pool import BriefingPool, brief_batch
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.types import Article, Briefing, InputError

TEXTS = [
    "Ferry strike called off\n\nFerry crews called off a strike planned for Friday after the operator offered a 5% pay rise.",
    "Library reopens\n\nThe city library will reopen on 3 March after repairs costing £2 million, the council said.",
]


def _articles(n: int) -> list[Article]:
    articles = [Article(id=f"a{i}", text=TEXTS[i % 2]) for i in range(n)]
    articles[3] = Article(id="empty", text="")  # cannot be briefed: its error in its place
    return articles


def test_forked_workers_brief_as_one_process_does(engine: BriefingEngine) -> None:
    articles = _articles(9)
    one = engine.build_many(articles)
    with BriefingPool.forking(engine, 2) as pool:
        assert pool.share is engine
        two = brief_batch(engine, articles, pool)
        workers = list(pool._pool()._processes)
    assert len(workers) == 2  # the batch was split over the workers, not briefed here
    assert [type(r) for r in two] == [type(r) for r in one]
    assert [r for r in two if isinstance(r, Briefing)] == [r for r in one if isinstance(r, Briefing)]
    assert isinstance(two[3], InputError) and str(two[3]) == str(one[3])
    assert [b.article_ids[0] for b in two if isinstance(b, Briefing)] == [
        a.id for a in articles if a.id != "empty"
    ]


def test_a_small_batch_is_briefed_here(engine: BriefingEngine) -> None:
    pool = BriefingPool.forking(engine, 2)
    assert brief_batch(engine, _articles(4)[:2], pool) == engine.build_many(_articles(4)[:2])
    assert pool._executor is None  # no worker was started
    assert brief_batch(engine, _articles(4)[:2], None) == engine.build_many(_articles(4)[:2])


def test_spawned_worker_loads_its_own_engine_and_briefs_alike(engine: BriefingEngine) -> None:
    articles = _articles(5)

    async def run() -> list[Briefing | InputError]:
        pool = BriefingPool(engine.model, engine.summary_sentences, 1)
        try:
            await pool.warm_up()
            return await pool.build_many(articles)
        finally:
            pool.close()

    spawned = asyncio.run(run())
    one = engine.build_many(articles)
    assert [r for r in spawned if isinstance(r, Briefing)] == [r for r in one if isinstance(r, Briefing)]
    assert isinstance(spawned[3], InputError)


def test_a_pool_needs_a_process() -> None:
    with pytest.raises(ValueError, match="at least one process"):
        BriefingPool("en_core_web_sm", 3, 0)
