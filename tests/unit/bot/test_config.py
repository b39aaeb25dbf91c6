"""Tests for bot/config.py: loading, validation issues with lines and hints, env expansion."""

from __future__ import annotations

import re
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pydantic
import pytest

from newsbrief.bot.config import (
    Config,
    ConfigError,
    ConfigIssue,
    config_json_schema,
    cron_trigger,
    default_config,
    format_issues,
    load_config,
    local_feed_path,
    parse_config,
)

REPO = Path(__file__).resolve().parents[3]
EXAMPLE = REPO / "config.example.yaml"
DATA = REPO / "tests" / "data"

MINIMAL_FEED = """\
feeds:
  - id: world
    url: package:newsbrief.bot/data/feeds/world.xml
"""


def write(tmp_path: Path, text: str, name: str = "config.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def issues_of(path: Path, env: dict[str, str] | None = None) -> tuple[ConfigIssue, ...]:
    with pytest.raises(ConfigError) as info:
        load_config(path, env=env or {})
    return info.value.issues


def only_issue(path: Path, env: dict[str, str] | None = None) -> ConfigIssue:
    issues = issues_of(path, env)
    assert len(issues) == 1, [str(i) for i in issues]
    return issues[0]


# --------------------------------------------------------------------------- the example and the default


def test_example_loads_with_an_empty_environment() -> None:
    config = load_config(EXAMPLE, env={})
    assert [f.id for f in config.feeds] == ["world", "business", "local"]
    assert all(f.url.startswith("package:newsbrief.bot/data/feeds/") for f in config.feeds)
    (channel,) = config.channels
    assert (channel.platform, channel.target) == ("console", "stdout")
    assert channel.schedule is not None and channel.schedule.timezone == "UTC"
    assert config.slack is None and config.matrix is None
    # The relative SQLite path is anchored at the config file's folder, not the cwd.
    assert config.storage.url == f"sqlite:///{REPO / 'newsbrief.db'}"
    assert config.admins.allows("console", "anyone")
    assert not config.admins.allows("slack", "U123")
    # The channel follows world and business by id, local by topic; all three end up in feeds.
    assert channel.feeds == ("world", "business", "local")
    assert [f.id for f in config.feeds_for(channel)] == ["world", "business", "local"]


def test_channel_feeds_resolve_topics_and_default_to_all(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
feeds:
  - {id: a, url: "package:newsbrief.bot/data/feeds/world.xml", topics: [world, politics]}
  - {id: b, url: "package:newsbrief.bot/data/feeds/business.xml", topics: [business]}
  - {id: c, url: "package:newsbrief.bot/data/feeds/local.xml", topics: [politics]}
channels:
  - {id: by-topic, platform: console, target: stdout, topics: [politics]}
  - {id: mixed, platform: console, target: stdout, feeds: [b, a], topics: [politics]}
  - {id: everything, platform: console, target: stdout}
""",
    )
    config = load_config(path, env={})
    assert [c.feeds for c in config.channels] == [("a", "c"), ("b", "a", "c"), ("a", "b", "c")]
    assert config.channel("by-topic").topics == ("politics",)
    # Round-tripping through a dump changes nothing.
    assert Config.model_validate(config.model_dump()) == config


def test_example_package_feeds_resolve_to_the_bundled_files() -> None:
    config = load_config(EXAMPLE, env={})
    paths = [p.resolve() for f in config.feeds if (p := f.local_path()) is not None]
    assert paths == [REPO / "bot" / "data" / "feeds" / f"{n}.xml" for n in ("world", "business", "local")]
    assert local_feed_path("https://example.org/rss") is None


def test_package_urls_naming_the_old_top_level_package_still_resolve(tmp_path: Path) -> None:
    # Configs written before the one newsbrief namespace name the package bot in package: URLs.
    old_url = "package:bot/data/feeds/world.xml"  # ns-rewrite: keep
    path = write(tmp_path, f"feeds:\n  - {{id: world, url: '{old_url}'}}\n")
    (feed,) = load_config(path, env={}).feeds
    assert feed.url == "package:newsbrief.bot/data/feeds/world.xml"
    expected = REPO / "bot" / "data" / "feeds" / "world.xml"
    assert (local_path := feed.local_path()) is not None and local_path.resolve() == expected
    assert (old_path := local_feed_path(old_url)) is not None and old_path.resolve() == expected
    other = write(tmp_path, "feeds:\n  - {id: x, url: 'package:email/__init__.py'}\n", "other.yaml")
    (feed,) = load_config(other, env={}).feeds
    assert feed.url == "package:email/__init__.py"  # other packages are left as written


def _uncomment_section(text: str, header: str) -> str:
    """The commented-out block starting at ``# header`` up to the next blank line, uncommented."""
    lines = text.splitlines()
    start = lines.index(f"# {header}")
    block = []
    for line in lines[start:]:
        if not line.strip():
            break
        block.append(line[2:])
    return "\n".join(block) + "\n"


def test_example_commented_slack_and_matrix_sections_are_valid_and_use_env_secrets(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    slack = _uncomment_section(text, "slack:")
    matrix = _uncomment_section(text, "matrix:")
    for secret in ("bot_token", "app_token", "signing_secret", "access_token", "password"):
        line = next(ln for ln in (slack + matrix).splitlines() if ln.strip().startswith(secret + ":"))
        assert re.search(r":\s*\$\{[A-Z_]+(:-)?\}\s*$", line), line
    channels = """
channels:
  - {id: team, platform: slack, target: C0123ABCD}
  - {id: room, platform: matrix, target: "#news:example.org"}
"""
    path = write(tmp_path, slack + matrix + channels)
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "MATRIX_ACCESS_TOKEN": "syt_x"}
    config = load_config(path, env=env)
    assert config.slack is not None and config.slack.bot_token.get_secret_value() == "xoxb-1"
    assert config.slack.signing_secret is None
    assert config.matrix is not None and config.matrix.password is None
    assert config.matrix.store_path == tmp_path / "matrix-store"
    assert not config.matrix.store_path.exists()  # loading creates nothing
    # Secrets stay out of reprs and logs.
    assert "xoxb-1" not in repr(config)


def test_default_config_is_the_console_setup_with_data_dir_database(tmp_path: Path) -> None:
    config = default_config(env={"XDG_DATA_HOME": str(tmp_path / "share")})
    assert config.storage.url == f"sqlite:///{tmp_path / 'share' / 'newsbrief' / 'newsbrief.db'}"
    assert not (tmp_path / "share").exists()
    assert [c.platform for c in config.channels] == ["console"]
    example = load_config(EXAMPLE, env={})
    assert [(f.id, f.url) for f in config.feeds] == [(f.id, f.url) for f in example.feeds]
    assert config.feeds_for(config.channels[0]) == config.feeds


# --------------------------------------------------------------------------- issues: lines, keys, hints


def test_unknown_key_reports_line_key_path_and_suggestion(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL_FEED
        + """\
channels:
  - id: desk
    platform: console
    target: stdout
    schedule:
      cron: "0 8 * * *"
      timezon: UTC
""",
    )
    issue = only_issue(path)
    assert issue.line == 10
    assert issue.key_path == "channels[0].schedule.timezon"
    assert issue.message == "unknown key 'timezon'"
    assert issue.hint == "did you mean 'timezone'?"
    assert str(issue) == (
        f"{path}:10: channels[0].schedule.timezon: unknown key 'timezon' (hint: did you mean 'timezone'?)"
    )


def test_unknown_top_level_section_lists_close_match(tmp_path: Path) -> None:
    path = write(tmp_path, "storage: {}\nchanels: []\n")
    issue = only_issue(path)
    assert (issue.line, issue.key_path, issue.hint) == (2, "chanels", "did you mean 'channels'?")


def test_wrong_type_names_the_value(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL_FEED + "    poll_minutes: often\n")
    issue = only_issue(path)
    assert (issue.line, issue.key_path) == (4, "feeds[0].poll_minutes")
    assert "valid integer" in issue.message and "'often'" in issue.message


def test_literal_platform_typo_gets_a_hint(tmp_path: Path) -> None:
    path = write(tmp_path, "channels:\n  - {id: a, platform: slak, target: C123}\n")
    issues = issues_of(path)
    assert any(i.key_path == "channels[0].platform" and i.hint == "did you mean 'slack'?" for i in issues)


def test_bad_cron_is_reported_with_the_format_hint(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
channels:
  - id: desk
    platform: console
    target: stdout
    schedule: {cron: "0 25 * * *"}
""",
    )
    issue = only_issue(path)
    assert (issue.line, issue.key_path) == (5, "channels[0].schedule.cron")
    assert "invalid cron expression '0 25 * * *'" in issue.message and "23" in issue.message
    assert issue.hint is not None and "minute hour day-of-month month day-of-week" in issue.hint


def test_cron_with_four_fields_is_rejected(tmp_path: Path) -> None:
    path = write(
        tmp_path, "channels:\n  - {id: a, platform: console, target: stdout, schedule: {cron: '0 8 * *'}}\n"
    )
    assert "expected 5 fields, got 4" in only_issue(path).message


def test_unknown_timezone_matches_the_documented_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
channels:
  - id: desk
    platform: console
    target: stdout
    schedule:
      cron: "0 8 * * 1-5"
      timezone: Europe/Berln
""",
    )
    issue = only_issue(path)
    assert str(issue) == (
        f"{path}:7: channels[0].schedule.timezone: unknown timezone 'Europe/Berln' "
        "(hint: did you mean 'Europe/Berlin'?)"
    )


def test_unknown_feed_reference(tmp_path: Path) -> None:
    path = write(
        tmp_path, MINIMAL_FEED + "channels:\n  - {id: a, platform: console, target: stdout, feeds: [wrold]}\n"
    )
    issue = only_issue(path)
    assert (issue.line, issue.key_path, issue.message) == (5, "channels[0].feeds[0]", "unknown feed 'wrold'")
    assert issue.hint == "did you mean 'world'?"


def test_unknown_topic_reference(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL_FEED
        + "    topics: [world]\nchannels:\n  - {id: a, platform: console, target: stdout, topics: [sport]}\n",
    )
    issue = only_issue(path)
    assert issue.key_path == "channels[0].topics[0]" and "sport" in issue.message
    assert issue.hint == "topics used by feeds: world"


def test_duplicate_ids_and_duplicate_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        MINIMAL_FEED
        + """\
  - id: world
    url: package:newsbrief.bot/data/feeds/other.xml
channels:
  - {id: a, platform: console, target: stdout}
  - {id: a, platform: console, target: stdout}
scheduler: {ingest_minutes: 5}
scheduler: {ingest_minutes: 6}
""",
    )
    messages = {(i.line, i.key_path, i.message) for i in issues_of(path)}
    assert messages == {
        (4, "feeds[1].id", "duplicate feed id 'world' (first defined at line 2)"),
        (8, "channels[1].id", "duplicate channel id 'a' (first defined at line 7)"),
        (10, "scheduler", "duplicate key 'scheduler' (first at line 9)"),
    }


def test_platform_channels_need_their_section(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
channels:
  - {id: s, platform: slack, target: C0123ABCD}
  - {id: m, platform: matrix, target: "!room:example.org"}
""",
    )
    issues = issues_of(path)
    assert [(i.line, i.key_path) for i in issues] == [
        (2, "channels[0].platform"),
        (3, "channels[1].platform"),
    ]
    assert "no top-level 'slack:' section" in issues[0].message
    assert "no top-level 'matrix:' section" in issues[1].message


def test_targets_must_have_the_platform_shape(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
slack: {bot_token: xoxb-1, app_token: xapp-1}
channels:
  - {id: s, platform: slack, target: "#general"}
  - {id: c, platform: console, target: tty}
""",
    )
    keys = [i.key_path for i in issues_of(path)]
    assert keys == ["channels[0].target", "channels[1].target"]


def test_several_errors_are_all_reported_in_file_order() -> None:
    path = DATA / "config_several_errors.yaml"
    issues = issues_of(path)
    assert [(i.line, i.key_path) for i in issues] == [
        (5, "feeds[0].poll_minuts"),
        (10, "channels[0].feeds[0]"),
        (11, "channels[0].max_stories"),
        (13, "channels[0].schedule.cron"),
        (14, "channels[0].schedule.timezone"),
    ]
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    text = format_issues(info.value)
    assert text == str(info.value)
    assert len(text.splitlines()) == 5
    assert all(line.startswith(f"{path}:") for line in text.splitlines())


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = write(tmp_path, "storage:\n  url: sqlite:///x.db\nfeeds: [\n  {id: a\nchannels: []\n")
    issue = only_issue(path)
    assert issue.message.startswith("YAML syntax error")
    assert issue.line == 5


def test_bad_indentation_is_a_syntax_error_with_line(tmp_path: Path) -> None:
    path = write(tmp_path, "fetch:\n  timeout_s: 5\n   max_bytes: 10\n")
    issue = only_issue(path)
    assert issue.message.startswith("YAML syntax error") and issue.line == 3


def test_yaml_tags_are_refused_and_merge_keys_work(tmp_path: Path) -> None:
    issue = only_issue(write(tmp_path, "fetch: !!python/object:os.system {}\n"))
    assert (issue.key_path, issue.line) == ("fetch", 1) and "unsupported YAML tag" in issue.message
    path = write(
        tmp_path,
        """\
channels:
  - &base {id: first, platform: console, target: stdout, max_stories: 3}
  - <<: *base
    id: second
""",
    )
    config = load_config(path, env={})
    assert [(c.id, c.max_stories) for c in config.channels] == [("first", 3), ("second", 3)]


def test_a_mapping_where_a_list_belongs(tmp_path: Path) -> None:
    issue = only_issue(write(tmp_path, "channels: {a: 1}\n"))
    assert issue.message == "input should be a list (got a mapping)"


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- just\n- a list\n")
    assert "top level must be a mapping" in only_issue(path).message


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    issue = only_issue(tmp_path / "nope.yaml")
    assert issue.line is None and "cannot read" in issue.message


def test_missing_required_key_points_at_the_item(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds:\n  - id: a\n    name: A\n")
    issue = only_issue(path)
    assert (issue.line, issue.key_path, issue.message) == (2, "feeds[0].url", "missing required key 'url'")


# --------------------------------------------------------------------------- environment


def test_env_expansion_forms(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
fetch:
  user_agent: "bot/${VERSION} (${CONTACT:-ops@example.org}) $${LITERAL}"
  timeout_s: ${TIMEOUT:-7.5}
  allow_private_networks: ${PRIVATE:-false}
slack:
  mode: http
  bot_token: ${SLACK_BOT_TOKEN}
  signing_secret: ${SLACK_SIGNING_SECRET}
  http_port: ${PORT:-3001}
""",
    )
    env = {
        "VERSION": "2",
        "CONTACT": "",
        "PRIVATE": "true",
        "SLACK_BOT_TOKEN": "xoxb-9",
        "SLACK_SIGNING_SECRET": "s",
    }
    config = load_config(path, env=env)
    assert config.fetch.user_agent == "bot/2 (ops@example.org) ${LITERAL}"  # empty CONTACT takes the default
    assert config.fetch.timeout_s == 7.5
    assert config.fetch.allow_private_networks is True
    assert config.slack is not None and config.slack.http_port == 3001
    assert config.slack.signing_secret is not None and config.slack.signing_secret.get_secret_value() == "s"


def test_expanded_values_are_not_reinterpreted_as_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "briefing: {model: '${MODEL}'}\n")
    assert load_config(path, env={"MODEL": "yes"}).briefing.model == "yes"


def test_missing_env_var_names_file_line_and_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
slack:
  mode: socket
  bot_token: ${SLACK_BOT_TOKEN}
  app_token: ${SLACK_APP_TOKEN}
""",
    )
    # One issue: the empty value left behind is not reported again as a malformed token.
    (missing,) = issues_of(path, env={"SLACK_APP_TOKEN": "xapp-1"})
    assert str(missing).startswith(
        f"{path}:3: slack.bot_token: environment variable SLACK_BOT_TOKEN is not set"
    )
    assert missing.hint is not None and "${SLACK_BOT_TOKEN:-default}" in missing.hint


def test_env_defaults_to_os_environ(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_TEST_UA", "from-environ")
    path = write(tmp_path, "fetch: {user_agent: '${NEWSBRIEF_TEST_UA}'}\n")
    assert load_config(path).fetch.user_agent == "from-environ"


def test_malformed_reference_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "fetch: {user_agent: 'x ${not closed'}\n")
    assert "malformed" in only_issue(path).message


# --------------------------------------------------------------------------- values


def test_storage_urls_are_normalised(tmp_path: Path) -> None:
    pg = load_config(write(tmp_path, "storage: {url: 'postgresql://u@127.0.0.1:5432/test'}\n"), env={})
    assert pg.storage.url == "postgresql+psycopg://u@127.0.0.1:5432/test"
    explicit = load_config(write(tmp_path, "storage: {url: 'postgresql+psycopg://u@h/db'}\n"), env={})
    assert explicit.storage.url == "postgresql+psycopg://u@h/db"
    sqlite = load_config(write(tmp_path, "storage: {url: 'sqlite:///data/n.db'}\n"), env={})
    assert sqlite.storage.url == f"sqlite:///{tmp_path / 'data' / 'n.db'}"
    assert not (tmp_path / "data").exists()
    absolute = load_config(write(tmp_path, "storage: {url: 'sqlite:////var/n.db'}\n"), env={})
    assert absolute.storage.url == "sqlite:////var/n.db"
    issue = only_issue(write(tmp_path, "storage: {url: 'mysql://u@h/db'}\n"))
    assert issue.key_path == "storage.url" and "mysql" in issue.message


def test_feed_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "a.xml").write_text("<rss/>", encoding="utf-8")
    path = write(
        tmp_path,
        """\
feeds:
  - {id: a, url: feeds/a.xml}
  - {id: b, url: "file:feeds/a.xml"}
  - {id: c, url: "https://example.org/rss"}
""",
    )
    config = load_config(path, env={})
    expected = (tmp_path / "feeds" / "a.xml").resolve()
    assert config.feed("a").url == expected.as_uri()
    assert config.feed("b").local_path() == expected
    assert config.feed("c").is_remote and config.feed("c").local_path() is None
    assert config.feed("a").name == "a"  # name defaults to the id


def test_missing_feed_file_and_bad_scheme(tmp_path: Path) -> None:
    path = write(tmp_path, "feeds:\n  - {id: a, url: nowhere.xml}\n  - {id: b, url: 'ftp://x/y'}\n")
    issues = issues_of(path)
    assert [i.key_path for i in issues] == ["feeds[0].url", "feeds[1].url"]
    assert "no such feed file" in issues[0].message
    assert "unsupported URL scheme 'ftp'" in issues[1].message


def test_slack_mode_requirements_and_token_shapes(tmp_path: Path) -> None:
    issue = only_issue(write(tmp_path, "slack: {bot_token: xoxb-1}\n"))
    assert (issue.key_path, issue.message) == ("slack", "socket mode needs app_token")
    issue = only_issue(write(tmp_path, "slack: {mode: http, bot_token: xoxb-1}\n"))
    assert issue.message == "http mode needs signing_secret"
    issue = only_issue(write(tmp_path, "slack: {bot_token: xapp-1, app_token: xapp-2}\n"))
    assert issue.key_path == "slack.bot_token" and "xoxb-" in issue.message


def test_matrix_credentials_and_inviters(tmp_path: Path) -> None:
    base = "matrix: {homeserver: 'https://m.example.org/', user_id: '@bot:example.org'%s}\n"
    issue = only_issue(write(tmp_path, base % ""))
    assert issue.message == "give exactly one of access_token and password"
    both = write(tmp_path, base % ", access_token: t, password: p")
    assert only_issue(both).message == "give exactly one of access_token and password"
    config = load_config(
        write(tmp_path, base % ", password: p, allowed_inviters: ['@alice:a.org', ':b.org', '@*-ops:c.org']"),
        env={},
    )
    matrix = config.matrix
    assert matrix is not None and matrix.homeserver == "https://m.example.org"
    assert matrix.inviter_allowed("@alice:a.org")
    assert not matrix.inviter_allowed("@mallory:a.org")
    assert matrix.inviter_allowed("@anyone:b.org")
    assert not matrix.inviter_allowed("@anyone:evil-b.org")
    assert matrix.inviter_allowed("@night-ops:c.org")
    assert not matrix.inviter_allowed("@night:c.org")


def test_admin_ids_are_checked(tmp_path: Path) -> None:
    path = write(tmp_path, "admins: {slack: [alice], matrix: ['@bob:example.org']}\n")
    issue = only_issue(path)
    assert issue.key_path == "admins.slack" and issue.message == "'alice' is not a Slack user ID"


def test_config_is_frozen_and_uses_tuples() -> None:
    config = load_config(EXAMPLE, env={})
    with pytest.raises(pydantic.ValidationError):
        config.channels[0].max_stories = 10  # type: ignore[misc]  # the refused assignment is the test
    with pytest.raises(pydantic.ValidationError):
        config.storage = config.storage  # type: ignore[misc]  # the refused assignment is the test
    assert isinstance(config.feeds, tuple) and isinstance(config.feeds[0].topics, tuple)


def test_models_reject_unknown_keys_when_built_in_code() -> None:
    with pytest.raises(pydantic.ValidationError):
        Config.model_validate({"storage": {"url": "sqlite://", "pool": 3}})


def test_json_schema_has_the_top_level_properties() -> None:
    schema = config_json_schema()
    assert set(schema["properties"]) == {
        "storage",
        "fetch",
        "proxy",
        "briefing",
        "feeds",
        "channels",
        "admins",
        "slack",
        "matrix",
        "scheduler",
        "logging",
        "monitoring",
        "retention",
    }
    assert schema["additionalProperties"] is False
    assert schema["$schema"].startswith("https://json-schema.org/")
    channel = schema["$defs"]["ChannelConfig"]
    assert channel["properties"]["platform"]["enum"] == ["console", "slack", "matrix"]
    assert set(channel["required"]) == {"id", "platform", "target"}


def test_example_validates_against_the_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = config_json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(data)) == []
    data["channels"][0]["max_stories"] = "many"
    assert [e.path[-1] for e in validator.iter_errors(data)] == ["max_stories"]


