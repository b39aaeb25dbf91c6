"""``newsbrief digest CHANNEL`` run as a subprocess, the way a user runs it: the digest goes out
through the platform's adapter (connected for sending only) and the command says where it went."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from newsbrief.bot.store import Store
from tests.integration.slack_mock_server import SlackMockServer
from tests.integration.synapse.fixture import SynapseServer

ROOT = Path(__file__).resolve().parents[2]


def write_config(tmp_path: Path, channel: str, platform: str) -> Path:
    """``tmp_path/config.yaml``: a SQLite store in ``tmp_path``, the bundled world feed, the
    ``channel`` line (a YAML flow mapping) and the ``platform`` section."""
    config = tmp_path / "config.yaml"
    config.write_text(
        f"""
storage: {{url: "sqlite:///{tmp_path / "nb.db"}"}}
feeds:
  - {{id: world, url: "package:newsbrief.bot/data/feeds/world.xml", name: Northern Wire}}
channels:
  - {channel}
{platform}"""
    )
    return config


async def newsbrief(*args: str, timeout: float = 180) -> tuple[int, str, str]:
    """The CLI in a subprocess, without blocking this event loop (the loopback Slack lives in it)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "newsbrief.bot.cli",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_digest_command_posts_to_slack_and_confirms(
    tmp_path: Path,
    slack: SlackMockServer,
) -> None:
    config = write_config(
        tmp_path,
        "{id: team, platform: slack, target: C0000NEWS, feeds: [world], schedule: null}",
        f"""slack:
  mode: socket
  bot_token: xoxb-test-token
  app_token: xapp-test-token
  api_url: {slack.base_url}
""",
    )
    code, out, err = await newsbrief("digest", "team", "--ingest", "--config", str(config))
    assert code == 0, err
    posts = slack.posted("C0000NEWS")
    assert posts, "nothing reached Slack"
    assert f"digest for team: sent to slack C0000NEWS (message {posts[0]['ts']})" in out
    # send only: the token is checked, but no Socket Mode connection is opened (the running bot's)
    assert slack.calls_to("auth.test") and not slack.calls_to("apps.connections.open")
    assert slack.connections_opened == 0

    # a second run finds nothing new and says so; nothing more is posted
    code, out, err = await newsbrief("digest", "team", "--config", str(config))
    assert code == 0 and "no new stories" in out and len(slack.posted("C0000NEWS")) == len(posts)


@pytest.mark.synapse
async def test_digest_command_posts_to_matrix_and_confirms(
    tmp_path: Path,
    synapse: SynapseServer,
) -> None:
    bot, alice = synapse.register(), synapse.register()
    room: Any = synapse.request(
        "POST", "/_matrix/client/v3/createRoom", {"invite": [bot.user_id]}, token=alice.access_token
    )["room_id"]
    synapse.request("POST", f"/_matrix/client/v3/join/{room}", {}, token=bot.access_token)
    # a question waiting in the room: a send-only run must not answer it (no sync loop, no answers)
    synapse.request(
        "PUT",
        f"/_matrix/client/v3/rooms/{room}/send/m.room.message/q1",
        {"msgtype": "m.text", "body": f"{bot.user_id} help", "m.mentions": {"user_ids": [bot.user_id]}},
        token=alice.access_token,
    )
    config = write_config(
        tmp_path,
        f'{{id: room, platform: matrix, target: "{room}", feeds: [world], schedule: null}}',
        f"""matrix:
  homeserver: {synapse.url}
  user_id: "{bot.user_id}"
  access_token: {bot.access_token}
  store_path: {tmp_path / "matrix-store"}
""",
    )
    code, out, err = await newsbrief("digest", "room", "--ingest", "--config", str(config))
    assert code == 0, err
    assert f"digest for room: sent to matrix {room} (message $" in out
    messages = synapse.request(
        "GET", f"/_matrix/client/v3/rooms/{room}/messages?dir=b&limit=20", token=alice.access_token
    )["chunk"]
    digests = [m for m in messages if m["sender"] == bot.user_id and m["type"] == "m.room.message"]
    assert len(digests) == 1 and digests[0]["content"]["body"].startswith("News digest for room")
    # nothing else from the bot (the question is not answered), and the running bot's sync token
    # is left alone: its next start still answers what came since its own last sync
    assert [m["type"] for m in messages if m["sender"] == bot.user_id].count("m.room.message") == 1
    store = Store.open(f"sqlite:///{tmp_path / 'nb.db'}")
    try:
        assert store.get_kv(f"matrix:{bot.user_id}:next_batch") is None
    finally:
        store.close()
