"""What the Matrix adapter keeps in the store besides answer claims, digest parts and thread roots
(:mod:`newsbrief.bot.answers`, :mod:`newsbrief.bot.delivery`): its sync token and the direct rooms it
opened. Both go through the async store facade (:class:`newsbrief.bot.store.AsyncStore`), so the
adapter itself never touches the store or hands calls to threads.

Keys in the store's key-value table (unchanged from earlier versions, so a running bot's saved
token and rooms are kept): ``matrix:<bot user>:next_batch`` and ``matrix:<bot user>:dm:<user>``.
"""

from __future__ import annotations

from newsbrief.bot.store import AsyncStore, StoreLike


class SyncToken:
    """The ``next_batch`` token of the bot's last sync whose events were all claimed: where the
    next start resumes. None before the first start ever."""

    def __init__(self, store: StoreLike, user_id: str) -> None:
        self.db = AsyncStore.of(store)
        self.key = f"matrix:{user_id}:next_batch"

    async def load(self) -> str | None:
        return await self.db.get_kv(self.key)

    async def save(self, token: str) -> None:
        await self.db.set_kv(self.key, token)


class DirectRooms:
    """The direct room (the bot and one person) used to reach a user, e.g. an admin told about a
    refused digest: known after a restart, so the bot does not open a new room each time."""

    def __init__(self, store: StoreLike, user_id: str) -> None:
        self.db = AsyncStore.of(store)
        self.user_id = user_id

    def _key(self, user: str) -> str:
        return f"matrix:{self.user_id}:dm:{user}"

    async def get(self, user: str) -> str | None:
        """The room recorded for ``user``, or None."""
        return await self.db.get_kv(self._key(user))

    async def remember(self, user: str, room_id: str) -> None:
        await self.db.set_kv(self._key(user), room_id)
