"""Wiring: adapters <-> conversation, scheduler -> digest -> delivery, ingest on a schedule.

``NewsbriefApp`` owns the store, the briefing engine, the adapters and the scheduler. It is the one
place where the pure core (``summarizers``) meets the async bot: CPU work (briefing, answering)
runs off the event loop with ``asyncio.to_thread``; the synchronous store is awaited through
``newsbrief.bot.store.AsyncStore`` (``app.db``), which owns that hand-off.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from newsbrief.bot.adapters.base import AdapterUnavailable, ChatAdapter, MessageHandler, start_with_retry
from newsbrief.bot.config import ChannelConfig, Config, FeedConfig, cron_trigger
from newsbrief.bot.conversation import Conversation, ThreadContext
from newsbrief.bot.delivery import ConfirmingAdapter, DeliveryLedger, DeliveryOutcome, on_demand_slot
from newsbrief.bot.digest import ArticleLink, story_with_articles
from newsbrief.bot.domain import Answer, Briefing, ChannelRef, Digest, InputError, Reply
from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.monitoring import Metrics, error_kind
from newsbrief.bot.scheduler import DigestScheduler
from newsbrief.bot.store import parse_article_id
from newsbrief.bot.store.facade import AsyncStore
from newsbrief.summarizers.briefing import BriefingEngine
from newsbrief.summarizers.qa import (
    MAX_HEADLINES,
    ConversationState,
    answer_in_conversation,
    asks_for_the_news,
)

logger = logging.getLogger(__name__)

RECENT_NEWS = timedelta(days=7)
PRUNED_KEY = "retention:last_pruned_at"
DEFAULT_POLL_MINUTES = 30  # a feed no longer in the config: FeedConfig's default
THREAD_KEY = "thread:{platform}:{channel}:{message}"
CONTEXT_KEY = "conversation:{platform}:{channel}:{thread}"
OVERRIDE_FEEDS = "feeds"


def _log_start_failure(task: asyncio.Task[int]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("%s could not be started", task.get_name(), exc_info=task.exception())


class StartupError(NewsbriefError):
    """The configuration cannot run in this environment; nothing was started (exit code 2)."""


class ThreadRecordingAdapter:
    """Wraps an adapter so that every digest it posts is remembered by its thread root id.

    A reply in that thread is then answered from that digest's stories (``thread_briefings``).
    The mapping lives in the store, so it survives restarts and is shared between instances.
    """

    def __init__(self, inner: ChatAdapter, store: Any, metrics: Metrics | None = None) -> None:
        self.inner = inner
        self.store = store
        self.db = AsyncStore(store)
        self.platform = inner.platform
        self.metrics = metrics

    async def start(self, on_message: MessageHandler) -> None:
        await self.inner.start(on_message)

    async def start_sending(self) -> None:
        """Connect for sends only (``newsbrief digest CHANNEL``), when the platform needs that."""
        connect = getattr(self.inner, "start_sending", None)
        if connect is not None:
            await connect()

    async def stop(self) -> None:
        await self.inner.stop()

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        try:
            message_id = await self.inner.post_digest(channel, digest, txn_id)
        except Exception as exc:
            self._count_error(exc, digest=True)
            raise
        if self.metrics is not None:
            self.metrics.digests.labels(platform=self.platform, result="sent").inc()
        await self.remember(channel, message_id, digest)
        return message_id

    def _count_error(self, exc: BaseException, *, digest: bool) -> None:
        if self.metrics is None:
            return
        self.metrics.platform_errors.labels(platform=self.platform, kind=error_kind(exc)).inc()
        if digest:
            self.metrics.digests.labels(platform=self.platform, result="failed").inc()

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        if not isinstance(self.inner, ConfirmingAdapter):
            return None
        return await self.inner.confirm_sent(channel, txn_id, since=since)

    async def send_reply(self, reply: Reply) -> str:
        try:
            message_id = await self.inner.send_reply(reply)
        except Exception as exc:
            self._count_error(exc, digest=False)
            raise
        if reply.digest is not None:
            await self.remember(reply.channel, message_id, reply.digest)
        return message_id

    async def remember(self, channel: ChannelRef, message_id: str, digest: Digest) -> None:
        key = THREAD_KEY.format(platform=channel.platform, channel=channel.id, message=message_id)
        value = json.dumps([ds.story.id for ds in digest.stories])
        await self.db.set_kv(key, value)


class NewsbriefApp:
    """The running bot. ``start()`` connects everything; ``run_until_done()`` waits for the end."""

    def __init__(self, config: Config, *, adapters: dict[str, ChatAdapter] | None = None) -> None:
        self.config = config
        self.store: Any = None  # newsbrief.bot.store.Store once open_store() ran
        self._db: AsyncStore | None = None
        self.engine = BriefingEngine(config.briefing.model, config.briefing.summary_sentences)
        self.conversation = Conversation(self)
        self.adapter_overrides = adapters or {}
        self.adapters: dict[str, ThreadRecordingAdapter] = {}
        self.scheduler: DigestScheduler | None = None
        self.ledger: DeliveryLedger | None = None
        self.poller: Any = None
        self._overrides: dict[str, dict[str, Any]] = {}
        self._starting: list[asyncio.Task[int]] = []  # adapters still connecting (platform was down)
        self.metrics = Metrics(_version())
        self.monitor: Any = None  # MonitoringServer when monitoring.listen is set
        self.started = False  # adapters connected and scheduler started

    @property
    def db(self) -> AsyncStore:
        """The store, awaited (each call in a worker thread); :meth:`open_store` first."""
        if self.store is None:
            raise RuntimeError("the store is not open")
        if self._db is None or self._db.store is not self.store:
            self._db = AsyncStore(self.store)
        return self._db

    # ------------------------------------------------------------------ lifecycle

    async def open_store(self) -> None:
        """Open (and migrate) the store once; later calls do nothing."""
        if self.store is not None:
            return
        url = self.config.storage.url
        if url.startswith("sqlite:///"):
            path = url.removeprefix("sqlite:///")
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.store = (await AsyncStore.open(url)).store
        for feed in self.config.feeds:
            await self.db.upsert_feed(feed.id, feed.url, feed.name)
        for ch in self.config.channels:
            override = await self.db.get_channel_override(ch.id)
            if override:
                self._overrides[ch.id] = override

    def fetch_policy(self) -> Any:
        """The fetch safety and limits from the config, for feeds and for ``brief <url>`` alike."""
        from newsbrief.bot.ingest.fetch import FetchPolicy

        fc = self.config.fetch
        return FetchPolicy(
            allow_private_networks=fc.allow_private_networks,
            deadline=fc.timeout_s,
            max_bytes=fc.max_bytes,
            max_decompressed_bytes=max(fc.max_bytes, 2 * fc.max_bytes),
            user_agent=fc.user_agent,
            proxy=self.config.proxy.url,
            no_proxy=self.config.proxy.no_proxy,
        )

    def make_poller(self) -> Any:
        from newsbrief.bot.ingest.poller import Poller

        policy = self.fetch_policy()
        return Poller(
            self.store,
            self.engine,
            policy,
            self.all_feeds(),
            brief_processes=self.config.briefing.ingest_processes,
        )

    async def ingest(self, force: bool = False) -> Any:
        """One polling pass over the configured (and admin-added) feeds that are due (every
        enabled feed with ``force``: intervals, back-off and Retry-After overridden)."""
        if self.poller is None:
            self.poller = self.make_poller()
        self.poller.feeds = list(self.all_feeds())
        report = await self.poller.poll_all(force=force)
        self.metrics.observe_ingest(report)
        await self.prune_if_due()
        return report

    async def prune_if_due(self, now: datetime | None = None) -> dict[str, int] | None:
        """Delete stored news older than ``retention.days`` when ``retention.every_hours`` have
        passed since the last pruning (recorded in the store, so restarts and other instances
        agree); returns the counts, or None when not due. Never raises: ingest goes on."""
        now = now or datetime.now(UTC)
        retention = self.config.retention
        try:
            last = await self.db.get_kv(PRUNED_KEY)
            if last and datetime.fromisoformat(last) + timedelta(hours=retention.every_hours) > now:
                return None
            counts = await self.db.prune(now - timedelta(days=retention.days))
            await self.db.set_kv(PRUNED_KEY, now.isoformat())
        except Exception:
            logger.exception("pruning old data failed; it is tried again after the next ingest")
            return None
        return counts

    def build_adapters(self) -> dict[str, ChatAdapter]:
        """One adapter per platform the channels use (console, slack, matrix)."""
        adapters: dict[str, ChatAdapter] = dict(self.adapter_overrides)
        platforms = {ch.platform for ch in self.config.channels}
        if "console" in platforms and "console" not in adapters:
            from newsbrief.bot.adapters.console import ConsoleAdapter

            console = next(ch for ch in self.config.channels if ch.platform == "console")
            from newsbrief.bot.config import default_data_dir

            adapters["console"] = ConsoleAdapter(
                ChannelRef("console", console.target), history_path=default_data_dir() / "console_history"
            )
        if "slack" in platforms and "slack" not in adapters and self.config.slack is not None:
            from newsbrief.bot.adapters.slack import SlackAdapter

            adapters["slack"] = SlackAdapter.from_config(
                self.config.slack,
                self.store,
                admins=self.config.admins,
                channels=self.config.channels,
                proxy=self.config.proxy.for_url(self.config.slack.api_url),
            )
        if "matrix" in platforms and "matrix" not in adapters and self.config.matrix is not None:
            from newsbrief.bot.adapters.matrix import MatrixAdapter

            adapters["matrix"] = MatrixAdapter.from_config(self.config, self.store)
        return adapters

    async def start(self, *, first_digest: bool = True, schedule: bool = True) -> None:
        """Open the store, ingest once, connect the adapters, post console digests, start the scheduler.

        Raises ``StartupError`` before doing anything when a console channel has no input to read.
        """
        self.check_environment()
        await self.open_store()
        await self.start_monitoring()
        progress = self._terminal_progress()
        try:  # only the due feeds: a restart must not hammer servers that asked us to wait
            await self.ingest()
        except Exception:
            logger.exception("first ingest failed; going on with what the store has")
        finally:
            if progress is not None:
                self.poller.progress = None
        self.adapters = {
            p: ThreadRecordingAdapter(a, self.store, self.metrics) for p, a in self.build_adapters().items()
        }
        self.ledger = DeliveryLedger(
            self.store, feed_ids_for=self.feed_ids_for, on_rejected=self.report_rejected
        )
        if first_digest:  # before the console reads input, so typed questions follow the digest
            for ch in self.channels():
                if ch.platform == "console" and "console" in self.adapters:
                    reply = await self.digest_now(ChannelRef("console", ch.target))
                    if reply is not None:
                        await self.adapters["console"].send_reply(reply)
        for platform, adapter in self.adapters.items():
            try:
                await adapter.start(self.conversation.handle)
            except AdapterUnavailable as exc:
                # Not a traceback: the platform is down. Keep trying in the background; digests for
                # it stay pending in the ledger meanwhile and are sent once it is connected.
                self.metrics.platform_errors.labels(platform=platform, kind="connect").inc()
                logger.warning("%s unreachable at start (%s); connecting in the background", platform, exc)
                task = asyncio.create_task(
                    start_with_retry(adapter, self.conversation.handle), name=f"start-{platform}"
                )
                task.add_done_callback(_log_start_failure)
                self._starting.append(task)
            except Exception:
                self.metrics.platform_errors.labels(platform=platform, kind="connect").inc()
                raise
        if schedule:
            self.scheduler = DigestScheduler(
                self.ledger,
                self.channels(),
                dict(self.adapters),
                misfire_grace_s=self.config.scheduler.misfire_grace_s,
                ingest=self.ingest,
                ingest_minutes=self.config.scheduler.ingest_minutes,
                leader=self.db.leader_lock(),
            )
            await self.scheduler.start()
        self.started = True
        await self.log_startup_summary()

    def _terminal_progress(self) -> Any:
        """Show the first ingest feed by feed when a person watches a terminal chat (else None)."""
        from newsbrief.bot.adapters.console import IngestProgress

        if "console" in self.adapter_overrides:
            return None
        progress = IngestProgress.for_terminal_chat(self.config.channels, len(self.all_feeds()))
        if progress is not None:
            if self.poller is None:
                self.poller = self.make_poller()
            self.poller.progress = progress
        return progress

    def check_environment(self) -> None:
        """``StartupError`` when a console channel would have nothing to read (no terminal)."""
        from newsbrief.bot.adapters.console import console_start_problem

        problem = None if "console" in self.adapter_overrides else console_start_problem(self.config.channels)
        if problem:
            raise StartupError(problem)

    async def run_until_done(self) -> None:
        """Wait until the console reaches end of input (or forever, for chat platforms)."""
        console = self.adapters.get("console")
        finished = getattr(console.inner, "finished", None) if console else None
        if finished is not None:
            await finished.wait()
        else:
            await asyncio.Event().wait()

    async def start_monitoring(self) -> None:
        """Serve /healthz, /readyz and /metrics when ``monitoring.listen`` is set (else nothing)."""
        address = self.config.monitoring.address()
        if address is None or self.monitor is not None:
            return
        from newsbrief.bot.monitoring import MonitoringServer

        monitor = MonitoringServer(self, self.metrics, *address)
        try:
            await monitor.start()
        except OSError as exc:
            raise StartupError(
                f"monitoring.listen {self.config.monitoring.listen}: cannot listen: {exc}"
            ) from exc
        self.monitor = monitor

    async def log_startup_summary(self) -> None:
        """One INFO line: who we are on each platform, the channels with their next digest, the feeds."""
        from newsbrief.bot.startup import startup_summary

        text, data = await startup_summary(self)
        logger.info("%s", text, extra={"startup": data})

    async def stop(self) -> None:
        for task in self._starting:
            task.cancel()
        if self._starting:
            await asyncio.wait(self._starting)
        if self.monitor is not None:
            await self.monitor.stop()
            self.monitor = None
        if self.scheduler is not None:
            await self.scheduler.shutdown()
        for adapter in self.adapters.values():
            await adapter.stop()
        if self.poller is not None:
            await self.poller.aclose()
        if self.store is not None:
            await self.db.close()

    async def report_rejected(self, outcome: DeliveryOutcome) -> None:
        """Tell the platform's admins (a direct message each) that a digest was refused for good."""
        ch = next((c for c in self.config.channels if c.id == outcome.channel_id), None)
        if ch is None or ch.platform not in ("slack", "matrix"):
            return
        adapter = self.adapters.get(ch.platform)
        admins: Sequence[str] = getattr(self.config.admins, ch.platform, ())
        if adapter is None or not admins:
            logger.warning("no %s admin to tell that digest %s was refused", ch.platform, outcome.digest_id)
            return
        text = (
            f"The digest for channel {ch.id} ({outcome.slot:%Y-%m-%d %H:%M} UTC) was refused by "
            f"{ch.platform} and will not be retried: {outcome.error}. "
            "Its stories go in the next digest."
        )
        for admin in admins:
            try:
                await adapter.send_reply(Reply(channel=ChannelRef(ch.platform, admin), text=text))
            except Exception as exc:
                logger.warning("cannot tell admin %s about the refused digest: %s", admin, exc)

    # ------------------------------------------------------------------ channels and feeds

    def channels(self) -> list[ChannelConfig]:
        """The configured channels with admin changes (feeds, schedule) applied."""
        out = []
        for ch in self.config.channels:
            ov = self._overrides.get(ch.id)
            if not ov:
                out.append(ch)
                continue
            feeds = [f for f in ch.feeds if f not in ov.get("removed", [])]
            feeds += [f["id"] for f in ov.get("added", []) if f["id"] not in feeds]
            update: dict[str, Any] = {"feeds": tuple(feeds)}
            if ov.get("schedule"):
                update["schedule"] = ch.schedule.model_copy(update=ov["schedule"]) if ch.schedule else None
                if update["schedule"] is None:
                    from newsbrief.bot.config import ScheduleConfig

                    update["schedule"] = ScheduleConfig(**ov["schedule"])
            out.append(ch.model_copy(update=update))
        return out

    def all_feeds(self) -> list[FeedConfig]:
        feeds = list(self.config.feeds)
        known = {f.id for f in feeds}
        for ov in self._overrides.values():
            for f in ov.get("added", []):
                if f["id"] not in known:
                    known.add(f["id"])
                    feeds.append(FeedConfig(id=f["id"], url=f["url"], name=f.get("name") or f["id"]))
        return feeds

    def feed_ids_for(self, channel: Any) -> Sequence[str] | None:
        return tuple(channel.feeds) or None

    def channel_for(self, ref: ChannelRef) -> ChannelConfig | None:
        for ch in self.channels():
            if ch.platform == ref.platform and ch.target == ref.id:
                return ch
        return None

    # ------------------------------------------------------------------ ConversationServices

    def is_admin(self, channel: ChannelRef, user: str) -> bool:
        return self.config.admins.allows(channel.platform, user)  # type: ignore[arg-type]

    async def brief(self, channel: ChannelRef, target: str) -> Briefing:
        """A URL from anyone; a local file only from the terminal (chat users must not read our disk)."""
        from newsbrief.bot.inputs import is_url, load_input

        if not is_url(target) and channel.platform != "console":
            raise InputError("give me an http(s) URL to brief")
        with self.metrics.briefing_seconds.time():
            article = await asyncio.to_thread(load_input, target, self.fetch_policy())
            return await asyncio.to_thread(self.engine.build, article)

    async def digest_now(self, channel: ChannelRef) -> Reply | None:
        """Post the channel's digest now, through the ledger (so its stories are not repeated later).

        Returns None when the digest was posted, else a Reply saying why not.
        """
        ch = self.channel_for(channel)
        adapter = self.adapters.get(channel.platform)
        if ch is None or adapter is None or self.ledger is None:
            return Reply(channel=channel, text="This channel has no digest configured.")
        # Its stories are recorded so the next digest does not repeat them.
        outcome = await self.ledger.deliver(ch, on_demand_slot(), adapter)
        if outcome.status in ("sent", "confirmed", "already_sent"):
            return None
        if outcome.status == "empty" or (outcome.digest is not None and not outcome.digest.stories):
            return Reply(channel=channel, text="No new stories since the last digest.")
        if outcome.status == "rejected":
            return Reply(
                channel=channel,
                text="The digest was refused by the chat platform; the admins are told, "
                "and its stories go in the next digest.",
            )
        return Reply(
            channel=channel, text=f"The digest could not be posted ({outcome.status}); it will be retried."
        )

    async def sources_text(self, channel: ChannelRef) -> str:
        ch = self.channel_for(channel)
        wanted = set(ch.feeds) if ch is not None and ch.feeds else None
        from newsbrief.bot.ingest.health import describe_feed

        feeds = await self.db.list_feeds()
        intervals = {f.id: f.poll_minutes for f in self.all_feeds()}
        now = datetime.now(UTC)
        lines = []
        for f in feeds:
            if wanted is not None and f.id not in wanted:
                continue
            lines.extend(describe_feed(f, intervals.get(f.id, DEFAULT_POLL_MINUTES), now))
        return "Sources:\n" + "\n".join(lines) if lines else "This channel follows no feeds."

    async def thread_briefings(self, channel: ChannelRef, thread: str) -> Sequence[Briefing] | None:
        key = THREAD_KEY.format(platform=channel.platform, channel=channel.id, message=thread)
        raw = await self.db.get_kv(key)
        if raw is None:
            return None
        # The articles' own briefings, not the merged story briefing: each answer then cites the
        # article its sentence really comes from.
        article_ids = [a for story in await self.db.get_stories(json.loads(raw)) for a in story.article_ids]
        return await self._briefings(article_ids)

    async def _briefings(self, article_ids: Sequence[int]) -> list[Briefing]:
        """The stored briefings of these articles, in their order (articles without one left out)."""
        found = await self.db.get_briefings(article_ids)
        return [found[a] for a in article_ids if a in found]

    async def recent_briefings(self, channel: ChannelRef, question: str) -> Sequence[Briefing]:
        ch = self.channel_for(channel)
        feed_ids = list(ch.feeds) if ch is not None and ch.feeds else None
        since = datetime.now(UTC) - RECENT_NEWS
        if asks_for_the_news(question):  # "what's new?": the latest stories, not hits of its words
            latest = await self.db.recent_stories(since, feed_ids, MAX_HEADLINES)
            if latest:
                return [s.briefing for s in latest]
        hits = await self.db.search_sentences(question, 30, since, feed_ids)
        if not hits:  # nothing this week: older stored news still beats no answer
            hits = await self.db.search_sentences(question, 30, None, feed_ids)
        seen = list(dict.fromkeys(h.article_id for h in hits))
        return await self._briefings(seen[:5])

    async def briefings_of(self, article_ids: Sequence[str]) -> Sequence[Briefing]:
        # an article briefed on request is not stored (its id is not a number)
        return await self._briefings([parse_article_id(a) for a in article_ids if a.isdigit()])

    async def story(self, story_id: int) -> tuple[Briefing, Sequence[ArticleLink]] | None:
        return await self.db.run(story_with_articles, story_id)

    async def thread_context(self, channel: ChannelRef, thread: str) -> ThreadContext | None:
        key = CONTEXT_KEY.format(platform=channel.platform, channel=channel.id, thread=thread)
        raw = await self.db.get_kv(key)
        if raw is None:
            return None
        try:
            return ThreadContext.from_json(json.loads(raw))
        except ValueError:
            logger.warning("unreadable conversation context for %s", key)
            return None

    async def save_thread_context(self, channel: ChannelRef, thread: str, context: ThreadContext) -> None:
        key = CONTEXT_KEY.format(platform=channel.platform, channel=channel.id, thread=thread)
        value = json.dumps(context.to_json(), ensure_ascii=False, sort_keys=True)
        await self.db.set_kv(key, value)

    async def answer(
        self, question: str, briefings: Sequence[Briefing], state: dict[str, Any] | None
    ) -> tuple[Answer, dict[str, Any]]:
        started = time.perf_counter()
        try:
            ans, new_state = await asyncio.to_thread(
                answer_in_conversation,
                question,
                briefings,
                ConversationState.from_json(state),
                self.engine.nlp,
            )
        finally:
            self.metrics.answer_seconds.observe(time.perf_counter() - started)
        return ans, new_state.to_json()

    async def _save_override(self, channel_id: str, ov: dict[str, Any]) -> None:
        self._overrides[channel_id] = ov
        await self.db.set_channel_override(channel_id, ov)
        if self.scheduler is not None:
            updated = next(c for c in self.channels() if c.id == channel_id)
            self.scheduler.update_channel(updated)

    async def add_feed(self, channel: ChannelRef, url: str, name: str) -> str:
        ch = self.channel_for(channel)
        if ch is None:
            return "This channel is not in the configuration."
        from newsbrief.bot.ingest.fetch import FetchError, parse_host

        try:
            parse_host(url)
        except (FetchError, ValueError) as exc:
            return f"Not a feed URL I can use: {exc}"
        existing = next((f for f in self.all_feeds() if f.url == url), None)
        feed_id = existing.id if existing else f"{ch.id}-feed-{len(self.all_feeds()) + 1}"
        ov = dict(self._overrides.get(ch.id, {}))
        added = [f for f in ov.get("added", []) if f["id"] != feed_id]
        added.append({"id": feed_id, "url": url, "name": name or feed_id})
        ov["added"] = added
        ov["removed"] = [f for f in ov.get("removed", []) if f != feed_id]
        await self.db.upsert_feed(feed_id, url, name or feed_id)
        await self._save_override(ch.id, ov)
        return f"Added feed {feed_id} ({url}) to this channel."

    async def remove_feed(self, channel: ChannelRef, feed_id: str) -> str:
        ch = self.channel_for(channel)
        if ch is None or feed_id not in ch.feeds:
            return f"This channel does not follow a feed {feed_id!r}."
        ov = dict(self._overrides.get(ch.id, {}))
        ov["added"] = [f for f in ov.get("added", []) if f["id"] != feed_id]
        ov["removed"] = sorted({*ov.get("removed", []), feed_id})
        await self._save_override(ch.id, ov)
        return f"Removed feed {feed_id} from this channel."

    async def set_schedule(self, channel: ChannelRef, cron: str, timezone: str | None) -> str:
        ch = self.channel_for(channel)
        if ch is None:
            return "This channel is not in the configuration."
        tz = timezone or (ch.schedule.timezone if ch.schedule else "UTC")
        try:
            cron_trigger(cron, tz)
        except (ValueError, LookupError) as exc:
            return f"Not a valid schedule: {exc}"
        ov = dict(self._overrides.get(ch.id, {}))
        ov["schedule"] = {"cron": cron, "timezone": tz}
        await self._save_override(ch.id, ov)
        return f"Digest schedule for this channel is now {cron!r} ({tz})."


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("newsbrief")
    except metadata.PackageNotFoundError:
        return "0+unknown"