# --------------------------------------------------------------------------- cron semantics


def _fires(expr: str, tz: str, start: datetime, n: int) -> list[datetime]:
    trigger = cron_trigger(expr, tz)
    out: list[datetime] = []
    prev = None
    now = start
    for _ in range(n):
        fire = trigger.get_next_fire_time(prev, now)
        assert fire is not None
        out.append(fire)
        prev, now = fire, fire + timedelta(seconds=1)
    return out


def test_cron_day_of_week_follows_crontab_not_apscheduler() -> None:
    sunday = datetime(2026, 11, 22, tzinfo=UTC)
    weekdays = _fires("0 8 * * 1-5", "Europe/Berlin", sunday, 6)
    assert [d.strftime("%a") for d in weekdays] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Mon"]
    assert all(d.hour == 8 and d.utcoffset() == timedelta(hours=1) for d in weekdays)
    assert [d.strftime("%a") for d in _fires("0 8 * * 0", "UTC", sunday, 2)] == ["Sun", "Sun"]
    assert [d.strftime("%a") for d in _fires("0 8 * * 5-7", "UTC", sunday, 4)] == ["Sun", "Fri", "Sat", "Sun"]
    assert [d.strftime("%a") for d in _fires("0 8 * * sat", "UTC", sunday, 1)] == ["Sat"]


