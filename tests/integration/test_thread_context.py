"""A thread's conversation context lives in the store: a follow-up is understood by another
instance of the bot (or after a restart) on the same database; and the captions stored with a
briefing reach the answerer through each chat path."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from newsbrief.bot.app import CONTEXT_KEY, THREAD_KEY, NewsbriefApp
from newsbrief.bot.config import load_config
from newsbrief.bot.conversation import ThreadContext
from newsbrief.bot.domain import ChannelRef, IncomingMessage
from newsbrief.summarizers.cluster import merge_briefings
from newsbrief.summarizers.qa import ConversationState
from newsbrief.summarizers.types import Briefing

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


# ---------------------------------------------------------------------- captions
# A fact only a caption holds (text the cleaning removed from an article, ``Briefing.captions``)
# reaches the answerer through every chat path that reads stored briefings: a free question in a
# channel, a question in a digest's thread, and a follow-up in the thread of an article briefed on
# request. The article, its captions and the questions are written for this test.
SENTENCES = (
    "The ferry to Ostby ran again on Monday after a month laid up in the yard at Kellsund.",
    "Repairs to its loading ramp cost the island council 84,000 crowns, a spokesman said.",
    "Timetables for the winter will be published next week.",
)
CAPTION = "Captain Ida Roos waves from the bridge of the ferry Havsula as it leaves Kellsund"
QUESTION = "Who is the captain of the ferry Havsula?"


def _briefing(article_id: int, captions: tuple[str, ...]) -> Briefing:
    return Briefing(
        title="Ferry returns to Ostby",
        summary=SENTENCES[:1],
        sources=(f"https://wire.example/ferry-{article_id}",),
        article_ids=(str(article_id),),
        sentences=SENTENCES,
        captions=captions,
    )


async def _ask(app: NewsbriefApp, text: str, message_id: str, thread: str | None = None) -> str:
    reply = await app.conversation.handle(
        IncomingMessage(CH, "U1", text, thread=thread, message_id=message_id)
    )
    assert reply is not None and reply.answer is not None
    return reply.answer.text if reply.answer.answered else ""


async def test_a_caption_only_fact_is_answered_through_the_stored_chat_paths(
    store_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.replace("sqlite:///%s", "%s") % store_url)  # SQLite or PostgreSQL
    app = NewsbriefApp(load_config(path, env={}))
    await app.open_store()
    store = app.store
    assert store is not None
    try:
        now = datetime.now(UTC)
        a = store.upsert_article("world", "ferry-1", "https://wire.example/ferry-1", "Ferry", "text one", now)
        b = store.upsert_article("world", "ferry-2", "https://wire.example/ferry-2", "Ferry", "text two", now)
        with_caption, without = _briefing(a.article_id, (CAPTION,)), _briefing(b.article_id, ())
        store.save_briefings([(a.article_id, with_caption), (b.article_id, without)])
        story_id = store.create_story(merge_briefings([with_caption, without]), [a.article_id, b.article_id])
        # control: the sentences alone do not answer it, the caption does
        bare, _ = await app.answer(QUESTION, [replace(with_caption, captions=())], None)
        assert "Ida Roos" not in bare.text
        # a free question in the channel: the store's search finds the article, with its captions
        assert "Ida Roos" in await _ask(app, QUESTION, "1800.1")
        # a free question whose words only the caption holds: the search index has the captions too
        assert "Ida Roos" in await _ask(app, "Who waves from the bridge of the Havsula?", "1800.6")
        # in a digest's thread: the digest's stories' articles, with their captions
        store.set_kv(
            THREAD_KEY.format(platform="slack", channel=CH.id, message="1800.2"), json.dumps([story_id])
        )
        assert "Ida Roos" in await _ask(app, QUESTION, "1800.3", thread="1800.2")
        # the story's merged briefing (read by "what's new?") keeps the caption too
        story = store.get_story(story_id)
        assert story is not None and story.briefing.captions == (CAPTION,)
        # a follow-up in the thread of an article briefed on request: its captions are kept in the thread
        await app.save_thread_context(
            CH, "1800.4", ThreadContext(briefing=replace(with_caption, article_ids=("x",)))
        )
        assert "Ida Roos" in await _ask(app, QUESTION, "1800.5", thread="1800.4")
    finally:
        await app.stop()
