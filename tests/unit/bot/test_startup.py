"""bot/startup.py: the one start-up summary line and its structured twin."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from newsbrief.bot.config import parse_config
from newsbrief.bot.startup import next_digest_time, redact_url, startup_summary

CONFIG = """\
storage: {url: "postgresql://newsbrief:s3cret@db:5432/newsbrief"}
feeds:
  - {id: world, url: "https://a.example/rss"}
  - {id: local, url: "https://b.example/rss"}
channels:
  - id: team
    platform: slack
    target: C0123ABCD
    feeds: [world]
    schedule: {cron: "30 8 * * 1-5", timezone: Europe/Berlin}
  - id: room
    platform: matrix
    target: "#news:example.org"
    schedule: null
slack: {bot_token: xoxb-1, app_token: xapp-1}
matrix: {homeserver: "https://matrix.example.org", user_id: "@bot:example.org", access_token: t}
"""


class FakeStore:
    def list_feeds(self) -> list[SimpleNamespace]:
        return [
            SimpleNamespace(id="world", consecutive_failures=0, disabled=False),
            SimpleNamespace(id="local", consecutive_failures=3, disabled=False),
        ]


def fake_app() -> SimpleNamespace:
    cfg = parse_config(CONFIG)
    slack = SimpleNamespace(inner=SimpleNamespace(bot_user_id="U0BOT", mode="socket"))
    matrix = SimpleNamespace(
        inner=SimpleNamespace(
            user_id="@bot:example.org",
            client=SimpleNamespace(rooms={"!abc:example.org": object()}),
            _targets={"!abc:example.org": "#news:example.org"},
        )
    )
    return SimpleNamespace(
        config=cfg,
        store=FakeStore(),
        adapters={"slack": slack, "matrix": matrix},
        scheduler=SimpleNamespace(is_leader=False),
        monitor=SimpleNamespace(host="127.0.0.1", port=9464),
        channels=lambda: list(cfg.channels),
    )


async def test_summary_names_accounts_channels_rooms_feeds_and_role() -> None:
    now = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)  # a Thursday, 07:00 in Berlin
    text, data = await startup_summary(fake_app(), now=now)
    assert text.startswith("newsbrief started: ")
    assert "s3cret" not in text and "***" in text
    assert "slack as U0BOT (socket mode)" in text and "matrix as @bot:example.org" in text
    assert "team (slack C0123ABCD, 1 feeds, next digest 2026-11-26T08:30+01:00)" in text
    assert "room (matrix #news:example.org, 2 feeds, no schedule)" in text
    assert "matrix rooms joined: #news:example.org" in text
    assert "feeds: 2, failing: local" in text
    assert "scheduler: standby" in text and "monitoring: http://127.0.0.1:9464" in text
    assert data["channels"][0]["next_digest"] == "2026-11-26T08:30+01:00"
    assert data["feeds_failing"] == ["local"]


def test_next_digest_is_in_the_channel_timezone_and_skips_the_weekend() -> None:
    cfg = parse_config(CONFIG)
    friday_evening = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    assert next_digest_time(cfg.channel("team"), friday_evening) == datetime.fromisoformat(
        "2026-11-30T08:30+01:00"
    )
    assert next_digest_time(cfg.channel("room"), friday_evening) is None


def test_redact_url_hides_only_the_password() -> None:
    assert redact_url("postgresql://u:pw@db:5432/n") == "postgresql://u:***@db:5432/n"
    assert (
        redact_url("sqlite:////var/lib/newsbrief/newsbrief.db") == "sqlite:////var/lib/newsbrief/newsbrief.db"
    )
