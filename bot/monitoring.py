"""The optional monitoring endpoint: ``/healthz``, ``/readyz`` and Prometheus ``/metrics``.

On when the config sets ``monitoring.listen`` (``"127.0.0.1:9464"``); served by aiohttp inside
the bot's event loop. ``/healthz`` answers 200 while the process runs. ``/readyz`` answers 200
when the store answers, every chat platform is connected and the scheduler runs (as leader or
standby), else 503; its JSON body says which part is not ready. ``/metrics`` is the Prometheus
text format, through the official ``prometheus_client`` library, on a registry of our own.

``Metrics`` is what the app counts into; it needs no server and works whether or not one runs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from newsbrief.bot.store.facade import AsyncStore

logger = logging.getLogger(__name__)

__all__ = ["Metrics", "MonitoringServer", "adapter_connected", "error_kind", "readiness"]

STORE_TIMEOUT_S = 5.0
BRIEFING_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
ANSWER_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
FEED_STATES = ("ok", "failing", "disabled", "not_fetched")


class Metrics:
    """The bot's Prometheus metrics, on their own registry (so tests and instances never share)."""

    def __init__(self, version: str = "unknown") -> None:
        r = self.registry = CollectorRegistry()
        self.build_info = Gauge(
            "newsbrief_build_info", "Always 1; the version label", ["version"], registry=r
        )
        self.build_info.labels(version=version).set(1)
        self.feeds = Gauge("newsbrief_feeds", "Feeds by state (from the store)", ["state"], registry=r)
        self.articles_ingested = Counter(
            "newsbrief_articles_ingested", "New articles stored by ingest passes", registry=r
        )
        self.articles_briefed = Counter(
            "newsbrief_articles_briefed", "Articles briefed by ingest passes", registry=r
        )
        self.ingest_feed_failures = Counter(
            "newsbrief_ingest_feed_failures", "Feed polls that failed", registry=r
        )
        self.briefing_seconds = Histogram(
            "newsbrief_briefing_seconds",
            "Seconds to fetch and brief one article asked for in chat (brief <url>)",
            buckets=BRIEFING_BUCKETS,
            registry=r,
        )
        self.answer_seconds = Histogram(
            "newsbrief_answer_seconds", "Seconds to answer one question", buckets=ANSWER_BUCKETS, registry=r
        )
        self.digests = Counter(
            "newsbrief_digests", "Digest sends by result (sent, failed)", ["platform", "result"], registry=r
        )
        self.deliveries_pending = Gauge(
            "newsbrief_deliveries_pending",
            "Digest deliveries recorded but not yet sent (from the store)",
            registry=r,
        )
        self.platform_errors = Counter(
            "newsbrief_platform_errors",
            "Chat platform errors by kind (connect, rate_limited, send_failed, unexpected)",
            ["platform", "kind"],
            registry=r,
        )
        self.platform_connected = Gauge(
            "newsbrief_platform_connected", "1 when the platform is connected", ["platform"], registry=r
        )
        self.scheduler_leader = Gauge(
            "newsbrief_scheduler_leader", "1 when this instance runs the scheduler, 0 on standby", registry=r
        )
        for state in FEED_STATES:
            self.feeds.labels(state=state).set(0)

    def observe_ingest(self, report: Any) -> None:
        """Count one ingest pass (a poller report: ``new_articles``, ``briefed``, ``failed``)."""
        self.articles_ingested.inc(max(0, int(getattr(report, "new_articles", 0) or 0)))
        self.articles_briefed.inc(max(0, int(getattr(report, "briefed", 0) or 0)))
        self.ingest_feed_failures.inc(len(getattr(report, "failed", ()) or ()))

    def refresh_from_store(self, store: Any) -> None:
        """Set the gauges read from the store (feeds by state, pending deliveries). Blocking."""
        counts = dict.fromkeys(FEED_STATES, 0)
        for f in store.list_feeds():
            if f.disabled:
                counts["disabled"] += 1
            elif f.consecutive_failures:
                counts["failing"] += 1
            elif f.last_success_at:
                counts["ok"] += 1
            else:
                counts["not_fetched"] += 1
        for state, n in counts.items():
            self.feeds.labels(state=state).set(n)
        self.deliveries_pending.set(len(store.pending_deliveries()))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def error_kind(exc: BaseException) -> str:
    """A small, fixed set of label values for platform errors (never free text)."""
    if getattr(exc, "retry_after", None) is not None:
        return "rate_limited"
    from newsbrief.bot.adapters.base import DeliveryError

    return "send_failed" if isinstance(exc, DeliveryError) else "unexpected"


