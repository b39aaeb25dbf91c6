"""The whole bot (``NewsbriefApp``) in a Matrix room on a real Synapse: bundled feeds in, a digest
posted to the room, and a question in the digest's thread answered from that digest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief.bot.adapters.matrix import MatrixAdapter
from newsbrief.bot.app import NewsbriefApp
from newsbrief.bot.config import parse_config
from newsbrief.bot.domain import ChannelRef
from tests.integration.synapse.fixture import SynapseServer
from tests.integration.synapse.human import WAIT_S, is_reply_to

pytestmark = pytest.mark.synapse


async def test_digest_and_thread_question_through_the_app(
    synapse: SynapseServer,
    humans: Any,
    tmp_path: Path,
) -> None:
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    text = f"""
storage: {{url: "sqlite:///newsbrief.db"}}
feeds:
  - {{id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}}
channels:
  - {{id: room, platform: matrix, target: "{room}", feeds: [world], schedule: null}}
matrix:
  homeserver: {synapse.url}
  user_id: "{bot.user_id}"
  password: ${{BOT_PASSWORD}}
  store_path: matrix-store
"""
    config = parse_config(
        text, source=str(tmp_path / "config.yaml"), base_dir=tmp_path, env={"BOT_PASSWORD": bot.password}
    )
    assert config.matrix is not None
    app = NewsbriefApp(config)
    await app.open_store()
    app.adapter_overrides = {
        "matrix": MatrixAdapter.from_config(config, app.store, sync_timeout_ms=500, backoff_base_s=0.2)
    }
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("matrix", room)) is None  # posted
        digest_event = await alice.wait_for(
            lambda e: (
                "Varnor and Estmark" in str(getattr(e, "source", {}).get("content", {}).get("body", ""))
            ),
            timeout=WAIT_S,
        )
        content = digest_event.source["content"]
        assert content["m.mentions"] == {}
        assert "<a href=" in content["formatted_body"]

        question = await alice.say(
            room,
            f"{bot.user_id} how many people were killed?",
            mention=bot.user_id,
            thread=digest_event.event_id,
        )
        answer = await alice.wait_for(is_reply_to(question), timeout=WAIT_S)
        body = answer.source["content"]["body"]
        assert "64" in body
        assert answer.source["content"]["m.relates_to"]["event_id"] == digest_event.event_id
    finally:
        await app.stop()
