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
* **Who may add the bot** (:mod:`newsbrief.bot.adapters.matrix.rooms`). Invites are accepted only
  from users allowed by ``MatrixConfig.inviter_allowed`` (exact id, ``:server``, glob); others are
  logged and left alone. Rooms that are channel targets in the configuration are joined on start
  (aliases resolved).
* **Channel ids.** ``IncomingMessage.channel.id`` is the channel target as configured (the
  ``#alias:server`` when the channel names an alias), else the room id (``!id:server``); sends
  accept either.
* **What it answers** (:mod:`newsbrief.bot.adapters.matrix.addressing`). In a direct room every text
  message; elsewhere one that mentions the bot, starts with the command prefix, or replies in the
  thread of a message the bot posted (a digest, under any of its parts). The bot's threads (message
  id -> the thread's root, a digest's first part) are kept in the store by
  :class:`newsbrief.bot.answers.ThreadRoots` (``matrix:thread:<channel>:<event>``), so they are known
  after a restart and to another instance. The answer goes in a thread (``m.thread`` with the reply
  fallback for clients without threads): the message's thread when it was in one, else a new thread
  under the question; the conversation is told the thread's root.
* **Sends** (:mod:`newsbrief.bot.adapters.matrix.sending`). Every message is an ``m.notice`` rendered
  by :mod:`newsbrief.bot.render.matrix` (escaped HTML and a plain body, ``"m.mentions": {}``). Sends
  use a transaction id; for digests it is the delivery's stored ``txn_id``, so a retried send is not
  doubled. Rate limits and connection failures are retried within ``max_send_attempts``; then, like
  every other failure, the send raises :class:`~newsbrief.bot.adapters.base.DeliveryError` (the
  ledger keeps the digest pending).
* **Homeserver down.** The sync loop backs off exponentially (``backoff_base_s`` doubling up to
  ``backoff_cap_s``, with jitter) and resumes from the saved token; messages sent meanwhile are in
  the next sync and are answered once.

nio's success-or-error union responses stop here: callers see return values or ``DeliveryError`` /
:class:`MatrixError`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nio import AsyncClient, AsyncClientConfig, SyncResponse

from newsbrief.bot.adapters.base import DeliveryError, MessageHandler
from newsbrief.bot.adapters.matrix.addressing import Addressing, after_own_join
from newsbrief.bot.adapters.matrix.errors import (
    TRANSPORT_ERRORS,
    MatrixError,
    MatrixUnavailable,
    checked_sync,
    short_reason,
)
from newsbrief.bot.adapters.matrix.events import (
    PLATFORM,
    message_payload,
    new_txn_id,
    part_txn_id,
    thread_relation,
)
from newsbrief.bot.adapters.matrix.files import make_private
from newsbrief.bot.adapters.matrix.login import log_in
from newsbrief.bot.adapters.matrix.rooms import RoomDirectory
from newsbrief.bot.adapters.matrix.sending import Sender
from newsbrief.bot.adapters.matrix.state import DirectRooms, SyncToken
from newsbrief.bot.adapters.matrix.sync import SEND_ONLY_FILTER, crypto_housekeeping, sync_filter
from newsbrief.bot.answers import LEASE, SORRY_GAVE_UP, SORRY_UNSENT, AnswerClaims, ThreadRoots
from newsbrief.bot.delivery import PartProgress
from newsbrief.bot.domain import ChannelRef, Digest, IncomingMessage, Reply
from newsbrief.bot.ingest.fetch import redact_proxy
from newsbrief.bot.render.matrix import render_digest, render_reply, render_reply_parts
from newsbrief.bot.retry_policy import RetryPolicy
from newsbrief.bot.store import StoreLike

if TYPE_CHECKING:
    from newsbrief.bot.config import Config, MatrixConfig

logger = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong; see the log."


