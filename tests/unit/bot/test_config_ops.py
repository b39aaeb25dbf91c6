"""Tests for the ``logging`` and ``monitoring`` sections of bot/config.py."""

from __future__ import annotations

import pytest

from newsbrief.bot.config import ConfigError, default_config, parse_config

CHANNEL = """\
channels:
  - {id: terminal, platform: console, target: stdout}
"""


def test_logging_section_defaults_and_case_insensitive_levels() -> None:
    assert parse_config(CHANNEL).logging.level == "INFO"
    cfg = parse_config(CHANNEL + "logging: {level: debug, format: json, loggers: {nio: info}}\n")
    assert (cfg.logging.level, cfg.logging.format, cfg.logging.loggers) == ("DEBUG", "json", {"nio": "INFO"})


def test_logger_names_under_the_old_top_level_packages_mean_the_installed_ones() -> None:
    # Configs written before the one newsbrief namespace name loggers under bot and summarizers.
    cfg = parse_config(
        CHANNEL
        + "logging:\n"
        + "  loggers: {bot.ingest: debug, summarizers: error, newsbrief.bot.app: info, nio: info, botany: info}\n"  # ns-rewrite: keep
    )
    assert cfg.logging.loggers == {
        "newsbrief.bot.ingest": "DEBUG",
        "newsbrief.summarizers": "ERROR",
        "newsbrief.bot.app": "INFO",
        "nio": "INFO",
        "botany": "INFO",
    }


def test_bad_logging_values_are_reported_with_their_line() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(CHANNEL + "logging:\n  level: loud\n  format: xml\n  loggers: {nio: chatty}\n")
    issues = {i.key_path: i.line for i in err.value.issues}
    assert issues.keys() >= {"logging.level", "logging.format"}
    assert issues["logging.level"] == 4
    assert any(k.startswith("logging.loggers") for k in issues)


def test_monitoring_is_off_unless_listen_is_set() -> None:
    assert parse_config(CHANNEL).monitoring.address() is None
    assert parse_config(CHANNEL + 'monitoring: {listen: ""}\n').monitoring.address() is None
    cfg = parse_config(CHANNEL + 'monitoring: {listen: "127.0.0.1:9464"}\n')
    assert cfg.monitoring.address() == ("127.0.0.1", 9464)
    v6 = parse_config(CHANNEL + 'monitoring: {listen: "[::1]:9464"}\n')
    assert v6.monitoring.address() == ("::1", 9464)


@pytest.mark.parametrize("listen", ["9464", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", ":9464"])
def test_monitoring_listen_must_be_host_and_port(listen: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(CHANNEL + f'monitoring: {{listen: "{listen}"}}\n')
    (issue,) = err.value.issues
    assert issue.key_path == "monitoring.listen"
    assert "host:port" in issue.message


def test_embedded_default_is_quiet_terminal_chat() -> None:
    cfg = default_config(env={"HOME": "/nonexistent"})
    assert cfg.logging.level == "WARNING"
    assert cfg.monitoring.address() is None
