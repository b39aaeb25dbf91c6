"""Logging for every ``newsbrief`` command: one stderr handler, timestamps and levels, text or JSON.

The level and format come, first found wins, from ``--log-level`` / ``--log-format`` (before or
after the subcommand), the ``NEWSBRIEF_LOG_LEVEL`` / ``NEWSBRIEF_LOG_FORMAT`` environment
variables, the config's ``logging`` section, and last the command's own default. Libraries that
talk a lot at INFO (nio logs every event it handles) are held at WARNING unless the level is
DEBUG; ``logging.loggers`` in the config sets any single logger's level.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

__all__ = ["LEVELS", "FORMATS", "QUIET_LIBRARIES", "LogSettings", "configure_logging", "resolve_settings"]

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
FORMATS = ("text", "json")
ENV_LEVEL = "NEWSBRIEF_LOG_LEVEL"
ENV_FORMAT = "NEWSBRIEF_LOG_FORMAT"

# Loggers of libraries that log routine work at INFO; held at WARNING unless the level is DEBUG.
QUIET_LIBRARIES = (
    "aiohttp",
    "alembic",
    "apscheduler",
    "asyncio",
    "charset_normalizer",
    "courlan",
    "htmldate",
    "httpcore",
    "httpx",
    "nio",
    "peewee",
    "slack_bolt",
    "slack_sdk",
    "trafilatura",
    "urllib3",
    "websockets",
)

# Loggers that log every statement at INFO: at WARNING even at DEBUG (``logging.loggers`` can lower them).
LOUD_LIBRARIES = ("sqlalchemy",)

# LogRecord attributes that are not "extra" fields given by the caller.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


@dataclass(frozen=True)
class LogSettings:
    level: str = "WARNING"
    format: str = "text"
    loggers: Mapping[str, str] = field(default_factory=dict)


def _iso_time(record: logging.LogRecord) -> str:
    """Local time with milliseconds and UTC offset: ``2026-11-26T08:30:00.123+01:00``."""
    local = time.localtime(record.created)
    offset = time.strftime("%z", local)
    return time.strftime("%Y-%m-%dT%H:%M:%S", local) + f".{int(record.msecs):03d}{offset[:3]}:{offset[3:]}"


class TextFormatter(logging.Formatter):
    """``2026-11-26T08:30:00.123+01:00 WARNING newsbrief.bot.ingest.poller: feed world: HTTP 503``."""

    def format(self, record: logging.LogRecord) -> str:
        line = f"{_iso_time(record)} {record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        if record.stack_info:
            line += "\n" + self.formatStack(record.stack_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object a line: ``time``, ``level``, ``logger``, ``message``, extras, ``exception``."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": _iso_time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RECORD_FIELDS and not key.startswith("_"):
                data[key] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


def resolve_settings(
    *,
    cli_level: str | None,
    cli_format: str | None,
    env: Mapping[str, str],
    config: Any = None,
    default_level: str = "WARNING",
) -> LogSettings:
    """The settings in force: command line, then environment, then ``config`` (a
    ``LoggingConfig`` or None), then ``default_level`` and text. An invalid environment value
    raises ``ValueError`` naming the variable."""
    env_level = env.get(ENV_LEVEL, "").strip().upper() or None
    env_format = env.get(ENV_FORMAT, "").strip().lower() or None
    if env_level is not None and env_level not in LEVELS:
        raise ValueError(f"{ENV_LEVEL}={env_level!r}: expected one of {', '.join(LEVELS)}")
    if env_format is not None and env_format not in FORMATS:
        raise ValueError(f"{ENV_FORMAT}={env_format!r}: expected text or json")
    level = cli_level or env_level or (config.level if config is not None else None) or default_level
    fmt = cli_format or env_format or (config.format if config is not None else None) or "text"
    loggers = dict(config.loggers) if config is not None else {}
    return LogSettings(level=level.upper(), format=fmt, loggers=loggers)


_configured_loggers: list[str] = []


def configure_logging(settings: LogSettings, stream: TextIO | None = None) -> logging.Handler:
    """Replace the root logger's handlers by one on ``stream`` (stderr) with ``settings``.

    Safe to call again (after the config is read): levels set by an earlier call are reset.
    Returns the handler (tests read what it wrote).
    """
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.format == "json" else TextFormatter())
    root.addHandler(handler)
    level = logging.getLevelName(settings.level)
    root.setLevel(level)
    for name in _configured_loggers:
        logging.getLogger(name).setLevel(logging.NOTSET)
    _configured_loggers.clear()
    library_level = logging.INFO if level <= logging.DEBUG else max(level, logging.WARNING)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(library_level)
        _configured_loggers.append(name)
    for name in LOUD_LIBRARIES:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
        _configured_loggers.append(name)
    for name, value in settings.loggers.items():
        logging.getLogger(name).setLevel(logging.getLevelName(value.upper()))
        _configured_loggers.append(name)
    logging.captureWarnings(True)
    return handler
