"""What can go wrong talking to a homeserver, and which failures a retry can fix.

nio's success-or-error union responses stop in this package: callers see return values or
:class:`MatrixError` / :class:`~newsbrief.bot.adapters.base.DeliveryError` (``permanent`` when the homeserver
refused the event itself).
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from nio import SyncResponse

from newsbrief.bot.adapters.base import AdapterUnavailable, DeliveryError

TRANSPORT_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)
"""What nio raises (rather than returns) when the homeserver cannot be reached."""


class MatrixError(DeliveryError):
    """The adapter cannot run: bad credentials, wrong account, unusable store, server unreachable at
    start, or not started. A :class:`DeliveryError`, so a send before ``start`` leaves a digest pending."""


class MatrixUnavailable(MatrixError, AdapterUnavailable):
    """The homeserver could not be reached at start (or answered 5xx/429): the app tries again."""


def server_trouble(resp: Any) -> bool:
    """An error response that says the server is down or busy, not that we are wrong."""
    status = getattr(getattr(resp, "transport_response", None), "status", None)
    return isinstance(status, int) and (status >= 500 or status == 429)


def checked_sync(resp: Any, what: str) -> SyncResponse:
    """``resp`` when it is a sync response; else :class:`MatrixUnavailable` (the server is down or
    busy) or :class:`MatrixError`, saying which sync (``what``) failed."""
    if isinstance(resp, SyncResponse):
        return resp
    error = MatrixUnavailable if server_trouble(resp) else MatrixError
    raise error(f"{what} failed: {resp}")


# Errors about the event itself or the bot's place in the room: sending it again cannot succeed.
PERMANENT_ERRCODES = frozenset({"M_TOO_LARGE", "M_BAD_JSON", "M_NOT_JSON", "M_FORBIDDEN", "M_INVALID_PARAM"})


def is_permanent(resp: Any) -> bool:
    """Whether nio's error response is one a retry cannot fix: a :data:`PERMANENT_ERRCODES` code or
    an HTTP 4xx other than 408 and 429."""
    if getattr(resp, "status_code", None) in PERMANENT_ERRCODES:
        return True
    status = getattr(getattr(resp, "transport_response", None), "status", None)
    return isinstance(status, int) and 400 <= status < 500 and status not in (408, 429)


def short_reason(exc: DeliveryError) -> str:
    text = str(exc)
    if "M_LIMIT_EXCEEDED" in text or "rate limited" in text:
        return "the server is rate limiting me"
    return "the server did not accept it"
