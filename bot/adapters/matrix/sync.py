"""What each sync asks for, and the end-to-end encryption chores after it (what nio's own
``sync_forever`` would do, which the adapter does not use: it saves the sync token itself)."""

from __future__ import annotations

import logging
from typing import Any

from nio import AsyncClient

logger = logging.getLogger(__name__)

SEND_ONLY_FILTER: dict[str, Any] = {"presence": {"not_types": ["*"]}, "room": {"timeline": {"limit": 0}}}
"""A sync that learns the rooms' state and members (to encrypt for them) and no messages."""


def sync_filter(timeline_limit: int) -> dict[str, Any]:
    """Messages (at most ``timeline_limit`` a room), no presence, no typing or receipts."""
    return {
        "presence": {"not_types": ["*"]},
        "room": {"timeline": {"limit": timeline_limit}, "ephemeral": {"not_types": ["*"]}},
    }


async def crypto_housekeeping(client: AsyncClient) -> None:
    """What ``sync_forever`` does after each sync: to-device messages out, keys up, query, claim."""
    if client.olm is None:
        return
    results: list[Any] = list(await client.send_to_device_messages())
    if client.should_upload_keys:
        results.append(await client.keys_upload())
    if client.should_query_keys:
        results.append(await client.keys_query())
    if client.should_claim_keys:
        results.append(await client.keys_claim(client.get_users_for_key_claiming()))
    for r in results:
        if getattr(r, "status_code", None) is not None:
            logger.warning("matrix: key housekeeping failed: %s", r)
