"""The Matrix adapter against a real Synapse (started once per session by the fixture).

The human side of each conversation is a second matrix-nio client with its own device (and its
own encryption store), so what is checked is what a Matrix client sees: the events as fetched
from the server, decrypted by the receiving device where the room is encrypted.
A stub ``on_message`` stands in for the conversation: it records what the adapter delivered and
answers "answer to: <text>".
"""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from nio import (
    MegolmEvent,
    RoomSendResponse,
)
from pydantic import SecretStr

from newsbrief.bot.adapters.base import AdapterUnavailable, DeliveryError
from newsbrief.bot.adapters.matrix import MatrixAdapter, MatrixError, strip_reply_fallback, thread_relation
from newsbrief.bot.config import MatrixConfig, parse_config
from newsbrief.bot.domain import (
    Actor,
    Briefing,
    ChannelRef,
    Digest,
    DigestStory,
    Figure,
    NextStep,
    Reply,
    Story,
)
from newsbrief.bot.store import AsyncStore, Store
from tests.doubles import HUGE_FIELD, Recorder, hostile_page_briefing
from tests.integration.synapse.fixture import MatrixUser, SynapseServer
from tests.integration.synapse.human import WAIT_S, Human, is_reply_to, joined, replies_to

pytestmark = pytest.mark.synapse


# ---------------------------------------------------------------------------------------------- helpers


def answerer() -> Recorder:
    """The stand-in for ``Conversation.handle``: records messages, answers ``answer to: <text>``."""
    return Recorder(prefix="answer to: ")


async def settle(adapter: MatrixAdapter) -> None:
    """Wait until the adapter finished two more syncs (so everything sent before the call has been
    through a whole sync) and every answer it started is sent."""
    for _ in range(2):
        adapter.synced.clear()
        await asyncio.wait_for(adapter.synced.wait(), WAIT_S)
    while adapter._handlers:
        await asyncio.wait(set(adapter._handlers), timeout=WAIT_S)


