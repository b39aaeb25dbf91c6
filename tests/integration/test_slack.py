"""The Slack adapter with the real slack-bolt / slack_sdk clients against a loopback Slack.

``SlackMockServer`` (tests/integration/slack_mock_server.py) speaks the Web API methods we call and
the Socket Mode WebSocket; HTTP-mode events are signed with the HMAC scheme Slack uses. The store
is the real ``newsbrief.bot.store.Store`` on SQLite, so event dedupe survives a "restart" (a second adapter
on the same database file).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import re
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlencode

import aiohttp
import pytest

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.adapters.slack import SlackAdapter, SlackStartError
from newsbrief.bot.adapters.slack.events import message_from_event, plain_text_from_slack
from newsbrief.bot.answers import ThreadRoots
from newsbrief.bot.config import SlackConfig
from newsbrief.bot.conversation import Conversation, story_text
from newsbrief.bot.digest import story_with_articles
from newsbrief.bot.domain import (
    Answer,
    Briefing,
    ChannelRef,
    Digest,
    DigestStory,
    IncomingMessage,
    Reply,
    Story,
)
from newsbrief.bot.render.slack import ACTION_MORE, ACTION_SOURCES
from newsbrief.bot.store import AsyncStore, Store
from newsbrief.summarizers.types import Actor, Figure, NextStep, Source
from tests.doubles import KeyValue, Recorder, hostile_page_briefing
from tests.integration.slack_mock_server import (
    BOT_USER_ID,
    SECRET,
    SlackMockServer,
    event_body,
    eventually,
    post_http,
)

CHANNEL = "C0000NEWS"
USER = "U0000ALICE"
SLOT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
HOSTILE = "<!channel> <!here> <@U123> <http://evil.example|bank>"
_FORBIDDEN = re.compile(r"<(?:!|@U123|http://evil)")


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """SQLite only (this overrides the both-backends fixture of ``tests/conftest.py``, whose
    ``store`` opens it): the adapter keeps its state through store calls that
    ``tests/integration/test_store.py`` runs on both backends."""
    return f"sqlite:///{tmp_path / 'store.db'}"


AdapterFactory = Callable[..., Awaitable[SlackAdapter]]


@pytest.fixture
async def make_adapter(slack: SlackMockServer, store: Store) -> AsyncIterator[AdapterFactory]:
    started: list[SlackAdapter] = []

    async def make(
        mode: str = "http",
        on_message: Callable[[IncomingMessage], Awaitable[Reply | None]] | None = None,
        *,
        use_store: Any = None,
        **options: Any,
    ) -> SlackAdapter:
        settings = SlackConfig(
            mode=mode,
            bot_token="xoxb-test-token",
            app_token="xapp-test-token" if mode == "socket" else None,
            signing_secret=SECRET if mode == "http" else None,
        )
        options.setdefault("pace_seconds", 0.0)
        adapter = SlackAdapter(
            settings,
            use_store or store,
            base_url=slack.base_url,
            http_host="127.0.0.1",
            http_port=0,
            **options,
        )
        await adapter.start(on_message or Recorder())
        started.append(adapter)
        return adapter

    yield make
    for adapter in started:
        await adapter.stop()


def mention(text: str, ts: str = "1710000000.000100", **extra: Any) -> dict[str, Any]:
    return {
        "type": "app_mention",
        "user": USER,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
        **extra,
    }


def message(text: str, ts: str, channel: str = CHANNEL, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "user": USER, "text": text, "ts": ts, "channel": channel, **extra}


class StoryConversation(Recorder):
    """Records every message like ``Recorder``; a story asked about by its id (what a button press
    becomes) is answered by the real ``Conversation`` from the stored story, the rest echoed."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.conversation = Conversation(cast(Any, self))  # only ``story`` is used for these

    async def story(self, story_id: int) -> Any:
        return story_with_articles(self.store, story_id)

    async def __call__(self, msg: IncomingMessage) -> Reply:
        if msg.text.startswith("story "):
            self.messages.append(msg)
            reply = await self.conversation.handle(msg)
            assert reply is not None
            return reply
        return await super().__call__(msg)


def briefing(title: str, n_sources: int = 2, link: str | None = None) -> Briefing:
    """A story's briefing; ``link``: its first article's link, kept (as ingest keeps it) with the
    outlet's name, which the headline links to."""
    return Briefing(
        title=title,
        summary=("Ministers agreed a ceasefire on Sunday.", "Talks resume next week."),
        actors=(Actor(name="Ministry of Defence", role="negotiator"),),
        figures=(Figure(value="300", context="people displaced", sentence="s"),),
        next_steps=(NextStep(text="Talks resume Monday", sentence="s"),),
        sources=tuple(f"Outlet {i}" for i in range(n_sources)),
        outlets=(Source("Outlet 0", link),) if link else (),
    )


def digest_of(n: int, title: str = "Story {i}") -> Digest:
    stories = tuple(
        DigestStory(story=Story(id=i, briefing=briefing(title.format(i=i)), article_ids=()))
        for i in range(1, n + 1)
    )
    return Digest(channel_id="news", slot=SLOT, stories=stories)


# ------------------------------------------------------------------ conversations