class MatrixAdapter:
    """The bot in Matrix rooms: the nio client, the sync loop and the answers. ``rooms``: room ids
    or aliases to join on start (channel targets). Which messages are for the bot is
    :class:`Addressing`'s to say; room ids are :class:`RoomDirectory`'s, sending :class:`Sender`'s."""

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
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        # syncs and sends that failed to connect: base doubling up to cap, jittered
        self._retry = RetryPolicy(
            timedelta(seconds=backoff_base_s), timedelta(seconds=backoff_cap_s), jitter=0.2
        )
        self.timeline_limit = timeline_limit
        self.device_name = device_name
        self.user_id = cfg.user_id
        self.client: AsyncClient | None = None
        self.sync_failures = 0  # consecutive failed syncs (0 while healthy)
        self.synced = asyncio.Event()  # set after every successful sync
        self._slots = asyncio.Semaphore(max_concurrent_handlers)
        self._on_message: MessageHandler | None = None
        self._sync_task: asyncio.Task[None] | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self._next_batch: str | None = None
        # our threads: message id -> its thread's root (a digest's first part), kept in the store
        self.threads = thread_roots or ThreadRoots(store, PLATFORM)
        self.claims = AnswerClaims(store, PLATFORM, lease=answer_lease or LEASE)
        self.parts = PartProgress(store, PLATFORM)
        self.sync_token = SyncToken(store, self.user_id)
        self.addressing = Addressing(self._require_client, self.user_id, cfg.command_prefix, self.threads)
        self.directory = RoomDirectory(
            self._require_client, self.user_id, DirectRooms(store, self.user_id), cfg.inviter_allowed
        )
        self.sender = Sender(
            self._require_client,
            self.directory,
            self.user_id,
            to_unverified_devices=cfg.send_to_unverified_devices,
            max_send_attempts=max_send_attempts,
            max_retry_wait_s=max_retry_wait_s,
            retry=self._retry,
        )
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
        async with self._starting() as store_path:
            await self._login(store_path)
            make_private(store_path)
            self._next_batch = await self.sync_token.load()
            await self._first_sync()
            await self.addressing.load_names()
            await self._join_configured_rooms()
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
        async with self._starting() as store_path:
            client = self._require_client()
            await self._login(store_path)
            make_private(store_path)
            checked_sync(await client.sync(timeout=0, full_state=True, sync_filter=SEND_ONLY_FILTER), "sync")
            for target in self.rooms:
                with suppress(DeliveryError):
                    await self.directory.learn(target)
            await crypto_housekeeping(client)
        logger.info("matrix: %s (device %s) connected for sending", self.user_id, client.device_id)

    @asynccontextmanager
    async def _starting(self) -> AsyncIterator[Path]:
        """Open the client (:meth:`_open_client`) for the steps of a start, and yield its store
        folder; when a step fails, close the client again and raise, as
        :class:`MatrixUnavailable` when the homeserver could not be reached."""
        store_path = self._open_client()
        try:
            yield store_path
        except TRANSPORT_ERRORS as exc:
            await self._close_failed_start()
            raise MatrixUnavailable(f"cannot reach {self.cfg.homeserver}: {exc}") from exc
        except BaseException:
            await self._close_failed_start()
            raise

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

    async def _join_configured_rooms(self) -> None:
        """Join the channel targets not joined yet, then sync once so their state (encryption,
        members) is known before the first digest is sent there. Aliases are resolved here, so
        messages from those rooms carry the target as written in the configuration."""
        joined = await self.directory.join_configured(self.rooms)
        if joined:
            resp = await self._require_client().sync(
                timeout=0, since=self._next_batch, sync_filter=self._sync_filter()
            )
            await self._process_sync(
                checked_sync(resp, "sync after joining the configured rooms"), answer=True
            )

    # ------------------------------------------------------------------ syncing

    def _sync_filter(self) -> dict[str, Any]:
        return sync_filter(self.timeline_limit)

    async def _first_sync(self) -> None:
        client = self._require_client()
        resp = checked_sync(
            await client.sync(
                timeout=0, since=self._next_batch, full_state=True, sync_filter=self._sync_filter()
            ),
            "first sync",
        )
        # No saved token: this is the first start ever, and the timeline is history, not questions.
        await self._process_sync(resp, answer=self._next_batch is not None)

    async def _sync_loop(self) -> None:
        client = self._require_client()
        while True:
            try:
                resp: Any = await client.sync(
                    timeout=self.sync_timeout_ms, since=self._next_batch, sync_filter=self._sync_filter()
                )
            except TRANSPORT_ERRORS as exc:
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
            await self.directory.on_invite(room_id, invite.invite_state)
        if answer:
            for room_id, info in resp.rooms.join.items():
                events = after_own_join(info.timeline.events, self.user_id)
                if info.timeline.limited and len(events) == len(info.timeline.events):
                    logger.warning(
                        "matrix: more than %d new events in %s since the last sync; older ones are not answered",
                        self.timeline_limit,
                        room_id,
                    )
                for event in events:
                    msg = await self.addressing.message(room_id, event, self.directory.channel_id(room_id))
                    if msg is None or msg.message_id is None:
                        continue
                    if not await self.claims.claim(msg.message_id, message_payload(msg)):
                        continue
                    self._spawn_answer(msg)
        # After the answers are on their way (nio's room_send queries and claims what it needs itself).
        await crypto_housekeeping(self._require_client())
        self._next_batch = resp.next_batch
        await self.sync_token.save(resp.next_batch)
        self.synced.set()

    # ------------------------------------------------------------------ answering

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
            return await self.sender.send(channel.id, content, part_txn_id(txn_id, i, len(parts)))

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
                ids.append(await self.sender.send(channel_id, content, new_txn_id()))
                await self.threads.remember(channel_id, ids[-1], ids[0])
            return ids[0]
        content = render_reply(reply)
        root = reply.thread or fallback_root
        if root is not None:
            content["m.relates_to"] = thread_relation(root, in_reply_to)
        event_id = await self.sender.send(channel_id, content, new_txn_id())
        if root is None:
            await self.threads.remember(channel_id, event_id, event_id)  # a new thread of ours
        return event_id

    async def room_id(self, target: str) -> str:
        """The room id of a channel target (:meth:`RoomDirectory.room_id`)."""
        return await self.directory.room_id(target)

    async def confirm_sent(
        self, channel: ChannelRef, txn_id: str, *, since: datetime | None = None
    ) -> str | None:
        """The event the bot sent with ``txn_id`` (the first part's, for a digest in several parts),
        else None, from the digest's recorded parts or the room's history (:meth:`Sender.find_sent`,
        back to ``since``)."""
        done = await self.parts.complete(txn_id)
        if done is not None:
            return done
        sent = await self.sender.find_sent(channel.id, txn_id, since)
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
