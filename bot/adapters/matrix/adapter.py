"""The Matrix chat adapter, on matrix-nio's ``AsyncClient`` (end-to-end encryption through vodozemac).

What it does, and where the guarantees come from:

* **Login, same device across restarts** (:mod:`newsbrief.bot.adapters.matrix.login`): an
  access token checked with ``whoami``, or a password login whose token and device id are saved
  (0600) and reused; the key database in ``store_path`` is created 0600, and every file there is
  made 0600 again after login (the folder is created 0700).
* **Sync token persisted by us.** nio only persists ``next_batch`` when an encryption store is
  loaded, and then *before* the events are handled; we save it in the store's key-value table
  (``matrix:<user>:next_batch``) only after every event of that sync has been claimed and queued,
  and pass it back with ``since=``. Events are claimed with a lease (:class:`newsbrief.bot.answers.AnswerClaims`)
  so a sync replayed after a crash answers nothing twice, and a message claimed by a process that
  died before answering is answered by the sweep once its lease runs out. An answer that cannot be
  sent is replaced by one short "could not send my answer" message. The first sync after a restart asks for the
  full state (nio needs the rooms' state to encrypt) and starts from the saved token; with no saved
  token (first start ever) its timeline is dropped, so history is never answered.
* **Who may add the bot.** Invites are accepted only from users allowed by
  ``MatrixConfig.inviter_allowed`` (exact id, ``:server``, glob); others are logged and left alone.
  Rooms that are channel targets in the configuration are joined on start (aliases resolved).
* **Channel ids.** ``IncomingMessage.channel.id`` is the channel target as configured (the
  ``#alias:server`` when the channel names an alias), else the room id (``!id:server``); sends
  accept either.
* **What it answers.** In a direct room (the bot and one person, joined) every text message; elsewhere
  a text message that mentions the bot (``m.mentions.user_ids``, its user id or display name in the
  body), starts with the command prefix, or replies in the thread of a message the bot posted (a
  digest, under any of its parts). The bot's threads (message id -> the thread's root, a digest's
  first part) are kept in the store by :class:`newsbrief.bot.answers.ThreadRoots` (``matrix:thread:<channel>:
  <event>``), so they are known after a restart and to another instance; a thread not recorded there
  (posted by an older version) is asked of the homeserver. Its own messages, notices (other bots),
  edits and messages it cannot decrypt are not answered. The answer goes in a thread (``m.thread``
  with the reply fallback for clients without threads): the message's thread when it was in one,
  else a new thread under the question; the conversation is told the thread's root.
* **Sends.** Every message is an ``m.notice`` rendered by :mod:`newsbrief.bot.render.matrix` (escaped HTML
  and a plain body, ``"m.mentions": {}``). Sends use a transaction id; for digests it is the
  delivery's stored ``txn_id``, and Synapse returns the original event for a repeated transaction
  id from the same device, so a retried send is not doubled. ``M_LIMIT_EXCEEDED``/429 is waited out
  (``retry_after_ms``, at most ``max_retry_wait_s`` at a time) and a connection failure retried with
  the sync loop's back-off, within ``max_send_attempts``; then, like every other failure, it
  raises :class:`~newsbrief.bot.adapters.base.DeliveryError` (the ledger keeps the digest pending).
* **Homeserver down.** The sync loop backs off exponentially (``backoff_base_s`` doubling up to
  ``backoff_cap_s``, with jitter) and resumes from the saved token; messages sent meanwhile are in
  the next sync and are answered once.

nio's success-or-error union responses stop here: callers see return values or ``DeliveryError`` /
:class:`MatrixError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    JoinError,
    LocalProtocolError,
    MegolmEvent,
    ProfileGetDisplayNameResponse,
    RoomCreateResponse,
    RoomGetEventResponse,
    RoomMessagesResponse,
    RoomMessageText,
    RoomResolveAliasResponse,
    RoomSendResponse,
    SendRetryError,
    SyncResponse,
)
from nio.exceptions import OlmTrustError

from newsbrief.bot.adapters.base import DeliveryError, MessageHandler
from newsbrief.bot.adapters.matrix.errors import (
    MatrixError,
    MatrixUnavailable,
    is_permanent,
    server_trouble,
    short_reason,
)
from newsbrief.bot.adapters.matrix.events import (
    message_payload,
    new_txn_id,
    part_txn_id,
    strip_reply_fallback,
    thread_relation,
)
from newsbrief.bot.adapters.matrix.files import make_private
from newsbrief.bot.adapters.matrix.login import log_in
from newsbrief.bot.adapters.matrix.state import DirectRooms, SyncToken
from newsbrief.bot.answers import LEASE, SORRY_GAVE_UP, SORRY_UNSENT, AnswerClaims, ThreadRoots
from newsbrief.bot.delivery import PartProgress
from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.bot.ingest.fetch import redact_proxy
from newsbrief.bot.render.matrix import render_digest, render_reply, render_reply_parts
from newsbrief.bot.retry_policy import RATE_LIMITED_CALLS, RetryPolicy
from newsbrief.bot.store import StoreLike

if TYPE_CHECKING:
    from newsbrief.bot.config import Config, MatrixConfig

logger = logging.getLogger(__name__)

PLATFORM = "matrix"
SORRY = "Sorry, something went wrong; see the log."
OWN_EVENTS_CACHE = 10_000
_TRANSPORT_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


class MatrixAdapter:
    """The bot in Matrix rooms. ``rooms``: room ids or aliases to join on start (channel targets)."""

    platform = PLATFORM

    def __init__(
        self,
        cfg: MatrixConfig,
        store: StoreLike,
        *,
        rooms: Sequence[str] = (),
        sync_timeout_ms: int = 30_000,
        request_timeout_s: float = 60.0,
        max_send_attempts: int = 5,
        max_retry_wait_s: float = 60.0,
        backoff_base_s: float = 0.5,
        backoff_cap_s: float = 30.0,
        max_concurrent_handlers: int = 8,
        timeline_limit: int = 100,
        device_name: str = "newsbrief",
        answer_lease: timedelta | None = None,
        proxy: str | None = None,
        thread_roots: ThreadRoots | None = None,
    ) -> None:
        self.cfg = cfg
        self.proxy = proxy  # HTTP(S) proxy for the homeserver connection
        self.rooms = tuple(rooms)
        self.sync_timeout_ms = sync_timeout_ms
        self.request_timeout_s = request_timeout_s
        self.max_send_attempts = max(1, max_send_attempts)
        self.max_retry_wait_s = max_retry_wait_s
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        # syncs and sends that failed to connect: base doubling up to cap, jittered
        self._retry = RetryPolicy(
            timedelta(seconds=backoff_base_s), timedelta(seconds=backoff_cap_s), jitter=0.2
        )
        self.timeline_limit = timeline_limit
        self.device_name = device_name
        self.user_id = cfg.user_id
        self.display_name: str | None = None
        self.client: AsyncClient | None = None
        self.sync_failures = 0  # consecutive failed syncs (0 while healthy)
        self.synced = asyncio.Event()  # set after every successful sync
        self._slots = asyncio.Semaphore(max_concurrent_handlers)
        self._on_message: MessageHandler | None = None
        self._sync_task: asyncio.Task[None] | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self._next_batch: str | None = None
        self._own_events: dict[str, bool] = {}  # event id -> sent by us, as the homeserver said
        # our threads: message id -> its thread's root (a digest's first part), kept in the store
        self.threads = thread_roots or ThreadRoots(store, PLATFORM)
        self._aliases: dict[str, str] = {}  # "#alias:server" -> room id
        self._targets: dict[str, str] = {}  # room id -> channel target as configured (alias or id)
        self._mention_re: re.Pattern[str] | None = None
        self.claims = AnswerClaims(store, PLATFORM, lease=answer_lease or LEASE)
        self.parts = PartProgress(store, PLATFORM)
        self.sync_token = SyncToken(store, self.user_id)
        self.direct_rooms = DirectRooms(store, self.user_id)
        self._sweeper: asyncio.Task[None] | None = None

    @classmethod
    def from_config(cls, config: Config, store: StoreLike, **kwargs: Any) -> MatrixAdapter:
        """The adapter for ``config.matrix``, joining every Matrix channel's target on start."""
        if config.matrix is None:
            raise MatrixError("the configuration has no matrix section")
        rooms = [ch.target for ch in config.channels if ch.platform == PLATFORM]
        proxy_config = getattr(config, "proxy", None)
        if proxy_config is not None:
            kwargs.setdefault("proxy", proxy_config.for_url(config.matrix.homeserver))
        return cls(config.matrix, store, rooms=rooms, **kwargs)

    # ------------------------------------------------------------------ start / stop

    async def start(self, on_message: MessageHandler) -> None:
        """Log in, load the encryption store, do the first sync, join configured rooms, then keep
        syncing in the background. Raises :class:`MatrixError` when that first part fails."""
        self._on_message = on_message
        store_path = self._open_client()
        try:
            await self._login(store_path)
            make_private(store_path)
            self._next_batch = await self.sync_token.load()
            await self._first_sync()
            await self._load_display_name()
            await self._join_configured_rooms()
        except _TRANSPORT_ERRORS as exc:
            await self._close_failed_start()
            raise MatrixUnavailable(f"cannot reach {self.cfg.homeserver}: {exc}") from exc
        except BaseException:
            await self._close_failed_start()
            raise
        client = self._require_client()
        self._sync_task = asyncio.create_task(self._sync_loop(), name="matrix-sync")
        self._sync_task.add_done_callback(_log_end)
        self._sweeper = asyncio.create_task(
            self.claims.run_sweeps(self._reanswer), name="matrix-answer-sweep"
        )
        via = f" via proxy {redact_proxy(self.proxy)}" if self.proxy else ""
        logger.info("matrix: %s (device %s) syncing%s", self.user_id, client.device_id, via)

    async def start_sending(self) -> None:
        """Connect for one-off sends (``newsbrief digest CHANNEL``): log in and learn the rooms'
        state and members (one sync with an empty timeline, so encrypted rooms can be sent to),
        but answer nothing, keep no sync loop and leave the saved sync token alone (the running
        bot's). Raises :class:`MatrixError` (:class:`MatrixUnavailable` when unreachable)."""
        self._on_message = None
        store_path = self._open_client()
        client = self._require_client()
        try:
            await self._login(store_path)
            make_private(store_path)
            resp = await client.sync(
                timeout=0,
                full_state=True,
                sync_filter={"presence": {"not_types": ["*"]}, "room": {"timeline": {"limit": 0}}},
            )
            if not isinstance(resp, SyncResponse):
                error = MatrixUnavailable if server_trouble(resp) else MatrixError
                raise error(f"sync failed: {resp}")
            for target in self.rooms:
                with contextlib.suppress(DeliveryError):
                    self._targets[await self.room_id(target)] = target
            await self._crypto_housekeeping()
        except _TRANSPORT_ERRORS as exc:
            await self._close_failed_start()
            raise MatrixUnavailable(f"cannot reach {self.cfg.homeserver}: {exc}") from exc
        except BaseException:
            await self._close_failed_start()
            raise
        logger.info("matrix: %s (device %s) connected for sending", self.user_id, client.device_id)

    def _open_client(self) -> Path:
        """The nio client for this account and store folder (created 0700); returns the folder."""
        store_path = Path(self.cfg.store_path)
        try:
            store_path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise MatrixError(f"cannot create the Matrix store folder {store_path}: {exc}") from exc
        client_config = AsyncClientConfig(
            store_sync_tokens=False,  # we persist next_batch ourselves, after events are queued
            encryption_enabled=True,
            max_limit_exceeded=0,  # nio would retry 429s forever; we honour them with a cap
            max_timeouts=0,  # connection errors surface to us (the sync loop backs off)
            request_timeout=self.request_timeout_s,
        )
        self.client = AsyncClient(
            self.cfg.homeserver,
            self.user_id,
            store_path=str(store_path),
            config=client_config,
            proxy=self.proxy,
        )
        return store_path

    async def _close_failed_start(self) -> None:
        """Close the client of a failed start; sends meanwhile fail with "not started"."""
        client, self.client = self.client, None
        if client is not None:
            await client.close()

    async def stop(self) -> None:
        """Stop syncing, let running answers finish (up to 10 s), close the connection."""
        sweeper, self._sweeper = self._sweeper, None
        if sweeper is not None:
            sweeper.cancel()
            await asyncio.gather(sweeper, return_exceptions=True)
        task, self._sync_task = self._sync_task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        if self._handlers:
            _, pending = await asyncio.wait(set(self._handlers), timeout=10)
            for t in pending:
                t.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self.client is not None:
            await self.client.close()

    async def _login(self, store_path: Path) -> None:
        await log_in(self._require_client(), self.cfg, store_path, self.device_name)

    async def _load_display_name(self) -> None:
        resp = await self._require_client().get_displayname(self.user_id)
        if isinstance(resp, ProfileGetDisplayNameResponse) and resp.displayname:
            self.display_name = resp.displayname
        names = {self.user_id[1:], self.user_id[1:].partition(":")[0]}  # the pattern adds the "@"
        if self.display_name:
            names.add(self.display_name)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._mention_re = re.compile(rf"(?<![\w@])@?(?:{alternatives})(?![\w-])", re.IGNORECASE)

    async def _join_configured_rooms(self) -> None:
        """Join the channel targets not joined yet, then sync once so their state (encryption,
        members) is known before the first digest is sent there. Aliases are resolved here, so
        messages from those rooms carry the target as written in the configuration."""
        client = self._require_client()
        joined = False
        for target in self.rooms:
            try:
                room_id = await self.room_id(target)
            except DeliveryError as exc:
                logger.warning("matrix: configured room %s: %s", target, exc)
                continue
            self._targets[room_id] = target
            if room_id in client.rooms:
                continue
            joining = await client.join(room_id)
            if isinstance(joining, JoinError):
                logger.warning("matrix: cannot join configured room %s: %s", target, joining)
            else:
                joined = True
                logger.info("matrix: joined configured room %s (%s)", target, joining.room_id)
        if joined:
            resp = await client.sync(timeout=0, since=self._next_batch, sync_filter=self._sync_filter())
            if not isinstance(resp, SyncResponse):
                error = MatrixUnavailable if server_trouble(resp) else MatrixError
                raise error(f"sync after joining the configured rooms failed: {resp}")
            await self._process_sync(resp, answer=True)

    # ------------------------------------------------------------------ syncing

    def _sync_filter(self) -> dict[str, Any]:
        return {
            "presence": {"not_types": ["*"]},
            "room": {"timeline": {"limit": self.timeline_limit}, "ephemeral": {"not_types": ["*"]}},
        }

    async def _first_sync(self) -> None:
        client = self._require_client()
        resp = await client.sync(
            timeout=0, since=self._next_batch, full_state=True, sync_filter=self._sync_filter()
        )
        if not isinstance(resp, SyncResponse):
            error = MatrixUnavailable if server_trouble(resp) else MatrixError
            raise error(f"first sync failed: {resp}")
        # No saved token: this is the first start ever, and the timeline is history, not questions.
        await self._process_sync(resp, answer=self._next_batch is not None)

    async def _sync_loop(self) -> None:
        client = self._require_client()
        while True:
            try:
                resp: Any = await client.sync(
                    timeout=self.sync_timeout_ms, since=self._next_batch, sync_filter=self._sync_filter()
                )
            except _TRANSPORT_ERRORS as exc:
                resp = exc
            if isinstance(resp, SyncResponse):
                try:
                    await self._process_sync(resp, answer=True)
                except Exception:
                    # Our token was not saved, so the same events come again (the claims dedupe
                    # them); rewind nio too, or it skips (and does not decrypt) a response it has seen.
                    client.next_batch = self._next_batch or ""
                    self.sync_failures += 1
                    delay = self._backoff(self.sync_failures)
                    logger.exception("matrix: handling a sync failed; syncing again in %.1fs", delay)
                    await asyncio.sleep(delay)
                    continue
                if self.sync_failures:
                    logger.info("matrix: sync resumed after %d failures", self.sync_failures)
                self.sync_failures = 0
                continue
            self.sync_failures += 1
            delay = self._backoff(self.sync_failures)
            logger.warning("matrix: sync failed (%s); retry %d in %.1fs", resp, self.sync_failures, delay)
            await asyncio.sleep(delay)

    def _backoff(self, failures: int) -> float:
        return self._retry.wait_s(failures)

    async def _process_sync(self, resp: SyncResponse, *, answer: bool) -> None:
        logger.debug(
            "matrix: sync %s: %d joined rooms, %d invites",
            resp.next_batch,
            len(resp.rooms.join),
            len(resp.rooms.invite),
        )
        for room_id, invite in resp.rooms.invite.items():
            await self._on_invite(room_id, invite.invite_state)
        if answer:
            for room_id, info in resp.rooms.join.items():
                events = self._after_own_join(info.timeline.events)
                if info.timeline.limited and len(events) == len(info.timeline.events):
                    logger.warning(
                        "matrix: more than %d new events in %s since the last sync; older ones are not answered",
                        self.timeline_limit,
                        room_id,
                    )
                for event in events:
                    msg = await self._incoming(room_id, event)
                    if msg is None or msg.message_id is None:
                        continue
                    if not await self.claims.claim(msg.message_id, message_payload(msg)):
                        continue
                    self._spawn_answer(msg)
        # After the answers are on their way (nio's room_send queries and claims what it needs itself).
        await self._crypto_housekeeping()
        self._next_batch = resp.next_batch
        await self.sync_token.save(resp.next_batch)
        self.synced.set()

    def _after_own_join(self, events: Sequence[Any]) -> Sequence[Any]:
        """The events after the bot's own join, when the join is in this timeline: what was said
        in a room before the bot came in is history, not questions for it."""
        start = 0
        for i, event in enumerate(events):
            source = getattr(event, "source", None) or {}
            if (
                source.get("type") == "m.room.member"
                and source.get("state_key") == self.user_id
                and (source.get("content") or {}).get("membership") == "join"
                and ((source.get("unsigned") or {}).get("prev_content") or {}).get("membership") != "join"
            ):
                start = i + 1
        return events[start:]

    async def _crypto_housekeeping(self) -> None:
        """What ``sync_forever`` does after each sync: to-device messages out, keys up, query, claim."""
        client = self._require_client()
        if client.olm is None:
            return
        results: list[Any] = list(await client.send_to_device_messages())
        if client.should_upload_keys:
            results.append(await client.keys_upload())
        if client.should_query_keys:
            results.append(await client.keys_query())
        if client.should_claim_keys:
            results.append(await client.keys_claim(client.get_users_for_key_claiming()))
        for r in results:
            if getattr(r, "status_code", None) is not None:
                logger.warning("matrix: key housekeeping failed: %s", r)

    async def _on_invite(self, room_id: str, invite_state: Iterable[Any]) -> None:
        inviter = next(
            (
                e.sender
                for e in invite_state
                if isinstance(e, InviteMemberEvent)
                and e.state_key == self.user_id
                and e.membership == "invite"
            ),
            None,
        )
        if inviter is None or not self.cfg.inviter_allowed(inviter):
            logger.warning("matrix: ignoring invite to %s from %s (not an allowed inviter)", room_id, inviter)
            return
        resp = await self._require_client().join(room_id)
        if isinstance(resp, JoinError):
            logger.warning("matrix: cannot join %s (invited by %s): %s", room_id, inviter, resp)
        else:
            logger.info("matrix: joined %s, invited by %s", room_id, inviter)

    # ------------------------------------------------------------------ incoming messages

    async def _incoming(self, room_id: str, event: Any) -> IncomingMessage | None:
        """The message for the conversation, or None when the event is not addressed to the bot."""
        if isinstance(event, MegolmEvent):
            logger.warning("matrix: cannot decrypt %s in %s from %s", event.event_id, room_id, event.sender)
            return None
        if not isinstance(event, RoomMessageText) or event.sender == self.user_id:
            return None
        content = event.source.get("content") or {}
        relates = content.get("m.relates_to") or {}
        if relates.get("rel_type") == "m.replace":
            return None  # an edit: the original was answered (or not) already
        thread = relates.get("event_id") if relates.get("rel_type") == "m.thread" else None
        body = strip_reply_fallback(event.body or "")
        text = body.strip()
        addressed = False
        prefix = self.cfg.command_prefix
        if text[: len(prefix)].lower() == prefix.lower() and (
            len(text) == len(prefix) or text[len(prefix)].isspace()
        ):
            text = text[len(prefix) :]
            addressed = True
        mentions = content.get("m.mentions")
        if isinstance(mentions, dict) and self.user_id in (mentions.get("user_ids") or ()):
            addressed = True
        if self._mention_re is not None and self._mention_re.search(text):
            addressed = True
            text = self._strip_mention(text)
        room = self._require_client().rooms.get(room_id)
        is_direct = room is not None and room.joined_count == 2 and room.member_count == 2
        if not addressed and is_direct:
            addressed = True  # a room with just the bot and one person: everything is for the bot
        channel_id = self._targets.get(room_id, room_id)
        if not addressed and thread is not None:
            addressed = await self.threads.root(channel_id, thread) is not None
            if not addressed:  # not recorded (posted before thread roots were kept): ask the homeserver
                addressed = await self._is_own_event(room_id, thread)
        if not addressed:
            return None
        return IncomingMessage(
            channel=ChannelRef(PLATFORM, channel_id),
            user=event.sender,
            text=text.strip(),
            thread=thread,
            message_id=event.event_id,
            is_direct=is_direct,
        )

    def _strip_mention(self, text: str) -> str:
        """Drop the bot's name where it addresses the bot ("newsbrief: ...", "... @bot:server")."""
        assert self._mention_re is not None
        text = text.strip()
        m = self._mention_re.match(text)
        if m:
            text = text[m.end() :].lstrip(" \t:,")
        return re.sub(re.escape(self.user_id), "", text, flags=re.IGNORECASE)

    async def _is_own_event(self, room_id: str, event_id: str) -> bool:
        known = self._own_events.get(event_id)
        if known is not None:
            return known
        resp = await self._require_client().room_get_event(room_id, event_id)
        mine = isinstance(resp, RoomGetEventResponse) and resp.event.sender == self.user_id
        if isinstance(resp, RoomGetEventResponse) or getattr(resp, "status_code", None) == "M_NOT_FOUND":
            self._remember(event_id, mine)
        return mine

    def _remember(self, event_id: str, mine: bool) -> None:
        """Cache whether ``event_id`` was sent by us (bounded: the oldest entries go first)."""
        self._own_events[event_id] = mine
        while len(self._own_events) > OWN_EVENTS_CACHE:
            del self._own_events[next(iter(self._own_events))]

    def _spawn_answer(self, msg: IncomingMessage, *, give_up: bool = False) -> asyncio.Task[None]:
        task = asyncio.create_task(self._handle(msg, give_up=give_up), name=f"matrix-answer-{msg.message_id}")
        self._handlers.add(task)
        task.add_done_callback(self._handlers.discard)
        return task

    async def _handle(self, msg: IncomingMessage, *, give_up: bool = False) -> None:
        """Answer a claimed message and finish its claim (:meth:`AnswerClaims.answer`)."""
        assert msg.message_id is not None
        await self.claims.answer(msg.message_id, self._answer(msg, give_up=give_up))

    async def _answer(self, msg: IncomingMessage, *, give_up: bool) -> None:
        """Answer ``msg`` in its thread (a new one under it when it is in none). The conversation is
        told the thread's root: a question under any part of a digest is about that digest."""
        assert self._on_message is not None
        thread = msg.thread or msg.message_id
        async with self._slots:
            if give_up:
                reply: Reply | None = Reply(channel=msg.channel, thread=thread, text=SORRY_GAVE_UP)
            else:
                try:
                    root = await self.threads.root(msg.channel.id, msg.thread) if msg.thread else None
                    reply = await self._on_message(replace(msg, thread=root) if root else msg)
                except Exception:
                    logger.exception("matrix: handling %s from %s failed", msg.message_id, msg.user)
                    reply = Reply(channel=msg.channel, thread=thread, text=SORRY)
            if reply is None:
                return
            if reply.thread is not None and reply.digest is None:
                reply = replace(reply, thread=thread)  # where the asker wrote, not the thread's root
            try:
                await self._send_reply(reply, in_reply_to=msg.message_id, fallback_root=thread)
            except DeliveryError as exc:
                logger.error("matrix: answer to %s in %s not sent: %s", msg.message_id, msg.channel.id, exc)
                sorry = Reply(
                    channel=msg.channel, thread=thread, text=SORRY_UNSENT.format(reason=short_reason(exc))
                )
                try:
                    await self._send_reply(sorry, in_reply_to=msg.message_id, fallback_root=thread)
                except DeliveryError as again:
                    logger.error("matrix: could not tell %s that the answer failed: %s", msg.user, again)

    async def _reanswer(self, key: str, payload: dict[str, Any], give_up: bool) -> None:
        """The sweep's callback: answer a message claimed before a crash, from its payload."""
        if self._on_message is None:
            return
        msg = IncomingMessage(
            channel=ChannelRef(PLATFORM, str(payload["channel"])),
            user=str(payload["user"]),
            text=str(payload["text"]),
            thread=payload.get("thread"),
            message_id=key,
            is_direct=bool(payload.get("is_direct")),
        )
        await self._answer(msg, give_up=give_up)

    # ------------------------------------------------------------------ sending

    async def post_digest(self, channel: ChannelRef, digest: Digest, txn_id: str) -> str:
        """Post ``digest`` (one message, or several when one would be too large); returns the event
        id of the first. The last message is sent with transaction id ``txn_id``, each earlier part
        ``i`` with ``<txn_id>#<i>`` (:func:`part_txn_id`). A retry skips the parts recorded as posted
        (:class:`newsbrief.bot.delivery.PartProgress`) and re-sends the others under the same ids, which the
        homeserver does not double; :meth:`confirm_sent` finds ``txn_id`` only once the whole
        digest is in the room."""
        parts = render_digest(digest)

        async def send(i: int, content: dict[str, Any]) -> str:
            return await self._send(channel.id, content, part_txn_id(txn_id, i, len(parts)))

        async def remember(event_id: str, first: str) -> None:
            await self.threads.remember(channel.id, event_id, first)

        return await self.parts.post(txn_id, parts, send, on_posted=remember)

    async def send_reply(self, reply: Reply) -> str:
        """Send ``reply`` in the thread of ``reply.thread`` when set; returns the event id."""
        return await self._send_reply(reply, in_reply_to=None, fallback_root=None)

    async def _send_reply(self, reply: Reply, *, in_reply_to: str | None, fallback_root: str | None) -> str:
        channel_id = reply.channel.id
        if reply.digest is not None:
            # A digest is a new root, so questions can be asked in its thread (under any of its parts).
            ids: list[str] = []
            for content in render_reply_parts(reply):
                ids.append(await self._send(channel_id, content, new_txn_id()))
                await self.threads.remember(channel_id, ids[-1], ids[0])
            return ids[0]
        content = render_reply(reply)
        root = reply.thread or fallback_root
        if root is not None:
            content["m.relates_to"] = thread_relation(root, in_reply_to)
        event_id = await self._send(channel_id, content, new_txn_id())
        if root is None:
            await self.threads.remember(channel_id, event_id, event_id)  # a new thread of ours
        return event_id

    async def _send(self, target: str, content: dict[str, Any], txn_id: str) -> str:
        """``m.room.message`` with ``txn_id``. Rate limits are waited out and connection failures
        retried with back-off, both within ``max_send_attempts``; then, or on any other error,
        DeliveryError."""
        client = self._require_client()
        room_id = await self.room_id(target)
        for attempt in range(1, self.max_send_attempts + 1):
            try:
                resp = await client.room_send(
                    room_id,
                    "m.room.message",
                    content,
                    tx_id=txn_id,
                    ignore_unverified_devices=self.cfg.send_to_unverified_devices,
                )
            except _TRANSPORT_ERRORS as exc:
                # Safe to repeat: the homeserver returns the first event for a repeated txn id.
                if attempt < self.max_send_attempts:
                    delay = self._backoff(attempt)
                    logger.info("matrix: sending to %s failed (%r); retrying in %.1fs", room_id, exc, delay)
                    await asyncio.sleep(delay)
                    continue
                raise DeliveryError(f"sending to {room_id} failed: {exc!r}") from exc
            except (SendRetryError, OlmTrustError, LocalProtocolError) as exc:
                raise DeliveryError(f"cannot send to {room_id}: {exc}") from exc
            if isinstance(resp, RoomSendResponse):
                return str(resp.event_id)
            retry_after = resp.retry_after_ms / 1000 if resp.retry_after_ms else None
            if resp.status_code == "M_LIMIT_EXCEEDED":
                wait = RATE_LIMITED_CALLS.wait_s(attempt, retry_after)
                if attempt < self.max_send_attempts and wait <= self.max_retry_wait_s:
                    logger.info(
                        "matrix: rate limited in %s; waiting %.2fs (attempt %d)", room_id, wait, attempt
                    )
                    await asyncio.sleep(wait)
                    continue
                raise DeliveryError(f"rate limited in {room_id} after {attempt} attempts", retry_after=wait)
            raise DeliveryError(
                f"sending to {room_id} failed: {resp}", retry_after=retry_after, permanent=is_permanent(resp)
            )
        raise AssertionError("unreachable")  # pragma: no cover

    async def room_id(self, target: str) -> str:
        """The room id of a channel target (``!id:server`` as is; ``#alias:server`` resolved once;
        ``@user:server``: the direct room with that user, created when there is none)."""
        if target.startswith("@"):
            return await self._direct_room(target)
        if not target.startswith("#"):
            return target
        known = self._aliases.get(target)
        if known is not None:
            return known
        try:
            resp = await self._require_client().room_resolve_alias(target)
        except _TRANSPORT_ERRORS as exc:
            raise DeliveryError(f"cannot resolve {target}: {exc!r}") from exc
        if not isinstance(resp, RoomResolveAliasResponse):
            raise DeliveryError(f"cannot resolve {target}: {resp}")
        self._aliases[target] = resp.room_id
        return str(resp.room_id)

    async def _direct_room(self, user: str) -> str:
        """A room with just the bot and ``user`` (joined or invited): a known one, else a new direct
        room inviting ``user`` (kept in the store, so a restart finds it again). For reports to admins."""
        client = self._require_client()
        saved = await self.direct_rooms.get(user)
        if saved and saved in client.rooms:
            return saved
        for room_id, room in client.rooms.items():
            members = set(room.users) | set(room.invited_users)
            if members == {self.user_id, user}:
                await self.direct_rooms.remember(user, room_id)
                return str(room_id)
        try:
            resp = await client.room_create(is_direct=True, invite=[user])
        except _TRANSPORT_ERRORS as exc:
            raise DeliveryError(f"cannot open a direct room with {user}: {exc!r}") from exc
        if not isinstance(resp, RoomCreateResponse):
            raise DeliveryError(f"cannot open a direct room with {user}: {resp}")
        await self.direct_rooms.remember(user, resp.room_id)
        logger.info("matrix: opened direct room %s with %s", resp.room_id, user)
        return str(resp.room_id)

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        """The event the bot sent with ``txn_id`` (the first part's, for a digest in several parts),
        else None. Reads the room backwards, 100 events a page, until the events are older than
        ``since`` (less five minutes for clock skew) or the room's start.

        The homeserver shows ``unsigned.transaction_id`` only to the device that sent the event,
        which is this one (the device persists across restarts)."""
        done = await self.parts.complete(txn_id)
        if done is not None:
            return done
        client = self._require_client()
        room_id = await self.room_id(channel.id)
        floor_ms = int((since.timestamp() - 300) * 1000) if since is not None else None
        sent: dict[str, str] = {}
        start: str | None = None
        for _ in range(10_000):
            try:
                resp = await client.room_messages(room_id, start=start, limit=100)
            except _TRANSPORT_ERRORS as exc:
                raise DeliveryError(f"cannot read {room_id}: {exc!r}") from exc
            if not isinstance(resp, RoomMessagesResponse):
                raise DeliveryError(f"cannot read {room_id}: {resp}")
            older = False
            for event in resp.chunk:
                source = getattr(event, "source", {}) or {}
                if floor_ms is not None and int(source.get("origin_server_ts") or 0) < floor_ms:
                    older = True
                if source.get("sender") == self.user_id:
                    sent_txn = (source.get("unsigned") or {}).get("transaction_id")
                    if isinstance(sent_txn, str):
                        sent[sent_txn] = str(source["event_id"])
            if older or not resp.chunk or not resp.end or resp.end == start or txn_id in sent:
                break
            start = resp.end
        if txn_id not in sent:
            return None
        first = sent.get(part_txn_id(txn_id, 0, 2), sent[txn_id])  # the first part when there were several
        for sent_txn, event_id in sent.items():
            if sent_txn == txn_id or sent_txn.startswith(txn_id + "#"):
                await self.threads.remember(channel.id, event_id, first)
        return first

    def _require_client(self) -> AsyncClient:
        if self.client is None:
            raise MatrixError("the Matrix adapter is not started")
        return self.client


def _log_end(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("matrix: the sync loop stopped", exc_info=task.exception())