async def test_mention_is_answered_in_its_thread(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    rec = Recorder()
    adapter = await make_adapter("http", rec)
    body = json.dumps(event_body(mention("brief <https://news.example/a?x=1&amp;y=2|news.example>")))
    status, _ = await post_http(adapter, body)
    assert status == 200
    await adapter.wait_idle()

    assert len(rec.messages) == 1
    msg = rec.messages[0]
    assert msg.text == "brief https://news.example/a?x=1&y=2"  # our mention gone, Slack markup undone
    assert msg.channel == ChannelRef("slack", CHANNEL)
    assert msg.user == USER and msg.message_id == "1710000000.000100" and msg.thread is None
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 1
    args = posts[0].args
    assert args["channel"] == CHANNEL
    assert args["thread_ts"] == "1710000000.000100"
    assert args["unfurl_links"] is False and args["unfurl_media"] is False
    assert args["text"] == "echo: brief https://news.example/a?x=1&amp;y=2"


async def test_through_the_real_conversation_help_is_escaped(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    conversation = Conversation(services=None)  # type: ignore[arg-type]  # help needs no services
    adapter = await make_adapter("http", conversation.handle)
    status, _ = await post_http(adapter, json.dumps(event_body(mention("help"))))
    assert status == 200
    await adapter.wait_idle()
    (post,) = slack.calls_to("chat.postMessage")
    body = json.dumps(post.args["blocks"])
    assert "brief &lt;url&gt;" in body
    assert post.args["thread_ts"] == "1710000000.000100"


async def test_dm_own_thread_and_ignored_messages(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    rec = Recorder()
    adapter = await make_adapter("socket", rec)
    await slack.wait_connected()
    root = await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:1")

    events = [
        message("what happened?", "1710000001.000001", channel="D0000DM", channel_type="im"),  # DM: answered
        message("and the figures?", "1710000002.000001", thread_ts=root),  # our digest's thread: answered
        message("chatter", "1710000003.000001", thread_ts="1600000000.000001"),  # someone else's thread
        message("plain channel talk", "1710000004.000001"),  # no mention, no thread
        message("from a bot", "1710000005.000001", bot_id="BOTHER", channel_type="im", channel="D0000DM"),
        message("ourselves", "1710000006.000001", user=BOT_USER_ID, channel_type="im", channel="D0000DM"),
        message(
            "edited", "1710000007.000001", subtype="message_changed", channel_type="im", channel="D0000DM"
        ),
        {
            **message("legacy bot", "1710000008.000001", channel_type="im", channel="D0000DM"),
            "subtype": "bot_message",
        },
    ]
    for ev in events:
        envelope = await slack.send_envelope("events_api", event_body(ev))
        await slack.wait_ack(envelope)
    await asyncio.sleep(0.2)
    await adapter.wait_idle()

    # the two answers run concurrently: their order is not fixed
    assert sorted(m.text for m in rec.messages) == ["and the figures?", "what happened?"]
    dm = next(m for m in rec.messages if m.channel.id == "D0000DM")
    in_thread = next(m for m in rec.messages if m.channel.id == CHANNEL)
    assert dm.is_direct and dm.thread is None
    assert in_thread.thread == root and not in_thread.is_direct
    replies = {c.args["channel"]: c.args for c in slack.calls_to("chat.postMessage")[1:]}
    assert len(slack.calls_to("chat.postMessage")) == 3
    assert "thread_ts" not in replies["D0000DM"]  # DM answered top-level
    assert replies[CHANNEL]["thread_ts"] == root


async def test_slash_command_acked_at_once_and_answered(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    gate = asyncio.Event()
    rec = Recorder(gate)  # the answer cannot finish before the test opens the gate
    adapter = await make_adapter("http", rec)
    form = {
        "command": "/newsbrief",
        "text": "digest now",
        "channel_id": CHANNEL,
        "user_id": USER,
        "team_id": "T0000001",
        "response_url": slack.response_url("cmd1"),
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    }
    status, text = await post_http(adapter, urlencode(form), content_type="application/x-www-form-urlencoded")
    assert status == 200 and text == ""  # acknowledged while the answer is still blocked
    assert slack.calls_to("chat.postMessage") == []
    gate.set()
    await adapter.wait_idle()

    (post,) = slack.calls_to("chat.postMessage")
    assert post.args["channel"] == CHANNEL and "thread_ts" not in post.args
    assert post.args["blocks"][0]["type"] == "context"
    assert f"<@{USER}> asked: `/newsbrief digest now`" in post.args["blocks"][0]["elements"][0]["text"]
    assert rec.messages[0].text == "digest now"

    # the answer is a thread the bot owns: a reply there is answered without a mention
    answer_ts = slack.posted(CHANNEL)[0]["ts"]
    status, _ = await post_http(
        adapter, json.dumps(event_body(message("why?", "1710000009.1", thread_ts=answer_ts)))
    )
    await adapter.wait_idle()
    assert [m.text for m in rec.messages] == ["digest now", "why?"]
    assert slack.calls_to("chat.postMessage")[-1].args["thread_ts"] == answer_ts


async def test_slash_command_where_bot_cannot_post_answers_ephemerally(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    await make_adapter("socket", Recorder())
    await slack.wait_connected()
    form = {
        "command": "/newsbrief",
        "text": "help",
        "channel_id": "CNOTIN001",
        "user_id": USER,
        "response_url": slack.response_url("cmd2"),
    }
    envelope = await slack.send_envelope("slash_commands", form)
    ack = await slack.wait_ack(envelope)
    assert ack["envelope_id"] == envelope
    calls = await slack.wait_for_calls("response_url")
    assert calls[0].args["rid"] == "cmd2"
    assert calls[0].args["response_type"] == "ephemeral"
    assert calls[0].args["text"] == "echo: help"


async def test_buttons_answer_more_and_sources_in_the_thread(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    article = store.upsert_article(
        None,
        None,
        "https://news.example/ceasefire",
        HOSTILE,
        "Text of the article. " * 20,
        source="Outlet <b>",
    )
    ceasefire = briefing("Ceasefire agreed", link="https://news.example/ceasefire")
    story_id = store.create_story(ceasefire, [article.article_id])
    rec = StoryConversation(store)
    adapter = await make_adapter("http", rec)
    digest = Digest(
        channel_id="news",
        slot=SLOT,
        stories=(
            DigestStory(story=Story(id=story_id, briefing=ceasefire, article_ids=(article.article_id,))),
        ),
    )
    root = await adapter.post_digest(ChannelRef("slack", CHANNEL), digest, "digest:news:buttons")
    posted = slack.posted(CHANNEL)[0]
    assert "<https://news.example/ceasefire|Ceasefire agreed>" in posted["blocks"][2]["text"]["text"]

    for action_id in (ACTION_MORE, ACTION_SOURCES):
        status, _ = await post_http(
            adapter,
            _button_press(story_id, root, action_id, "1.2.3", slack.response_url("act")),
            content_type="application/x-www-form-urlencoded",
        )
        assert status == 200
        await adapter.wait_idle()

    # each press reached the conversation as the message it stands for, in the digest's thread
    assert [(m.text, m.thread, m.user) for m in rec.messages] == [
        (story_text(story_id, "more"), root, USER),
        (story_text(story_id, "sources"), root, USER),
    ]
    more, sources = [c.args for c in slack.calls_to("chat.postMessage")[1:]]
    assert more["thread_ts"] == root and sources["thread_ts"] == root
    more_text = json.dumps(more["blocks"])
    assert "Ministry of Defence (negotiator)" in more_text and "people displaced" in more_text
    sources_text = json.dumps(sources["blocks"])
    assert "https://news.example/ceasefire|" in sources_text
    assert "&lt;!channel&gt;" in sources_text and "Outlet &lt;b&gt;" in sources_text
    assert not _FORBIDDEN.search(sources_text)


# ------------------------------------------------------------------ digests


async def test_long_digest_split_within_limits_with_metadata(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    adapter = await make_adapter("http")
    first = await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(60), "digest:news:60")
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 3  # every post accepted by the server's block checks (else DeliveryError)
    assert first == slack.posted(CHANNEL)[0]["ts"]
    stories = 0
    for i, p in enumerate(posts):
        blocks = p.args["blocks"]
        assert len(blocks) <= 50
        assert all(len(b["text"]["text"]) <= 3000 for b in blocks if b["type"] == "section")
        assert p.args["metadata"]["event_payload"] == {"txn_id": "digest:news:60", "part": i, "parts": 3}
        assert p.args["unfurl_links"] is False
        stories += sum(1 for b in blocks if b["type"] == "actions")
    assert stories == 60
    assert posts[0].args["blocks"][0]["type"] == "header"
    assert "60 stories" in posts[0].args["text"]


async def test_hostile_headline_reaches_slack_escaped(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    adapter = await make_adapter("http")
    digest = Digest(
        channel_id="news",
        slot=SLOT,
        stories=(DigestStory(story=Story(id=1, briefing=briefing(HOSTILE), article_ids=())),),
    )
    await adapter.post_digest(ChannelRef("slack", CHANNEL), digest, "digest:news:hostile")
    (post,) = slack.calls_to("chat.postMessage")
    wire = json.dumps(post.args)
    assert not _FORBIDDEN.search(wire)
    assert (
        "&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;http://evil.example|bank&gt;" in post.args["text"]
    )


async def test_reply_with_answer_and_digest(slack: SlackMockServer, make_adapter: AdapterFactory) -> None:
    adapter = await make_adapter("http")
    ans = Answer(question="q", text="300 people were displaced.", answered=True)
    ts = await adapter.send_reply(Reply(channel=ChannelRef("slack", CHANNEL), thread="1700.1", answer=ans))
    ts2 = await adapter.send_reply(Reply(channel=ChannelRef("slack", CHANNEL), digest=digest_of(2)))
    posts = slack.calls_to("chat.postMessage")
    assert posts[0].args["thread_ts"] == "1700.1" and posts[0].args["text"] == "300 people were displaced."
    assert "thread_ts" not in posts[1].args and posts[1].args["blocks"][0]["type"] == "header"
    assert ts != ts2


async def test_restart_with_a_half_posted_digest_posts_each_part_once(
    slack: SlackMockServer, make_adapter: AdapterFactory, store_url: str
) -> None:
    channel = ChannelRef("slack", CHANNEL)
    adapter = await make_adapter("http")
    # part 1 goes through, part 2 hits a 500
    first_post = adapter.post_digest(channel, digest_of(30), "digest:news:restart")

    async def fail_second() -> None:
        await slack.wait_for_calls("chat.postMessage", 1)
        slack.fail("chat.postMessage", 500, error="internal_error", times=1)

    with pytest.raises(DeliveryError):
        await asyncio.gather(first_post, fail_second())
    assert len(slack.posted(CHANNEL)) == 1

    # "restart": a new adapter on the same database; the ledger asks first, then re-posts
    restarted = await make_adapter("http", use_store=Store.open(store_url))
    assert await restarted.confirm_sent(channel, "digest:news:restart") is None  # only part 1 is there
    root = await restarted.post_digest(channel, digest_of(30), "digest:news:restart")
    assert root == slack.posted(CHANNEL)[0]["ts"]
    parts = [m["metadata"]["event_payload"]["part"] for m in slack.posted(CHANNEL)]
    assert parts == [0, 1]
    assert await restarted.confirm_sent(channel, "digest:news:restart") == root


async def test_confirm_sent_finds_a_digest_in_history_after_state_was_lost(
    slack: SlackMockServer, make_adapter: AdapterFactory, tmp_path: Path
) -> None:
    channel = ChannelRef("slack", CHANNEL)
    adapter = await make_adapter("http")
    root = await adapter.post_digest(channel, digest_of(30), "digest:news:lost")
    other = Store.open(f"sqlite:///{tmp_path / 'other.db'}")  # nothing recorded: only Slack knows
    fresh = await make_adapter("http", use_store=other)
    assert await fresh.confirm_sent(channel, "digest:news:lost") == root
    assert await fresh.confirm_sent(channel, "digest:news:never") is None
    history = slack.calls_to("conversations.history")
    assert history and history[0].args["include_all_metadata"] in (True, "1", "true")


@pytest.mark.parametrize("page_cap", [999, 15])
async def test_recovery_reads_history_from_the_slot_through_every_page(
    slack: SlackMockServer, make_adapter: AdapterFactory, tmp_path: Path, page_cap: int
) -> None:
    """250 messages came after the digest (posted in 2 parts) before the restart: the history is
    read from the slot on, page after page, also when Slack returns only 15 messages a call."""
    slack.history_page_cap = page_cap
    channel = ChannelRef("slack", CHANNEL)
    before = slack.add_message(CHANNEL, "said before the slot")
    adapter = await make_adapter("http")
    root = await adapter.post_digest(channel, digest_of(30), "digest:news:busy")
    assert len([m for m in slack.posted(CHANNEL) if m.get("bot_id")]) == 2
    for i in range(250):
        slack.add_message(CHANNEL, f"chatter {i}")
    slot = datetime.fromtimestamp(float(before) + 1, UTC)
    fresh = await make_adapter("http", use_store=Store.open(f"sqlite:///{tmp_path / 'lost.db'}"))
    assert await fresh.confirm_sent(channel, "digest:news:busy", since=slot) == root
    calls = slack.calls_to("conversations.history")
    assert all(float(c.args["oldest"]) == pytest.approx(slot.timestamp() - 300) for c in calls)
    per_call = min(page_cap, 200)  # the adapter asks for 200
    assert len(calls) >= 250 // per_call
    # a digest that is not there: every page is read, and the answer is "not posted"
    slack.calls.clear()
    assert await fresh.confirm_sent(channel, "digest:news:never", since=slot) is None
    pages = len(slack.calls_to("conversations.history"))
    assert pages == -(-253 // per_call)  # the message before the slot is within the 5-minute margin


async def test_ledger_restart_with_a_pending_delivery_posts_once(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store, store_url: str
) -> None:
    """The real DeliveryLedger: a digest whose post failed stays pending; after a restart,
    reconcile posts it once, and further reconciles post nothing."""
    from newsbrief.bot.config import ChannelConfig
    from newsbrief.bot.delivery import DeliveryLedger

    now = datetime.now(UTC)
    for i in range(3):
        a = store.upsert_article(
            None, None, f"https://news.example/{i}", f"Story {i}", f"Text {i}. " * 30, now=now
        )
        store.create_story(briefing(f"Story {i}", link=f"https://news.example/{i}"), [a.article_id], now=now)
    channel = ChannelConfig(id="news", platform="slack", target=CHANNEL, schedule=None)
    adapter = await make_adapter("http")
    slack.fail("chat.postMessage", 500, error="internal_error", times=10)
    outcome = await DeliveryLedger(store).deliver(channel, now, adapter, now=now)
    assert outcome.status == "failed"
    assert slack.posted(CHANNEL) == []
    await adapter.stop()
    slack.clear_failures()

    restarted_store = Store.open(store_url)
    restarted = await make_adapter("http", use_store=restarted_store)
    ledger = DeliveryLedger(restarted_store)
    later = datetime.now(UTC) + timedelta(hours=2)  # past the back-off
    outcomes = await ledger.reconcile({"slack": restarted}, [channel], now=later)
    assert [o.status for o in outcomes] == ["sent"]
    assert len(slack.posted(CHANNEL)) == 1
    assert outcomes[0].message_id == slack.posted(CHANNEL)[0]["ts"]
    assert "<https://news.example/" in json.dumps(slack.posted(CHANNEL)[0]["blocks"])  # headlines linked
    assert await ledger.reconcile({"slack": restarted}, [channel], now=later) == []
    assert len(slack.posted(CHANNEL)) == 1
    await restarted.stop()
    restarted_store.close()


# ------------------------------------------------------------------ rate limits and failures


async def test_429_waits_retry_after_then_posts_once(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    adapter = await make_adapter("http")
    slack.fail("chat.postMessage", 429, retry_after=1)
    await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:429")
    calls = slack.calls_to("chat.postMessage")
    assert len(calls) == 2
    assert calls[1].at - calls[0].at >= 1.0
    assert len(slack.posted(CHANNEL)) == 1


def _http_date(seconds_from_now: float) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


async def test_429_with_an_http_date_retry_after_waits_then_posts_once(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    """Retry-After may be an HTTP date (RFC 9110); it is read by the one policy module as it is
    for feeds, and the post is made once the date has passed (not an error from the client)."""
    adapter = await make_adapter("http")
    slack.fail("chat.postMessage", 429, retry_after=_http_date(3))
    await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:429-date")
    calls = slack.calls_to("chat.postMessage")
    assert len(calls) == 2
    assert calls[1].at - calls[0].at >= 1.0  # the date is whole seconds: at least 2 s ahead
    assert len(slack.posted(CHANNEL)) == 1


async def test_ledger_waits_a_long_http_date_retry_after_from_slack(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    """A 429 whose Retry-After (an HTTP date two hours ahead) is longer than the adapter waits:
    the delivery stays pending and the ledger retries when Slack said, not after its own
    30-second back-off (``newsbrief.bot.retry_policy.DIGEST_SENDS``)."""
    from newsbrief.bot.config import ChannelConfig
    from newsbrief.bot.delivery import DeliveryLedger

    now = datetime.now(UTC)
    a = store.upsert_article(None, None, "https://news.example/rl", "Story", "Text. " * 30, now=now)
    store.create_story(briefing("Story"), [a.article_id], now=now)
    channel = ChannelConfig(id="news", platform="slack", target=CHANNEL, schedule=None)
    adapter = await make_adapter("http", max_retry_wait=30.0)
    slack.fail("chat.postMessage", 429, retry_after=_http_date(7200), times=5)
    outcome = await DeliveryLedger(store).deliver(channel, now, adapter, now=now)
    assert outcome.status == "failed" and outcome.retry_at is not None
    waited = (outcome.retry_at - now).total_seconds()
    assert 7000 < waited <= 7200
    assert slack.posted(CHANNEL) == []
    await adapter.stop()


@pytest.mark.parametrize(
    ("status", "retry_after", "body", "expected_retry_after"),
    [
        (429, 120, None, 120.0),  # longer than max_retry_wait: left to the ledger's back-off
        (500, None, None, None),
        (502, None, "<html>bad gateway</html>", None),
    ],
)
async def test_failed_post_raises_delivery_error(
    slack: SlackMockServer,
    make_adapter: AdapterFactory,
    status: int,
    retry_after: int | None,
    body: str | None,
    expected_retry_after: float | None,
) -> None:
    adapter = await make_adapter("http", max_retry_wait=30.0)
    slack.fail("chat.postMessage", status, retry_after=retry_after, times=5, body=body)
    with pytest.raises(DeliveryError) as info:
        await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:fail")
    assert info.value.retry_after == expected_retry_after
    assert slack.posted(CHANNEL) == []


async def test_posts_are_paced_per_channel(slack: SlackMockServer, make_adapter: AdapterFactory) -> None:
    adapter = await make_adapter("http", pace_seconds=0.3)
    digest = asyncio.create_task(
        adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(60), "digest:news:paced")
    )
    await slack.wait_for_calls("chat.postMessage", 1)
    await adapter.send_reply(Reply(channel=ChannelRef("slack", "C0000OTHER"), text="hi"))
    await digest
    calls = slack.calls_to("chat.postMessage")
    same = [c.at for c in calls if c.args["channel"] == CHANNEL]
    assert len(same) == 3
    assert same[1] - same[0] >= 0.3 and same[2] - same[1] >= 0.3
    channels = [c.args["channel"] for c in calls]
    assert channels.index("C0000OTHER") < 3  # not queued behind this channel's pace


# ------------------------------------------------------------------ retries, dedupe, signatures


async def test_retry_storm_gets_one_reply(slack: SlackMockServer, make_adapter: AdapterFactory) -> None:
    gate = asyncio.Event()
    rec = Recorder(gate)
    adapter = await make_adapter("http", rec)
    body = json.dumps(event_body(mention("what happened?"), event_id="Ev0STORM"))
    results = [await post_http(adapter, body)]
    await eventually(lambda: len(rec.messages) == 1)  # the first is being answered (blocked) ...
    results += await asyncio.gather(
        *(post_http(adapter, body, retry_num=n) for n in (1, 2))
    )  # ... retries arrive
    await asyncio.sleep(0.1)
    gate.set()
    await adapter.wait_idle()
    results.append(await post_http(adapter, body, retry_num=3))  # after the answer
    await adapter.wait_idle()
    assert [status for status, _ in results] == [200, 200, 200, 200]
    assert len(rec.messages) == 1
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_same_message_as_mention_and_message_event_answered_once(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    rec = Recorder()
    adapter = await make_adapter("http", rec)
    root = await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:dup")
    ts = "1710000010.000001"
    text = f"<@{BOT_USER_ID}> and then?"
    await post_http(adapter, json.dumps(event_body(message(text, ts, thread_ts=root))))
    await post_http(adapter, json.dumps(event_body({**mention("and then?", ts=ts), "thread_ts": root})))
    await adapter.wait_idle()
    assert len(rec.messages) == 1
    assert rec.messages[0].thread == root


async def test_dedupe_survives_a_restart(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store, store_url: str
) -> None:
    body = json.dumps(event_body(mention("hello"), event_id="Ev0RESTART"))
    first = await make_adapter("http", Recorder())
    await post_http(first, body)
    await first.wait_idle()
    await first.stop()
    store.close()

    rec = Recorder()
    second = await make_adapter("http", rec, use_store=Store.open(store_url))
    status, _ = await post_http(second, body, retry_num=1)
    await second.wait_idle()
    assert status == 200
    assert rec.messages == []
    assert len(slack.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("forgery", ["wrong-secret", "stale", "no-signature"])
async def test_forged_or_stale_signature_refused(
    slack: SlackMockServer, make_adapter: AdapterFactory, forgery: str
) -> None:
    rec = Recorder()
    adapter = await make_adapter("http", rec)
    body = json.dumps(event_body(mention("hello")))
    assert adapter.http is not None
    if forgery == "no-signature":
        async with aiohttp.ClientSession() as s, s.post(adapter.http.url, data=body) as resp:
            status = resp.status
    elif forgery == "wrong-secret":
        status, _ = await post_http(adapter, body, secret="not-the-secret")
    else:
        status, _ = await post_http(adapter, body, timestamp=int(time.time()) - 600)
    await asyncio.sleep(0.1)
    await adapter.wait_idle()
    assert status == 401
    assert rec.messages == []
    assert slack.calls_to("chat.postMessage") == []


async def test_url_verification_challenge(make_adapter: AdapterFactory) -> None:
    adapter = await make_adapter("http")
    body = json.dumps(
        {
            "token": "t",
            "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            "type": "url_verification",
        }
    )
    status, text = await post_http(adapter, body)
    assert status == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in text


# ------------------------------------------------------------------ Socket Mode


async def test_socket_mode_event_acked_and_answered(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    rec = Recorder()
    adapter = await make_adapter("socket", rec)
    await slack.wait_connected()
    assert slack.connections_opened == 1
    body = event_body(mention("hello"), event_id="Ev0SOCKET")
    env = await slack.send_envelope("events_api", body)
    await slack.wait_ack(env)
    env2 = await slack.send_envelope("events_api", body, retry_attempt=1)  # Slack's retry
    await slack.wait_ack(env2)
    await slack.wait_for_calls("chat.postMessage")
    await adapter.wait_idle()
    assert [m.text for m in rec.messages] == ["hello"]
    assert len(slack.calls_to("chat.postMessage")) == 1


async def _event_answered(slack: SlackMockServer, text: str, ts: str) -> None:
    before = len(slack.calls_to("chat.postMessage"))
    env = await slack.send_envelope("events_api", event_body(mention(text, ts=ts)))
    await slack.wait_ack(env)
    await slack.wait_for_calls("chat.postMessage", before + 1)


async def test_socket_mode_reconnects_after_disconnect_message(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    await make_adapter("socket")
    await slack.wait_connected()
    await slack.send_disconnect("refresh_requested")
    await slack.wait_connected(2, timeout=10)
    assert slack.connections_opened == 2
    await _event_answered(slack, "after refresh", "1710000020.000001")
    assert slack.calls_to("chat.postMessage")[-1].args["text"] == "echo: after refresh"


async def test_socket_mode_reconnects_after_dropped_connection(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    await make_adapter("socket")
    await slack.wait_connected()
    await slack.drop_connections()
    await slack.wait_connected(2, timeout=10)
    await _event_answered(slack, "after drop", "1710000021.000001")
    assert slack.calls_to("chat.postMessage")[-1].args["text"] == "echo: after drop"


async def test_watchdog_rebuilds_a_silent_client(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    slack.blackhole = True  # the first connection gets no hello and no pongs
    # slack_sdk's own ping check would take 4 x 30 s; the watchdog notices after 1 s
    adapter = await make_adapter("socket", ping_interval=30.0, watchdog_seconds=1.0)
    await slack.wait_connected(2, timeout=10)
    assert adapter.socket is not None and adapter.socket.rebuilds >= 1
    await _event_answered(slack, "after watchdog", "1710000022.000001")


# ------------------------------------------------------------------ payload translation (pure) and start-up


def test_slack_markup_becomes_what_the_user_typed() -> None:
    text = (
        f"<@{BOT_USER_ID}> brief <https://a.example/x?y=1&amp;z=2|a.example> "
        "for <@U0000BOB> in <#C0000NEWS|news> <!here> &lt;b&gt; &amp; more"
    )
    assert plain_text_from_slack(text, BOT_USER_ID) == (
        "brief https://a.example/x?y=1&z=2 for @U0000BOB in #news @here <b> & more"
    )


@pytest.mark.parametrize(
    ("event", "answered", "reply_thread"),
    [
        (mention("hi"), True, "1710000000.000100"),
        ({**mention("hi"), "thread_ts": "1700000000.000001"}, True, "1700000000.000001"),
        ({**mention("hi"), "bot_id": "B0THER"}, False, None),
        ({**mention("hi"), "user": BOT_USER_ID}, False, None),
        (message("hi", "1.1", channel="D0000DM", channel_type="im"), True, None),
        (message("hi", "1.2", channel="D0000DM", channel_type="im", thread_ts="1.0"), True, "1.0"),
        (message("hi", "1.3", channel="D0000DM", channel_type="im", subtype="message_deleted"), False, None),
        (message("hi", "1.4"), False, None),
        (message("hi", "1.5", thread_ts="1.0"), True, "1.0"),  # only if the thread is ours (checked later)
        ({"type": "reaction_added", "user": USER}, False, None),
    ],
)
def test_which_events_are_answered_and_where(
    event: dict[str, Any], answered: bool, reply_thread: str | None
) -> None:
    em = message_from_event(event, BOT_USER_ID, "B0000OURS")
    assert (em is not None) == answered
    if em is not None:
        assert em.reply_thread == reply_thread
        assert em.needs_our_thread == (event["type"] == "message" and not em.is_direct)


async def test_start_refuses_a_bad_token(slack: SlackMockServer, store: Store) -> None:
    settings = SlackConfig(mode="http", bot_token="xoxb-revoked", signing_secret=SECRET)
    adapter = SlackAdapter(settings, store, base_url=slack.base_url, http_host="127.0.0.1", http_port=0)
    slack.fail("auth.test", 200, error="invalid_auth")
    with pytest.raises(SlackStartError, match="invalid_auth"):
        await adapter.start(Recorder())
    assert adapter.http is None


def test_from_config_reads_the_slack_admins(store: Store) -> None:
    from newsbrief.bot.config import AdminsConfig

    settings = SlackConfig(mode="socket", bot_token="xoxb-x", app_token="xapp-x")
    adapter = SlackAdapter.from_config(settings, store, admins=AdminsConfig(slack=("U0123ABC",)))
    assert adapter.admins == ("U0123ABC",)
    assert adapter.is_admin("U0123ABC") and not adapter.is_admin(USER)
    assert adapter.mode == "socket" and adapter.platform == "slack"


async def test_digest_answered_in_a_thread_makes_the_thread_ours(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    seen: list[IncomingMessage] = []

    async def handle(msg: IncomingMessage) -> Reply:
        seen.append(msg)
        if msg.text == "digest now":
            return Reply(channel=msg.channel, thread=msg.message_id, text="Here it is.", digest=digest_of(2))
        return Reply(channel=msg.channel, thread=msg.thread, text="From that digest: ...")

    adapter = await make_adapter("http", handle)
    await post_http(adapter, json.dumps(event_body(mention("digest now", ts="1710000030.000001"))))
    await adapter.wait_idle()
    text_post, digest_post = slack.calls_to("chat.postMessage")
    assert text_post.args["thread_ts"] == digest_post.args["thread_ts"] == "1710000030.000001"
    digest_ts = slack.posted(CHANNEL)[1]["ts"]

    follow_up = message("which one is biggest?", "1710000031.000001", thread_ts="1710000030.000001")
    await post_http(adapter, json.dumps(event_body(follow_up)))  # no mention needed in this thread now
    await adapter.wait_idle()
    assert [m.text for m in seen] == ["digest now", "which one is biggest?"]
    assert seen[1].thread == digest_ts  # known by the digest's first message
    assert slack.calls_to("chat.postMessage")[-1].args["thread_ts"] == "1710000030.000001"


# ------------------------------------------------------------------ sizes and permanent rejections


async def test_a_96000_character_headline_is_posted_within_limits_and_a_refusal_returns_the_stories(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    """The real ledger and adapter: a hostile page's 96,000-character headline is posted clipped
    (the loopback Slack refuses anything over its limits); when Slack refuses a digest for good
    (``msg_too_long``), it is not retried, the admins' callback runs, and the next digest carries
    the stories."""
    from newsbrief.bot.config import ChannelConfig
    from newsbrief.bot.delivery import DeliveryLedger, DeliveryOutcome

    now = datetime.now(UTC)
    huge = "Headline " * 10_667  # 96,003 characters
    a = store.upsert_article(None, None, "https://news.example/huge", huge, "Text. " * 30, now=now)
    store.create_story(briefing(huge, link="https://news.example/huge"), [a.article_id], now=now)
    channel = ChannelConfig(id="news", platform="slack", target=CHANNEL, schedule=None)
    adapter = await make_adapter("http")
    rejected: list[DeliveryOutcome] = []

    async def report(outcome: DeliveryOutcome) -> None:
        rejected.append(outcome)

    ledger = DeliveryLedger(store, on_rejected=report)
    slack.fail("chat.postMessage", 200, error="msg_too_long")
    refused = await ledger.deliver(channel, now, adapter, now=now)
    assert refused.status == "rejected" and "msg_too_long" in (refused.error or "")
    assert [o.digest_id for o in rejected] == [refused.digest_id]
    assert len(slack.calls_to("chat.postMessage")) == 1  # not retried by the client either
    assert store.pending_deliveries() == [] and store.stories_in_digests("news") == {}

    later = now + timedelta(hours=1)
    outcome = await ledger.deliver(channel, later, adapter, now=later)
    assert outcome.status == "sent"
    (posted,) = slack.posted(CHANNEL)  # the loopback Slack checked every block limit
    assert len(posted["text"]) <= 40_000
    headline = posted["blocks"][2]["text"]["text"].splitlines()[0]
    assert headline.count("Headline") < 100 and "\u2026" in headline
    assert "Text." not in headline  # positive control that this line is the headline: it is linked
    assert "<https://news.example/huge|" in headline


async def test_a_brief_an_answer_and_help_of_a_hostile_page_are_posted_within_limits(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    """Every other message kind the conversation sends, for a page whose every field has 96,000
    characters: the loopback Slack (which refuses anything over Slack's limits) takes each, and
    what a reader sees is clipped with an ellipsis."""
    from newsbrief.bot.conversation import HELP_TEXT
    from newsbrief.summarizers.types import Citation

    adapter = await make_adapter("http")
    channel = ChannelRef("slack", CHANNEL)
    b = hostile_page_briefing()
    huge = b.title
    replies = [
        Reply(channel=channel, briefings=(b,)),  # brief <url>
        Reply(channel=channel, briefings=(b,), extra={"view": "more", "link": "https://news.example/a"}),
        Reply(
            channel=channel,
            answer=Answer(huge, huge, True, (Citation("1", huge, huge, "https://news.example/a", huge),)),
        ),
        Reply(channel=channel, text=HELP_TEXT),
        Reply(channel=channel, text=huge),
    ]
    for reply in replies:
        await adapter.send_reply(reply)  # raises DeliveryError on a refusal
    posted = slack.posted(CHANNEL)
    assert len(posted) >= len(replies)
    for m in posted:
        assert len(m["text"]) <= 40_000 and len(json.dumps(m["blocks"])) < 200_000
    headline = posted[0]["blocks"][0]["text"]["text"]
    assert headline.startswith("Word Word") and headline.endswith("\u2026")
    assert any("digest now" in json.dumps(m) for m in posted)  # the help text went out whole
    assert all("Word " * 1000 not in json.dumps(m) for m in posted)  # no field went out whole


# ------------------------------------------------------------------ settings


async def test_api_url_http_host_and_unfurl_links_come_from_the_config(
    slack: SlackMockServer, store: Store
) -> None:
    from newsbrief.bot.config import ChannelConfig, QuietConfig

    settings = SlackConfig(
        mode="http",
        bot_token="xoxb-test-token",
        signing_secret=SECRET,
        api_url=slack.base_url.rstrip("/"),  # the trailing slash is added
        http_host="127.0.0.1",
    )
    assert settings.api_url.endswith("/")
    channels = [
        ChannelConfig(id="loud", platform="slack", target="C0000LOUD", quiet=QuietConfig(unfurl_links=True)),
        ChannelConfig(id="calm", platform="slack", target=CHANNEL),
    ]
    adapter = SlackAdapter.from_config(settings, store, channels=channels, http_port=0, pace_seconds=0.0)
    await adapter.start(Recorder())  # auth.test went to the loopback Slack: api_url is used
    try:
        assert slack.calls_to("auth.test")
        assert adapter.http is not None and adapter.http.host == "127.0.0.1"
        await adapter.post_digest(ChannelRef("slack", "C0000LOUD"), digest_of(1), "digest:loud:1")
        await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:calm:1")
        (loud,) = slack.posted("C0000LOUD")
        assert loud["unfurl_links"] is True and loud["unfurl_media"] is True
        (calm,) = slack.posted(CHANNEL)
        assert calm["unfurl_links"] is False and calm["unfurl_media"] is False
    finally:
        await adapter.stop()


def test_api_url_must_be_http() -> None:
    from newsbrief.bot.config import ConfigError

    with pytest.raises((ValueError, ConfigError)):
        SlackConfig(mode="http", bot_token="xoxb-t", signing_secret=SECRET, api_url="ftp://slack.example/")
    default = SlackConfig(mode="http", bot_token="xoxb-t", signing_secret=SECRET)
    assert default.api_url == "https://slack.com/api/" and default.http_host == "0.0.0.0"


@pytest.mark.parametrize(("text", "posts"), [("digest now", 0), ("", 1)])
async def test_a_command_answered_by_its_own_work_posts_nothing_more(
    slack: SlackMockServer, make_adapter: AdapterFactory, text: str, posts: int
) -> None:
    """``digest now`` posts the digest itself and the conversation returns None: no stray
    "asked: ... Try /newsbrief help" message after it. A bare ``/newsbrief`` still gets the hint."""

    async def done(msg: IncomingMessage) -> Reply | None:
        return None

    adapter = await make_adapter("http", done)
    form = {
        "command": "/newsbrief",
        "text": text,
        "channel_id": CHANNEL,
        "user_id": USER,
        "team_id": "T0000001",
        "response_url": slack.response_url("cmd2"),
        "trigger_id": "1.2.3",
    }
    status, _ = await post_http(adapter, urlencode(form), content_type="application/x-www-form-urlencoded")
    assert status == 200
    await adapter.wait_idle()
    assert len(slack.calls_to("chat.postMessage")) == posts


async def test_slack_down_at_start_is_retried_with_back_off_not_a_traceback(
    slack: SlackMockServer, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    from newsbrief.bot.adapters.base import AdapterUnavailable, start_with_retry
    from newsbrief.bot.adapters.slack import SlackUnavailable
    from newsbrief.bot.retry_policy import PLATFORM_CONNECT

    settings = SlackConfig(mode="http", bot_token="xoxb-test-token", signing_secret=SECRET)
    adapter = SlackAdapter(settings, store, base_url=slack.base_url, http_host="127.0.0.1", http_port=0)
    slack.fail("auth.test", 503, error="service_unavailable", times=10)  # the client retries too
    with pytest.raises(SlackUnavailable):
        await adapter.start(Recorder())
    slack.clear_failures()

    waits: list[float] = []
    slack.fail("auth.test", 503, error="service_unavailable", times=6)

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    caplog.set_level("WARNING")
    failures = await start_with_retry(adapter, Recorder(), policy=PLATFORM_CONNECT, sleep=sleep)
    try:
        assert failures >= 2 and len(waits) == failures
        assert all(b > a for a, b in zip(waits, waits[1:], strict=False))  # backing off
        assert adapter.http is not None  # connected in the end
        assert "unreachable at start" in caplog.text and "Traceback" not in caplog.text
    finally:
        await adapter.stop()

    # a refused token is not "unavailable": it is raised at once, not retried
    bad = SlackAdapter(
        SlackConfig(mode="http", bot_token="xoxb-test-token", signing_secret=SECRET),
        store,
        base_url=slack.base_url,
        http_port=0,
    )
    slack.fail("auth.test", 200, error="invalid_auth")
    with pytest.raises(SlackStartError) as info:
        await start_with_retry(bad, Recorder(), sleep=sleep)
    assert not isinstance(info.value, AdapterUnavailable)


async def test_slack_unreachable_at_start_is_unavailable(store: Store) -> None:
    from newsbrief.bot.adapters.slack import SlackUnavailable

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = SlackConfig(mode="http", bot_token="xoxb-test-token", signing_secret=SECRET)
    adapter = SlackAdapter(settings, store, base_url=f"http://127.0.0.1:{port}/api/", http_port=0)
    with pytest.raises(SlackUnavailable):
        await adapter.start(Recorder())


# ------------------------------------------------------------------ answers: leases and apologies


async def test_a_message_claimed_before_a_crash_is_answered_on_the_next_start(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store, store_url: str
) -> None:
    """The previous process claimed two messages and died before answering; one claim's lease
    has run out (answered now, once), the other's has not (left alone: maybe still being answered)."""
    from dataclasses import asdict

    from newsbrief.bot.adapters.slack.events import EventMessage

    def payload(ts: str, text: str) -> dict[str, Any]:
        em = EventMessage(CHANNEL, USER, text, ts, None, False, False, ts)
        return {**asdict(em), "root": None}

    long_ago = datetime.now(UTC) - timedelta(minutes=30)
    lease = timedelta(minutes=10)
    assert store.claim_answer(
        "slack", f"msg:{CHANNEL}:1.1", payload("1.1", "lost question"), lease, now=long_ago
    )
    assert store.claim_answer("slack", f"msg:{CHANNEL}:1.2", payload("1.2", "in flight"), lease)
    rec = Recorder()
    adapter = await make_adapter("http", rec)
    await eventually(lambda: len(slack.posted(CHANNEL)) == 1)
    await adapter.wait_idle()
    assert [m.text for m in rec.messages] == ["lost question"]
    (answer,) = slack.posted(CHANNEL)
    assert answer["thread_ts"] == "1.1" and "echo: lost question" in answer["text"]
    await adapter.stop()
    # a further start answers nothing again
    again = await make_adapter("http", Recorder(), use_store=Store.open(store_url))
    await asyncio.sleep(0.3)
    await again.wait_idle()
    assert len(slack.posted(CHANNEL)) == 1


async def test_an_answer_that_cannot_be_sent_tells_the_asker_briefly(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    """Three 429s in a row and a Retry-After over the client's limit: the answer is still sent
    (waited for); when every attempt fails, the asker gets one short message instead of silence."""
    adapter = await make_adapter("http", max_retry_count=0, reply_attempts=3)
    slack.fail("chat.postMessage", 429, retry_after=1, times=2)
    status, _ = await post_http(adapter, json.dumps(event_body(mention("first?", ts="1710000001.000100"))))
    assert status == 200
    await adapter.wait_idle(timeout=20)
    (answer,) = slack.posted(CHANNEL)
    assert answer["text"] == "echo: first?"  # waited out, sent once

    slack.fail("chat.postMessage", 429, retry_after=1, times=3)  # every attempt of the answer
    await post_http(adapter, json.dumps(event_body(mention("second?", ts="1710000002.000100"))))
    await adapter.wait_idle(timeout=20)
    sorry = slack.posted(CHANNEL)[-1]
    assert len(slack.posted(CHANNEL)) == 2
    assert sorry["thread_ts"] == "1710000002.000100"
    assert sorry["text"].startswith("Sorry, I could not send my answer (ratelimited)")


async def test_a_command_answer_that_cannot_be_posted_tells_the_asker_privately(
    slack: SlackMockServer, make_adapter: AdapterFactory
) -> None:
    adapter = await make_adapter("http", Recorder(), max_retry_count=0, reply_attempts=2)
    slack.fail("chat.postMessage", 429, retry_after=1, times=2)
    form = {
        "command": "/newsbrief",
        "text": "what happened?",
        "channel_id": CHANNEL,
        "user_id": USER,
        "team_id": "T0000001",
        "response_url": slack.response_url("cmd3"),
        "trigger_id": "1.2.3",
    }
    await post_http(adapter, urlencode(form), content_type="application/x-www-form-urlencoded")
    await adapter.wait_idle(timeout=20)
    assert slack.posted(CHANNEL) == []
    (sorry,) = slack.calls_to("response_url")
    assert sorry.args["response_type"] == "ephemeral"
    assert sorry.args["text"].startswith("Sorry, I could not send my answer (ratelimited)")


# ------------------------------------------------------------------ state outside the adapter


async def test_thread_roots_live_in_the_service_given_to_the_adapter(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    kv = KeyValue()
    rec = Recorder()
    adapter = await make_adapter("http", rec, thread_roots=ThreadRoots(AsyncStore(kv), "slack"))
    root = await adapter.post_digest(ChannelRef("slack", CHANNEL), digest_of(1), "digest:news:roots")
    assert kv.data == {f"slack:thread:{CHANNEL}:{root}": root}
    assert store.get_kv(f"slack:thread:{CHANNEL}:{root}") is None  # the adapter wrote nothing itself

    follow_up = message("and the figures?", "1710000041.000001", thread_ts=root)
    await post_http(adapter, json.dumps(event_body(follow_up)))  # no mention: known from the service
    await adapter.wait_idle()
    assert [(m.text, m.thread) for m in rec.messages] == [("and the figures?", root)]
    # control: a reply in a thread the service does not know, without a mention, is not answered
    await post_http(adapter, json.dumps(event_body(message("x", "1710000042.000001", thread_ts="1.2"))))
    await adapter.wait_idle()
    assert len(rec.messages) == 1


# ------------------------------------------------------------------ leases for commands and buttons


def _button_press(story_id: int, root: str, action_id: str, trigger: str, response_url: str) -> str:
    payload = {
        "type": "block_actions",
        "user": {"id": USER},
        "team": {"id": "T0000001"},
        "api_app_id": "A0000001",
        "container": {"type": "message", "message_ts": root, "channel_id": CHANNEL},
        "channel": {"id": CHANNEL},
        "message": {"ts": root, "type": "message"},
        "actions": [
            {
                "action_id": action_id,
                "block_id": f"story-{story_id}",
                "value": str(story_id),
                "type": "button",
            }
        ],
        "trigger_id": trigger,
        "response_url": response_url,
    }
    return urlencode({"payload": json.dumps(payload)})


def _stored_story(store: Store, title: str) -> int:
    article = store.upsert_article(
        None,
        None,
        "https://news.example/" + title.lower().replace(" ", "-"),
        title,
        "Body. " * 20,
        source="Wire",
    )
    return store.create_story(briefing(title), [article.article_id])


async def test_a_command_and_a_button_claimed_before_a_crash_are_answered_on_the_next_start(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    story_id = _stored_story(store, "Bridge reopened")
    long_ago = datetime.now(UTC) - timedelta(minutes=30)
    lease = timedelta(minutes=10)
    command = {
        "channel_id": CHANNEL,
        "user_id": USER,
        "text": "what happened?",
        "response_url": slack.response_url("crash-cmd"),
    }
    assert store.claim_answer("slack", "cmd:9.9.9", {"kind": "command", "body": command}, lease, now=long_ago)
    press = {
        "channel": CHANNEL,
        "thread": "1.5",
        "user": USER,
        "action_id": ACTION_MORE,
        "value": str(story_id),
    }
    assert store.claim_answer("slack", "act:x", {"kind": "action", "press": press}, lease, now=long_ago)
    # control: a press whose lease still runs is left alone (maybe still being answered)
    live = {**press, "thread": "1.6"}
    assert store.claim_answer("slack", "act:y", {"kind": "action", "press": live}, lease)

    rec = StoryConversation(store)
    adapter = await make_adapter("http", rec)
    await eventually(lambda: len(slack.posted(CHANNEL)) == 2)
    await asyncio.sleep(0.2)
    await adapter.wait_idle()
    assert sorted(m.text for m in rec.messages) == sorted(["what happened?", story_text(story_id)])
    posts = {p.get("thread_ts"): p for p in slack.posted(CHANNEL)}
    assert set(posts) == {None, "1.5"}
    assert f"<@{USER}> asked: `/newsbrief what happened?`" in json.dumps(posts[None]["blocks"])
    assert "Bridge reopened" in json.dumps(posts["1.5"]["blocks"])
    # finished: a second sweep answers nothing again
    assert await adapter.claims.sweep(adapter._reanswer) == 0


async def test_a_button_press_is_answered_once_and_an_unsendable_answer_tells_the_asker(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    story_id = _stored_story(store, "Harbour closed")
    adapter = await make_adapter("http", StoryConversation(store), max_retry_count=0, reply_attempts=2)
    root = "1710000050.000001"
    press = _button_press(story_id, root, ACTION_MORE, "7.7.7", slack.response_url("b1"))
    for _ in range(2):  # the same press delivered twice: one answer
        status, _ = await post_http(adapter, press, content_type="application/x-www-form-urlencoded")
        assert status == 200
        await adapter.wait_idle()
    (answer,) = slack.posted(CHANNEL)
    assert answer["thread_ts"] == root and "Harbour closed" in json.dumps(answer["blocks"])

    slack.fail("chat.postMessage", 429, retry_after=1, times=2)  # every attempt of the answer
    press = _button_press(story_id, root, ACTION_SOURCES, "7.7.8", slack.response_url("b2"))
    await post_http(adapter, press, content_type="application/x-www-form-urlencoded")
    await adapter.wait_idle(timeout=20)
    assert len(slack.posted(CHANNEL)) == 2
    sorry = slack.posted(CHANNEL)[-1]
    assert sorry["thread_ts"] == root
    assert sorry["text"].startswith("Sorry, I could not send my answer (ratelimited)")


async def test_a_command_and_a_button_that_keep_failing_are_given_up_with_a_word_to_the_asker(
    slack: SlackMockServer, make_adapter: AdapterFactory, store: Store
) -> None:
    """Claimed three times and never answered (an answer that kills the process each time): the
    next sweep tells the asker instead, the command's privately, the button's in its thread."""
    lease = timedelta(minutes=10)
    start = datetime.now(UTC) - timedelta(minutes=60)
    command = {
        "channel_id": CHANNEL,
        "user_id": USER,
        "text": "crashy",
        "response_url": slack.response_url("gu"),
    }
    press = {"channel": CHANNEL, "thread": "1.7", "user": USER, "action_id": ACTION_MORE, "value": "1"}
    for i in range(3):
        at = start + i * timedelta(minutes=11)
        assert store.claim_answer("slack", "cmd:g", {"kind": "command", "body": command}, lease, now=at)
        assert store.claim_answer("slack", "act:g", {"kind": "action", "press": press}, lease, now=at)
    rec = StoryConversation(store)
    adapter = await make_adapter("http", rec)
    await eventually(lambda: len(slack.posted(CHANNEL)) == 1 and len(slack.calls_to("response_url")) == 1)
    await adapter.wait_idle()
    assert rec.messages == []  # not answered a fourth time
    (sorry,) = slack.posted(CHANNEL)
    assert sorry["thread_ts"] == "1.7" and sorry["text"].startswith("Sorry, I could not answer")
    (private,) = slack.calls_to("response_url")
    assert private.args["response_type"] == "ephemeral" and "could not answer" in private.args["text"]