async def eventually(pred: Callable[[], bool], timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, "the condition never came true"
        await asyncio.sleep(0.02)


def matrix_config(server: SynapseServer, bot: MatrixUser, store_dir: Path, **kw: Any) -> MatrixConfig:
    values: dict[str, Any] = {
        "homeserver": server.url,
        "user_id": bot.user_id,
        "password": SecretStr(bot.password),
        "store_path": store_dir,
    }
    values.update(kw)
    return MatrixConfig(**values)


@pytest.fixture
def db(tmp_path: Path) -> Any:
    store = Store.open(f"sqlite:///{tmp_path / 'newsbrief.db'}")
    yield store
    store.close()


async def start_bot(
    server: SynapseServer,
    bot: MatrixUser,
    store: Store,
    store_dir: Path,
    recorder: Recorder,
    *,
    rooms: tuple[str, ...] = (),
    cfg: dict[str, Any] | None = None,
    **kw: Any,
) -> MatrixAdapter:
    kw.setdefault("sync_timeout_ms", 500)  # short long-polls: settle() waits for two syncs
    kw.setdefault("backoff_base_s", 0.2)
    kw.setdefault("backoff_cap_s", 1.0)
    adapter = MatrixAdapter(matrix_config(server, bot, store_dir, **(cfg or {})), store, rooms=rooms, **kw)
    await adapter.start(recorder)
    return adapter


LOCAL_INVITERS: dict[str, Any] = {"allowed_inviters": (":localhost",)}
"""Configuration: the bot accepts invites from anyone on the test homeserver."""


async def invited_room(person: Human, bot: MatrixUser, adapter: MatrixAdapter, **room: Any) -> str:
    """A room ``person`` makes (``room``: ``create_room``'s options), inviting the bot; returned once
    the bot has joined and ``adapter`` has settled."""
    room_id = await person.create_room(invite=(bot.user_id,), **room)
    await person.wait_for(joined(bot.user_id))
    await settle(adapter)
    return room_id


def story(title: str, **kw: Any) -> DigestStory:
    b = Briefing(title=title, summary=kw.pop("summary", ("Something happened.",)), **kw)
    return DigestStory(Story(id=1, briefing=b, article_ids=(1,)))


def digest(*stories: DigestStory) -> Digest:
    return Digest(channel_id="news", slot=datetime(2026, 1, 5, 8, 0, tzinfo=UTC), stories=stories)


def harbour_digest() -> Digest:
    """Forty stories ("Harbour story 0" ...) with long summaries: too large for one Matrix event."""
    long = ("A long sentence about the harbour works and what they cost the town. " * 12,) * 2
    return digest(*[story(f"Harbour story {i}", summary=long) for i in range(40)])


# ---------------------------------------------------------------------------------------------- tests


async def test_invites_from_allowed_users_are_accepted_others_ignored(
    synapse: SynapseServer,
    humans: Any,
    db: Store,
    tmp_path: Path,
) -> None:
    bot = synapse.register()
    alice, mallory = await humans("alice"), await humans("mallory")
    adapter = await start_bot(
        synapse,
        bot,
        db,
        tmp_path / "bot",
        answerer(),
        cfg={"allowed_inviters": (alice.user.user_id,)},
    )
    try:
        strange_room = await mallory.create_room(invite=(bot.user_id,))
        allowed_room = await alice.create_room(invite=(bot.user_id,))
        await alice.wait_for(joined(bot.user_id))
        # The stranger's invite came first, so it was seen (and ignored) by now.
        await settle(adapter)
        members = synapse.request(
            "GET", f"/_matrix/client/v3/rooms/{strange_room}/joined_members", token=mallory.user.access_token
        )["joined"]
        assert bot.user_id not in members
        await eventually(lambda: allowed_room in adapter._require_client().rooms)
        assert strange_room not in adapter._require_client().rooms
    finally:
        await adapter.stop()


async def test_mentions_commands_and_digest_threads(
    synapse: SynapseServer,
    humans: Any,
    db: Store,
    tmp_path: Path,
) -> None:
    bot = synapse.register("newsbrief")
    alice, bob = await humans("alice"), await humans("bob")
    room = await alice.create_room(public=True, alias="news-desk")
    await bob.client.join(room)  # three members: not a direct room, so chatter is not for the bot
    before = await alice.say(room, "newsbrief: a question from before the bot came", mention=bot.user_id)
    recorder = answerer()
    # The channel target is an alias: resolved on start, and messages carry it as configured.
    alias = "#news-desk:localhost"
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", recorder, rooms=(alias,))
    try:
        assert room in adapter._require_client().rooms  # configured rooms are joined on start
        await settle(adapter)

        # A mention: answered in a new thread under the question, with the reply fallback.
        q1 = await alice.say(room, "newsbrief: what happened in Paris?", mention=bot.user_id)
        answer = await alice.wait_for(is_reply_to(q1))
        rel = answer.source["content"]["m.relates_to"]
        assert rel == {
            "rel_type": "m.thread",
            "event_id": q1,
            "is_falling_back": True,
            "m.in_reply_to": {"event_id": q1},
        }
        assert answer.source["content"]["body"] == "answer to: what happened in Paris?"
        assert answer.source["content"]["m.mentions"] == {}
        assert answer.sender == bot.user_id

        # Chatter is not answered; the command prefix is.
        chatter = await alice.say(room, "lunch anyone?")
        q2 = await alice.say(room, "!newsbrief sources")
        await alice.wait_for(is_reply_to(q2))
        assert recorder.texts() == ["what happened in Paris?", "sources"]
        assert recorder.messages[0].thread is None and recorder.messages[0].message_id == q1
        assert recorder.messages[0].channel == ChannelRef("matrix", alias)
        assert recorder.messages[0].user == alice.user.user_id

        # A digest, then a follow-up in its thread with no mention: answered from that digest.
        channel = ChannelRef("matrix", alias)
        d = digest(story("Floods in Valencia", sources=("https://example.org/valencia",)))
        root = await adapter.post_digest(channel, d, "digest:news:2026-01-05T08:00")
        again = await adapter.post_digest(channel, d, "digest:news:2026-01-05T08:00")
        assert again == root  # same transaction id: the homeserver returns the same event
        follow = await alice.say(room, "how many people were evacuated?", thread=root)
        reply = await alice.wait_for(is_reply_to(follow))
        assert reply.source["content"]["m.relates_to"]["event_id"] == root
        assert recorder.messages[-1].thread == root
        assert recorder.messages[-1].text == "how many people were evacuated?"

        events = await alice.room_events(room)
        digests = [e for e in events if e["event_id"] == root or "Valencia" in e["content"].get("body", "")]
        assert len(digests) == 1
        assert await adapter.confirm_sent(channel, "digest:news:2026-01-05T08:00") == root
        assert await adapter.confirm_sent(channel, "digest:news:never-sent") is None
        assert not replies_to(events, before) and not replies_to(events, chatter)
        assert len(recorder.messages) == 3
    finally:
        await adapter.stop()


async def test_digest_renders_for_clients_and_hostile_text_is_inert(
    synapse: SynapseServer,
    humans: Any,
    db: Store,
    tmp_path: Path,
) -> None:
    bot = synapse.register()
    alice = await humans("alice")
    # The bot may notify the room (power 50+), so an @room in its messages would really notify.
    room = await alice.create_room(public=True, power={bot.user_id: 100})
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), rooms=(room,))
    try:
        good = story(
            "Council approves budget",
            summary=("The council approved the budget on Monday.",),
            actors=(Actor("City Council", role="approved the budget"),),
            figures=(Figure("4.2 billion", "euros in the budget", "..."),),
            next_steps=(NextStep("A vote on taxes follows in March.", "..."),),
            sources=("https://news.example.org/budget", "Local Radio"),
        )
        hostile = story(
            '<script>alert("x")</script> @room look',
            summary=(f"Hi @room and {alice.user.user_id}! <img src=x onerror=alert(1)> <b>bold</b>",),
            actors=(Actor('<a href="javascript:alert(1)">click</a>', role="@room"),),
            sources=("javascript:alert(1)", "https://ok.example.org/a<b>?x=1&y=2"),
        )
        event_id = await adapter.post_digest(ChannelRef("matrix", room), digest(good, hostile), "txn-render")
        content = (await alice.fetch(room, event_id))["content"]

        html = content["formatted_body"]
        assert content["format"] == "org.matrix.custom.html"
        assert content["m.mentions"] == {}
        assert '<a href="https://news.example.org/budget">Council approves budget</a>' in html
        assert "<strong>Key actors:</strong> City Council (approved the budget)" in html
        assert "<strong>4.2 billion</strong> euros in the budget" in html
        assert "A vote on taxes follows in March." in html
        assert "&lt;script&gt;" in html and "<script" not in html
        assert "<img" not in html and "&lt;img" in html
        assert re.findall(r'href="([^"]*)"', html) == [
            "https://news.example.org/budget",
            "https://news.example.org/budget",
            "https://ok.example.org/a&lt;b&gt;?x=1&amp;y=2",  # the headline: the article's canonical URL
            "https://ok.example.org/a&lt;b&gt;?x=1&amp;y=2",  # the source link, shown canonical too
        ]  # headline and source links, http(s) only and escaped: the javascript: ones stay text
        assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;" in html
        assert "<b>" not in html
        assert 'href="https://ok.example.org/a&lt;b&gt;?x=1&amp;y=2"' in html
        assert "@room" not in html and "@\u200droom" in html

        body = content["body"]
        assert "Council approves budget" in body and "Key actors: City Council (approved the budget)" in body
        assert "https://news.example.org/budget" in body
        assert "@room" not in body and "@\u200droom" in body

        # Control: the same words sent without our rendering do notify alice (so the check can fail).
        control = await adapter._require_client().room_send(
            room, "m.room.message", {"msgtype": "m.text", "body": "@room look"}
        )
        assert isinstance(control, RoomSendResponse)
        notified = synapse.request("GET", "/_matrix/client/v3/notifications", token=alice.user.access_token)
        notified_ids = {n["event"]["event_id"] for n in notified["notifications"]}
        assert control.event_id in notified_ids
        assert event_id not in notified_ids
    finally:
        await adapter.stop()


