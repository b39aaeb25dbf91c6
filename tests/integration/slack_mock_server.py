"""A loopback Slack for tests: the Web API methods newsbrief calls and the Socket Mode WebSocket.

Runs an ``aiohttp.web`` server on 127.0.0.1, port 0, in the test's event loop::

    server = SlackMockServer()
    await server.start()
    client = AsyncWebClient(token="xoxb-test", base_url=server.base_url)   # .../api/
    ...
    await server.stop()

Web API (``POST /api/<method>`` with form or JSON bodies, or ``GET`` with a query, ``Authorization: Bearer``):
``auth.test``, ``chat.postMessage`` (checks Slack's 50-block and 3,000-character section limits
and answers ``invalid_blocks`` otherwise, like Slack), ``chat.update``, ``conversations.history``
(message metadata only with ``include_all_metadata``) and ``apps.connections.open``, which needs an
``xapp-`` token and returns a ``ws://`` URL to this server's Socket Mode endpoint (``/link/``).
Every call is recorded (:attr:`calls`) with its arguments and arrival time. :meth:`fail` makes the
next calls of a method fail with a status (429 with ``Retry-After``, 500, ...).
``response_url`` posts land on ``/respond/<id>`` and are recorded as method ``response_url``.

Socket Mode: a new WebSocket gets a ``hello``; :meth:`send_envelope` sends an envelope on the
newest connection and :meth:`wait_ack` waits for the client's acknowledgement;
:meth:`send_disconnect` sends Slack's ``disconnect`` message; :meth:`drop_connections` closes the
sockets; with :attr:`blackhole` set, the next connection is accepted and then ignored (no hello,
no pongs), the way a half-dead connection looks to the client.

Events for the HTTP mode are signed with :func:`signed_headers` (the scheme
``slack_sdk.signature.SignatureVerifier`` checks).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import WSMsgType, web

from newsbrief.bot.adapters.slack import SlackAdapter

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0000001"
APP_ID = "A0000001"


@dataclass(frozen=True)
class Call:
    """One request the server received."""

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    at: float  # time.monotonic()


@dataclass
class Failure:
    status: int
    error: str
    retry_after: int | str | None  # seconds, or an HTTP date
    times: int
    body: str | None = None


@dataclass
class _Conn:
    ws: web.WebSocketResponse
    ticket: str
    opened_at: float = field(default_factory=time.monotonic)


def signed_headers(
    secret: str, body: str, timestamp: int | None = None, *, retry_num: int | None = None
) -> dict[str, str]:
    """Headers Slack sends with an HTTP event: ``v0=`` HMAC-SHA256 of ``v0:<ts>:<body>``."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    sig = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    headers = {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={sig}",
    }
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return headers


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    """An Events API ``event_callback`` body around ``event`` (what HTTP posts and Socket Mode wraps)."""
    return {
        "token": "legacy-verification-token",
        "team_id": TEAM_ID,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


class SlackMockServer:
    """See the module docstring."""

    def __init__(self, *, bot_user_id: str = BOT_USER_ID, bot_id: str = BOT_ID) -> None:
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.acks: dict[str, dict[str, Any]] = {}
        self.blackhole = False
        self.connections: list[_Conn] = []
        self.connections_opened = 0
        self._failures: dict[str, list[Failure]] = {}
        self._ts = itertools.count(1)
        self._tickets = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.history_page_cap = 999  # conversations.history messages per call at most

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_get("/link/", self._websocket)
        app.router.add_post("/respond/{rid}", self._respond)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for conn in self.connections:
            await conn.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, rid: str = "1") -> str:
        return f"http://127.0.0.1:{self.port}/respond/{rid}"

    # ------------------------------------------------------------------ programming and inspection

    def fail(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int | str | None = None,
        times: int = 1,
        error: str = "ratelimited",
        body: str | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail with ``status`` (and ``Retry-After``)."""
        self._failures.setdefault(method, []).append(Failure(status, error, retry_after, times, body))

    def clear_failures(self) -> None:
        self._failures.clear()

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def posted(self, channel: str | None = None) -> list[dict[str, Any]]:
        """Messages posted (``chat.postMessage``), oldest first, in one channel or all."""
        if channel is not None:
            return list(self.messages.get(channel, []))
        return [m for msgs in self.messages.values() for m in msgs]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        """Wait until ``predicate()`` holds (checked after every request and message)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    async def wait_for_calls(self, method: str, n: int = 1, timeout: float = 5.0) -> list[Call]:
        await self.wait_for(lambda: len(self.calls_to(method)) >= n, timeout)
        return self.calls_to(method)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ------------------------------------------------------------------ Web API

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _read_args(request)
        self.calls.append(Call(method, args, dict(request.headers), time.monotonic()))
        try:
            return await self._answer(method, args, request)
        finally:
            await self._notify()

    async def _answer(self, method: str, args: dict[str, Any], request: web.Request) -> web.Response:
        failures = self._failures.get(method)
        if failures:
            f = failures[0]
            f.times -= 1
            if f.times <= 0:
                failures.pop(0)
            headers = {"Retry-After": str(f.retry_after)} if f.retry_after is not None else {}
            if f.body is not None:
                return web.Response(status=f.status, text=f.body, headers=headers)
            return web.json_response({"ok": False, "error": f.error}, status=f.status, headers=headers)

        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        want = "xapp-" if method == "apps.connections.open" else "xoxb-"
        if not token.startswith(want):
            return web.json_response(
                {"ok": False, "error": "not_allowed_token_type" if token else "not_authed"}
            )
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return web.json_response({"ok": False, "error": "unknown_method"})
        body: dict[str, Any] = handler(args)
        return web.json_response(body)

    def _m_auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": "https://newsbrief-test.slack.com/",
            "team": "newsbrief test",
            "user": "newsbrief",
            "team_id": TEAM_ID,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _m_apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        self.connections_opened += 1
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?ticket=t{next(self._tickets)}"}

    def _m_chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = args.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if channel.startswith("CNOTIN"):
            return {"ok": False, "error": "not_in_channel"}
        blocks = args.get("blocks") or []
        if not args.get("text") and not blocks:
            return {"ok": False, "error": "no_text"}
        if len(args.get("text") or "") > 40_000:
            return {"ok": False, "error": "msg_too_long"}
        problem = _check_blocks(blocks)
        if problem:
            return {"ok": False, "error": "invalid_blocks", "errors": [problem]}
        n = next(self._ts)
        ts = f"{1700000000 + n}.{n:06d}"
        msg = {
            "type": "message",
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "ts": ts,
            "text": args.get("text", ""),
            "blocks": blocks,
        }
        for key in ("thread_ts", "metadata", "unfurl_links", "unfurl_media"):
            if key in args:
                msg[key] = args[key]
        self.messages.setdefault(channel, []).append(msg)
        return {"ok": True, "channel": channel, "ts": ts, "message": msg}

    def _m_chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        for msg in self.messages.get(args.get("channel", ""), []):
            if msg["ts"] == args.get("ts"):
                msg.update({k: v for k, v in args.items() if k in ("text", "blocks")})
                return {"ok": True, "channel": args["channel"], "ts": msg["ts"]}
        return {"ok": False, "error": "message_not_found"}

    def _m_conversations_history(self, args: dict[str, Any]) -> dict[str, Any]:
        """Newest first; ``oldest``/``latest`` (exclusive unless ``inclusive``), ``limit`` capped at
        ``history_page_cap`` (Slack: 15 for apps outside its Marketplace), ``cursor`` paging."""
        msgs = list(reversed(self.messages.get(args.get("channel", ""), [])))
        msgs = [m for m in msgs if "thread_ts" not in m or m["thread_ts"] == m["ts"]]
        inclusive = str(args.get("inclusive", "")).lower() in ("1", "true")
        if args.get("oldest"):
            oldest = float(args["oldest"])
            msgs = [m for m in msgs if float(m["ts"]) > oldest or (inclusive and float(m["ts"]) == oldest)]
        if args.get("latest"):
            latest = float(args["latest"])
            msgs = [m for m in msgs if float(m["ts"]) < latest or (inclusive and float(m["ts"]) == latest)]
        limit = min(int(args.get("limit", 100)), self.history_page_cap)
        start = int(str(args.get("cursor") or "offset_0").removeprefix("offset_"))
        page = msgs[start : start + limit]
        with_meta = str(args.get("include_all_metadata", "")).lower() in ("1", "true")
        out = [m if with_meta else {k: v for k, v in m.items() if k != "metadata"} for m in page]
        has_more = len(msgs) > start + limit
        body: dict[str, Any] = {"ok": True, "messages": out, "has_more": has_more}
        body["response_metadata"] = {"next_cursor": f"offset_{start + limit}" if has_more else ""}
        return body

    def add_message(self, channel: str, text: str, user: str = "U0000BOB") -> str:
        """A message from someone else in ``channel`` (its ts follows the bot's posts in time)."""
        n = next(self._ts)
        ts = f"{1700000000 + n}.{n:06d}"
        self.messages.setdefault(channel, []).append(
            {"type": "message", "user": user, "ts": ts, "text": text}
        )
        return ts

    async def _respond(self, request: web.Request) -> web.Response:
        args = await _read_args(request)
        args["rid"] = request.match_info["rid"]
        self.calls.append(Call("response_url", args, dict(request.headers), time.monotonic()))
        await self._notify()
        return web.Response(text="ok")

    # ------------------------------------------------------------------ Socket Mode

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        blackhole = self.blackhole
        self.blackhole = False
        ws = web.WebSocketResponse(autoping=not blackhole)
        await ws.prepare(request)
        conn = _Conn(ws, request.query.get("ticket", ""))
        self.connections.append(conn)
        await self._notify()
        if blackhole:
            async for _ in ws:  # pings are read and dropped (no pong), nothing is ever sent
                pass
            return ws
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self.live_connections()),
                "debug_info": {"host": "mock", "approximate_connection_time": 18060},
                "connection_info": {"app_id": APP_ID},
            }
        )
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                data = json.loads(msg.data)
                if "envelope_id" in data:
                    self.acks[data["envelope_id"]] = data
                    await self._notify()
        await self._notify()
        return ws

    def live_connections(self) -> list[_Conn]:
        return [c for c in self.connections if not c.ws.closed]

    async def wait_connected(self, n: int = 1, timeout: float = 5.0) -> None:
        """Wait until ``n`` connections were made in all and the newest is open."""
        await self.wait_for(
            lambda: len(self.connections) >= n and not self.connections[-1].ws.closed, timeout
        )

    async def send_envelope(
        self, type_: str, payload: dict[str, Any], *, retry_attempt: int = 0, envelope_id: str | None = None
    ) -> str:
        """Send an envelope (``events_api``, ``slash_commands``, ``interactive``) on the newest connection."""
        envelope_id = envelope_id or str(uuid.uuid4())
        live = self.live_connections()
        assert live, "no Socket Mode connection"
        await live[-1].ws.send_json(
            {
                "envelope_id": envelope_id,
                "payload": payload,
                "type": type_,
                "accepts_response_payload": type_ != "events_api",
                "retry_attempt": retry_attempt,
                "retry_reason": "timeout" if retry_attempt else "",
            }
        )
        return envelope_id

    async def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        await self.wait_for(lambda: envelope_id in self.acks, timeout)
        return self.acks[envelope_id]

    async def send_disconnect(self, reason: str = "refresh_requested") -> None:
        live = self.live_connections()
        assert live
        await live[-1].ws.send_json({"type": "disconnect", "reason": reason, "debug_info": {"host": "mock"}})

    async def drop_connections(self) -> None:
        for conn in self.live_connections():
            await conn.ws.close()


