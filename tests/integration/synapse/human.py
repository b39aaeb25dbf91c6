"""A person's Matrix client for the tests (its own device and encryption store) and how to find replies."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nio import (
    AsyncClient,
    AsyncClientConfig,
    MegolmEvent,
    RoomCreateResponse,
    RoomGetEventResponse,
    RoomMessagesResponse,
    RoomPreset,
    RoomSendResponse,
)

from tests.integration.synapse.fixture import MatrixUser, SynapseServer

WAIT_S = 20.0


class Human:
    """A person's Matrix client: its own device, its own encryption store."""

    def __init__(self, server: SynapseServer, user: MatrixUser, store_dir: Path) -> None:
        store_dir.mkdir(parents=True, exist_ok=True)
        self.user = user
        self.client = AsyncClient(
            server.url,
            user.user_id,
            device_id=user.device_id,
            store_path=str(store_dir),
            config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=False),
        )
        self.client.restore_login(user.user_id, user.device_id, user.access_token)
        self.events: list[Any] = []

    async def sync(self) -> None:
        resp = await self.client.sync(timeout=200)
        if hasattr(resp, "rooms"):
            for info in resp.rooms.join.values():
                self.events.extend(info.timeline.events)
        c = self.client
        await c.send_to_device_messages()
        if c.should_upload_keys:
            await c.keys_upload()
        if c.should_query_keys:
            await c.keys_query()
        if c.should_claim_keys:
            await c.keys_claim(c.get_users_for_key_claiming())

    async def wait_for(self, pred: Callable[[Any], bool], timeout: float = WAIT_S) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events:
                if pred(e):
                    return e
            if time.monotonic() > deadline:
                raise AssertionError("the expected event never came")
            await self.sync()

    async def create_room(
        self,
        *,
        invite: tuple[str, ...] = (),
        encrypted: bool = False,
        public: bool = False,
        power: dict[str, int] | None = None,
        alias: str | None = None,
    ) -> str:
        initial_state = []
        if encrypted:
            initial_state.append(
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            )
        resp = await self.client.room_create(
            preset=RoomPreset.public_chat if public else RoomPreset.private_chat,
            invite=list(invite),
            initial_state=initial_state,
            power_level_override={"users": power} if power else None,
            alias=alias,  # the creator is always the top
        )
        assert isinstance(resp, RoomCreateResponse), resp
        await self.sync()
        return str(resp.room_id)

    async def say(
        self, room_id: str, body: str, *, mention: str | None = None, thread: str | None = None
    ) -> str:
        content: dict[str, Any] = {"msgtype": "m.text", "body": body}
        content["m.mentions"] = {"user_ids": [mention]} if mention else {}
        if thread:
            content["m.relates_to"] = {
                "rel_type": "m.thread",
                "event_id": thread,
                "is_falling_back": True,
                "m.in_reply_to": {"event_id": thread},
            }
        resp = await self.client.room_send(room_id, "m.room.message", content, ignore_unverified_devices=True)
        assert isinstance(resp, RoomSendResponse), resp
        return str(resp.event_id)

    async def fetch(self, room_id: str, event_id: str) -> dict[str, Any]:
        """The event as this user's client gets it from the server (decrypted when encrypted)."""
        resp = await self.client.room_get_event(room_id, event_id)
        assert isinstance(resp, RoomGetEventResponse), resp
        event = resp.event
        if isinstance(event, MegolmEvent):
            event = self.client.decrypt_event(event)
        return dict(event.source)

    async def room_events(self, room_id: str, limit: int = 100) -> list[dict[str, Any]]:
        resp = await self.client.room_messages(room_id, limit=limit)
        assert isinstance(resp, RoomMessagesResponse), resp
        return [dict(e.source) for e in resp.chunk]

    async def close(self) -> None:
        await self.client.close()


def replies_to(events: list[Any], question_id: str) -> list[Any]:
    """The bot's answers (threaded, replying to ``question_id``) among ``events``."""
    out = []
    for e in events:
        source = e if isinstance(e, dict) else e.source
        rel = (source.get("content") or {}).get("m.relates_to") or {}
        if (rel.get("m.in_reply_to") or {}).get("event_id") == question_id:
            out.append(e)
    return out


def is_reply_to(question_id: str) -> Callable[[Any], bool]:
    return lambda e: bool(replies_to([e], question_id))


def joined(user_id: str) -> Callable[[Any], bool]:
    """The membership event of ``user_id`` joining a room."""
    return lambda e: getattr(e, "state_key", None) == user_id and getattr(e, "membership", None) == "join"
