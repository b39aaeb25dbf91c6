"""Tests for bot/logging_setup.py and the global logging options of bot/cli.py."""

from __future__ import annotations

import argparse
import io
import json
import logging
import re
from collections.abc import Iterator

import pytest

from newsbrief.bot.cli import build_parser
from newsbrief.bot.config import LoggingConfig
from newsbrief.bot.logging_setup import LogSettings, configure_logging, resolve_settings

ISO_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (\w+) ([\w.]+): (.*)$")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in handlers:
        root.addHandler(h)
    root.setLevel(level)
    configure_logging_reset()


def configure_logging_reset() -> None:
    for name in ("nio", "httpx", "newsbrief.bot.ingest", "apscheduler", "sqlalchemy"):
        logging.getLogger(name).setLevel(logging.NOTSET)


def emit(settings: LogSettings) -> list[str]:
    out = io.StringIO()
    configure_logging(settings, stream=out)
    logging.getLogger("newsbrief.bot.app").info("started as %s", "bot")
    logging.getLogger("newsbrief.bot.ingest.poller").debug("polling detail")
    logging.getLogger("nio.rooms").info("handling event")
    logging.getLogger("httpx").warning("library trouble")
    return out.getvalue().splitlines()


def test_text_lines_carry_timestamp_level_and_logger() -> None:
    lines = emit(LogSettings(level="INFO"))
    match = ISO_LINE.match(lines[0])
    assert match is not None, lines
    assert match.groups() == ("INFO", "newsbrief.bot.app", "started as bot")


def test_libraries_are_quiet_at_info_but_warnings_pass() -> None:
    lines = emit(LogSettings(level="INFO"))
    text = "\n".join(lines)
    assert "handling event" not in text
    assert "polling detail" not in text
    assert "library trouble" in text  # positive control: a library WARNING still shows
    assert "started as bot" in text


def test_debug_shows_our_detail_and_library_info() -> None:
    text = "\n".join(emit(LogSettings(level="DEBUG")))
    assert "polling detail" in text
    assert "handling event" in text


def test_sql_statements_stay_hidden_even_at_debug() -> None:
    out = io.StringIO()
    configure_logging(LogSettings(level="DEBUG"), stream=out)
    logging.getLogger("sqlalchemy.engine.Engine").info("SELECT 1")
    logging.getLogger("sqlalchemy.pool").warning("pool trouble")
    assert "SELECT 1" not in out.getvalue()
    assert "pool trouble" in out.getvalue()


def test_per_logger_levels_override_the_defaults() -> None:
    text = "\n".join(
        emit(LogSettings(level="INFO", loggers={"nio": "INFO", "newsbrief.bot.ingest": "DEBUG"}))
    )
    assert "handling event" in text
    assert "polling detail" in text


def test_a_second_configure_resets_earlier_logger_levels() -> None:
    emit(LogSettings(level="INFO", loggers={"newsbrief.bot.ingest": "DEBUG"}))
    text = "\n".join(emit(LogSettings(level="INFO")))
    assert "polling detail" not in text


def test_json_lines_parse_and_keep_extra_fields() -> None:
    out = io.StringIO()
    configure_logging(LogSettings(level="INFO", format="json"), stream=out)
    logging.getLogger("newsbrief.bot.app").info("newsbrief started", extra={"startup": {"feeds": 3}})
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        logging.getLogger("newsbrief.bot.app").exception("failed")
    first, second = (json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{"))
    assert first["level"] == "INFO" and first["logger"] == "newsbrief.bot.app"
    assert first["message"] == "newsbrief started"
    assert first["startup"] == {"feeds": 3}
    assert ISO_LINE.match(first["time"] + " X y: z")
    assert "RuntimeError: boom" in second["exception"]


def test_resolution_order_cli_then_env_then_config_then_default() -> None:
    cfg = LoggingConfig(level="ERROR", format="json", loggers={"nio": "DEBUG"})
    env = {"NEWSBRIEF_LOG_LEVEL": "debug", "NEWSBRIEF_LOG_FORMAT": "text"}
    assert resolve_settings(cli_level="INFO", cli_format=None, env=env, config=cfg).level == "INFO"
    from_env = resolve_settings(cli_level=None, cli_format=None, env=env, config=cfg)
    assert (from_env.level, from_env.format) == ("DEBUG", "text")
    from_cfg = resolve_settings(cli_level=None, cli_format=None, env={}, config=cfg)
    assert (from_cfg.level, from_cfg.format, dict(from_cfg.loggers)) == ("ERROR", "json", {"nio": "DEBUG"})
    default = resolve_settings(cli_level=None, cli_format=None, env={}, config=None, default_level="WARNING")
    assert (default.level, default.format) == ("WARNING", "text")


def test_invalid_environment_value_is_an_error_naming_the_variable() -> None:
    with pytest.raises(ValueError, match="NEWSBRIEF_LOG_LEVEL"):
        resolve_settings(cli_level=None, cli_format=None, env={"NEWSBRIEF_LOG_LEVEL": "loud"})
    with pytest.raises(ValueError, match="NEWSBRIEF_LOG_FORMAT"):
        resolve_settings(cli_level=None, cli_format=None, env={"NEWSBRIEF_LOG_FORMAT": "xml"})


@pytest.mark.parametrize(
    "argv",
    [
        ["--log-level", "debug", "--log-format", "json", "run", "--config", "c.yaml"],
        ["run", "--config", "c.yaml", "--log-level", "debug", "--log-format", "json"],
        ["run", "--log-level=DEBUG", "--config", "c.yaml", "--log-format=JSON"],
    ],
)
def test_log_options_before_or_after_the_subcommand(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert (args.log_level, args.log_format, args.config) == ("DEBUG", "json", "c.yaml")


def test_log_options_absent_leave_no_value_so_the_config_decides() -> None:
    args = build_parser().parse_args(["run", "--config", "c.yaml"])
    assert getattr(args, "log_level", None) is None
    assert build_parser().parse_args(["ingest", "-v"]).log_level == "INFO"


def test_every_subcommand_takes_the_log_options_and_has_a_description() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert len(sub.choices) >= 9
    for name, p in sub.choices.items():
        assert p.description and len(p.description) > 30, name
        options = {o for a in p._actions for o in a.option_strings}
        assert {"--log-level", "--log-format", "-v"} <= options, name
