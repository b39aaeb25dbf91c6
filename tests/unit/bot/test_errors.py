"""One error root: every kind newsbrief raises on purpose is a ``NewsbriefError``, so a caller
that wants "newsbrief said no, and why" catches one thing."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.bot.adapters.base import AdapterUnavailable, DeliveryError
from newsbrief.bot.adapters.matrix.errors import MatrixUnavailable
from newsbrief.bot.adapters.slack.adapter import SlackDeliveryError, SlackStartError, SlackUnavailable
from newsbrief.bot.app import StartupError
from newsbrief.bot.config import ConfigError, parse_config
from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.ingest.feeds import FeedError, parse_feed
from newsbrief.bot.ingest.fetch import BlockedAddressError, FetchError, HTTPStatusError
from newsbrief.bot.inputs import load_input
from newsbrief.bot.store.errors import NotStored
from newsbrief.summarizers.types import InputError


@pytest.mark.parametrize(
    "kind",
    [
        ConfigError,
        StartupError,
        InputError,
        NotStored,
        FetchError,
        BlockedAddressError,
        HTTPStatusError,
        FeedError,
        AdapterUnavailable,
        DeliveryError,
        MatrixUnavailable,
        SlackDeliveryError,
        SlackStartError,
        SlackUnavailable,
    ],
)
def test_every_error_kind_is_a_newsbrief_error(kind: type[Exception]) -> None:
    assert issubclass(kind, NewsbriefError)


def test_older_bases_still_hold() -> None:
    assert issubclass(InputError, ValueError) and issubclass(NotStored, KeyError)
    assert issubclass(SlackStartError, RuntimeError)


def test_real_errors_are_caught_by_the_root(tmp_path: Path) -> None:
    with pytest.raises(NewsbriefError, match="unknown"):
        parse_config("feeds: []\nchannels: []\nno_such_key: 1\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(NewsbriefError):
        load_input(str(empty))


def test_a_broken_feed_is_caught_by_the_root() -> None:
    with pytest.raises(NewsbriefError):
        parse_feed(b"<rss><channel><item>", "http://127.0.0.1/feed.xml")


def _error_classes_defined_in_newsbrief() -> dict[str, type[BaseException]]:
    """Every public exception class defined in a ``newsbrief`` module (each module imported), by
    qualified name."""
    import importlib
    import inspect
    import pkgutil

    import newsbrief

    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(newsbrief.__path__, "newsbrief."):
        if ".migrations." in info.name or info.name.endswith("__main__"):
            continue  # Alembic revisions run only under Alembic; __main__ runs the CLI
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == info.name
                and not name.startswith("_")
            ):
                found[f"{info.name}.{name}"] = value
    return found


def test_no_error_kind_outside_the_root() -> None:
    """A new error class anywhere in newsbrief is a ``NewsbriefError`` (or private to its module)."""
    found = _error_classes_defined_in_newsbrief()
    # positive control: the scan reaches the kinds listed above, in bot and in the pure core
    assert {"newsbrief.bot.config.ConfigError", "newsbrief.bot.ingest.fetch.FetchError"} <= set(found)
    assert "newsbrief.summarizers.types.InputError" in found
    assert {name for name, kind in found.items() if not issubclass(kind, NewsbriefError)} == set()
