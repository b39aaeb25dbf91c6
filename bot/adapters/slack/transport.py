"""How Slack reaches the bolt app: a Socket Mode connection (with a watchdog) or an HTTP endpoint.

Socket Mode. slack_sdk's aiohttp client reconnects by itself after a ``disconnect`` message, a
closed socket or missing pongs. :class:`SocketModeConnection` adds a watchdog on top: when nothing
at all (no envelope, no ``hello``, no pong) has arrived for ``watchdog_seconds``, it throws the
client away and connects a new one, which also covers a client whose own tasks have died.

HTTP. :class:`HttpEventsServer` is an ``aiohttp.web`` server with one POST route (default
``/slack/events``) for events, slash commands and interactivity; bolt verifies the signature and
refuses stale timestamps with 401 before any listener runs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

logger = logging.getLogger(__name__)


class SocketModeConnection:
    """One live Socket Mode client for ``app``, rebuilt by a watchdog when it goes quiet."""

    def __init__(
        self,
        app: AsyncApp,
        app_token: str,
        web_client: AsyncWebClient,
        *,
        ping_interval: float = 10.0,
        watchdog_seconds: float = 60.0,
        proxy: str | None = None,
    ) -> None:
        self.app = app
        self.proxy = proxy
        self.app_token = app_token
        self.web_client = web_client
        self.ping_interval = ping_interval
        self.watchdog_seconds = watchdog_seconds
        self.handler: AsyncSocketModeHandler | None = None
        self.rebuilds = 0
        self._last_seen = 0.0
        self._watchdog: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[None]] = set()

    def _build(self) -> AsyncSocketModeHandler:
        handler = AsyncSocketModeHandler(
            self.app,
            self.app_token,
            web_client=self.web_client,
            proxy=self.proxy,
            ping_interval=self.ping_interval,
        )
        handler.client.proxy = self.proxy  # slack_sdk would take HTTPS_PROXY from the environment
        handler.client.on_message_listeners.append(self._seen)
        return handler

    async def _seen(self, _message: Any) -> None:
        self._last_seen = time.time()

    def last_activity(self) -> float:
        """Wall-clock time of the last frame from Slack (message or pong)."""
        pong = self.handler.client.last_ping_pong_time if self.handler is not None else None
        return max(self._last_seen, pong or 0.0)

    async def connect(self) -> None:
        self.handler = self._build()
        self._last_seen = time.time()
        await self.handler.connect_async()
        self._watchdog = asyncio.create_task(self._watch(), name="slack-socket-watchdog")

    async def _watch(self) -> None:
        period = max(self.watchdog_seconds / 4, 0.05)
        while True:
            await asyncio.sleep(period)
            quiet = time.time() - self.last_activity()
            if quiet > self.watchdog_seconds:
                logger.warning("no Socket Mode traffic for %.0fs; rebuilding the client", quiet)
                await self._rebuild()

    async def _rebuild(self) -> None:
        """Connect a new client, then close the old one in the background (closing a dead socket
        waits for a close frame that never comes)."""
        old = self.handler
        self.handler = self._build()
        self._last_seen = time.time()
        self.rebuilds += 1
        if old is not None:
            old.client.closed = True  # its own monitor must not reconnect it meanwhile
            old.client.auto_reconnect_enabled = False
        await self.handler.connect_async()
        if old is not None:
            task = asyncio.create_task(self._close_quietly(old), name="slack-socket-close-old")
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    @staticmethod
    async def _close_quietly(handler: AsyncSocketModeHandler) -> None:
        try:
            await handler.close_async()
        except Exception:
            logger.exception("closing the old Socket Mode client failed")

    async def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
            await asyncio.wait([self._watchdog])
            self._watchdog = None
        if self.handler is not None:
            await self.handler.close_async()
            self.handler = None
        if self._closing:
            await asyncio.wait(set(self._closing), timeout=15)


class HttpEventsServer:
    """The Events API / slash command / interactivity endpoint for ``app``."""

    def __init__(self, app: AsyncApp, host: str, port: int, path: str = "/slack/events") -> None:
        self.app = app
        self.host = host
        self.port = port
        self.path = path
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        web_app = web.Application()
        web_app.router.add_post(self.path, self._handle)
        self._runner = web.AppRunner(web_app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None)
        if sockets:
            self.port = sockets[0].getsockname()[1]  # the bound port when 0 was asked for
        logger.info("Slack events endpoint on http://%s:%d%s", self.host, self.port, self.path)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"

    async def _handle(self, request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        bolt_response = await self.app.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
