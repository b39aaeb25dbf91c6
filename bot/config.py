"""YAML configuration -> one frozen, validated :class:`Config`.

Loading is a pure function of the file text and the environment: it returns a value or
raises :class:`ConfigError`; it never logs, creates folders or exits.

What the loader does, in order:

1. Composes the YAML with PyYAML's ``SafeLoader`` and builds plain Python data from the
   node tree itself, recording the line of every key (and of every list item), so that
   any later problem can be reported as ``file:line: key.path: message (hint: ...)``.
   Mapping keys are taken verbatim as strings (``on:`` stays ``"on"``); duplicate keys
   are an error.
2. Expands ``${VAR}`` and ``${VAR:-default}`` inside string values (not keys), from the
   ``env`` mapping given (``os.environ`` by default). ``$${`` is a literal ``${``. A
   variable that is unset (and has no default) is an error naming file, line and key. An
   expanded value stays a string; pydantic then coerces it where a number or boolean is
   expected (``port: ${PORT:-3000}`` works), and a token such as ``"0123"`` or ``"yes"``
   is never reinterpreted as YAML.
3. Validates with pydantic (frozen models, unknown keys rejected) and, independently, runs
   the cross-reference checks (duplicate ids, channels naming unknown feeds or topics,
   platform sections missing, channel targets in the wrong shape). Every problem found is
   collected; nothing stops at the first.

Relative paths (feed files, the SQLite database, the Matrix store) are resolved against
the directory of the config file. Feed locations may be:

* ``http://...`` / ``https://...`` URLs, fetched with the fetch policy;
* ``file:`` URLs or plain paths, normalised to absolute ``file://`` URLs; the file must
  exist when the config is loaded;
* ``package:<package>/<path>``, a file shipped inside an installed Python package, e.g.
  ``package:newsbrief.bot/data/feeds/world.xml``; resolved by :func:`local_feed_path` when read,
  not checked at load time.

Configs written before the code moved under the one ``newsbrief`` namespace name the package
``bot`` in feed URLs and name loggers under ``bot`` / ``summarizers``; both are read as the
``newsbrief.`` names they now are (:func:`installed_name`), so such configs keep working.

After loading, each channel's ``feeds`` holds every feed id it follows (written ids, then
feeds reached through its ``topics``, or all feeds when it names neither), so consumers
need not know about topics. Cron expressions use crontab's day-of-week numbering (0 and 7
are Sunday); :func:`cron_trigger` builds the matching APScheduler 3 trigger, whose own
``from_crontab`` would read 0 as Monday.
"""

from __future__ import annotations

import difflib
import getpass
import os
import re
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args, get_origin
from urllib.parse import unquote, urlsplit

import yaml
from apscheduler.triggers.cron import CronTrigger
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from newsbrief.summarizers.errors import NewsbriefError
from newsbrief.summarizers.nlp import DEFAULT_MODEL

__all__ = [
    "AdminsConfig",
    "BriefingConfig",
    "ChannelConfig",
    "Config",
    "ConfigError",
    "ConfigIssue",
    "FeedConfig",
    "FetchConfig",
    "LoggingConfig",
    "MatrixConfig",
    "MonitoringConfig",
    "ProxyConfig",
    "QuietConfig",
    "ScheduleConfig",
    "SchedulerConfig",
    "SlackConfig",
    "StorageConfig",
    "config_json_schema",
    "cron_trigger",
    "default_config",
    "default_data_dir",
    "format_issues",
    "load_config",
    "local_feed_path",
    "parse_config",
]

Platform = Literal["console", "slack", "matrix"]
KeyPath = tuple[str | int, ...]

_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"
_SLACK_USER_PATTERN = r"^[UW][A-Z0-9]{2,}$"
_MATRIX_USER_PATTERN = r"^@[^:\s]+:\S+$"
_SLACK_CHANNEL_RE = re.compile(r"^[CGD][A-Z0-9]{2,}$")
# Room ids are "!opaque:server", or just "!opaque" in room version 12 and later; aliases "#name:server".
_MATRIX_ROOM_RE = re.compile(r"^(?:![^:\s]+(?::\S+)?|#[^:\s]+:\S+)$")
_PACKAGE_URL_RE = re.compile(r"^package:([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)/(\S+)$")
# The top-level packages the code was installed as before the one ``newsbrief`` namespace.
_OLD_TOP_LEVEL = ("bot", "summarizers")
_MAX_NODES = 100_000
_MAX_DEPTH = 64
_CRON_HINT = (
    "five fields: minute hour day-of-month month day-of-week, "
    "e.g. '0 8 * * 1-5' for 08:00 Monday to Friday (day-of-week 0 and 7 are Sunday)"
)


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class ConfigIssue:
    """One problem in a config file. ``line`` is 1-based, ``None`` when unknown;
    ``key_path`` looks like ``channels[1].schedule.timezone`` (empty for the whole file)."""

    file: str
    line: int | None
    key_path: str
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        text = f"{where}: {self.key_path}: {self.message}" if self.key_path else f"{where}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class ConfigError(NewsbriefError):
    """The config is invalid. ``issues`` holds every problem found, in file order."""

    def __init__(self, issues: Sequence[ConfigIssue]) -> None:
        self.issues: tuple[ConfigIssue, ...] = tuple(issues)
        super().__init__(format_issues(self))

    def __str__(self) -> str:
        return format_issues(self)


def format_issues(err: ConfigError) -> str:
    """One line per issue, as printed by ``newsbrief check-config``."""
    return "\n".join(str(issue) for issue in err.issues)


def installed_name(name: str) -> str:
    """A package or logger name as installed: a name under the old top-level ``bot`` or
    ``summarizers`` gets the ``newsbrief.`` prefix; any other name is returned as it is."""
    return f"newsbrief.{name}" if name.split(".", 1)[0] in _OLD_TOP_LEVEL else name


