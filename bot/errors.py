"""Every error newsbrief raises on purpose has one root, :class:`NewsbriefError`.

The kinds under it, each defined beside the code that raises it:

- ``bot.config.ConfigError``: the configuration is invalid (every issue, with file, line and key).
- ``bot.app.StartupError``: the configuration cannot run in this environment.
- ``summarizers.types.InputError``: input that cannot be briefed (also a ``ValueError``).
- ``bot.store.errors.NotStored``: a store call named a row that is not there (also a ``KeyError``).

The root itself lives in ``summarizers.errors`` (the pure core must not import ``bot``).
"""

from __future__ import annotations

from summarizers.errors import NewsbriefError

__all__ = ["NewsbriefError"]
