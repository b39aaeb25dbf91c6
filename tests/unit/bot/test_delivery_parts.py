"""A digest posted in several parts: :meth:`PartProgress.post`, the one loop both adapters use."""

from __future__ import annotations

import pytest

from newsbrief.bot.delivery import PartProgress
from newsbrief.bot.store import AsyncStore
from tests.doubles import KeyValue


class Platform:
    """Posts parts as messages ``m1``, ``m2``...; refuses the part numbered ``fail_at`` once."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.sent: list[tuple[int, str]] = []
        self.fail_at = fail_at

    async def send(self, i: int, part: str) -> str:
        if i == self.fail_at:
            self.fail_at = None
            raise ConnectionError("the platform went away")
        self.sent.append((i, part))
        return f"m{len(self.sent)}"


async def test_a_digest_that_failed_part_way_resumes_at_the_first_missing_part() -> None:
    kv = KeyValue()
    progress = PartProgress(AsyncStore(kv), "chat")
    platform = Platform(fail_at=1)
    threads: list[tuple[str, str]] = []

    async def remember(message_id: str, first: str) -> None:
        threads.append((message_id, first))

    parts = ["part A", "part B", "part C"]
    with pytest.raises(ConnectionError):
        await progress.post("digest:news:1", parts, platform.send, on_posted=remember)
    assert await progress.posted("digest:news:1") == ["m1"]
    assert await progress.complete("digest:news:1") is None  # not whole: not confirmed

    first = await progress.post("digest:news:1", parts, platform.send, on_posted=remember)
    assert first == "m1"
    assert platform.sent == [(0, "part A"), (1, "part B"), (2, "part C")]  # each part once
    assert threads == [("m1", "m1"), ("m2", "m1"), ("m3", "m1")]  # every part is in the first's thread
    assert await progress.complete("digest:news:1") == "m1"
    # posted whole: another attempt sends nothing
    assert await progress.post("digest:news:1", parts, platform.send) == "m1"
    assert len(platform.sent) == 3
    assert list(kv.data) == ["chat:txn:digest:news:1"]  # the key earlier versions used


async def test_a_digest_has_a_part() -> None:
    with pytest.raises(ValueError):
        await PartProgress(AsyncStore(KeyValue()), "chat").post("t", [], Platform().send)
