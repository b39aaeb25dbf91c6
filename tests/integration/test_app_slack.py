"""The whole bot (``NewsbriefApp``) with a Slack channel: bundled feeds in, a digest posted to the
loopback Slack API, and a follow-up question in the digest's thread answered from that digest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from newsbrief.bot.adapters.slack import SlackAdapter
from newsbrief.bot.app import NewsbriefApp
from newsbrief.bot.config import load_config
from newsbrief.bot.conversation import story_text
from newsbrief.bot.domain import ChannelRef, IncomingMessage, Reply
from newsbrief.bot.render.slack import ACTION_MORE
from tests.integration.slack_mock_server import (
    BOT_USER_ID,
    SECRET,
    SlackMockServer,
    event_body,
    eventually,
    post_http,
)

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = "C0000NEWS"

CONFIG = f"""
storage: {{url: "sqlite:///newsbrief.db"}}
feeds:
  - {{id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}}
  - {{id: business, url: "package:newsbrief.bot/data/feeds/business.xml", name: The Market Ledger}}
channels:
  - id: team
    platform: slack
    target: {CHANNEL}
    feeds: [world, business]
    schedule: null
slack:
  mode: http
  bot_token: xoxb-test-token
  signing_secret: {SECRET}
admins: {{slack: [U0000ADMIN]}}
"""


async def slack_app(
    tmp_path: Path, slack: SlackMockServer, config_text: str = CONFIG
) -> tuple[NewsbriefApp, SlackAdapter]:
    """The app on CONFIG with its store open, its Slack adapter pointed at the loopback Slack."""
    path = tmp_path / "config.yaml"
    path.write_text(config_text)
    config = load_config(path, env={})
    assert config.slack is not None
    app = NewsbriefApp(config)
    await app.open_store()
    adapter = SlackAdapter(
        config.slack, app.store, base_url=slack.base_url, http_host="127.0.0.1", http_port=0, pace_seconds=0.0
    )
    app.adapter_overrides = {"slack": adapter}
    return app, adapter


async def test_digest_and_thread_question_through_the_app(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    app, adapter = await slack_app(tmp_path, slack)
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("slack", CHANNEL)) is None  # posted
        posts = slack.posted(CHANNEL)
        assert posts, "no digest reached Slack"
        root_ts = posts[0]["ts"]
        blocks = json.dumps(posts[0]["blocks"])
        assert "Varnor and Estmark" in blocks and "Orvane" in blocks

        question = {
            "type": "message",
            "user": "U0000ALICE",
            "text": f"<@{BOT_USER_ID}> how many people were killed?",
            "ts": "1790000000.000200",
            "thread_ts": root_ts,
            "channel": CHANNEL,
        }
        status, _ = await post_http(adapter, json.dumps(event_body(question)))
        assert status == 200
        await eventually(lambda: len(slack.calls_to("chat.postMessage")) >= 2, timeout=30)
        await adapter.wait_idle()
        answer = slack.calls_to("chat.postMessage")[-1].args
        assert answer["thread_ts"] == root_ts
        text = answer["text"] + json.dumps(answer.get("blocks", []))
        assert "64" in text
        assert "northern-wire.example" in text or "market-ledger.example" in text

        # The same digest is not posted again: the next one has nothing new.
        reply = await app.digest_now(ChannelRef("slack", CHANNEL))
        assert reply is not None and "No new stories" in reply.text
    finally:
        await app.stop()


async def test_slack_down_at_start_then_a_refused_digest_is_reported_to_the_admins(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    import asyncio

    app, adapter = await slack_app(tmp_path, slack)
    slack.fail("auth.test", 503, error="service_unavailable", times=2)
    try:
        await app.start(first_digest=False, schedule=False)  # no exception: retried in the background
        assert app._starting and not app._starting[0].done()
        await asyncio.wait_for(asyncio.gather(*app._starting), 30)
        assert adapter.http is not None and len(slack.calls_to("auth.test")) == 3

        slack.fail("chat.postMessage", 200, error="msg_too_long")
        reply = await app.digest_now(ChannelRef("slack", CHANNEL))
        assert reply is not None and "refused" in reply.text
        (report,) = slack.posted("U0000ADMIN")  # a direct message to the admin
        assert "msg_too_long" in report["text"] and "next digest" in report["text"]
        assert slack.posted(CHANNEL) == []
        # the next digest carries the stories
        assert await app.digest_now(ChannelRef("slack", CHANNEL)) is None
        assert "Varnor and Estmark" in json.dumps(slack.posted(CHANNEL)[0]["blocks"])
    finally:
        await app.stop()


def _buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for b in blocks:
        if b.get("accessory", {}).get("action_id"):
            found.append(b["accessory"])
        found += [e for e in b.get("elements", []) if isinstance(e, dict) and e.get("action_id")]
    return found


def _press(root: dict[str, Any], button: dict[str, Any], trigger: str, slack: SlackMockServer) -> str:
    """The form Slack posts when someone presses ``button`` of the message ``root`` (``trigger``
    names the press and its response URL)."""
    payload = {
        "type": "block_actions",
        "user": {"id": "U0000ALICE"},
        "team": {"id": "T0000001"},
        "api_app_id": "A0000001",
        "container": {"type": "message", "message_ts": root["ts"], "channel_id": CHANNEL},
        "channel": {"id": CHANNEL},
        "message": {"ts": root["ts"], "type": "message"},
        "actions": [{**button, "type": "button"}],
        "trigger_id": trigger,
        "response_url": slack.response_url(trigger),
    }
    return urlencode({"payload": json.dumps(payload)})


async def test_a_story_button_is_answered_through_the_apps_conversation(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    app, adapter = await slack_app(tmp_path, slack)
    seen: list[IncomingMessage] = []
    handle = app.conversation.handle

    async def spy(msg: IncomingMessage) -> Reply | None:
        seen.append(msg)
        return await handle(msg)

    app.conversation.handle = spy  # type: ignore[method-assign]
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("slack", CHANNEL)) is None
        root = slack.posted(CHANNEL)[0]
        more = next(b for b in _buttons(root["blocks"]) if b["action_id"] == ACTION_MORE)
        form = _press(root, more, "app-more", slack)
        status, _ = await post_http(adapter, form, content_type="application/x-www-form-urlencoded")
        assert status == 200
        await eventually(lambda: len(slack.posted(CHANNEL)) >= 2, timeout=30)
        await adapter.wait_idle()
        assert [(m.text, m.thread) for m in seen] == [(story_text(int(more["value"])), root["ts"])]
        answer = slack.posted(CHANNEL)[-1]
        assert answer["thread_ts"] == root["ts"]
        assert answer["blocks"][0]["type"] == "header"  # the story in full
    finally:
        await app.stop()


async def _ask_in_thread(
    adapter: SlackAdapter, slack: SlackMockServer, root_ts: str, text: str, ts: str
) -> dict[str, Any]:
    """Ask ``text`` in the digest's thread; the answer posted to Slack."""
    before = len(slack.posted(CHANNEL))
    question = {"type": "app_mention", "user": "U0000ALICE", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts}
    status, _ = await post_http(
        adapter, json.dumps(event_body({**question, "thread_ts": root_ts, "channel": CHANNEL}))
    )
    assert status == 200
    await eventually(lambda: len(slack.posted(CHANNEL)) > before, timeout=30)
    await adapter.wait_idle()
    answer = slack.posted(CHANNEL)[-1]
    assert answer["thread_ts"] == root_ts
    return answer


