"""The store's own error: a call named a row that is not there."""

from __future__ import annotations

from newsbrief.summarizers.errors import NewsbriefError


class NotStored(NewsbriefError, KeyError):
    """A feed, story, article, digest or delivery named by id is not in the store (a ``KeyError``
    too, as before this type existed)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "not stored"