async def _read_args(request: web.Request) -> dict[str, Any]:
    raw = await request.text()
    ctype = request.headers.get("Content-Type", "")
    args: dict[str, Any] = dict(request.query)
    if "json" in ctype and raw:
        args.update(json.loads(raw))
    elif raw:
        args.update(dict(parse_qsl(raw, keep_blank_values=True)))
    for key in ("blocks", "metadata", "attachments"):
        if isinstance(args.get(key), str):
            with contextlib.suppress(ValueError):
                args[key] = json.loads(args[key])
    return args


def _check_blocks(blocks: Any) -> str | None:
    """What Slack would refuse in ``blocks`` (the limits newsbrief must keep), or None."""
    if not isinstance(blocks, list):
        return "blocks must be a list"
    if len(blocks) > 50:
        return f"{len(blocks)} blocks, more than 50"
    ids = [b.get("block_id") for b in blocks if b.get("block_id")]
    if len(ids) != len(set(ids)):
        return "duplicate block_id"
    for b in blocks:
        text = b.get("text") or {}
        if b.get("type") == "section" and len(text.get("text", "")) > 3000:
            return "section text longer than 3000"
        if b.get("type") == "header" and (
            text.get("type") != "plain_text" or len(text.get("text", "")) > 150
        ):
            return "header must be plain_text of at most 150 characters"
    return None


SECRET = "8f742231b10e8888abcd99yyyzzz85a5"  # the signing secret the tests give the adapter


async def post_http(
    adapter: SlackAdapter,
    body: str,
    *,
    content_type: str = "application/json",
    secret: str = SECRET,
    timestamp: int | None = None,
    retry_num: int | None = None,
) -> tuple[int, str]:
    assert adapter.http is not None
    headers = signed_headers(secret, body, timestamp, retry_num=retry_num)
    headers["Content-Type"] = content_type
    async with (
        aiohttp.ClientSession() as session,
        session.post(adapter.http.url, data=body, headers=headers) as resp,
    ):
        return resp.status, await resp.text()


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached"
        await asyncio.sleep(0.01)
