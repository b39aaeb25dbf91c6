"""A thread's conversation context lives in the store: a follow-up is understood by another
instance of the bot (or after a restart) on the same database."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.bot.app import CONTEXT_KEY, NewsbriefApp
from newsbrief.bot.config import load_config
from newsbrief.bot.domain import ChannelRef, IncomingMessage
from newsbrief.summarizers.qa import ConversationState

CONFIG = """
storage: {url: "sqlite:///%s"}
feeds:
  - {id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}
channels:
  - {id: team, platform: slack, target: C0000NEWS, feeds: [world], schedule: null}
slack: {mode: http, bot_token: xoxb-test-token, signing_secret: s3cret}
briefing: {ingest_processes: 0}
"""
CH = ChannelRef("slack", "C0000NEWS")


async def _instance(tmp_path: Path) -> NewsbriefApp:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG % (tmp_path / "newsbrief.db"))
    app = NewsbriefApp(load_config(path, env={}))
    await app.open_store()
    return app


async def test_follow_up_is_answered_by_another_instance_from_the_stored_thread(tmp_path: Path) -> None:
    first = await _instance(tmp_path)
    await first.ingest()
    q1 = IncomingMessage(CH, "U1", "Who announced the ceasefire deal?", thread=None, message_id="1700.1")
    r1 = await first.conversation.handle(q1)
    assert r1 is not None and r1.answer is not None and r1.answer.answered
    story = {c.article_id for c in r1.answer.citations}
    assert story
    first.store.close()

    second = await _instance(tmp_path)  # a restart, or another instance on the same database
    q2 = IncomingMessage(CH, "U2", "And when will they meet again?", thread="1700.1", message_id="1700.2")
    r2 = await second.conversation.handle(q2)
    assert r2 is not None and r2.answer is not None and r2.thread == "1700.1"
    assert "4 December" in r2.answer.text
    assert {c.article_id for c in r2.answer.citations} <= story
    raw = second.store.get_kv(CONTEXT_KEY.format(platform="slack", channel=CH.id, thread="1700.1"))
    state = ConversationState.from_json(json.loads(raw)["qa_state"])
    assert [t.question for t in state.turns] == [q1.text, q2.text]  # turn 1 came from the store
    # positive control: a question in another thread starts with no turns of its own
    q3 = IncomingMessage(CH, "U2", "When will the monitors arrive?", thread=None, message_id="1700.3")
    await second.conversation.handle(q3)
    raw3 = second.store.get_kv(CONTEXT_KEY.format(platform="slack", channel=CH.id, thread="1700.3"))
    assert [t.question for t in ConversationState.from_json(json.loads(raw3)["qa_state"]).turns] == [q3.text]
    second.store.close()
