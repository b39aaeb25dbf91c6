"""Every error newsbrief raises on purpose has one root, :class:`NewsbriefError`.

The kinds under it, each defined beside the code that raises it:

- ``newsbrief.bot.config.ConfigError``: the configuration is invalid (every issue, with file, line and key).
- ``newsbrief.bot.app.StartupError``: the configuration cannot run in this environment.
- ``newsbrief.summarizers.types.InputError``: input that cannot be briefed (also a ``ValueError``).
- ``newsbrief.bot.store.errors.NotStored``: a store call named a row that is not there (also a ``KeyError``).
- ``newsbrief.bot.ingest.fetch.FetchError`` (and its kinds: blocked address, invalid URL, too large, timeout,
  redirects, HTTP status) and ``newsbrief.bot.ingest.feeds.FeedError``: news that could not be fetched or read.
- ``newsbrief.bot.adapters.base.AdapterUnavailable`` and ``DeliveryError`` (with each platform's kinds), and
  ``newsbrief.bot.adapters.slack.adapter.SlackStartError`` (also a ``RuntimeError``): a platform that cannot
  be reached or did not take a message.

The root itself lives in ``newsbrief.summarizers.errors`` (the pure core must not import ``bot``).
"""

from __future__ import annotations

from newsbrief.summarizers.errors import NewsbriefError

__all__ = ["NewsbriefError"]