class FlakyStore:
    """The real store, except that the first ``claim_answer`` fails (a database hiccup)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.failed = False

    def claim_answer(self, platform: str, event_id: str, payload: Any, lease: Any, **kw: Any) -> bool:
        if not self.failed:
            self.failed = True
            raise RuntimeError("database is locked")
        return self.store.claim_answer(platform, event_id, payload, lease, **kw)

    def finish_answer(self, platform: str, event_id: str) -> None:
        self.store.finish_answer(platform, event_id)

    def expired_answers(self, platform: str, **kw: Any) -> Any:
        return self.store.expired_answers(platform, **kw)

    def get_kv(self, key: str) -> str | None:
        return self.store.get_kv(key)

    def set_kv(self, key: str, value: str) -> None:
        self.store.set_kv(key, value)


async def test_encrypted_room_round_trip(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    bot = synapse.register()
    alice = await humans("alice")
    recorder = answerer()
    flaky = FlakyStore(db)
    # The first attempt to handle the question fails in the store: the sync is handled again
    # (and the question decrypted again), and answered once.
    adapter = MatrixAdapter(
        matrix_config(synapse, bot, tmp_path / "bot", **LOCAL_INVITERS),
        AsyncStore(flaky),
        sync_timeout_ms=500,
        backoff_base_s=0.1,
        backoff_cap_s=0.5,
    )
    await adapter.start(recorder)
    try:
        room = await alice.create_room(invite=(bot.user_id,), encrypted=True)
        await alice.wait_for(joined(bot.user_id))
        q = await alice.say(room, f"{bot.user_id} what is in the news?", mention=bot.user_id)
        raw = synapse.request(
            "GET", f"/_matrix/client/v3/rooms/{room}/event/{q}", token=alice.user.access_token
        )
        assert raw["type"] == "m.room.encrypted"  # the question went encrypted
        answer = await alice.wait_for(is_reply_to(q))
        assert not isinstance(answer, MegolmEvent), "alice could not decrypt the answer"
        assert answer.source["content"]["body"] == "answer to: what is in the news?"
        assert answer.source["content"]["m.relates_to"]["rel_type"] == "m.thread"
        raw_answer = synapse.request(
            "GET", f"/_matrix/client/v3/rooms/{room}/event/{answer.event_id}", token=alice.user.access_token
        )
        assert raw_answer["type"] == "m.room.encrypted"  # and the answer too
        assert recorder.texts() == ["what is in the news?"]
        assert flaky.failed
        await settle(adapter)
        assert len(replies_to(await alice.room_events(room), q)) == 1
    finally:
        await adapter.stop()


async def test_restarts_lose_and_repeat_nothing(
    synapse: SynapseServer,
    humans: Any,
    db: Store,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="newsbrief.bot.adapters.matrix")
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(public=True)
    store_dir = tmp_path / "bot"
    rec_a = answerer()
    adapter = await start_bot(synapse, bot, db, store_dir, rec_a, rooms=(room,))
    device = adapter._require_client().device_id
    stopped = False
    try:
        await settle(adapter)
        q1 = await alice.say(room, "!newsbrief q1")
        await alice.wait_for(is_reply_to(q1))

        # The homeserver goes away and comes back while the bot runs.
        # An answer sent while it is down waits for it (same transaction id: posted once).
        down_at = time.monotonic()
        await asyncio.to_thread(synapse.stop)  # in a thread: the bot keeps running meanwhile
        adapter.sender.max_send_attempts = 100
        sending = asyncio.create_task(
            adapter.send_reply(Reply(ChannelRef("matrix", room), "sent while down"))
        )
        await asyncio.sleep(0.3)
        assert not sending.done()
        await asyncio.to_thread(synapse.start)
        down_s = time.monotonic() - down_at
        sent_while_down = await asyncio.wait_for(sending, WAIT_S)
        q2 = await alice.say(room, "!newsbrief q2")
        await alice.wait_for(is_reply_to(q2))
        failures = [r for r in caplog.records if "sync failed" in r.getMessage()]
        assert failures  # it noticed...
        # ...and backed off (0.2 s doubling to 1 s here) rather than spinning: about one try a second.
        assert len(failures) <= 5 + 2 * down_s, (len(failures), down_s)
        assert rec_a.texts() == ["q1", "q2"]

        # The bot goes away; questions asked meanwhile are answered by the next instance.
        await adapter.stop()
        stopped = True
        q3 = await alice.say(room, "!newsbrief q3")
        q4 = await alice.say(room, "!newsbrief q4")
        rec_b = answerer()
        adapter = await start_bot(synapse, bot, db, store_dir, rec_b, rooms=(room,))
        stopped = False
        assert adapter._require_client().device_id == device  # same device after a restart
        await alice.wait_for(is_reply_to(q4))
        await alice.wait_for(is_reply_to(q3))
        await settle(adapter)
        assert sorted(rec_b.texts()) == ["q3", "q4"]

        events = await alice.room_events(room)
        for q in (q1, q2, q3, q4):
            assert len(replies_to(events, q)) == 1, q
        assert [e["event_id"] for e in events if e["content"].get("body") == "sent while down"] == [
            sent_while_down
        ]
    finally:
        if not stopped:
            await adapter.stop()


async def test_rate_limits_are_waited_out_and_sends_happen_once(
    synapse: SynapseServer,
    humans: Any,
    db: Store,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="newsbrief.bot.adapters.matrix")
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(public=True)
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), rooms=(room,))
    synapse.override_ratelimit(bot.user_id, 1, 1)
    try:
        channel = ChannelRef("matrix", room)
        ids = [await adapter.send_reply(Reply(channel=channel, text=f"burst {i}")) for i in range(3)]
        assert len(set(ids)) == 3
        assert any("rate limited" in r.getMessage() for r in caplog.records)
        events = await alice.room_events(room)
        bodies = [e["content"].get("body") for e in events if e["sender"] == bot.user_id]
        assert sorted(b for b in bodies if b and b.startswith("burst")) == ["burst 0", "burst 1", "burst 2"]

        # With no retries allowed, a digest that cannot be sent raises DeliveryError (stays pending).
        adapter.sender.max_send_attempts = 1
        with pytest.raises(DeliveryError) as caught:
            for i in range(3):  # one message a second: the second or third is refused
                await adapter.post_digest(channel, digest(story("Limited")), f"txn-limited-{i}")
        assert caught.value.retry_after is not None and caught.value.retry_after > 0
    finally:
        synapse.clear_ratelimit(bot.user_id)
        await adapter.stop()


async def test_access_token_login_and_a_fresh_start_answers_no_history(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    synapse.request("POST", f"/_matrix/client/v3/join/{room}", {}, token=bot.access_token)
    old = await alice.say(room, "!newsbrief asked before the bot ever ran")

    with pytest.raises(MatrixError, match="refused"):
        await start_bot(
            synapse,
            bot,
            db,
            tmp_path / "bad",
            answerer(),
            cfg={"password": None, "access_token": SecretStr("nope")},
        )

    recorder = answerer()
    token_cfg = {"password": None, "access_token": SecretStr(bot.access_token)}  # no device_id: whoami tells
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", recorder, cfg=token_cfg)
    try:
        assert adapter._require_client().device_id == bot.device_id
        new = await alice.say(room, "!newsbrief asked now")
        await alice.wait_for(is_reply_to(new))
        await settle(adapter)
        assert recorder.texts() == ["asked now"]
        assert not replies_to(await alice.room_events(room), old)
    finally:
        await adapter.stop()


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("> <@bot:x> Floods in Valencia\n> more\n\nnewsbrief: how many?", "newsbrief: how many?"),
        ("> <@bot:x> quoted\n\n", ""),
        ("plain question", "plain question"),
        (">not a fallback", ">not a fallback"),
    ],
)
def test_reply_fallback_is_stripped(body: str, text: str) -> None:
    assert strip_reply_fallback(body) == text


def test_thread_relation_falls_back_to_the_root() -> None:
    assert thread_relation("$root") == {
        "rel_type": "m.thread",
        "event_id": "$root",
        "is_falling_back": True,
        "m.in_reply_to": {"event_id": "$root"},
    }
    assert thread_relation("$root", "$q")["m.in_reply_to"] == {"event_id": "$q"}


async def test_an_unreachable_homeserver_at_start_is_a_matrix_error(db: Store, tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = MatrixConfig(
        homeserver=f"http://127.0.0.1:{port}",
        user_id="@bot:localhost",
        password=SecretStr("x"),
        store_path=tmp_path / "bot",
    )
    adapter = MatrixAdapter(cfg, db)
    with pytest.raises(MatrixError, match="cannot reach") as info:
        await adapter.start(answerer())
    assert isinstance(info.value, AdapterUnavailable)  # the app retries it with back-off
    with pytest.raises(MatrixError, match="not started"):  # sends meanwhile: pending, not a crash
        await adapter.post_digest(ChannelRef("matrix", "!r:localhost"), digest(), "digest:x")


def test_from_config_reads_the_matrix_section_and_channel_targets(db: Store, tmp_path: Path) -> None:
    text = """
