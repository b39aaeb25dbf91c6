"""The Slack chat adapter: slack-bolt's async app over Socket Mode (default) or the HTTP Events API.

What comes in
-------------
* ``app_mention`` events, direct messages (``message.im``) and replies in threads the bot started
  (a digest or a slash-command answer; their ``ts`` is kept by :class:`newsbrief.bot.answers.ThreadRoots`) become
  :class:`~newsbrief.bot.domain.IncomingMessage`; the answer goes in the message's thread (``thread_ts`` or
  ``ts``); in a DM, top-level messages are answered top-level.
* ``/newsbrief <text>``: acknowledged at once with an empty body, then answered with
  ``chat.postMessage`` at the top of the channel, so the answer is a thread the bot owns and
  follow-up questions in it are answered. Where the bot may not post (not in the channel, a DM
  between two people) the answer goes to the command's ``response_url`` as an ephemeral message.
* "More" / "Sources" buttons on digest stories: acknowledged, then turned into the message they
  stand for (:func:`newsbrief.bot.conversation.story_text`), answered by the conversation like a typed one
  and posted in the story's thread.
* Every listener only acknowledges and starts a task: the acknowledgement never waits for
  fetching, summarising or the store.
* Dedupe: one leased claim (:class:`newsbrief.bot.answers.AnswerClaims`, key ``msg:<channel>:<ts>``) per
  answered message. Every retry of an event (``X-Slack-Retry-Num``, Socket Mode
  ``retry_attempt``) and every duplicate delivery of its ``event_id`` carries the same message,
  and so does the same message arriving as both ``app_mention`` and ``message``: all are answered
  once, also after a restart (the claims live in the database). Recent ``event_id``s are also kept
  in memory, so a retry in the same process is dropped without a database write. A message is
  claimed before it is answered and the claim finished once the answer is sent; if the process
  dies in between, the lease runs out and the sweep (on start, then every half lease) answers it.
  Slash commands (``cmd:<trigger_id>``) and button presses (``act:<channel>:<trigger_id>:<action>:
  <value>``) are claimed the same way, their payload kept with the claim.
* An answer's messages are each retried on transient errors (``send_with_retries``: Retry-After
  waited up to ``reply_max_wait_s``, ``reply_attempts`` in all); if it still cannot be sent, the
  asker gets one short "could not send my answer" message (a command's asker privately, through
  its ``response_url``; a button's in the story's thread).

What goes out
-------------
* Every post is paced per channel (``pace_seconds``, default 1 s, Slack's guidance for
  ``chat.postMessage``) and retried on HTTP 429 after ``Retry-After`` (slack_sdk's rate-limit retry
  handler, at most ``max_retry_count`` times and only for waits up to ``max_retry_wait``). A post that
  still fails raises :class:`~newsbrief.bot.adapters.base.DeliveryError` (with ``retry_after`` from Slack), so
  the delivery ledger keeps the digest pending.
* Digests are posted with message ``metadata`` (``newsbrief_digest``, ``{"txn_id", "part", "parts"}``);
  the parts already posted for a ``txn_id`` are kept in the store (:class:`newsbrief.bot.delivery.PartProgress`),
  so a retried digest resumes at the missing part, and :meth:`SlackAdapter.confirm_sent` finds a digest posted before a crash in the
  channel's history (``conversations.history`` with ``include_all_metadata``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import json
import logging
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Collection, Coroutine, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from newsbrief.bot.adapters.base import AdapterUnavailable, DeliveryError, MessageHandler
from newsbrief.bot.adapters.slack.events import EventMessage, event_id_of, is_user_id, message_from_event
from newsbrief.bot.adapters.slack.transport import HttpEventsServer, SocketModeConnection
from newsbrief.bot.answers import (
    LEASE,
    SORRY_GAVE_UP,
    SORRY_UNSENT,
    AnswerClaims,
    ThreadRoots,
    send_with_retries,
)
from newsbrief.bot.config import SlackConfig
from newsbrief.bot.conversation import story_text
from newsbrief.bot.delivery import PartProgress
from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.ingest.fetch import redact_proxy
from newsbrief.bot.render.slack import (
    ACTION_MORE,
    ACTION_SOURCES,
    SlackMessage,
    SourceLink,
    escape_clipped,
    render_briefing,
    render_digest,
    render_reply_parts,
    render_sources,
    render_text,
)
from newsbrief.bot.retry_policy import RATE_LIMITED_CALLS, retry_after_header
from newsbrief.bot.store import StoreLike

logger = logging.getLogger(__name__)

PLATFORM = "slack"
DIGEST_EVENT_TYPE = "newsbrief_digest"
HISTORY_PAGE = 200  # asked per conversations.history call (Slack may return fewer: 15 for some apps)
MAX_HISTORY_PAGES = 10_000  # a guard against a cursor that never ends
HISTORY_MARGIN = timedelta(minutes=5)  # our clock against Slack's, when reading history from a slot
RECENT_EVENTS = 10_000  # event ids remembered in memory (the store's claims are the durable record)
# chat.postMessage errors after which the slash command is answered through response_url instead.
_CANNOT_POST_HERE = frozenset({"not_in_channel", "channel_not_found", "is_archived", "restricted_action"})


def _secret(value: Any) -> str:
    if value is None:
        return ""
    getter = getattr(value, "get_secret_value", None)
    return str(getter() if getter is not None else value)


def _retry_after(headers: Any) -> float | None:
    """``Retry-After`` (seconds, from a number or an HTTP date) from response headers (a dict of
    str or of lists), read by the one policy module (``newsbrief.bot.retry_policy``)."""
    return retry_after_header(dict(headers) if headers else None)


# Errors about the message itself or where it goes: sending the same message again cannot succeed.
PERMANENT_ERRORS = frozenset(
    {
        "msg_too_long",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_attachments",
        "too_many_attachments",
        "no_text",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "metadata_too_large",
        "metadata_must_be_sent_from_app",
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "restricted_action",
        "invalid_arguments",
    }
)


class SlackDeliveryError(DeliveryError):
    """A failed Web API call; ``error`` is Slack's error code (``not_in_channel``, ``ratelimited``...).

    Permanent (see :class:`~newsbrief.bot.adapters.base.DeliveryError`) for :data:`PERMANENT_ERRORS` and for an
    HTTP 4xx other than 408 and 429."""

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        error: str | None = None,
        *,
        status: int | None = None,
    ) -> None:
        permanent = error in PERMANENT_ERRORS or (
            status is not None and 400 <= status < 500 and status not in (408, 429)
        )
        super().__init__(message, retry_after, permanent=permanent)
        self.error = error
        self.status = status


class SlackStartError(NewsbriefError, RuntimeError):
    """``start`` could not connect: the token was refused (``auth.test``)."""


class SlackUnavailable(SlackStartError, AdapterUnavailable):
    """``start`` could not reach Slack (connection failed, timeout, HTTP 5xx or 429): the app tries again."""


class BoundedRateLimitRetryHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (sleeps ``Retry-After``), but only for waits up to ``max_wait`` seconds:
    a longer wait is left to the caller (the delivery ledger's back-off), not slept through.

    The wait is read as ``newsbrief.bot.retry_policy`` reads every Retry-After (delta-seconds or an HTTP
    date; slack_sdk's own reading takes only whole seconds and fails on a date)."""

    def __init__(self, max_retry_count: int = 2, max_wait: float = 30.0) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if not await super()._can_retry_async(state=state, request=request, response=response, error=error):
            return False
        wait = _retry_after(response.headers if response is not None else None)
        return wait is None or wait <= self.max_wait

    async def prepare_for_next_attempt_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        if response is None:
            raise error or RuntimeError("rate-limit retry without a response")
        state.next_attempt_requested = True
        wait = _retry_after(response.headers)
        await asyncio.sleep(RATE_LIMITED_CALLS.wait_s(state.current_attempt + 1, wait))
        state.increment_current_attempt()