def _custom(message: str, hint: str | None = None) -> PydanticCustomError:
    # The message travels in the context so braces in it are never taken as placeholders.
    return PydanticCustomError("newsbrief_config", "{message}", {"message": message, "hint": hint or ""})


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    options = list(choices)
    lowered = {c.lower(): c for c in options}
    if word.lower() in lowered and lowered[word.lower()] != word:
        return f"did you mean '{lowered[word.lower()]}'?"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


# --------------------------------------------------------------------------- cron


_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # crontab numbering: 0 = Sunday


def _crontab_days(part: str) -> set[int]:
    """Days (0 = Sunday .. 6) named by one numeric crontab day-of-week item like ``1-5/2``."""
    rng, _, step_text = part.partition("/")
    step = int(step_text) if step_text else 1
    if step < 1:
        raise ValueError(f"step must be at least 1 in day-of-week item '{part}'")
    if rng == "*":
        first, last = 0, 6
    elif "-" in rng:
        a, b = rng.split("-", 1)
        first, last = int(a), int(b)
    else:
        first = int(rng)
        last = 6 if step_text else first
    for value in (first, last):
        if not 0 <= value <= 7:
            raise ValueError(f"day-of-week {value} is out of range (0-7, 0 and 7 are Sunday)")
    if first > last:
        raise ValueError(f"day-of-week range '{rng}' runs backwards")
    return {d % 7 for d in range(first, last + 1, step)}


def _translate_day_of_week(field: str) -> str:
    """Crontab day-of-week (0/7 = Sunday) -> APScheduler 3 names (APScheduler's 0 is Monday)."""
    out: list[str] = []
    for part in field.split(","):
        if re.fullmatch(r"(\*|\d+(-\d+)?)(/\d+)?", part):
            days = _crontab_days(part)
            if days == set(range(7)):
                return "*"
            out.extend(_DOW_NAMES[d] for d in sorted(days))
        else:
            out.append(part.lower())  # names (mon-fri) mean the same in both
    return ",".join(out)


def cron_trigger(expr: str, timezone: str) -> CronTrigger:
    """An APScheduler 3 trigger for a standard 5-field crontab expression.

    Unlike ``CronTrigger.from_crontab`` (where day-of-week 0 is Monday, a known
    APScheduler 3 quirk), numeric days of week here follow crontab: 0 and 7 are Sunday,
    1-5 is Monday to Friday. Raises ``ValueError`` for an invalid expression or timezone.
    """
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"expected 5 fields, got {len(fields)}")
    minute, hour, day, month, dow = fields
    return CronTrigger(
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=_translate_day_of_week(dow),
        timezone=zoneinfo.ZoneInfo(timezone),
    )


@lru_cache(maxsize=1)
def _timezone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


# --------------------------------------------------------------------------- models


def _check_ident(value: str) -> str:
    if not re.match(_ID_PATTERN, value):
        raise _custom(
            f"'{value}' is not a valid id",
            "use letters, digits, '_', '.' and '-', starting with a letter or digit (at most 64)",
        )
    return value


def _unset_when_empty(*fields: str) -> Any:
    """A before-validator for optional ``fields``: an empty string (e.g. ``${VAR}`` of a variable
    set to nothing) leaves the field unset."""

    def unset_when_empty(value: Any) -> Any:
        return None if value == "" else value

    return field_validator(*fields, mode="before")(unset_when_empty)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _base_dir(info: ValidationInfo) -> Path | None:
    ctx = info.context
    if isinstance(ctx, Mapping):
        base = ctx.get("base_dir")
        return Path(base) if base is not None else None
    return None


def _resolve_path(text: str, info: ValidationInfo) -> Path:
    path = Path(text).expanduser()
    base = _base_dir(info)
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


class StorageConfig(_Model):
    """Where articles, briefings, stories and deliveries are stored."""

    url: str = Field(
        default="sqlite:///newsbrief.db",
        description="SQLAlchemy URL: sqlite:///path (relative to the config file) or postgresql://user@host/db",
    )

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str, info: ValidationInfo) -> str:
        scheme, sep, rest = value.partition("://")
        if not sep:
            raise _custom(
                f"not a database URL: '{value}'",
                "use sqlite:///newsbrief.db or postgresql://user@host/dbname",
            )
        scheme = scheme.lower()
        if scheme == "sqlite":
            if rest in ("", "/", "/:memory:"):
                return "sqlite://"
            if not rest.startswith("/"):
                raise _custom(
                    f"malformed SQLite URL '{value}'", "use sqlite:///relative.db or sqlite:////abs.db"
                )
            file_part, q, query = rest[1:].partition("?")
            path = _resolve_path(file_part, info)
            return f"sqlite:///{path}" + (f"?{query}" if q else "")
        if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
            if not rest:
                raise _custom(f"PostgreSQL URL '{value}' names no server or database")
            return f"postgresql+psycopg://{rest}"
        if scheme.startswith("postgresql+"):
            raise _custom(
                f"unsupported PostgreSQL driver '{scheme}'", "use postgresql:// (psycopg 3 is the driver)"
            )
        raise _custom(
            f"unsupported database '{scheme}'", "use sqlite:///newsbrief.db or postgresql://user@host/dbname"
        )


class FetchConfig(_Model):
    """How feeds and article pages are fetched over HTTP."""

    allow_private_networks: bool = Field(
        default=False,
        description="allow URLs resolving to private, loopback or link-local addresses (tests, intranets)",
    )
    timeout_s: float = Field(default=10.0, gt=0, le=300, description="overall deadline per fetch, seconds")
    max_bytes: int = Field(
        default=5_000_000, ge=1024, description="cap on a response body, raw and decompressed"
    )
    user_agent: str = Field(
        default="newsbrief/0.1 (news-briefing bot)", min_length=1, description="User-Agent header"
    )


_PROXY_ENV_URL = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
_PROXY_ENV_NO = ("NO_PROXY", "no_proxy")


def _context_env(info: ValidationInfo) -> Mapping[str, str]:
    ctx = info.context
    if isinstance(ctx, Mapping) and isinstance(ctx.get("env"), Mapping):
        env: Mapping[str, str] = ctx["env"]
        return env
    return os.environ