matrix:
  homeserver: https://matrix.example.org/
  user_id: "@newsbrief:example.org"
  password: ${MATRIX_PASSWORD}
  allowed_inviters: [":example.org"]
  store_path: state/matrix
channels:
  - {id: news, platform: matrix, target: "#news:example.org"}
  - {id: ops, platform: matrix, target: "!abc:example.org"}
  - {id: term, platform: console, target: stdout}
"""
    config = parse_config(text, base_dir=tmp_path, env={"MATRIX_PASSWORD": "s3cret"})
    adapter = MatrixAdapter.from_config(config, db, sync_timeout_ms=1234)
    assert adapter.rooms == ("#news:example.org", "!abc:example.org")
    assert adapter.cfg.password is not None and adapter.cfg.password.get_secret_value() == "s3cret"
    assert adapter.cfg.homeserver == "https://matrix.example.org"
    assert adapter.cfg.store_path == tmp_path / "state" / "matrix"
    assert adapter.sync_timeout_ms == 1234
    assert adapter.platform == "matrix"
    without = parse_config("channels: [{id: term, platform: console, target: stdout}]", env={})
    with pytest.raises(MatrixError):
        MatrixAdapter.from_config(without, db)


async def test_sending_before_start_is_a_delivery_error(db: Store, tmp_path: Path) -> None:
    cfg = MatrixConfig(
        homeserver="http://127.0.0.1:9",
        user_id="@bot:localhost",
        password=SecretStr("x"),
        store_path=tmp_path,
    )
    adapter = MatrixAdapter(cfg, db)
    with pytest.raises(DeliveryError, match="not started"):
        await adapter.post_digest(ChannelRef("matrix", "!r:localhost"), digest(), "txn")


async def test_a_96000_character_headline_is_posted_and_a_too_large_event_gives_up(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In an encrypted room, through the real ledger: a digest whose headline has 96,000 characters
    is posted (clipped, within the event limit once encrypted); a digest Synapse refuses as too large
    (``M_TOO_LARGE``) is given up at once, reported, and its stories carried by the next digest."""
    import newsbrief.bot.adapters.matrix.adapter as matrix_module
    import newsbrief.bot.render.matrix as render_matrix
    from newsbrief.bot.config import ChannelConfig
    from newsbrief.bot.delivery import DeliveryLedger, DeliveryOutcome
    from newsbrief.bot.render.matrix import render_digest

    bot = synapse.register()
    alice = await humans("alice")
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), cfg=LOCAL_INVITERS)
    try:
        room = await invited_room(alice, bot, adapter, encrypted=True)
        now = datetime.now(UTC)
        huge = "Headline " * 10_667  # 96,003 characters
        a = db.upsert_article(None, None, "https://news.example/huge", huge, "Text. " * 30, now=now)
        db.create_story(Briefing(title=huge, summary=(huge,)), [a.article_id], now=now)
        channel = ChannelConfig(id="news", platform="matrix", target=room, schedule=None)
        rejected: list[DeliveryOutcome] = []

        async def report(outcome: DeliveryOutcome) -> None:
            rejected.append(outcome)

        ledger = DeliveryLedger(db, on_rejected=report)

        # Too large for Synapse: render without our limits (the shape a renderer bug would have).
        monkeypatch.setattr(matrix_module, "render_digest", lambda d: render_digest(d, max_bytes=10**6))
        monkeypatch.setattr(render_matrix, "clip", lambda text, limit: text)
        refused = await ledger.deliver(channel, now, adapter, now=now)
        assert refused.status == "rejected", refused
        assert "M_TOO_LARGE" in (refused.error or "")
        assert [o.digest_id for o in rejected] == [refused.digest_id]
        assert db.pending_deliveries() == [] and db.stories_in_digests("news") == {}
        monkeypatch.undo()

        later = now + timedelta(hours=1)
        outcome = await ledger.deliver(channel, later, adapter, now=later)
        assert outcome.status == "sent", outcome
        event = await alice.wait_for(lambda e: getattr(e, "event_id", None) == outcome.message_id)
        assert not isinstance(event, MegolmEvent), "alice could not decrypt the digest"
        body = event.source["content"]["body"]
        headline = body.splitlines()[2]
        assert headline.startswith("1. Headline") and headline.endswith("\u2026")
        assert len(headline) < 400
        summary = body.splitlines()[3]
        assert summary.strip().startswith("Headline") and summary.endswith("\u2026") and len(summary) < 1100
    finally:
        await adapter.stop()


