"""The store for async code: :class:`AsyncStore`, the one place that hands store calls to threads.

``Store`` is synchronous (SQLAlchemy's blocking engine). :class:`AsyncStore` has the same methods
under the same names, each awaited in a worker thread (``asyncio.to_thread``)::

    db = AsyncStore(store)          # or: db = await AsyncStore.open(url)
    await db.set_kv("key", "value")
    digest = await db.run(build_digest, channel, slot, now)   # any blocking function of the store

Calls go to ``db.store`` by name, so a wrapped store (a test's crash injector) is honoured.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from newsbrief.bot.store.articles import ArticleRepository
from newsbrief.bot.store.deliveries import DeliveryRepository
from newsbrief.bot.store.feeds import FeedRepository
from newsbrief.bot.store.leader import StoreLeaderLock
from newsbrief.bot.store.repository import Store
from newsbrief.bot.store.state import StateRepository
from newsbrief.bot.store.stories import StoryRepository

_P = ParamSpec("_P")
_R = TypeVar("_R")


class _Threaded(Generic[_P, _R]):
    """A method of :class:`AsyncStore`: the store's method of the same name, in a worker thread."""

    def __init__(self, method: Callable[Concatenate[Any, _P], _R]) -> None:
        self.name = method.__name__
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> _Threaded[_P, _R]: ...
    @overload
    def __get__(self, obj: AsyncStore, owner: type[Any]) -> Callable[_P, Coroutine[Any, Any, _R]]: ...
    def __get__(self, obj: AsyncStore | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        method = getattr(obj.store, self.name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            return await asyncio.to_thread(method, *args, **kwargs)

        call.__name__ = call.__qualname__ = self.name
        call.__doc__ = self.__doc__
        return call


class AsyncStore:
    """``Store``'s methods, awaited (see the module docstring). ``store``: the ``Store`` it wraps, or
    anything with the methods called (a test's wrapper, an adapter's narrower view of the store)."""

    def __init__(self, store: Store | Any) -> None:
        self.store: Store = store

    @classmethod
    def of(cls, store: AsyncStore | Store | Any) -> AsyncStore:
        """``store`` itself when it is already an ``AsyncStore``, else the facade over it (so code
        handed either awaits one facade, and a call never goes through two thread hand-offs)."""
        return store if isinstance(store, AsyncStore) else cls(store)

    @classmethod
    async def open(cls, url: str) -> AsyncStore:
        """``Store.open(url)`` (connect and migrate) in a worker thread."""
        return cls(await asyncio.to_thread(Store.open, url))

    async def close(self) -> None:
        await asyncio.to_thread(self.store.close)

    async def run(self, fn: Callable[Concatenate[Store, _P], _R], *args: _P.args, **kwargs: _P.kwargs) -> _R:
        """``fn(store, *args, **kwargs)`` in a worker thread: a blocking function that reads or
        writes through the store (e.g. ``newsbrief.bot.digest.build_digest``) as one hand-off."""
        return await asyncio.to_thread(fn, self.store, *args, **kwargs)

    def leader_lock(self, name: str = "scheduler") -> StoreLeaderLock:
        """The scheduler's leader lock: exclusive across processes on PostgreSQL (the lock is freed
        when its holder's connection ends, so a standby takes over), always granted on SQLite."""
        return StoreLeaderLock(self.store.advisory_lock(name))

    upsert_feed = _Threaded(FeedRepository.upsert_feed)
    record_fetch_success = _Threaded(FeedRepository.record_fetch_success)
    record_fetch_failure = _Threaded(FeedRepository.record_fetch_failure)
    disable_feed = _Threaded(FeedRepository.disable_feed)
    get_feed = _Threaded(FeedRepository.get_feed)
    list_feeds = _Threaded(FeedRepository.list_feeds)

    upsert_article = _Threaded(ArticleRepository.upsert_article)
    upsert_articles = _Threaded(ArticleRepository.upsert_articles)
    get_article = _Threaded(ArticleRepository.get_article)
    get_articles = _Threaded(ArticleRepository.get_articles)
    recent_articles = _Threaded(ArticleRepository.recent_articles)
    save_briefing = _Threaded(ArticleRepository.save_briefing)
    save_briefings = _Threaded(ArticleRepository.save_briefings)
    get_briefing = _Threaded(ArticleRepository.get_briefing)
    get_briefings = _Threaded(ArticleRepository.get_briefings)
    articles_without_briefing = _Threaded(ArticleRepository.articles_without_briefing)
    briefed_articles_without_story = _Threaded(ArticleRepository.briefed_articles_without_story)
    index_sentences = _Threaded(ArticleRepository.index_sentences)
    search_sentences = _Threaded(ArticleRepository.search_sentences)

    create_story = _Threaded(StoryRepository.create_story)
    attach_to_story = _Threaded(StoryRepository.attach_to_story)
    get_story = _Threaded(StoryRepository.get_story)
    get_stories = _Threaded(StoryRepository.get_stories)
    recent_stories = _Threaded(StoryRepository.recent_stories)
    story_changes = _Threaded(StoryRepository.story_changes)
    story_changes_since = _Threaded(StoryRepository.story_changes_since)

    create_digest = _Threaded(DeliveryRepository.create_digest)
    get_digest = _Threaded(DeliveryRepository.get_digest)
    last_digest = _Threaded(DeliveryRepository.last_digest)
    stories_in_digests = _Threaded(DeliveryRepository.stories_in_digests)
    add_delivery = _Threaded(DeliveryRepository.add_delivery)
    mark_sent = _Threaded(DeliveryRepository.mark_sent)
    mark_failed = _Threaded(DeliveryRepository.mark_failed)
    claim_delivery = _Threaded(DeliveryRepository.claim_delivery)
    give_up_delivery = _Threaded(DeliveryRepository.give_up_delivery)
    get_delivery = _Threaded(DeliveryRepository.get_delivery)
    pending_deliveries = _Threaded(DeliveryRepository.pending_deliveries)

    claim_event = _Threaded(StateRepository.claim_event)
    claim_answer = _Threaded(StateRepository.claim_answer)
    finish_answer = _Threaded(StateRepository.finish_answer)
    expired_answers = _Threaded(StateRepository.expired_answers)
    prune_events = _Threaded(StateRepository.prune_events)
    get_kv = _Threaded(StateRepository.get_kv)
    set_kv = _Threaded(StateRepository.set_kv)
    get_channel_override = _Threaded(StateRepository.get_channel_override)
    set_channel_override = _Threaded(StateRepository.set_channel_override)

    prune = _Threaded(Store.prune)


# What services that keep state in the store (answer claims, thread roots, digest parts, the Matrix
# sync token) are handed: the store, or its async facade; they await ``AsyncStore.of(it)``.
StoreLike = Store | AsyncStore