async def _ask_in_channel(
    adapter: SlackAdapter, slack: SlackMockServer, text: str, ts: str
) -> dict[str, Any]:
    """Ask ``text`` in the channel (not in a thread); the answer posted to Slack."""
    before = len(slack.posted(CHANNEL))
    free = {"type": "app_mention", "user": "U0000ALICE", "ts": ts, "channel": CHANNEL}
    free["text"] = f"<@{BOT_USER_ID}> {text}"
    status, _ = await post_http(adapter, json.dumps(event_body(free)))
    assert status == 200
    await eventually(lambda: len(slack.posted(CHANNEL)) > before, timeout=30)
    await adapter.wait_idle()
    return slack.posted(CHANNEL)[-1]


def _story_of(blocks: list[dict[str, Any]], headline: str) -> str:
    """The story id of the digest story whose section holds ``headline`` (its buttons' value)."""
    for i, b in enumerate(blocks):
        if b.get("type") == "section" and headline in b["text"]["text"]:
            return str(blocks[i + 1]["elements"][0]["value"])
    raise AssertionError(f"no story {headline!r} in the digest")


async def test_digest_and_its_answers_name_the_outlets_and_more_turns_the_thread_to_a_story(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    app, adapter = await slack_app(tmp_path, slack)
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("slack", CHANNEL)) is None
        root = slack.posted(CHANNEL)[0]
        digest = json.dumps(root["blocks"])
        # sources by the feeds' names, not by their links (one of which carries a tracking parameter)
        assert "Northern Wire, The Market Ledger" in digest or "The Market Ledger, Northern Wire" in digest
        assert "utm_source" not in digest
        assert "<https://market-ledger.example/economy/orvane-rate-rise|Orvane central bank" in digest

        # an answer in the digest's thread comes from the digest's stories and cites the outlet by name
        answer = await _ask_in_thread(
            adapter, slack, root["ts"], "how many people were killed?", "1790000000.1"
        )
        shown = json.dumps(answer["blocks"], ensure_ascii=False)
        assert "64" in answer["text"]
        cited = [b["elements"][0]["text"] for b in answer["blocks"] if b["type"] == "context"]
        assert cited and all(
            c.startswith(("Source: *Northern Wire*, <https://", "Source: *The Market Ledger*, <https://"))
            for c in cited
        ), shown
        assert "Varnor and Estmark" in cited[0]  # the article's title, linked

        # "More" on another story: the thread's next questions are about that story
        orvane = _story_of(root["blocks"], "Orvane central bank")
        more = {"action_id": ACTION_MORE, "value": orvane, "block_id": f"story-{orvane}"}
        status, _ = await post_http(
            adapter, _press(root, more, "7.7.7", slack), content_type="application/x-www-form-urlencoded"
        )
        assert status == 200
        await eventually(lambda: len(slack.posted(CHANNEL)) >= 3, timeout=30)
        await adapter.wait_idle()
        again = await _ask_in_thread(
            adapter, slack, root["ts"], "how many people were killed?", "1790000000.2"
        )
        assert "64" not in again["text"]
        rate = await _ask_in_thread(adapter, slack, root["ts"], "what did the governor say?", "1790000000.3")
        assert "Ferrante" in rate["text"] and "The Market Ledger" in json.dumps(rate["blocks"])
    finally:
        await app.stop()