async def test_in_a_direct_room_every_message_is_for_the_bot_and_its_key_store_is_private(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    bot = synapse.register()
    alice, bob = await humans("alice"), await humans("bob")
    recorder = answerer()
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", recorder, cfg=LOCAL_INVITERS)
    try:
        files = [p for p in (tmp_path / "bot").iterdir() if p.is_file()]
        assert any(p.suffix == ".db" for p in files)  # nio's key database
        assert all(p.stat().st_mode & 0o777 == 0o600 for p in files), [
            (p.name, oct(p.stat().st_mode)) for p in files
        ]

        direct = await alice.create_room(invite=(bot.user_id,))
        await alice.wait_for(joined(bot.user_id))
        group = await alice.create_room(invite=(bot.user_id, bob.user.user_id))
        await alice.wait_for(joined(bot.user_id))
        await bob.client.join(group)
        await alice.wait_for(joined(bob.user.user_id))
        await settle(adapter)

        def members(room: str) -> set[str]:
            path = f"/_matrix/client/v3/rooms/{room}/joined_members"
            return set(synapse.request("GET", path, token=alice.user.access_token)["joined"])

        assert members(group) == {alice.user.user_id, bob.user.user_id, bot.user_id}
        assert members(direct) == {alice.user.user_id, bot.user_id}
        q = await alice.say(direct, "help")  # no mention, no prefix
        await alice.say(group, "help")  # positive control: in a group room this is not for the bot
        answer = await alice.wait_for(is_reply_to(q))
        assert answer.source["content"]["body"] == "answer to: help"
        await settle(adapter)
        assert recorder.texts() == ["help"]
        assert recorder.messages[0].is_direct
    finally:
        await adapter.stop()


async def test_a_message_claimed_by_a_process_that_died_is_answered_by_the_sweep(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    """A question claimed by an instance that died before answering (its claim is in the store;
    the sync that carried it is done) is answered once its lease runs out, exactly once."""
    from datetime import timedelta

    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    recorder = answerer()
    adapter = await start_bot(
        synapse, bot, db, tmp_path / "bot", recorder, cfg=LOCAL_INVITERS, answer_lease=timedelta(seconds=1)
    )
    try:
        await alice.wait_for(joined(bot.user_id))
        await settle(adapter)
        payload = {
            "channel": room,
            "user": alice.user.user_id,
            "text": "lost?",
            "thread": None,
            "is_direct": True,
        }
        # The dead instance's claim, made before this one's sync sees the message (its sync loop is
        # paused meanwhile, so the claim cannot lose the race).
        assert adapter._sync_task is not None
        adapter._sync_task.cancel()
        await asyncio.gather(adapter._sync_task, return_exceptions=True)
        q = await alice.say(room, "lost?")
        assert db.claim_answer("matrix", q, payload, timedelta(seconds=1))
        adapter._sync_task = asyncio.create_task(adapter._sync_loop())
        answer = await alice.wait_for(is_reply_to(q))
        assert answer.source["content"]["body"] == "answer to: lost?"
        await asyncio.sleep(1.5)  # several more sweeps
        await settle(adapter)
        assert recorder.texts() == ["lost?"]
        assert len(replies_to(await alice.room_events(room), q)) == 1
    finally:
        await adapter.stop()


async def test_a_digest_too_large_for_one_event_is_posted_in_parts_and_confirmed_whole(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    from newsbrief.bot.adapters.matrix import part_txn_id
    from newsbrief.bot.render.matrix import render_digest

    bot = synapse.register()
    alice = await humans("alice")
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), cfg=LOCAL_INVITERS)
    try:
        room = await invited_room(alice, bot, adapter)
        big = harbour_digest()
        n_parts = len(render_digest(big))
        assert n_parts >= 2
        channel = ChannelRef("matrix", room)
        first = await adapter.post_digest(channel, big, "digest:big:1")
        events = [e for e in await alice.room_events(room) if e.get("sender") == bot.user_id]
        bodies = [e["content"]["body"] for e in reversed(events) if e.get("type") == "m.room.message"]
        assert len(bodies) == n_parts
        assert sum(b.count("Harbour story") for b in bodies) == 40
        assert await adapter.confirm_sent(channel, "digest:big:1") == first
        # a store that lost its record: the room itself says the digest is whole, found by txn id
        fresh = MatrixAdapter(adapter.cfg, Store.open(f"sqlite:///{tmp_path / 'lost.db'}"))
        fresh.client = adapter.client
        assert await fresh.confirm_sent(channel, "digest:big:1") == first
        assert await fresh.confirm_sent(channel, "digest:never") is None
        assert part_txn_id("t", 0, 3) == "t#0" and part_txn_id("t", 2, 3) == "t"
    finally:
        await adapter.stop()


async def test_digest_threads_are_kept_in_the_store_and_known_after_a_restart(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    """A question under any part of a digest is about that digest (the conversation is told its first
    part), also after a restart: the thread roots are in the store, not in the adapter."""
    bot = synapse.register()
    alice, bob = await humans("alice"), await humans("bob")
    room = await alice.create_room(public=True, alias="harbour-desk")
    await bob.client.join(room)  # three members: only the bot's own threads are answered unmentioned
    alias = "#harbour-desk:localhost"
    first = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), rooms=(alias,))
    try:
        await settle(first)
        big = harbour_digest()
        root = await first.post_digest(ChannelRef("matrix", alias), big, "digest:threads:1")
    finally:
        await first.stop()
    events = [e for e in reversed(await alice.room_events(room)) if e.get("sender") == bot.user_id]
    parts = [e["event_id"] for e in events if e.get("type") == "m.room.message"]
    assert len(parts) >= 2 and parts[0] == root
    assert db.get_kv(f"matrix:thread:{alias}:{parts[1]}") == root  # kept in the store

    recorder = answerer()
    second = await start_bot(synapse, bot, db, tmp_path / "bot", recorder, rooms=(alias,))
    try:
        await settle(second)
        follow = await alice.say(room, "what did the harbour works cost?", thread=parts[1])  # no mention
        reply = await alice.wait_for(is_reply_to(follow))
        assert recorder.messages[-1].thread == root  # the digest, though asked under its second part
        assert reply.source["content"]["m.relates_to"]["event_id"] == parts[1]  # answered where asked
        # control: a thread that is not the bot's is not answered without a mention
        chat = await alice.say(room, "lunch?")
        await alice.say(room, "yes, at noon", thread=chat)
        await settle(second)
        assert recorder.texts() == ["what did the harbour works cost?"]
    finally:
        await second.stop()


