"""The ``proxy:`` section and the proxy helpers of newsbrief.bot.ingest.fetch (no network)."""

from __future__ import annotations

import pytest

from newsbrief.bot.config import ConfigError, parse_config
from newsbrief.bot.ingest.fetch import (
    FetchPolicy,
    bypasses_proxy,
    proxy_for,
    redact_proxy,
    split_proxy_url,
)

ENV_PROXY = {"HTTPS_PROXY": "http://envproxy.corp.example:3128", "NO_PROXY": "wiki.corp.example, 10.0.0.0/8"}


def test_no_proxy_section_means_direct_even_with_proxy_variables_set() -> None:
    cfg = parse_config("{}", env=ENV_PROXY)
    assert cfg.proxy.url is None
    assert cfg.proxy.for_url("https://slack.com/api/") is None


def test_explicit_url_is_used_for_every_target() -> None:
    cfg = parse_config("proxy: {url: 'http://proxy.corp.example:3128'}", env={})
    assert cfg.proxy.for_url("https://matrix.example.org") == "http://proxy.corp.example:3128"
    assert cfg.proxy.for_url("http://feeds.example.org/rss") == "http://proxy.corp.example:3128"


def test_from_environment_opts_in_to_the_variables() -> None:
    cfg = parse_config("proxy: {from_environment: true, no_proxy: [localhost]}", env=ENV_PROXY)
    assert cfg.proxy.url == "http://envproxy.corp.example:3128"
    assert cfg.proxy.no_proxy == ("localhost", "wiki.corp.example", "10.0.0.0/8")
    assert cfg.proxy.for_url("https://wiki.corp.example/page") is None
    assert cfg.proxy.for_url("https://slack.com/api/") == "http://envproxy.corp.example:3128"


def test_from_environment_falls_back_to_http_proxy_and_the_written_url_wins() -> None:
    cfg = parse_config("proxy: {from_environment: true}", env={"http_proxy": "http://low.example:8080"})
    assert cfg.proxy.url == "http://low.example:8080"
    written = parse_config("proxy: {from_environment: true, url: 'http://mine.example:1'}", env=ENV_PROXY)
    assert written.proxy.url == "http://mine.example:1"


def test_from_environment_with_nothing_set_is_direct() -> None:
    cfg = parse_config("proxy: {from_environment: true}", env={})
    assert cfg.proxy.url is None


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("socks5://proxy.example:1080", "scheme must be http or https"),
        ("https://proxy.example:443", "must start with http://"),
        ("http://proxy.example:3128/path", "without a path"),
        ("http://:3128", "no host"),
    ],
)
def test_unusable_proxy_urls_are_config_errors(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        parse_config(f"proxy:\n  url: '{url}'\n", env={})
    assert info.value.issues[0].key_path == "proxy.url"
    assert info.value.issues[0].line == 2


def test_unusable_proxy_from_the_environment_is_reported() -> None:
    with pytest.raises(ConfigError, match="scheme must be http or https"):
        parse_config("proxy: {from_environment: true}", env={"HTTPS_PROXY": "socks5://x:1080"})


def test_bad_no_proxy_entry_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="'two words' is not a host"):
        parse_config("proxy: {no_proxy: ['two words']}", env={})
    # Positive control: the usual forms pass.
    cfg = parse_config("proxy: {no_proxy: ['*.corp.example', '.lan', 'localhost:8080', '::1', '10.0.0.0/8']}")
    assert len(cfg.proxy.no_proxy) == 5


@pytest.mark.parametrize(
    ("host", "entries", "expected"),
    [
        ("wiki.corp.example", [".corp.example"], True),
        ("corp.example", ["corp.example"], True),
        ("a.b.corp.example", ["*.corp.example"], True),
        ("notcorp.example", ["corp.example"], False),
        ("WIKI.Corp.Example.", ["corp.example"], True),
        ("10.2.3.4", ["10.0.0.0/8"], True),
        ("11.2.3.4", ["10.0.0.0/8"], False),
        ("::1", ["::1"], True),
        ("[::1]", ["::1"], True),
        ("localhost", ["localhost:8080"], True),
        ("anything.example", ["*"], True),
        ("anything.example", [], False),
        ("intranet.example", ["10.0.0.0/8"], False),  # names are not resolved for no_proxy
    ],
)
def test_bypasses_proxy(host: str, entries: list[str], expected: bool) -> None:
    assert bypasses_proxy(host, entries) is expected


def test_proxy_for() -> None:
    assert proxy_for("https://a.example/", None) is None
    assert proxy_for("https://a.example/", "http://p:1") == "http://p:1"
    assert proxy_for("https://a.example/", "http://p:1", ["a.example"]) is None


def test_split_proxy_url_decodes_credentials_and_defaults_the_port() -> None:
    parts = split_proxy_url("http://ann:s%40cret@proxy.example")
    assert parts.url == "http://proxy.example:80"
    assert parts.auth == ("ann", "s@cret")
    assert split_proxy_url("http://[fd00::1]:3128").url == "http://[fd00::1]:3128"


def test_redact_proxy_hides_the_password() -> None:
    assert redact_proxy("http://ann:secret@proxy.example:3128") == "http://ann:***@proxy.example:3128"
    assert redact_proxy("http://proxy.example:3128") == "http://proxy.example:3128"


def test_fetch_policy_refuses_an_unusable_proxy() -> None:
    with pytest.raises(ValueError, match="scheme"):
        FetchPolicy(proxy="socks5://x:1")
    assert FetchPolicy(proxy="http://x:1").proxy == "http://x:1"