def adapter_connected(adapter: Any) -> bool:
    """Whether a started adapter is connected now, from what each adapter exposes."""
    inner = getattr(adapter, "inner", adapter)
    failures = getattr(inner, "sync_failures", 0)  # Matrix: consecutive failed syncs
    if isinstance(failures, int) and failures > 0:
        return False
    if getattr(inner, "platform", "") == "slack":
        return getattr(inner, "socket", None) is not None or getattr(inner, "http", None) is not None
    return True


async def readiness(app: Any) -> tuple[bool, dict[str, Any]]:
    """``(ready, details)`` for ``/readyz``: store reachable, platforms connected, scheduler role."""
    details: dict[str, Any] = {}
    ready = True
    if app.store is None:
        details["store"] = "not open"
        ready = False
    else:
        try:
            await asyncio.wait_for(AsyncStore(app.store).get_kv("monitoring:ping"), STORE_TIMEOUT_S)
            details["store"] = "ok"
        except Exception as exc:  # any failure to answer is "not ready", with its reason
            details["store"] = f"unreachable: {type(exc).__name__}: {exc}"[:300]
            ready = False
    platforms: dict[str, str] = {}
    started: Mapping[str, Any] = app.adapters if getattr(app, "started", False) else {}
    for ch in app.config.channels:
        if ch.platform in platforms:
            continue
        adapter = started.get(ch.platform)
        if adapter is None:
            platforms[ch.platform] = "not connected"
        else:
            platforms[ch.platform] = "connected" if adapter_connected(adapter) else "disconnected"
    details["platforms"] = platforms
    if any(state != "connected" for state in platforms.values()):
        ready = False
    scheduler = app.scheduler
    if scheduler is None:
        details["scheduler"] = "not started"
        ready = False
    else:
        details["scheduler"] = "leader" if scheduler.is_leader else "standby"
    details["ready"] = ready
    return ready, details


class MonitoringServer:
    """The HTTP endpoint. ``start()`` binds (port 0 picks a free port, then ``self.port``)."""

    def __init__(self, app: Any, metrics: Metrics, host: str, port: int) -> None:
        self.app = app
        self.metrics = metrics
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        web_app = web.Application()
        web_app.router.add_get("/healthz", self._healthz)
        web_app.router.add_get("/readyz", self._readyz)
        web_app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError:
            await runner.cleanup()
            raise
        self._runner = runner
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or ()
        if sockets:
            self.port = sockets[0].getsockname()[1]
        logger.info("monitoring on http://%s:%d (/healthz /readyz /metrics)", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _readyz(self, request: web.Request) -> web.Response:
        ready, details = await readiness(self.app)
        return web.json_response(details, status=200 if ready else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        store = self.app.store
        if store is not None:
            try:
                await asyncio.wait_for(
                    AsyncStore(store).run(self.metrics.refresh_from_store), STORE_TIMEOUT_S
                )
            except Exception:
                logger.warning("metrics: reading the store failed", exc_info=True)
        for platform in {ch.platform for ch in self.app.config.channels}:
            adapter = self.app.adapters.get(platform) if getattr(self.app, "started", False) else None
            connected = adapter is not None and adapter_connected(adapter)
            self.metrics.platform_connected.labels(platform=platform).set(1 if connected else 0)
        if self.app.scheduler is not None:
            self.metrics.scheduler_leader.set(1 if self.app.scheduler.is_leader else 0)
        body = self.metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