async def test_a_brief_an_answer_and_help_of_a_hostile_page_are_sent_within_the_event_limit(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path
) -> None:
    """Every other message kind the conversation sends, for a page whose every field has 96,000
    characters, in an encrypted room: Synapse takes each (an event over 65,536 bytes is refused),
    the person can decrypt it, and what she sees is clipped with an ellipsis."""
    from newsbrief.bot.conversation import HELP_TEXT
    from newsbrief.bot.domain import Answer, Citation

    huge = HUGE_FIELD
    b = hostile_page_briefing()
    bot = synapse.register()
    alice = await humans("alice")
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", answerer(), cfg=LOCAL_INVITERS)
    try:
        room = await invited_room(alice, bot, adapter, encrypted=True)
        channel = ChannelRef("matrix", room)
        replies = [
            Reply(channel=channel, briefings=(b,)),
            Reply(
                channel=channel,
                answer=Answer(huge, huge, True, (Citation("1", huge, huge, "https://news.example/a", huge),)),
            ),
            Reply(channel=channel, text=HELP_TEXT),
            Reply(channel=channel, text=huge),
        ]
        ids = [await adapter.send_reply(r) for r in replies]  # raises DeliveryError on a refusal
        bodies = []
        for event_id in ids:
            event = await alice.wait_for(lambda e, i=event_id: getattr(e, "event_id", None) == i)
            assert not isinstance(event, MegolmEvent), "alice could not decrypt it"
            bodies.append(event.source["content"]["body"])
        assert bodies[0].splitlines()[0].startswith("Word Word") and "\u2026" in bodies[0]
        assert "\u2026" in bodies[1] and "digest now" in bodies[2] and bodies[3].endswith("\u2026")
        assert all(len(body.encode()) < 65_536 for body in bodies)
        assert all("Word " * 1000 not in body for body in bodies[:2])  # each field clipped
    finally:
        await adapter.stop()