async def test_a_digest_threads_answers_come_from_that_digest_and_a_free_question_picks_its_story(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    one_story = CONFIG.replace("    schedule: null\n", "    schedule: null\n    max_stories: 1\n")
    assert one_story != CONFIG
    app, adapter = await slack_app(tmp_path, slack, one_story)
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("slack", CHANNEL)) is None
        root = slack.posted(CHANNEL)[0]
        digest = json.dumps(root["blocks"])
        assert "Varnor and Estmark" in digest and "Orvane" not in digest  # one story: the ceasefire
        # in the digest's thread: only the digest's story answers, though the store holds the answer
        inside = await _ask_in_thread(
            adapter, slack, root["ts"], "what did the governor say?", "1790000001.1"
        )
        assert "Ferrante" not in inside["text"]
        # control: the same question in the channel picks the story that answers it, and cites it
        answer = await _ask_in_channel(adapter, slack, "what did the governor say?", "1790000001.2")
        assert answer["thread_ts"] == "1790000001.2"  # its own thread, under the question
        assert "Ferrante" in answer["text"]
        cited = [b["elements"][0]["text"] for b in answer["blocks"] if b["type"] == "context"]
        assert cited == [
            "Source: *The Market Ledger*, <https://market-ledger.example/economy/orvane-rate-rise|"
            "\u201cOrvane central bank raises rates to 4.25% to cool inflation\u201d>"
        ]
        # and the thread stays on that story: a follow-up that names nothing is answered from it
        follow = await _ask_in_thread(
            adapter, slack, "1790000001.2", "and when is the next forecast?", "1790000001.3"
        )
        assert "10 December" in follow["text"]
        # "what's new?" names no topic: the latest stories' headlines, each cited, not a search of its words
        news = await _ask_in_channel(adapter, slack, "what's new?", "1790000001.4")
        assert "Varnor and Estmark" in news["text"] and "Orvane" in news["text"]
        assert sum(b["type"] == "context" for b in news["blocks"]) >= 2
    finally:
        await app.stop()


async def test_slash_digest_now_through_the_app_posts_the_digest_and_nothing_more(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    """``/newsbrief digest now`` through the app's real conversation and ledger: the digest is
    posted (each part once) and no "asked: ... Try /newsbrief help" message follows it. Asked
    again, there is nothing new, and that is said (the one message a second command posts)."""
    app, adapter = await slack_app(tmp_path, slack)

    def command(trigger: str) -> str:
        return urlencode(
            {
                "command": "/newsbrief",
                "text": "digest now",
                "channel_id": CHANNEL,
                "user_id": "U0000ALICE",
                "team_id": "T0000001",
                "response_url": slack.response_url(trigger),
                "trigger_id": trigger,
            }
        )

    try:
        await app.start(first_digest=False, schedule=False)
        status, _ = await post_http(
            adapter, command("7.7.1"), content_type="application/x-www-form-urlencoded"
        )
        assert status == 200
        await eventually(lambda: len(slack.posted(CHANNEL)) >= 1, timeout=30)
        await adapter.wait_idle(timeout=30)
        posts = slack.posted(CHANNEL)
        digests = [p for p in posts if (p.get("metadata") or {}).get("event_type") == "newsbrief_digest"]
        assert digests and len(digests) == len(posts), [p["text"] for p in posts]  # nothing but the digest
        assert "Varnor and Estmark" in json.dumps(digests[0]["blocks"])
        assert not any("asked:" in json.dumps(p.get("blocks", [])) for p in posts)
        assert slack.calls_to("response_url") == []

        # positive control: with nothing new, the command does answer (the intro and the reason)
        status, _ = await post_http(
            adapter, command("7.7.2"), content_type="application/x-www-form-urlencoded"
        )
        await eventually(lambda: len(slack.posted(CHANNEL)) > len(posts), timeout=30)
        await adapter.wait_idle(timeout=30)
        (said,) = slack.posted(CHANNEL)[len(posts) :]
        assert "No new stories" in said["text"] and "asked:" in json.dumps(said["blocks"])
    finally:
        await app.stop()
