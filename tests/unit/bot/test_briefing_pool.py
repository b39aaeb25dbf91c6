"""The one briefing worker pool (``newsbrief.bot.ingest.briefing_pool``): forked workers sharing a loaded
engine (``brief --jobs``) and spawned workers loading their own (the bot) brief exactly as one
process does, in input order, a bad input in its place."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

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


def test_a_stream_briefs_in_order_with_errors_in_place(engine: BriefingEngine) -> None:
    articles = _articles(9)
    items: list[Article | InputError] = [*articles[:5], InputError("unreadable"), *articles[5:]]
    one = engine.build_many(articles)
    expected = [*one[:5], items[5], *one[5:]]
    with BriefingPool.forking(engine, 2) as pool:
        got = list(pool.stream(iter(items), chunk=2, window=3))
        workers = list(pool._pool()._processes)
    assert len(workers) == 2  # control: briefed by the workers, not here
    assert len(got) == len(items)
    assert [type(r) for r in got] == [type(r) for r in expected]
    assert [r for r in got if isinstance(r, Briefing)] == [r for r in one if isinstance(r, Briefing)]
    assert got[5] is items[5]  # the failed input's own error, in its place
    assert isinstance(got[3], InputError) and str(got[3]) == str(one[3])


def test_a_stream_reads_ahead_only_as_far_as_its_window(engine: BriefingEngine) -> None:
    read: list[int] = []

    def items() -> Iterator[Article]:
        for i, a in enumerate(_articles(9)):
            read.append(i)
            yield a

    with BriefingPool.forking(engine, 2) as pool:
        stream = pool.stream(items(), chunk=2, window=2)
        first = next(stream)
        assert isinstance(first, Briefing)
        assert len(read) < 9  # it did not read every input before giving the first briefing
        rest = list(stream)
    assert len(rest) == 8 and len(read) == 9


def test_a_stream_gives_every_briefing_before_a_none_item(engine: BriefingEngine) -> None:
    read: list[int] = []

    def items() -> Iterator[Article | None]:
        for i, a in enumerate(_articles(9)):
            if i == 5:
                yield None  # the next read may block: what came before must be out first
            read.append(i)
            yield a

    with BriefingPool.forking(engine, 2) as pool:
        got = []
        for result in pool.stream(items(), chunk=2, window=100):
            got.append(result)
            if len(got) == 5:
                assert read == [0, 1, 2, 3, 4]  # given before item 5 was read
        assert len(got) == 9