async def test_an_answer_the_homeserver_refuses_tells_the_asker_briefly(
    synapse: SynapseServer, humans: Any, db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Synapse refuses the answer for good (too large, the shape a renderer bug would have): the
    asker gets one short message in the question's thread instead of silence, and the question
    is answered once (its claim finished, nothing answered again on the next sync)."""
    import newsbrief.bot.adapters.matrix.adapter as matrix_module

    real = matrix_module.render_reply

    def refused_unless_sorry(reply: Reply) -> dict[str, Any]:
        if reply.text.startswith("Sorry"):
            return real(reply)
        return {"msgtype": "m.notice", "body": "A" * 70_000, "m.mentions": {}}

    monkeypatch.setattr(matrix_module, "render_reply", refused_unless_sorry)
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    recorder = answerer()
    adapter = await start_bot(synapse, bot, db, tmp_path / "bot", recorder, rooms=(room,))
    try:
        await settle(adapter)
        q = await alice.say(room, f"{bot.user_id} what happened?", mention=bot.user_id)
        sorry = await alice.wait_for(is_reply_to(q))
        body = sorry.source["content"]["body"]
        assert body.startswith("Sorry, I could not send my answer (the server did not accept it)")
        assert sorry.source["content"]["m.relates_to"]["event_id"] == q  # in the question's thread
        await settle(adapter)
        assert recorder.texts() == ["what happened?"]
        events = await alice.room_events(room)
        assert len([e for e in events if e["sender"] == bot.user_id and e["type"] == "m.room.message"]) == 1
        assert db.expired_answers("matrix", now=datetime.now(UTC) + timedelta(days=1)) == []  # finished
    finally:
        await adapter.stop()


async def test_the_key_database_is_created_private_whatever_the_umask(
    synapse: SynapseServer, db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a umask that makes new files world-readable, the key database is 0600 from the start
    (the after-the-fact chmod is switched off here): on a first password login, on a restart with
    the saved credentials, and on an access-token login. A failed login leaves no file behind."""
    import json
    import os

    import newsbrief.bot.adapters.matrix.adapter as matrix_module

    monkeypatch.setattr(matrix_module, "make_private", lambda folder: None)

    def databases(folder: Path) -> dict[str, int]:
        return {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir() if ".db" in p.name}

    bot, other = synapse.register(), synapse.register()
    old_umask = os.umask(0o022)
    try:
        folder = tmp_path / "bot"
        for start in range(2):  # a first login with the password, then a restart (saved credentials)
            adapter = await start_bot(synapse, bot, db, folder, answerer())
            device = adapter._require_client().device_id
            await adapter.stop()
            saved = json.loads((folder / "credentials.json").read_text())
            assert saved["device_id"] == device
            found = databases(folder)
            assert f"{bot.user_id}_{device}.db" in found and set(found.values()) == {0o600}, (start, found)

        token_folder = tmp_path / "token"
        adapter = await start_bot(
            synapse,
            other,
            db,
            token_folder,
            answerer(),
            cfg={"password": None, "access_token": SecretStr(other.access_token)},
        )
        await adapter.stop()
        found = databases(token_folder)
        assert f"{other.user_id}_{other.device_id}.db" in found and set(found.values()) == {0o600}, found

        # positive control: a file nio would create itself gets the umask's mode
        probe = token_folder / "probe"
        probe.touch()
        assert probe.stat().st_mode & 0o077

        wrong = tmp_path / "wrong"
        with pytest.raises(MatrixError, match="login"):
            await start_bot(synapse, bot, db, wrong, answerer(), cfg={"password": SecretStr("not it")})
        assert databases(wrong) == {}
    finally:
        os.umask(old_umask)
