"""The chat adapters translate platform payloads; what both platforms share lives once outside them.

* No adapter module hands store calls to threads or keeps the store: every read and write goes
  through a service (answer claims, digest parts, thread roots, the Matrix sync token and direct
  rooms), each over the async store facade.
* Both adapters use the same services for claims, multi-part progress and thread roots, and the
  renderers (bot/render) for sizes.
* The Matrix services keep the keys earlier versions wrote, so a running bot's state is kept.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from newsbrief.bot.adapters.matrix import MatrixAdapter
from newsbrief.bot.adapters.matrix.state import DirectRooms, SyncToken
from newsbrief.bot.adapters.slack import SlackAdapter
from newsbrief.bot.answers import AnswerClaims, ThreadRoots
from newsbrief.bot.config import MatrixConfig, SlackConfig
from newsbrief.bot.delivery import PartProgress
from newsbrief.bot.store import AsyncStore, Store
from tests.doubles import KeyValue

ADAPTERS = Path(__file__).resolve().parents[3] / "bot" / "adapters"
STORE_METHODS = {"get_kv", "set_kv", "claim_answer", "finish_answer", "expired_answers", "claim_event"}


def store_touches(source: str) -> list[str]:
    """Where ``source`` calls ``asyncio.to_thread``, keeps a ``store`` attribute, or calls a store
    method on something named ``store`` (line: what)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            if node.attr == "to_thread":
                found.append(f"{node.lineno}: to_thread")
            if node.attr == "store" and isinstance(node.value, ast.Name) and node.value.id == "self":
                found.append(f"{node.lineno}: self.store")
            if node.attr in STORE_METHODS and "store" in ast.unparse(node.value):
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_no_adapter_module_touches_the_store_itself() -> None:
    modules = sorted(ADAPTERS.glob("*/*.py"))
    assert {p.parent.name for p in modules} == {"slack", "matrix"}  # both are packages
    touches = {str(p.relative_to(ADAPTERS)): store_touches(p.read_text()) for p in modules}
    assert {name: t for name, t in touches.items() if t} == {}


def test_neither_adapter_tracks_digest_parts_itself() -> None:
    """The multi-part loop (skip what is posted, record each part) is ``PartProgress.post``; an
    adapter only records parts it finds on the platform after a crash (Slack's history)."""
    for name in ("slack", "matrix"):
        source = (ADAPTERS / name / "adapter.py").read_text()
        assert "self.parts.post(" in source and "self.parts.posted(" not in source


def test_the_check_finds_a_store_call_handed_to_a_thread() -> None:
    """Positive control: the shape the Matrix adapter had before its services."""
    source = """
class Adapter:
    def __init__(self, store):
        self.store = store

    async def start(self):
        token = await asyncio.to_thread(self.store.get_kv, "k")
"""
    assert len(store_touches(source)) >= 3


async def test_the_matrix_sync_token_and_direct_rooms_keep_their_keys() -> None:
    kv = KeyValue()
    token, rooms = (
        SyncToken(AsyncStore(kv), "@bot:example.org"),
        DirectRooms(AsyncStore(kv), "@bot:example.org"),
    )
    assert await token.load() is None and await rooms.get("@ada:example.org") is None
    await token.save("s42_7")
    await rooms.remember("@ada:example.org", "!dm:example.org")
    assert kv.data == {
        "matrix:@bot:example.org:next_batch": "s42_7",
        "matrix:@bot:example.org:dm:@ada:example.org": "!dm:example.org",
    }
    assert await token.load() == "s42_7"
    assert await rooms.get("@ada:example.org") == "!dm:example.org"
    assert await rooms.get("@bob:example.org") is None


def test_both_adapters_share_the_claims_parts_and_threads_services(store: Store, tmp_path: Path) -> None:
    matrix = MatrixAdapter(
        MatrixConfig(
            homeserver="https://matrix.example.org",
            user_id="@bot:example.org",
            password=SecretStr("x"),
            store_path=tmp_path / "m",
        ),
        store,
    )
    slack = SlackAdapter(SlackConfig(mode="http", bot_token="xoxb-t", signing_secret="s"), store)
    adapters: list[Any] = [matrix, slack]
    for adapter in adapters:
        assert isinstance(adapter.claims, AnswerClaims)
        assert isinstance(adapter.parts, PartProgress)
        assert isinstance(adapter.threads, ThreadRoots)
        assert not hasattr(adapter, "store")
        assert (
            adapter.claims.platform == adapter.parts.platform == adapter.threads.platform == adapter.platform
        )
