"""The Matrix chat adapter (matrix-nio, end-to-end encryption). See :mod:`newsbrief.bot.adapters.matrix.adapter`.

``adapter``: the :class:`MatrixAdapter` (start, the sync loop, answers); ``addressing``: which
room messages are for the bot; ``rooms``: channel targets and room ids, joining, invites, direct
rooms; ``sending``: sends with their retries, and finding a send by its transaction id; ``sync``:
sync filters and the encryption chores after a sync; ``events``: event shapes (threads, reply
fallbacks, transaction ids); ``errors``: which failures a retry can fix; ``files``: credentials
and file modes in the store folder; ``login``: logging the device in; ``state``: the sync token
and direct rooms, kept in the store through its async facade.
"""

from newsbrief.bot.adapters.matrix.adapter import MatrixAdapter
from newsbrief.bot.adapters.matrix.errors import MatrixError, MatrixUnavailable
from newsbrief.bot.adapters.matrix.events import PLATFORM, part_txn_id, strip_reply_fallback, thread_relation

__all__ = [
    "PLATFORM",
    "MatrixAdapter",
    "MatrixError",
    "MatrixUnavailable",
    "part_txn_id",
    "strip_reply_fallback",
    "thread_relation",
]
