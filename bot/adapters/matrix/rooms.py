"""The bot's rooms: channel targets and room ids both ways, joining, invites, direct rooms.

A channel target is a room id (``!id:server``), an alias (``#alias:server``, resolved once) or a
user (``@user:server``: the direct room with that user, created when there is none and kept in
the store by :class:`~newsbrief.bot.adapters.matrix.state.DirectRooms`). Messages from a room
carry its channel target as configured, so a channel that names an alias sees the alias.
Invites are accepted only from allowed inviters (``MatrixConfig.inviter_allowed``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from nio import AsyncClient, InviteMemberEvent, JoinError, RoomCreateResponse, RoomResolveAliasResponse

from newsbrief.bot.adapters.base import DeliveryError
from newsbrief.bot.adapters.matrix.errors import TRANSPORT_ERRORS
from newsbrief.bot.adapters.matrix.state import DirectRooms

logger = logging.getLogger(__name__)


class RoomDirectory:
    """Room ids of channel targets and back, for the bot ``user_id``; ``client``: the adapter's nio
    client once started."""

    def __init__(
        self,
        client: Callable[[], AsyncClient],
        user_id: str,
        direct_rooms: DirectRooms,
        inviter_allowed: Callable[[str], bool],
    ) -> None:
        self._client = client
        self.user_id = user_id
        self.direct_rooms = direct_rooms
        self.inviter_allowed = inviter_allowed
        self._aliases: dict[str, str] = {}  # "#alias:server" -> room id
        self._targets: dict[str, str] = {}  # room id -> channel target as configured (alias or id)

    def channel_id(self, room_id: str) -> str:
        """The channel target configured for ``room_id`` (an alias, say), else the room id."""
        return self._targets.get(room_id, room_id)

    async def learn(self, target: str) -> str:
        """The room id of the configured channel ``target``, remembered so the room's messages
        carry ``target``. Raises ``DeliveryError`` when it cannot be resolved."""
        room_id = await self.room_id(target)
        self._targets[room_id] = target
        return room_id

    async def join_configured(self, targets: Sequence[str]) -> bool:
        """Learn every configured target and join those not joined yet; True when one was joined.
        A target that cannot be resolved or joined is logged and left out."""
        client = self._client()
        joined = False
        for target in targets:
            try:
                room_id = await self.learn(target)
            except DeliveryError as exc:
                logger.warning("matrix: configured room %s: %s", target, exc)
                continue
            if room_id in client.rooms:
                continue
            joining = await client.join(room_id)
            if isinstance(joining, JoinError):
                logger.warning("matrix: cannot join configured room %s: %s", target, joining)
            else:
                joined = True
                logger.info("matrix: joined configured room %s (%s)", target, joining.room_id)
        return joined

    async def on_invite(self, room_id: str, invite_state: Iterable[Any]) -> None:
        """Join ``room_id`` when an allowed inviter invited the bot; log and leave it otherwise."""
        inviter = next(
            (
                e.sender
                for e in invite_state
                if isinstance(e, InviteMemberEvent)
                and e.state_key == self.user_id
                and e.membership == "invite"
            ),
            None,
        )
        if inviter is None or not self.inviter_allowed(inviter):
            logger.warning("matrix: ignoring invite to %s from %s (not an allowed inviter)", room_id, inviter)
            return
        resp = await self._client().join(room_id)
        if isinstance(resp, JoinError):
            logger.warning("matrix: cannot join %s (invited by %s): %s", room_id, inviter, resp)
        else:
            logger.info("matrix: joined %s, invited by %s", room_id, inviter)

    async def room_id(self, target: str) -> str:
        """The room id of a channel target (``!id:server`` as is; ``#alias:server`` resolved once;
        ``@user:server``: the direct room with that user, created when there is none)."""
        if target.startswith("@"):
            return await self._direct_room(target)
        if not target.startswith("#"):
            return target
        known = self._aliases.get(target)
        if known is not None:
            return known
        try:
            resp = await self._client().room_resolve_alias(target)
        except TRANSPORT_ERRORS as exc:
            raise DeliveryError(f"cannot resolve {target}: {exc!r}") from exc
        if not isinstance(resp, RoomResolveAliasResponse):
            raise DeliveryError(f"cannot resolve {target}: {resp}")
        self._aliases[target] = resp.room_id
        return str(resp.room_id)

    async def _direct_room(self, user: str) -> str:
        """A room with just the bot and ``user`` (joined or invited): a known one, else a new direct
        room inviting ``user`` (kept in the store, so a restart finds it again). For reports to admins."""
        client = self._client()
        saved = await self.direct_rooms.get(user)
        if saved and saved in client.rooms:
            return saved
        for room_id, room in client.rooms.items():
            members = set(room.users) | set(room.invited_users)
            if members == {self.user_id, user}:
                await self.direct_rooms.remember(user, room_id)
                return str(room_id)
        try:
            resp = await client.room_create(is_direct=True, invite=[user])
        except TRANSPORT_ERRORS as exc:
            raise DeliveryError(f"cannot open a direct room with {user}: {exc!r}") from exc
        if not isinstance(resp, RoomCreateResponse):
            raise DeliveryError(f"cannot open a direct room with {user}: {resp}")
        await self.direct_rooms.remember(user, resp.room_id)
        logger.info("matrix: opened direct room %s with %s", resp.room_id, user)
        return str(resp.room_id)
