"""The whole bot (``NewsbriefApp``) in a Matrix room on a real Synapse: bundled feeds in, a digest
posted to the room, and a question in the digest's thread answered from that digest."""

from __future__ import annotations

import asyncio
import logging
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsbrief.bot.adapters.matrix import MatrixAdapter
from newsbrief.bot.app import NewsbriefApp
from newsbrief.bot.config import parse_config
from newsbrief.bot.domain import ChannelRef
from tests.integration.synapse.fixture import MatrixUser, SynapseServer
from tests.integration.synapse.human import WAIT_S, is_reply_to

pytestmark = pytest.mark.synapse


async def matrix_app(
    homeserver: str, bot: MatrixUser, room: str, tmp_path: Path, *, admin: str | None = None
) -> NewsbriefApp:
    """The app (in ``tmp_path``) with the bundled world feed and one Matrix channel, ``room``, that
    posts digests on demand only; ``admin``, when given, is the Matrix admin. Its store is open and
    its Matrix adapter syncs and backs off quickly; not yet started."""
    admins = f'admins:\n  matrix: ["{admin}"]\n' if admin else ""
    text = f"""
storage: {{url: "sqlite:///newsbrief.db"}}
feeds:
  - {{id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}}
channels:
  - {{id: room, platform: matrix, target: "{room}", feeds: [world], schedule: null}}
{admins}matrix:
  homeserver: {homeserver}
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
    return app


def body_of(event: Any) -> str:
    """The plain body of a message event ("" for any other event)."""
    return str(getattr(event, "source", {}).get("content", {}).get("body", ""))


async def test_digest_and_thread_question_through_the_app(
    synapse: SynapseServer,
    humans: Any,
    tmp_path: Path,
) -> None:
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    app = await matrix_app(synapse.url, bot, room, tmp_path)
    try:
        await app.start(first_digest=False, schedule=False)
        assert await app.digest_now(ChannelRef("matrix", room)) is None  # posted
        digest_event = await alice.wait_for(lambda e: "Varnor and Estmark" in body_of(e), timeout=WAIT_S)
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


async def test_a_refused_digest_is_reported_to_the_admin_in_a_direct_room_and_its_stories_come_next(
    synapse: SynapseServer,
    humans: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Synapse refuses a digest as too large (``M_TOO_LARGE``): the app gives it up at once, tells
    the Matrix admin in a direct room (the bot and the admin), and the next digest carries its
    stories. A second refusal is reported in the same direct room, not a new one."""
    import newsbrief.bot.adapters.matrix.adapter as matrix_module

    bot = synapse.register()
    alice, carol = await humans("alice"), await humans("carol")  # carol is the admin, not in the room
    room = await alice.create_room(invite=(bot.user_id,))
    app = await matrix_app(synapse.url, bot, room, tmp_path, admin=carol.user.user_id)

    def too_large(digest: Any) -> list[dict[str, Any]]:  # the shape a renderer bug would have
        return [{"msgtype": "m.notice", "body": "A" * 70_000, "m.mentions": {}}]

    try:
        await app.start(first_digest=False, schedule=False)
        monkeypatch.setattr(matrix_module, "render_digest", too_large)
        reply = await app.digest_now(ChannelRef("matrix", room))
        assert reply is not None and "refused" in reply.text

        for _ in range(100):
            if carol.client.invited_rooms:
                break
            await carol.sync()
        (direct,) = carol.client.invited_rooms
        await carol.client.join(direct)
        report = await carol.wait_for(lambda e: "was refused by matrix" in body_of(e), timeout=WAIT_S)
        assert "M_TOO_LARGE" in body_of(report) and "next digest" in body_of(report)
        members = synapse.request(
            "GET", f"/_matrix/client/v3/rooms/{direct}/joined_members", token=carol.user.access_token
        )["joined"]
        assert set(members) == {carol.user.user_id, bot.user_id}

        # a second refusal goes to the same direct room
        reply = await app.digest_now(ChannelRef("matrix", room))
        assert reply is not None and "refused" in reply.text
        await carol.wait_for(
            lambda e: "was refused by matrix" in body_of(e) and e.event_id != report.event_id, timeout=WAIT_S
        )
        reports = [
            e for e in await carol.room_events(direct) if "was refused" in e["content"].get("body", "")
        ]
        assert len(reports) == 2 and not carol.client.invited_rooms

        # the stories were not used up: the next digest carries them
        monkeypatch.undo()
        assert await app.digest_now(ChannelRef("matrix", room)) is None
        await alice.wait_for(lambda e: "Varnor and Estmark" in body_of(e), timeout=WAIT_S)
    finally:
        await app.stop()


async def _forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, port: int) -> None:
    """One client connection passed through to ``127.0.0.1:port`` both ways."""
    up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)

    async def pipe(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        try:
            while data := await r.read(65536):
                w.write(data)
                await w.drain()
        finally:
            w.close()

    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer), return_exceptions=True)


async def test_the_homeserver_down_at_start_is_retried_with_back_off_then_the_digest_goes_out(
    synapse: SynapseServer,
    humans: Any,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The homeserver's address refuses connections when the app starts: start returns (no
    traceback), the adapter keeps trying in the background with back-off, logging one line per
    failure; once the homeserver answers there, the bot logs in and a digest reaches the room."""
    caplog.set_level(logging.INFO)
    bot = synapse.register()
    alice = await humans("alice")
    room = await alice.create_room(invite=(bot.user_id,))
    with socket.socket() as s:  # the homeserver's address, nobody listening yet
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = await matrix_app(f"http://127.0.0.1:{port}", bot, room, tmp_path)
    upstream = urlsplit(synapse.url).port
    assert upstream is not None
    server: asyncio.Server | None = None
    try:
        await app.start(first_digest=False, schedule=False)  # no exception: retried in the background
        (starting,) = app._starting
        for _ in range(200):  # the first retry in the background fails too
            if "attempt 1 failed" in caplog.text:
                break
            await asyncio.sleep(0.05)
        assert "matrix unreachable at start" in caplog.text and not starting.done()

        server = await asyncio.start_server(lambda r, w: _forward(r, w, upstream), "127.0.0.1", port)
        failures = await asyncio.wait_for(starting, 90)
        assert failures >= 1
        assert "Traceback" not in caplog.text and "matrix connected after" in caplog.text
        assert await app.digest_now(ChannelRef("matrix", room)) is None  # posted
        await alice.wait_for(lambda e: "Varnor and Estmark" in body_of(e), timeout=WAIT_S)
    finally:
        await app.stop()
        if server is not None:
            server.close()