class SlackAdapter:
    """See the module docstring. ``start(on_message)`` connects; ``stop()`` disconnects."""

    platform = PLATFORM

    def __init__(
        self,
        settings: SlackConfig,
        store: StoreLike,
        *,
        base_url: str | None = None,
        admins: Sequence[str] = (),
        http_host: str | None = None,
        http_port: int | None = None,
        http_path: str = "/slack/events",
        command: str = "/newsbrief",
        pace_seconds: float = 1.0,
        max_retry_count: int = 2,
        max_retry_wait: float = 30.0,
        ping_interval: float = 10.0,
        watchdog_seconds: float = 60.0,
        stop_grace_seconds: float = 10.0,
        unfurl_channels: Collection[str] = (),
        reply_attempts: int = 4,
        reply_max_wait_s: float = 300.0,
        answer_lease: timedelta | None = None,
        proxy: str | None = None,
        thread_roots: ThreadRoots | None = None,
    ) -> None:
        self.settings = settings
        self.proxy = proxy  # HTTP(S) proxy for the Web API, Socket Mode and response_url posts
        self.reply_attempts = reply_attempts
        self.reply_max_wait_s = reply_max_wait_s
        self.claims = AnswerClaims(store, PLATFORM, lease=answer_lease or LEASE)
        self.parts = PartProgress(store, PLATFORM)
        self.threads = thread_roots or ThreadRoots(store, PLATFORM)
        self._sweeper: asyncio.Task[None] | None = None
        self.unfurl_channels = frozenset(unfurl_channels)
        self.mode = settings.mode
        if self.mode not in ("socket", "http"):
            raise ValueError(f"slack mode must be socket or http, not {self.mode!r}")
        self.admins = tuple(admins)
        self.http_host = http_host or getattr(settings, "http_host", None) or "0.0.0.0"
        self.http_port = settings.http_port if http_port is None else http_port
        self.http_path = http_path
        self.command = command
        self.pace_seconds = pace_seconds
        self.ping_interval = ping_interval
        self.watchdog_seconds = watchdog_seconds
        self.stop_grace_seconds = stop_grace_seconds
        if self.mode == "socket" and watchdog_seconds <= 2 * ping_interval:
            logger.warning(
                "Slack watchdog (%.0fs) should be well above the ping interval (%.0fs)",
                watchdog_seconds,
                ping_interval,
            )
        retry_handlers: list[AsyncRetryHandler] = [
            AsyncConnectionErrorRetryHandler(max_retry_count=1),
            BoundedRateLimitRetryHandler(max_retry_count=max_retry_count, max_wait=max_retry_wait),
        ]
        client_args: dict[str, Any] = {"token": _secret(settings.bot_token), "retry_handlers": retry_handlers}
        base_url = base_url or getattr(settings, "api_url", None)
        if base_url:
            client_args["base_url"] = base_url if base_url.endswith("/") else base_url + "/"
        if proxy:
            client_args["proxy"] = proxy
        self.client = AsyncWebClient(**client_args)
        self.client.proxy = proxy  # slack_sdk reads HTTPS_PROXY by itself; only the config decides
        self.bot_user_id: str | None = None
        self.bot_id: str | None = None
        self.socket: SocketModeConnection | None = None
        self.http: HttpEventsServer | None = None
        self.app: AsyncApp | None = None
        self._on_message: MessageHandler | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._channel_locks: dict[str, asyncio.Lock] = {}
        self._last_post: dict[str, float] = {}
        self._recent_events: OrderedDict[str, None] = OrderedDict()

    @classmethod
    def from_config(
        cls,
        settings: SlackConfig,
        store: StoreLike,
        *,
        admins: Any = None,
        channels: Sequence[Any] = (),
        **options: Any,
    ) -> SlackAdapter:
        """The adapter for the ``slack:`` config section; ``admins`` is ``Config.admins`` (its
        ``slack`` list is used) or a sequence of Slack user ids; ``channels`` the configured channels
        (Slack ones with ``quiet.unfurl_links`` get link previews). ``options`` as for the constructor."""
        if admins is not None and hasattr(admins, "slack"):
            admins = admins.slack
        unfurl = [
            c.target
            for c in channels
            if c.platform == PLATFORM and getattr(getattr(c, "quiet", None), "unfurl_links", False)
        ]
        options.setdefault("unfurl_channels", unfurl)
        return cls(settings, store, admins=tuple(admins or ()), **options)

    # ------------------------------------------------------------------ lifecycle

    async def start(self, on_message: MessageHandler) -> None:
        """Check the token (``auth.test``), then connect (Socket Mode) or listen (HTTP)."""
        self._on_message = on_message
        await self._auth()
        self.app = self._build_app()
        if self.mode == "socket":
            self.socket = SocketModeConnection(
                self.app,
                _secret(self.settings.app_token),
                self.client,
                ping_interval=self.ping_interval,
                watchdog_seconds=self.watchdog_seconds,
                proxy=self.proxy,
            )
            try:
                await self.socket.connect()
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                self.socket = None
                raise SlackUnavailable(f"cannot open the Socket Mode connection: {exc!r}") from exc
        else:
            self.http = HttpEventsServer(self.app, self.http_host, self.http_port, self.http_path)
            await self.http.start()
        self._sweeper = asyncio.create_task(self.claims.run_sweeps(self._reanswer), name="slack-answer-sweep")
        via = f" via proxy {redact_proxy(self.proxy)}" if self.proxy else ""
        logger.info("Slack connected as %s (%s mode)%s", self.bot_user_id, self.mode, via)

    async def _auth(self) -> None:
        """``auth.test``: who the bot is. Raises :class:`SlackStartError` (or
        :class:`SlackUnavailable` when Slack cannot be reached)."""
        try:
            auth = await self.client.auth_test()
        except SlackApiError as exc:
            status = getattr(exc.response, "status_code", 200)
            if isinstance(status, int) and (status >= 500 or status == 429):
                raise SlackUnavailable(f"Slack answered auth.test with HTTP {status}") from exc
            raise SlackStartError(f"Slack refused the bot token: {exc.response.get('error')}") from exc
        except (SlackClientError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise SlackUnavailable(f"cannot reach Slack: {_error_text(exc)}") from exc
        self.bot_user_id = auth.get("user_id")
        self.bot_id = auth.get("bot_id")

    async def start_sending(self) -> None:
        """Connect for one-off sends (``newsbrief digest CHANNEL``): check the token, receive nothing."""
        await self._auth()
        logger.info("Slack connected as %s for sending", self.bot_user_id)

    async def stop(self) -> None:
        """Stop receiving, give running answers ``stop_grace_seconds`` to finish, cancel the rest
        (their claims stay, and their leases let the next start answer them)."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            await asyncio.wait([self._sweeper])
            self._sweeper = None
        if self.socket is not None:
            await self.socket.close()
            self.socket = None
        if self.http is not None:
            await self.http.close()
            self.http = None
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=self.stop_grace_seconds)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending)

    async def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until no answer is being worked on (tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while self._tasks:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("Slack adapter still busy")
            await asyncio.wait(set(self._tasks), timeout=remaining)

    def is_admin(self, user: str) -> bool:
        return user in self.admins

    def _spawn(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("Slack task %s failed", task.get_name(), exc_info=task.exception())

    # ------------------------------------------------------------------ bolt wiring

    def _build_app(self) -> AsyncApp:
        app = AsyncApp(
            client=self.client,
            signing_secret=_secret(self.settings.signing_secret) or "socket-mode-has-no-signing-secret",
            process_before_response=True,  # listeners only ack and spawn, so this is the fastest ack
            request_verification_enabled=self.mode == "http",
            logger=logging.getLogger("slack_bolt"),
        )
        app.event("app_mention")(self._listen_event)
        app.event("message")(self._listen_event)
        app.command(self.command)(self._listen_command)
        app.action(ACTION_MORE)(self._listen_action)
        app.action(ACTION_SOURCES)(self._listen_action)
        return app

    async def _listen_event(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._handle_event(body), f"slack-event-{event_id_of(body)}")

    async def _listen_command(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._handle_command(body), "slack-command")

    async def _listen_action(self, ack: Any, body: dict[str, Any]) -> None:
        await ack()
        self._spawn(self._handle_action(body), "slack-action")

    # ------------------------------------------------------------------ incoming

    async def _handle_event(self, body: dict[str, Any]) -> None:
        event = body.get("event") or {}
        em = message_from_event(event, self.bot_user_id, self.bot_id)
        if em is None:
            return
        event_id = event_id_of(body)
        if event_id is not None:
            if event_id in self._recent_events:
                logger.info("Slack event %s seen before; not answering again", event_id)
                return
            self._recent_events[event_id] = None
            if len(self._recent_events) > RECENT_EVENTS:
                self._recent_events.popitem(last=False)
        root: str | None = None
        if em.thread_ts:
            root = await self.threads.root(em.channel, em.thread_ts)
            if root is None and em.needs_our_thread:
                return  # a reply in somebody else's thread, without a mention
        key = f"msg:{em.channel}:{em.ts}"
        if not await self.claims.claim(key, {**dataclasses.asdict(em), "root": root}):
            logger.info("Slack message %s in %s answered before (event %s)", em.ts, em.channel, event_id)
            return  # a retry, a duplicate, or the same message delivered as another event
        await self._answer_claimed(key, em, root)

    async def _answer_claimed(self, key: str, em: EventMessage, root: str | None) -> None:
        """Answer a claimed message, then finish its claim."""
        await self.claims.answer(key, self._answer(em, root))

    async def _reanswer(self, key: str, payload: dict[str, Any], give_up: bool) -> None:
        """The sweep's callback: answer a message, command or button press claimed before a
        crash, from its payload."""
        kind = payload.get("kind", "message")
        if kind == "command":
            body = payload.get("body") or {}
            if give_up:
                channel = ChannelRef(PLATFORM, str(body.get("channel_id") or ""))
                intro = _command_intro(str(body.get("user_id") or ""), str(body.get("text") or ""))
                await self._respond_ephemeral(
                    str(body.get("response_url") or ""), Reply(channel=channel, text=SORRY_GAVE_UP), intro
                )
                return
            await self._answer_command(body)
            return
        if kind == "action":
            press = payload.get("press") or {}
            if give_up:
                await self._say_sorry_in(str(press.get("channel")), press.get("thread"), SORRY_GAVE_UP)
                return
            await self._answer_action(press)
            return
        fields = {f.name for f in dataclasses.fields(EventMessage)}
        em = EventMessage(**{k: v for k, v in payload.items() if k in fields})
        if give_up:
            await self._say_sorry(em, SORRY_GAVE_UP)
            return
        await self._answer(em, payload.get("root"))

    async def _say_sorry(self, em: EventMessage, text: str) -> None:
        """One short message to the asker, in the answer's place; a failure is only logged."""
        await self._say_sorry_in(em.channel, em.reply_thread, text)

    async def _say_sorry_in(self, channel_id: str, thread_ts: str | None, text: str) -> None:
        try:
            await self._post(channel_id, render_text(text), thread_ts=thread_ts)
        except DeliveryError as exc:
            logger.error("could not tell the asker in %s that the answer failed: %s", channel_id, exc)

    async def _answer(self, em: EventMessage, root: str | None) -> None:
        channel = ChannelRef(PLATFORM, em.channel)
        msg = IncomingMessage(
            channel=channel,
            user=em.user,
            text=em.text,
            thread=root or em.thread_ts,
            message_id=em.ts,
            is_direct=em.is_direct,
        )
        reply = await self._call_handler(msg)
        if reply is None:
            return
        try:
            await self._deliver_reply(reply, em.channel, em.reply_thread)
        except DeliveryError as exc:
            logger.error("answer to %s in %s not sent: %s", em.ts, em.channel, exc)
            reason = getattr(exc, "error", None) or "Slack did not accept it"
            await self._say_sorry(em, SORRY_UNSENT.format(reason=reason))

    async def _call_handler(self, msg: IncomingMessage) -> Reply | None:
        assert self._on_message is not None
        try:
            return await self._on_message(msg)
        except Exception:
            logger.exception("answering a Slack message in %s failed", msg.channel.id)
            return Reply(
                channel=msg.channel, thread=msg.thread, text="Sorry, something went wrong; see the log."
            )

    async def _handle_command(self, body: dict[str, Any]) -> None:
        """Claim the command with a lease (as a message), then answer it."""
        fields = {k: str(body.get(k) or "") for k in ("channel_id", "user_id", "text", "response_url")}
        key = f"cmd:{body.get('trigger_id') or uuid.uuid4().hex}"
        if not await self.claims.claim(key, {"kind": "command", "body": fields}):
            logger.info("Slack command %s answered before", key)
            return
        await self.claims.answer(key, self._answer_command(fields))

    async def _answer_command(self, body: dict[str, Any]) -> None:
        channel_id = str(body.get("channel_id") or "")
        user = str(body.get("user_id") or "")
        text = str(body.get("text") or "")
        channel = ChannelRef(PLATFORM, channel_id)
        msg = IncomingMessage(channel=channel, user=user, text=text, is_direct=channel_id.startswith("D"))
        reply = await self._call_handler(msg)
        if reply is None:
            if text.strip():
                return  # done, nothing to add (``digest now`` posted the digest itself)
            reply = Reply(channel=channel, text="Try `/newsbrief help`.")
        intro = _command_intro(user, text)
        try:
            first = await self._deliver_reply(reply, channel_id, None, intro=intro, remember_root=True)
            logger.debug("answered %s in %s as %s", self.command, channel_id, first)
        except SlackDeliveryError as exc:
            response_url = str(body.get("response_url") or "")
            if exc.error in _CANNOT_POST_HERE:
                await self._respond_ephemeral(response_url, reply, intro)
                return
            # Sent nowhere after the retries: tell the asker, privately, through the command's own URL.
            logger.error("answer to %s in %s not sent: %s", self.command, channel_id, exc)
            sorry = Reply(
                channel=channel, text=SORRY_UNSENT.format(reason=exc.error or "Slack did not accept it")
            )
            await self._respond_ephemeral(response_url, sorry, intro)

    async def _respond_ephemeral(self, response_url: str, reply: Reply, intro: dict[str, Any]) -> None:
        if not response_url:
            return
        parts = self._reply_messages(reply)
        blocks = [intro] + [b for p in parts for b in p.blocks][:49]
        text = parts[0].text if parts else ""
        webhook = AsyncWebhookClient(response_url, proxy=self.proxy)
        webhook.proxy = self.proxy  # not HTTPS_PROXY from the environment unless the config says so
        resp = await webhook.send(text=text, blocks=blocks, response_type="ephemeral")
        if resp.status_code != 200:
            logger.warning("response_url answered %s", resp.status_code)

    async def _handle_action(self, body: dict[str, Any]) -> None:
        """Claim the button press with a lease (as a message), then answer it in its thread."""
        actions = body.get("actions") or []
        if not actions:
            return
        action = actions[0]
        channel_id = str(
            (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
        )
        message = body.get("message") or {}
        thread = (
            message.get("thread_ts") or message.get("ts") or (body.get("container") or {}).get("message_ts")
        )
        press = {
            "channel": channel_id,
            "thread": thread,
            "user": str((body.get("user") or {}).get("id") or ""),
            "action_id": str(action.get("action_id") or ""),
            "value": str(action.get("value") or ""),
        }
        ident = body.get("trigger_id") or action.get("action_ts") or uuid.uuid4().hex
        key = f"act:{channel_id}:{ident}:{press['action_id']}:{press['value']}"
        if not await self.claims.claim(key, {"kind": "action", "press": press}):
            logger.info("Slack button press %s answered before", key)
            return
        await self.claims.answer(key, self._answer_action(press))

    async def _answer_action(self, press: dict[str, Any]) -> None:
        """A button press becomes the message it stands for (:func:`newsbrief.bot.conversation.story_text`),
        answered by the conversation like a typed one, in the story's thread."""
        channel_id = str(press.get("channel") or "")
        thread = press.get("thread")
        try:
            story_id = int(press.get("value", ""))
        except ValueError:
            return
        view = "more" if press.get("action_id") == ACTION_MORE else "sources"
        root = (await self.threads.root(channel_id, str(thread)) if thread else None) or thread
        msg = IncomingMessage(
            channel=ChannelRef(PLATFORM, channel_id),
            user=str(press.get("user") or ""),
            text=story_text(story_id, view),
            thread=root,
        )
        reply = await self._call_handler(msg)
        if reply is None:
            return
        try:
            await self._deliver_reply(reply, channel_id, thread)
        except DeliveryError as exc:
            logger.error("answer to a button in %s not sent: %s", channel_id, exc)
            reason = getattr(exc, "error", None) or "Slack did not accept it"
            await self._say_sorry_in(channel_id, thread, SORRY_UNSENT.format(reason=reason))

    # ------------------------------------------------------------------ outgoing

    async def send_reply(self, reply: Reply) -> str:
        """Send ``reply`` in ``reply.thread`` (top level when None); the first message's ts."""
        return await self._deliver_reply(reply, reply.channel.id, reply.thread)

    def _reply_messages(self, reply: Reply) -> list[SlackMessage]:
        view = reply.extra.get("view")
        if view is not None and len(reply.briefings) == 1 and not reply.text and reply.answer is None:
            # one story of a digest (:meth:`newsbrief.bot.conversation.Conversation._story`)
            if view == "sources":
                rows = json.loads(reply.extra.get("links") or "[]")
                links = [SourceLink(title=r[0], url=r[1], source=r[2]) for r in rows]
                return [render_sources(reply.briefings[0], links)]
            return [render_briefing(reply.briefings[0], link=reply.extra.get("link"))]
        return render_reply_parts(reply.text, reply.answer, reply.briefings)

    async def _deliver_reply(
        self,
        reply: Reply,
        channel_id: str,
        thread_ts: str | None,
        *,
        intro: dict[str, Any] | None = None,
        remember_root: bool = False,
    ) -> str:
        """Post a reply's messages (text or answer, briefings, then a digest); returns the digest's
        first message id when there is a digest (the id its thread is known by), else the first one.

        Top-level answers to a slash command (``remember_root``) and top-level digests become threads
        of ours. A digest posted inside a thread makes that thread one of ours too, known by the
        digest's first message, so follow-up questions there are answered from that digest.
        """
        messages = self._reply_messages(reply)
        digest_start = len(messages)
        if reply.digest is not None:
            messages += render_digest(reply.digest)
        if not messages:
            messages = [render_text("(nothing to say)")]
        if intro is not None:
            first = messages[0]
            messages[0] = SlackMessage(text=first.text, blocks=[intro, *first.blocks][:50])
        ids: list[str] = []
        for m in messages:
            # Each message on its own: a retry never repeats one that went through.
            post = functools.partial(self._post, channel_id, m, thread_ts=thread_ts)
            ids.append(
                await send_with_retries(post, attempts=self.reply_attempts, max_wait_s=self.reply_max_wait_s)
            )
        key_id = ids[digest_start] if reply.digest is not None else ids[0]
        if thread_ts is None and (remember_root or reply.digest is not None):
            for ts in ids:
                await self.threads.remember(channel_id, ts, key_id)
        elif thread_ts is not None and reply.digest is not None:
            await self.threads.remember(channel_id, thread_ts, key_id)
        return key_id

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        """Post ``digest`` (one or more messages) and return the first message's ts.

        Parts already posted under ``txn_id`` (kept in the store) are not posted again.
        """
        messages = render_digest(digest)

        async def send(part: int, message: SlackMessage) -> str:
            metadata = {
                "event_type": DIGEST_EVENT_TYPE,
                "event_payload": {"txn_id": txn_id, "part": part, "parts": len(messages)},
            }
            return await self._post(channel.id, message, metadata=metadata)

        async def remember(ts: str, first: str) -> None:
            await self.threads.remember(channel.id, ts, first)

        return await self.parts.post(txn_id, messages, send, on_posted=remember)

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        """The first message of the digest posted with ``txn_id``, when all its parts are on Slack.

        Looks in the store first, then in the channel's history (message metadata) from ``since``
        (the digest's slot, less :data:`HISTORY_MARGIN` for clock skew) onward, following the
        cursor until the history is exhausted, however many messages came after the digest and
        however few Slack returns per call. Parts found are recorded, so a following
        ``post_digest`` posts only the missing ones. Raises ``DeliveryError`` when the history
        cannot be read (not sure: don't re-post yet).
        """
        done = await self.parts.complete(txn_id)
        if done is not None:
            return done
        oldest = f"{(since - HISTORY_MARGIN).timestamp():.6f}" if since is not None else None
        found: dict[int, str] = {}
        parts = 0
        cursor: str | None = None
        for _ in range(MAX_HISTORY_PAGES):
            try:
                resp = await self.client.conversations_history(
                    channel=channel.id,
                    limit=HISTORY_PAGE,
                    include_all_metadata=True,
                    oldest=oldest,
                    cursor=cursor,
                )
            except (SlackClientError, aiohttp.ClientError, TimeoutError) as exc:
                raise DeliveryError(
                    f"conversations.history failed: {_error_text(exc)}", _exc_retry_after(exc)
                ) from exc
            for m in resp.get("messages") or []:
                meta = m.get("metadata") or {}
                payload = meta.get("event_payload") or {}
                if meta.get("event_type") == DIGEST_EVENT_TYPE and payload.get("txn_id") == txn_id:
                    found[int(payload.get("part", 0))] = str(m["ts"])
                    parts = int(payload.get("parts", 1))
            cursor = (resp.get("response_metadata") or {}).get("next_cursor") or None
            if (parts and len(found) >= parts) or not resp.get("has_more") or not cursor:
                break
        else:
            raise DeliveryError(f"conversations.history of {channel.id}: more than {MAX_HISTORY_PAGES} pages")
        if not found or 0 not in found:
            return None
        ordered: list[str] = []
        for i in range(parts):
            if i not in found:
                break
            ordered.append(found[i])
        await self.parts.record(txn_id, ordered, parts)
        for ts in ordered:
            await self.threads.remember(channel.id, ts, ordered[0])
        return ordered[0] if len(ordered) == parts else None

    async def _post(
        self,
        channel_id: str,
        message: SlackMessage,
        *,
        thread_ts: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> str:
        """``chat.postMessage``, paced per channel; returns the ts; raises ``DeliveryError``."""
        lock = self._channel_locks.setdefault(channel_id, asyncio.Lock())
        async with lock:
            wait = self._last_post.get(channel_id, 0.0) + self.pace_seconds - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            args: dict[str, Any] = {
                "channel": channel_id,
                "text": message.text,
                "blocks": message.blocks or None,
                "unfurl_links": channel_id in self.unfurl_channels,
                "unfurl_media": channel_id in self.unfurl_channels,
            }
            if thread_ts:
                args["thread_ts"] = thread_ts
            if metadata is not None:
                args["metadata"] = metadata
            try:
                resp = await _call(self.client.chat_postMessage(**args))
            finally:
                self._last_post[channel_id] = time.monotonic()
        return str(resp["ts"])


def _command_intro(user: str, text: str) -> dict[str, Any]:
    """The context block that says who asked what, above a slash command's answer."""
    asked = f"/newsbrief {text}".strip()
    who = f"<@{user}> asked: " if is_user_id(user) else "Asked: "
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": who + "`" + escape_clipped(asked, 2000).replace("`", "'") + "`"}
        ],
    }


async def _call(request: Awaitable[Any]) -> Any:
    """Await a Web API call; every failure becomes ``DeliveryError`` (with Slack's Retry-After)."""
    try:
        return await request
    except (SlackClientError, aiohttp.ClientError, TimeoutError, ValueError) as exc:
        code = (
            exc.response.get("error")
            if isinstance(exc, SlackApiError) and isinstance(exc.response.data, dict)
            else None
        )
        status = getattr(exc.response, "status_code", None) if isinstance(exc, SlackApiError) else None
        raise SlackDeliveryError(
            f"Slack post failed: {_error_text(exc)}",
            _exc_retry_after(exc),
            code,
            status=status if isinstance(status, int) else None,
        ) from exc


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", "?")
        error = exc.response.get("error") if isinstance(exc.response.data, dict) else None
        return f"HTTP {status}: {error or 'no error field'}"
    return f"{type(exc).__name__}: {exc}"


def _exc_retry_after(exc: BaseException) -> float | None:
    if isinstance(exc, SlackApiError):
        return _retry_after(getattr(exc.response, "headers", None))
    return None