def test_schedule_trigger_uses_its_timezone() -> None:
    config = load_config(EXAMPLE, env={})
    schedule = config.channels[0].schedule
    assert schedule is not None
    fire = schedule.trigger().get_next_fire_time(None, datetime(2026, 11, 24, 9, tzinfo=UTC))
    assert fire == datetime(2026, 11, 25, 8, tzinfo=UTC)


def test_schedule_can_be_disabled(tmp_path: Path) -> None:
    path = write(tmp_path, "channels:\n  - {id: a, platform: console, target: stdout, schedule: null}\n")
    assert load_config(path, env={}).channels[0].schedule is None


@pytest.mark.parametrize(
    ("target", "ok"),
    [
        ("!abc:example.org", True),
        ("!cxgGQdAAdzZkRQRReEtGFdLm9ClAu9anwtTxohUmRPg", True),  # room version 12: no server part
        ("#news:example.org", True),
        ("#news", False),
        ("news", False),
    ],
)
def test_matrix_room_targets(target: str, ok: bool) -> None:
    text = f"""
matrix: {{homeserver: "https://m.example.org", user_id: "@bot:example.org", access_token: t}}
channels:
  - {{id: room, platform: matrix, target: "{target}", schedule: null}}
"""
    if ok:
        assert parse_config(text).channels[0].target == target
    else:
        with pytest.raises(ConfigError, match="is not a Matrix room"):
            parse_config(text)


def test_retention_defaults_to_90_days_and_refuses_a_window_shorter_than_a_week(tmp_path: Path) -> None:
    assert load_config(EXAMPLE, env={}).retention.days == 90
    assert default_config().retention.days == 90
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "retention: {days: 3}\n"), env={})
    assert any("retention" in str(i) for i in err.value.issues)
    assert (
        load_config(write(tmp_path, "retention: {days: 30, every_hours: 6}\n"), env={}).retention.every_hours
        == 6
    )