class ProxyConfig(_Model):
    """An HTTP(S) proxy for feed and page fetches and for the Slack and Matrix connections.

    Unset (the default): every connection is direct, and the ``*_PROXY`` environment
    variables are ignored. With ``from_environment: true``, a missing ``url`` is taken from
    ``HTTPS_PROXY`` (else ``HTTP_PROXY``, either case) and ``NO_PROXY`` is added to
    ``no_proxy``, when the config is loaded. Fetches stay address-checked: the target is
    resolved and refused when not public (see ``fetch.allow_private_networks``) before the
    proxy is asked for it.
    """

    url: str | None = Field(
        default=None,
        description="http://[user:password@]host:port of the proxy, for http and https targets; unset = direct",
    )
    from_environment: bool = Field(
        default=False,
        description="when url is unset, use HTTPS_PROXY/HTTP_PROXY, and add NO_PROXY to no_proxy",
    )
    no_proxy: tuple[str, ...] = Field(
        default=(),
        description="hosts reached directly: names (subdomains too), IP addresses, CIDR ranges, or '*'",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_environment(cls, data: Any, info: ValidationInfo) -> Any:
        if not isinstance(data, Mapping) or data.get("from_environment") is not True:
            return data
        env = _context_env(info)
        out = dict(data)
        if not out.get("url"):
            found = next((env[n] for n in _PROXY_ENV_URL if env.get(n)), None)
            if found:
                out["url"] = found
        extra = next((env[n] for n in _PROXY_ENV_NO if env.get(n)), "")
        written = out.get("no_proxy") or []
        if extra and isinstance(written, (list, tuple)):  # another shape is left for validation to report
            out["no_proxy"] = [*written, *(e.strip() for e in extra.split(",") if e.strip())]
        return out

    _empty_is_unset = _unset_when_empty("url")

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from newsbrief.bot.ingest.fetch import split_proxy_url

        hint = "write http://proxy.example.org:3128 (SOCKS and TLS-to-the-proxy https:// are not supported)"
        try:
            proxy = split_proxy_url(value)
        except ValueError as exc:
            raise _custom(f"unusable proxy URL: {exc}", hint) from None
        if proxy.scheme != "http":
            # The Matrix client (aiohttp-socks) speaks only plain HTTP to a proxy. https targets
            # are still tunnelled with CONNECT, TLS end to end.
            raise _custom("the proxy URL must start with http://", hint)
        return value.strip()

    @field_validator("no_proxy")
    @classmethod
    def _check_no_proxy(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        from newsbrief.bot.ingest.fetch import check_no_proxy_entry

        for entry in value:
            try:
                check_no_proxy_entry(entry)
            except ValueError as exc:
                raise _custom(str(exc), "e.g. localhost, .corp.example.org, 10.0.0.0/8") from None
        return tuple(e.strip() for e in value)

    def for_url(self, url: str) -> str | None:
        """The proxy URL to use for a connection to ``url``, or None to connect directly."""
        from newsbrief.bot.ingest.fetch import proxy_for

        return proxy_for(url, self.url, self.no_proxy)


class BriefingConfig(_Model):
    """How articles are summarised."""

    model: str = Field(default=DEFAULT_MODEL, min_length=1, description="spaCy pipeline name or path")
    summary_sentences: int = Field(default=3, ge=1, le=10, description="sentences in each summary")
    ingest_processes: int = Field(
        default=1,
        ge=0,
        le=16,
        description="worker processes that brief ingested articles (0: in the bot's own process)",
    )


class FeedConfig(_Model):
    """One news source. ``url`` is normalised: see the module docstring."""

    id: str = Field(
        json_schema_extra={"pattern": _ID_PATTERN}, description="our name for the feed, used by channels"
    )
    url: str = Field(description="http(s) URL, file path (relative to the config file) or package: URL")
    name: str = Field(default="", description="display name; defaults to the id")
    poll_minutes: int = Field(default=30, ge=1, le=24 * 60, description="minutes between polls")
    include: tuple[str, ...] = Field(
        default=(), description="keep only entries containing one of these words (case-insensitive)"
    )
    exclude: tuple[str, ...] = Field(
        default=(), description="drop entries containing any of these words (case-insensitive)"
    )
    topics: tuple[str, ...] = Field(default=(), description="labels that channels can subscribe to")

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        return _check_ident(value)

    @model_validator(mode="before")
    @classmethod
    def _default_name(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and not data.get("name") and isinstance(data.get("id"), str):
            return {**data, "name": data["id"]}
        return data

    @field_validator("url")
    @classmethod
    def _normalise_url(cls, value: str, info: ValidationInfo) -> str:
        value = value.strip()
        lowered = value.lower()
        if lowered.startswith(("http://", "https://")):
            parts = urlsplit(value)
            if not parts.hostname:
                raise _custom(f"URL '{value}' has no host")
            return value
        if lowered.startswith("package:"):
            match = _PACKAGE_URL_RE.match(value)
            if not match:
                raise _custom(
                    f"malformed package URL '{value}'", "write package:<python package>/<path inside it>"
                )
            return f"package:{installed_name(match.group(1))}/{match.group(2)}"
        if lowered.startswith("file:"):
            parts = urlsplit(value)
            if parts.netloc not in ("", "localhost"):
                raise _custom(f"file URL '{value}' names a remote host")
            path = _resolve_path(unquote(parts.path), info)
        else:
            scheme = urlsplit(value).scheme
            if len(scheme) > 1:  # one letter could be a Windows drive
                raise _custom(
                    f"unsupported URL scheme '{scheme}'",
                    "use http(s)://, a file path, file: or package:<package>/<path>",
                )
            path = _resolve_path(value, info)
        if not path.is_file():
            raise _custom(
                f"no such feed file: {path}", "relative paths are resolved against the config file's folder"
            )
        return path.resolve().as_uri()

    @field_validator("include", "exclude", "topics")
    @classmethod
    def _no_blank_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not w.strip() for w in value):
            raise _custom("empty word in list")
        return tuple(w.strip() for w in value)

    @property
    def is_remote(self) -> bool:
        return self.url.lower().startswith(("http://", "https://"))

    def local_path(self) -> Path | None:
        """The file to read for ``file:`` and ``package:`` feeds; ``None`` for http(s) feeds."""
        return local_feed_path(self.url)


def local_feed_path(url: str) -> Path | None:
    """The local file behind a normalised feed URL, or ``None`` for http(s) URLs.

    ``package:newsbrief.bot/data/feeds/world.xml`` resolves inside the installed package it names
    (importing it if needed). Raises ``ValueError`` for other schemes and
    ``ModuleNotFoundError`` when the package is not installed; existence is not checked.
    """
    lowered = url.lower()
    if lowered.startswith(("http://", "https://")):
        return None
    if lowered.startswith("package:"):
        match = _PACKAGE_URL_RE.match(url)
        if not match:
            raise ValueError(f"malformed package URL {url!r}")
        package, inner = match.groups()
        return Path(str(resources.files(installed_name(package)).joinpath(inner)))
    if lowered.startswith("file:"):
        return Path(unquote(urlsplit(url).path))
    raise ValueError(f"not a feed URL: {url!r}")


class ScheduleConfig(_Model):
    """When a channel's digest is posted."""

    cron: str = Field(
        default="0 8 * * 1-5",
        description="5-field crontab: minute hour day-of-month month day-of-week (0 and 7 are Sunday)",
    )
    timezone: str = Field(default="UTC", description="IANA timezone the cron is read in, e.g. Europe/Berlin")

    @field_validator("cron")
    @classmethod
    def _check_cron(cls, value: str) -> str:
        value = " ".join(value.split())
        try:
            cron_trigger(value, "UTC")
        except ValueError as exc:
            raise _custom(f"invalid cron expression '{value}': {exc}", _CRON_HINT) from None
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        if value not in _timezone_names():
            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                hint = (
                    _did_you_mean(value, _timezone_names())
                    or "use an IANA name such as 'Europe/Berlin' or 'UTC'"
                )
                raise _custom(f"unknown timezone '{value}'", hint) from None
        return value

    def trigger(self) -> CronTrigger:
        """The APScheduler trigger for this schedule (crontab day-of-week numbering)."""
        return cron_trigger(self.cron, self.timezone)


class QuietConfig(_Model):
    """Options that keep a channel calm."""

    skip_empty: bool = Field(default=True, description="post nothing when there are no new stories")
    unfurl_links: bool = Field(default=False, description="let the chat platform preview linked pages")


class ChannelConfig(_Model):
    """A place digests go: a Slack channel, a Matrix room or the terminal.

    Once loaded into a :class:`Config`, ``feeds`` lists every feed id the channel
    follows: those written under ``feeds``, then those tagged with one of its ``topics``;
    with neither written, every feed. ``schedule: null`` disables scheduled digests
    (``digest now`` still works).
    """

    id: str = Field(json_schema_extra={"pattern": _ID_PATTERN}, description="our name for the channel")
    platform: Platform = Field(description="console, slack or matrix")
    target: str = Field(
        min_length=1,
        description="Slack channel ID (C...), Matrix room ID or alias (!id:server, #alias:server), or stdout",
    )
    feeds: tuple[str, ...] = Field(default=(), description="feed ids this channel follows")
    topics: tuple[str, ...] = Field(default=(), description="also follow every feed tagged with these topics")
    schedule: ScheduleConfig | None = Field(default_factory=ScheduleConfig)
    max_stories: int = Field(default=5, ge=1, le=50, description="stories per digest at most")
    quiet: QuietConfig = Field(default_factory=QuietConfig)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        return _check_ident(value)


class AdminsConfig(_Model):
    """Users allowed to run admin commands (add/remove feeds, change schedules)."""

    slack: tuple[str, ...] = Field(default=(), description="Slack user IDs (U...)")
    matrix: tuple[str, ...] = Field(default=(), description="Matrix user IDs (@user:server)")
    console: tuple[str, ...] = Field(
        default=(), description="local login names, or '*' for anyone at the terminal"
    )

    @field_validator("slack")
    @classmethod
    def _slack_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for user in value:
            if not re.match(_SLACK_USER_PATTERN, user):
                raise _custom(
                    f"'{user}' is not a Slack user ID",
                    "use the member ID (U...), from the user's profile > More > Copy member ID",
                )
        return value

    @field_validator("matrix")
    @classmethod
    def _matrix_ids(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for user in value:
            if not re.match(_MATRIX_USER_PATTERN, user):
                raise _custom(f"'{user}' is not a Matrix user ID", "write @user:server")
        return value

    def allows(self, platform: Platform, user: str) -> bool:
        """True when ``user`` (a platform user id or login name) is an admin on ``platform``."""
        names: tuple[str, ...] = getattr(self, platform)
        return user in names or (platform == "console" and "*" in names)


class SlackConfig(_Model):
    """The Slack app's credentials and connection mode."""

    mode: Literal["socket", "http"] = Field(
        default="socket", description="socket (needs app_token, no public URL) or http (needs signing_secret)"
    )
    bot_token: SecretStr = Field(description="xoxb-... bot token")
    app_token: SecretStr | None = Field(default=None, description="xapp-... app-level token (socket mode)")
    signing_secret: SecretStr | None = Field(default=None, description="request signing secret (http mode)")
    http_host: str = Field(
        default="0.0.0.0", min_length=1, description="address the Events API listener binds (http mode)"
    )
    http_port: int = Field(default=3000, ge=1, le=65535, description="port for the Events API (http mode)")
    api_url: str = Field(
        default="https://slack.com/api/",
        description="Web API base URL (GovSlack: https://slack-gov.com/api/; a proxy; tests)",
    )

    @field_validator("api_url")
    @classmethod
    def _check_api_url(cls, value: str) -> str:
        parsed = urlsplit(value)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise _custom(f"api_url '{value}' is not an http(s) URL", "e.g. https://slack.com/api/")
        return value if value.endswith("/") else value + "/"

    _empty_is_unset = _unset_when_empty("app_token", "signing_secret")

    @field_validator("bot_token")
    @classmethod
    def _bot_token_shape(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().startswith("xoxb-"):
            raise _custom("bot_token must be a bot token (xoxb-...)", "set it with ${SLACK_BOT_TOKEN}")
        return value

    @field_validator("app_token")
    @classmethod
    def _app_token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise _custom("app_token must be an app-level token (xapp-...)", "set it with ${SLACK_APP_TOKEN}")
        return value

    @model_validator(mode="after")
    def _mode_needs(self) -> SlackConfig:
        if self.mode == "socket" and self.app_token is None:
            raise _custom(
                "socket mode needs app_token", "set app_token: ${SLACK_APP_TOKEN}, or use mode: http"
            )
        if self.mode == "http" and self.signing_secret is None:
            raise _custom(
                "http mode needs signing_secret",
                "set signing_secret: ${SLACK_SIGNING_SECRET}, or use mode: socket",
            )
        return self


class MatrixConfig(_Model):
    """The Matrix account the bot uses and who may invite it."""

    homeserver: str = Field(description="homeserver base URL, e.g. https://matrix.example.org")
    user_id: str = Field(json_schema_extra={"pattern": _MATRIX_USER_PATTERN}, description="@bot:server")
    access_token: SecretStr | None = Field(default=None, description="give this or password")
    password: SecretStr | None = Field(default=None, description="give this or access_token")
    device_id: str | None = Field(default=None, description="keep the same device across restarts")
    store_path: Path = Field(
        default="matrix-store",
        validate_default=True,
        description="folder for the device's encryption keys and login (relative to the config file)",
    )
    allowed_inviters: tuple[str, ...] = Field(
        default=(),
        description="users whose invites are accepted: @user:server, ':server' for a whole server, or globs",
    )
    command_prefix: str = Field(default="!newsbrief", min_length=1, description="prefix for commands")
    send_to_unverified_devices: bool = Field(
        default=True,
        description="send into encrypted rooms with unverified devices (false: refuse to send there at all)",
    )

    _empty_is_unset = _unset_when_empty("access_token", "password", "device_id")

    @field_validator("user_id")
    @classmethod
    def _check_user_id(cls, value: str) -> str:
        if not re.match(_MATRIX_USER_PATTERN, value):
            raise _custom(f"'{value}' is not a Matrix user ID", "write @bot:server")
        return value

    @field_validator("homeserver")
    @classmethod
    def _check_homeserver(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _custom(f"homeserver '{value}' is not an http(s) URL", "e.g. https://matrix.example.org")
        return value.rstrip("/")

    @field_validator("store_path", mode="before")
    @classmethod
    def _resolve_store(cls, value: Any, info: ValidationInfo) -> Any:
        return _resolve_path(value, info) if isinstance(value, str) else value

    @field_validator("allowed_inviters")
    @classmethod
    def _check_inviters(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for item in value:
            if not (item.startswith(":") or item.startswith("@")) or ":" not in item:
                raise _custom(f"'{item}' is neither a user ID nor a server", "write @user:server or :server")
        return value

    @model_validator(mode="after")
    def _one_credential(self) -> MatrixConfig:
        if (self.access_token is None) == (self.password is None):
            raise _custom(
                "give exactly one of access_token and password",
                "access_token: ${MATRIX_ACCESS_TOKEN} (or password: ${MATRIX_PASSWORD})",
            )
        return self

    def inviter_allowed(self, user_id: str) -> bool:
        """True when an invite from ``user_id`` may be accepted (exact id, ``:server``, or glob)."""
        from fnmatch import fnmatchcase

        server = user_id.partition(":")[2]
        for rule in self.allowed_inviters:
            if rule.startswith(":"):
                if fnmatchcase(server, rule[1:]):
                    return True
            elif fnmatchcase(user_id, rule):
                return True
        return False


class SchedulerConfig(_Model):
    """The job scheduler inside ``newsbrief run``."""

    misfire_grace_s: int = Field(
        default=3600, ge=0, description="a digest missed by up to this many seconds is posted once on start"
    )
    ingest_minutes: int = Field(default=15, ge=1, description="minutes between ingest passes over due feeds")


LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


def _upper_level(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


class LoggingConfig(_Model):
    """Log level and format for ``run``, ``ingest``, ``sources`` and ``digest``.

    ``--log-level`` / ``--log-format`` (or ``NEWSBRIEF_LOG_LEVEL`` / ``NEWSBRIEF_LOG_FORMAT``)
    override these.
    """

    level: LogLevel = Field(default="INFO", description="DEBUG, INFO, WARNING, ERROR or CRITICAL")
    format: Literal["text", "json"] = Field(
        default="text", description="text (timestamp level logger: message) or json (one object a line)"
    )
    loggers: dict[str, LogLevel] = Field(
        default_factory=dict,
        description="levels for single loggers, e.g. {nio: INFO, newsbrief.bot.ingest: DEBUG}",
    )

    @field_validator("level", mode="before")
    @classmethod
    def _level_upper(cls, value: Any) -> Any:
        return _upper_level(value)

    @field_validator("loggers", mode="before")
    @classmethod
    def _levels_upper(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {installed_name(k) if isinstance(k, str) else k: _upper_level(v) for k, v in value.items()}
        return value


class MonitoringConfig(_Model):
    """The optional HTTP endpoint with /healthz, /readyz and Prometheus /metrics."""

    listen: str | None = Field(
        default=None,
        description='"host:port" to serve /healthz, /readyz and /metrics on, e.g. "127.0.0.1:9464"; unset = off',
    )

    _empty_is_unset = _unset_when_empty("listen")

    @field_validator("listen")
    @classmethod
    def _check_listen(cls, value: str | None) -> str | None:
        if value is not None:
            split_listen(value)
        return value

    def address(self) -> tuple[str, int] | None:
        """``(host, port)`` to bind, or None when monitoring is off."""
        return None if self.listen is None else split_listen(self.listen)


def split_listen(value: str) -> tuple[str, int]:
    """``"127.0.0.1:9464"`` / ``"[::1]:9464"`` -> ``(host, port)``; a bad address raises a config error."""
    hint = 'write host:port, e.g. "127.0.0.1:9464" (or "0.0.0.0:9464" inside a container)'
    host, sep, port_text = value.rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not sep or not host or not port_text.isdigit() or not 0 <= int(port_text) < 65536:
        raise _custom(f"'{value}' is not a host:port address", hint)
    return host, int(port_text)


class RetentionConfig(_Model):
    """How long stored news is kept (``Store.prune``, run by the instance that ingests)."""

    days: int = Field(
        default=90,
        ge=7,
        le=36500,
        description="articles, briefings, stories, search sentences and processed chat events older "
        "than this many days are deleted (stories in a recent or a channel's latest digest are kept)",
    )
    every_hours: int = Field(default=24, ge=1, le=24 * 30, description="hours between pruning passes")


class Config(_Model):
    """The whole configuration, validated and frozen."""

    storage: StorageConfig = Field(default_factory=StorageConfig)
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    proxy: ProxyConfig = Field(default_factory=ProxyConfig)
    briefing: BriefingConfig = Field(default_factory=BriefingConfig)
    feeds: tuple[FeedConfig, ...] = ()
    channels: tuple[ChannelConfig, ...] = ()
    admins: AdminsConfig = Field(default_factory=AdminsConfig)
    slack: SlackConfig | None = None
    matrix: MatrixConfig | None = None
    scheduler: SchedulerConfig = Field(default_factory=SchedulerConfig)
    logging: LoggingConfig = Field(default_factory=LoggingConfig)
    monitoring: MonitoringConfig = Field(default_factory=MonitoringConfig)
    retention: RetentionConfig = Field(default_factory=RetentionConfig)

    def feed(self, feed_id: str) -> FeedConfig:
        """The feed with this id; ``KeyError`` if none."""
        for f in self.feeds:
            if f.id == feed_id:
                return f
        raise KeyError(feed_id)

    def channel(self, channel_id: str) -> ChannelConfig:
        """The channel with this id; ``KeyError`` if none."""
        for c in self.channels:
            if c.id == channel_id:
                return c
        raise KeyError(channel_id)

    def feeds_for(self, channel: ChannelConfig) -> tuple[FeedConfig, ...]:
        """The feeds a channel follows (its resolved ``feeds``), in config order."""
        wanted = set(channel.feeds)
        return tuple(f for f in self.feeds if f.id in wanted)

    @model_validator(mode="before")
    @classmethod
    def _resolve_channel_feeds(cls, data: Any) -> Any:
        """Fold topics (and "neither means all") into each channel's ``feeds``.

        Runs before validation on whatever it is given; shapes it cannot read are left for
        validation to report. Feeds found through topics are appended, so the positions of
        the written ids (and the lines reported for them) do not move.
        """
        if not isinstance(data, Mapping):
            return data
        feeds, channels = data.get("feeds"), data.get("channels")
        if not isinstance(channels, (list, tuple)):
            return data
        feed_tags: list[tuple[str, set[str]]] = []
        for feed in feeds if isinstance(feeds, (list, tuple)) else ():
            ident, topics = _member(feed, "id"), _member(feed, "topics")
            if isinstance(ident, str):
                tags = (
                    {t for t in topics if isinstance(t, str)} if isinstance(topics, (list, tuple)) else set()
                )
                feed_tags.append((ident, tags))
        resolved = []
        for channel in channels:
            written, topics = _member(channel, "feeds"), _member(channel, "topics")
            if written is None:
                written = ()
            if topics is None:
                topics = ()
            if not isinstance(channel, (Mapping, ChannelConfig)) or not isinstance(written, (list, tuple)):
                resolved.append(channel)
                continue
            if not isinstance(topics, (list, tuple)):
                topics = ()
            if not written and not topics:
                extra = [ident for ident, _ in feed_tags]
            else:
                wanted = {t for t in topics if isinstance(t, str)}
                extra = [ident for ident, tags in feed_tags if tags & wanted and ident not in written]
            full = [*written, *dict.fromkeys(extra)]
            if isinstance(channel, ChannelConfig):
                resolved.append(channel.model_copy(update={"feeds": tuple(full)}))
            else:
                resolved.append({**channel, "feeds": full})
        return {**data, "channels": resolved}


def _member(obj: Any, name: str) -> Any:
    """``obj[name]`` for a mapping, ``obj.name`` for a model, ``None`` when absent."""
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


# --------------------------------------------------------------------------- YAML with lines


_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"


class _TooBig(Exception):
    pass


_ENV_RE = re.compile(r"\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{")


def _path_text(path: KeyPath) -> str:
    out = ""
    for seg in path:
        out += f"[{seg}]" if isinstance(seg, int) else (f".{seg}" if out else str(seg))
    return out


class _Reader:
    """Builds plain data from a composed YAML node tree, recording the line of every key."""

    def __init__(self, source: str, env: Mapping[str, str]) -> None:
        self.source = source
        self.env = env
        self.lines: dict[KeyPath, int] = {(): 1}
        self.issues: list[ConfigIssue] = []
        self.paths: list[KeyPath] = []  # where issues were reported
        # Paths already reported while reading (unset variable, bad tag): later checks stay
        # quiet about them and their ancestors, which would only restate the same mistake.
        self.shadowing: tuple[KeyPath, ...] = ()
        self._nodes = 0

    def issue(self, path: KeyPath, message: str, hint: str | None = None, line: int | None = None) -> None:
        if path and any(q[: len(path)] == path or path[: len(q)] == q for q in self.shadowing):
            return
        self.paths.append(path)
        if line is None:
            line = self.line_for(path)
        self.issues.append(ConfigIssue(self.source, line, _path_text(path), message, hint))

    def line_for(self, path: KeyPath) -> int | None:
        for n in range(len(path), -1, -1):
            if path[:n] in self.lines:
                return self.lines[path[:n]]
        return None

    def read(self, text: str) -> Any:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return {}
            return self._build(loader, node, ())
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            parts = [p for p in (exc.context, exc.problem) if p]
            message = "YAML syntax error: " + ", ".join(parts) if parts else "YAML syntax error"
            self.issue((), message, line=mark.line + 1 if mark else None)
        except yaml.YAMLError as exc:
            self.issue((), f"YAML error: {exc}", line=None)
        except _TooBig:
            self.issue((), f"document too large or too deeply nested (limit {_MAX_NODES} values)")
        finally:
            loader.dispose()
        return None

    def _build(self, loader: yaml.SafeLoader, node: yaml.Node, path: KeyPath) -> Any:
        self._nodes += 1
        if self._nodes > _MAX_NODES or len(path) > _MAX_DEPTH:
            raise _TooBig
        if isinstance(node, yaml.CollectionNode) and node.tag not in (_MAP_TAG, _SEQ_TAG):
            self.issue(path, f"unsupported YAML tag '{node.tag}'", line=node.start_mark.line + 1)
            return None
        if isinstance(node, yaml.MappingNode):
            explicit = [(k, v) for k, v in node.value if k.tag != _MERGE_TAG]
            loader.flatten_mapping(node)  # resolves << merge keys; explicit keys win over merged ones
            explicit_ids = {id(k) for k, _ in explicit}
            merged = [(k, v) for k, v in node.value if id(k) not in explicit_ids]
            result: dict[str, Any] = {}
            for key_node, value_node in explicit:
                line = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    self.issue(path, "a key must be a plain string", line=line)
                    continue
                key = str(key_node.value)
                if key in result:
                    self.issue(
                        path + (key,),
                        f"duplicate key '{key}' (first at line {self.lines.get(path + (key,))})",
                        line=line,
                    )
                    continue
                self.lines[path + (key,)] = line
                result[key] = self._build(loader, value_node, path + (key,))
            for key_node, value_node in merged:
                key = str(key_node.value)
                if isinstance(key_node, yaml.ScalarNode) and key not in result:
                    self.lines[path + (key,)] = key_node.start_mark.line + 1
                    result[key] = self._build(loader, value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                self.lines[path + (i,)] = item.start_mark.line + 1
                items.append(self._build(loader, item, path + (i,)))
            return items
        try:
            value = loader.construct_object(node, deep=True)
        except yaml.MarkedYAMLError as exc:
            self.issue(path, str(exc.problem or exc), line=node.start_mark.line + 1)
            return None
        if isinstance(value, str):
            return self._expand(value, path, node.start_mark.line + 1)
        return value

    def _expand(self, value: str, path: KeyPath, line: int) -> str:
        if "$" not in value:
            return value

        def substitute(match: re.Match[str]) -> str:
            whole = match.group(0)
            if whole == "$${":
                return "${"
            name, default = match.group(1), match.group(2)
            if name is None:
                self.issue(path, "malformed ${...} reference", "write ${NAME} or ${NAME:-default}", line=line)
                return whole
            found = self.env.get(name)
            if found is not None and (found != "" or default is None):
                return found
            if default is not None:
                return default
            self.issue(
                path,
                f"environment variable {name} is not set",
                f"export {name}=..., or write ${{{name}:-default}} to make it optional",
                line=line,
            )
            return ""

        return _ENV_RE.sub(substitute, value)


# --------------------------------------------------------------------------- checks


def _annotation_at(loc: Sequence[str | int]) -> Any:
    """The type annotation that validates the value at ``loc`` (``None`` when unknown)."""
    tp: Any = Config
    for seg in loc:
        tp = _unwrap_optional(tp)
        if isinstance(seg, int):
            origin, args = get_origin(tp), get_args(tp)
            if origin in (tuple, list) and args:
                tp = args[0]
            else:
                return None
        elif isinstance(tp, type) and issubclass(tp, BaseModel):
            field = tp.model_fields.get(seg)
            if field is None:
                return None
            tp = field.annotation
        else:
            return None
    return _unwrap_optional(tp)


def _unwrap_optional(tp: Any) -> Any:
    args = get_args(tp)
    if args and type(None) in args and get_origin(tp) is not Literal:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return tp


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


_RE_DICT = re.compile(r"a valid dictionary or instance of \w+")


def _pydantic_issues(exc: ValidationError, reader: _Reader) -> None:
    for err in exc.errors(include_url=False):
        loc: KeyPath = tuple(seg for seg in err["loc"] if isinstance(seg, (str, int)))
        kind = err["type"]
        ctx = err.get("ctx") or {}
        hint: str | None = None
        if kind == "extra_forbidden":
            parent = _annotation_at(loc[:-1])
            allowed = (
                sorted(parent.model_fields)
                if isinstance(parent, type) and issubclass(parent, BaseModel)
                else []
            )
            message = f"unknown key '{loc[-1]}'"
            hint = _did_you_mean(str(loc[-1]), allowed) or (
                "allowed keys: " + ", ".join(allowed) if allowed else None
            )
        elif kind == "missing":
            message = f"missing required key '{loc[-1]}'"
        elif kind == "newsbrief_config":
            message = str(ctx.get("message", err["msg"]))
            hint = str(ctx.get("hint") or "") or None
        else:
            msg = _RE_DICT.sub("a mapping", err["msg"]).replace("a valid tuple", "a list")
            message = msg[:1].lower() + msg[1:] + f" (got {_describe(err.get('input'))})"
            if kind == "literal_error" and isinstance(err.get("input"), str):
                options = [str(a) for a in get_args(_annotation_at(loc))]
                hint = _did_you_mean(err["input"], options)
        reader.issue(loc, message, hint)


def _items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    seq = data.get(key) if isinstance(data, dict) else None
    if not isinstance(seq, list):
        return []
    return [(i, item) for i, item in enumerate(seq) if isinstance(item, dict)]


def _str_list(value: Any) -> list[tuple[int, str]]:
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, str)]


def _cross_checks(data: Any, reader: _Reader) -> None:
    """Checks that span sections, run on the raw data so they report even when pydantic fails."""
    feeds = _items(data, "feeds")
    channels = _items(data, "channels")
    _check_unique(feeds, "feed", ("feeds",), reader)
    _check_unique(channels, "channel", ("channels",), reader)

    feed_ids = [f["id"] for _, f in feeds if isinstance(f.get("id"), str)]
    feed_topics = {t for _, f in feeds for _, t in _str_list(f.get("topics"))}
    for i, channel in channels:
        path: KeyPath = ("channels", i)
        for j, ref in _str_list(channel.get("feeds")):
            if ref not in feed_ids:
                hint = _did_you_mean(ref, feed_ids) or (
                    "defined feeds: " + ", ".join(feed_ids) if feed_ids else "define it under feeds:"
                )
                reader.issue(path + ("feeds", j), f"unknown feed '{ref}'", hint)
        for j, topic in _str_list(channel.get("topics")):
            if topic not in feed_topics:
                hint = _did_you_mean(topic, feed_topics) or (
                    "topics used by feeds: " + ", ".join(sorted(feed_topics))
                    if feed_topics
                    else "tag feeds with topics: [...]"
                )
                reader.issue(path + ("topics", j), f"no feed has the topic '{topic}'", hint)
        platform, target = channel.get("platform"), channel.get("target")
        if platform in ("slack", "matrix") and not isinstance(data.get(platform), dict):
            reader.issue(
                path + ("platform",),
                f"channel is on {platform} but there is no top-level '{platform}:' section",
                f"add a {platform}: section with its credentials (see config.example.yaml)",
            )
        if isinstance(target, str) and target:
            _check_target(platform, target, path + ("target",), reader)


def _check_unique(items: list[tuple[int, dict[str, Any]]], what: str, path: KeyPath, reader: _Reader) -> None:
    seen: dict[str, int] = {}
    for i, item in items:
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in seen:
            first = reader.lines.get(path + (seen[ident], "id"))
            reader.issue(path + (i, "id"), f"duplicate {what} id '{ident}' (first defined at line {first})")
        else:
            seen[ident] = i


def _check_target(platform: Any, target: str, path: KeyPath, reader: _Reader) -> None:
    if platform == "console" and target != "stdout":
        reader.issue(path, f"console target must be 'stdout', not '{target}'")
    elif platform == "slack" and not _SLACK_CHANNEL_RE.match(target):
        reader.issue(
            path,
            f"'{target}' is not a Slack channel ID",
            "use the ID (C0123ABCD), from the channel's details, not its #name",
        )
    elif platform == "matrix" and not _MATRIX_ROOM_RE.match(target):
        reader.issue(
            path,
            f"'{target}' is not a Matrix room",
            "write a room id (!roomid or !roomid:server) or an alias (#alias:server)",
        )


# --------------------------------------------------------------------------- public API


def parse_config(
    text: str,
    *,
    source: str = "<config>",
    base_dir: str | Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """Validate config ``text``; ``source`` names it in issues, ``base_dir`` anchors
    relative paths (left relative when ``None``). Raises :class:`ConfigError`."""
    reader = _Reader(source, os.environ if env is None else env)
    data = reader.read(text)
    if reader.issues and data is None:
        raise ConfigError(reader.issues)
    if not isinstance(data, dict):
        reader.issue((), f"the top level must be a mapping of sections, not {_describe(data)}")
        raise ConfigError(reader.issues)
    reader.shadowing = tuple(p for p in reader.paths if p)
    config: Config | None = None
    try:
        config = Config.model_validate(data, context={"base_dir": base_dir, "env": reader.env})
    except ValidationError as exc:
        _pydantic_issues(exc, reader)
    _cross_checks(data, reader)
    if reader.issues or config is None:
        raise ConfigError(sorted(reader.issues, key=lambda i: i.line or 0))
    return config


def load_config(path: str | Path, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a YAML config file; ``env`` defaults to ``os.environ``.

    Raises :class:`ConfigError` listing every problem (an unreadable file included).
    """
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError([ConfigIssue(source, None, "", f"not UTF-8 text ({exc.reason})")]) from exc
    except OSError as exc:
        raise ConfigError([ConfigIssue(source, None, "", f"cannot read: {exc.strerror or exc}")]) from exc
    return parse_config(text, source=source, base_dir=Path(path).resolve().parent, env=env)


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/newsbrief`` or ``~/.local/share/newsbrief``. Not created here."""
    env = os.environ if env is None else env
    base = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME") or Path.home()) / ".local" / "share")
    return Path(base) / "newsbrief"


def _login_name() -> str | None:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


def default_config(env: Mapping[str, str] | None = None) -> Config:
    """The embedded default used when no config file is given: the bundled sample feeds,
    one console channel, SQLite under :func:`default_data_dir`.

    The database's folder is not created here; whoever opens the store must create it.
    """
    db = default_data_dir(env) / "newsbrief.db"
    user = _login_name()
    feeds = [
        {"id": name, "url": f"package:newsbrief.bot/data/feeds/{name}.xml", "name": title, "topics": [name]}
        for name, title in (
            ("world", "Northern Wire"),
            ("business", "The Market Ledger"),
            ("local", "Lindenport Gazette"),
        )
    ]
    return Config.model_validate(
        {
            "storage": {"url": f"sqlite:///{db}"},
            "feeds": feeds,
            "channels": [
                {
                    "id": "terminal",
                    "platform": "console",
                    "target": "stdout",
                    "schedule": {"cron": "0 8 * * *", "timezone": "UTC"},
                }
            ],
            "admins": {"console": [user] if user else ["*"]},
            # A terminal chat: log lines between the digest and the answers only when something is wrong.
            "logging": {"level": "WARNING"},
        }
    )


def config_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the config file, for editors.

    Values written as ``${VAR}`` are expanded before validation, so an editor may flag
    one in a number or boolean field although the loader accepts it.
    """
    schema = Config.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsbrief configuration"
    return schema
