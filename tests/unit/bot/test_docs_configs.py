"""The config blocks in docs/slack.md and docs/matrix.md pass ``check-config`` as written.

Each checked block is a fenced ``yaml`` block right after a marker comment
``<!-- checked by tests/unit/bot/test_docs_configs.py with: NAME=value ... -->`` naming the
placeholder environment variables the doc tells the reader to export. The block is written
to a file and run through the real loader and through ``newsbrief check-config``, so the
docs cannot drift from the config schema again.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from newsbrief.bot.cli import main
from newsbrief.bot.config import Config, ConfigError, load_config

DOCS = Path(__file__).resolve().parents[3] / "docs"
_MARKER = re.compile(
    r"<!-- checked by tests/unit/bot/test_docs_configs\.py with:(?P<env>[^>]*)-->\s*\n```yaml\n(?P<body>.*?)\n```",
    re.S,
)
_YAML_BLOCK = re.compile(r"```yaml\n(.*?)\n```", re.S)


def checked_blocks(doc: str) -> list[tuple[dict[str, str], str]]:
    """``(env, yaml text)`` for every marked block of ``docs/<doc>``."""
    text = (DOCS / doc).read_text(encoding="utf-8")
    out = []
    for m in _MARKER.finditer(text):
        env = dict(item.split("=", 1) for item in shlex.split(m.group("env")))
        out.append((env, m.group("body")))
    return out


def only_block(doc: str) -> tuple[dict[str, str], str]:
    blocks = checked_blocks(doc)
    assert len(blocks) == 1, f"{doc}: expected one checked config block, found {len(blocks)}"
    return blocks[0]


def load(tmp_path: Path, text: str, env: dict[str, str]) -> Config:
    path = tmp_path / "newsbrief.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, env=env)


def check_config_cli(tmp_path: Path, text: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    path = tmp_path / "newsbrief.yaml"
    path.write_text(text, encoding="utf-8")
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "MATRIX_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as exc:
        main(["check-config", str(path)])
    return int(exc.value.code or 0)


# --------------------------------------------------------------------------- Slack


def test_slack_block_passes_check_config_in_socket_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env, text = only_block("slack.md")
    assert "SLACK_SIGNING_SECRET" not in env  # socket mode must not need the signing secret
    cfg = load(tmp_path, text, env)
    assert cfg.slack is not None and cfg.slack.mode == "socket"
    assert cfg.slack.app_token is not None
    assert [c.platform for c in cfg.channels] == ["slack"]
    assert {f for c in cfg.channels for f in c.feeds} <= {f.id for f in cfg.feeds}
    assert cfg.admins.slack
    assert cfg.monitoring.listen is not None
    assert check_config_cli(tmp_path, text, env, monkeypatch) == 0
    assert "OK" in capsys.readouterr().out


def test_slack_block_without_app_token_is_refused(tmp_path: Path) -> None:
    """Positive control: the check does reject a Socket Mode block missing its app token."""
    env, text = only_block("slack.md")
    broken = "\n".join(line for line in text.splitlines() if "app_token:" not in line)
    with pytest.raises(ConfigError, match="socket mode needs app_token"):
        load(tmp_path, broken, env)


def test_slack_block_naming_an_undefined_feed_is_refused(tmp_path: Path) -> None:
    env, text = only_block("slack.md")
    broken = text.replace("feeds: [world, business]", "feeds: [world, markets]")
    assert broken != text
    with pytest.raises(ConfigError, match="unknown feed 'markets'"):
        load(tmp_path, broken, env)


def test_slack_block_needs_its_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env, text = only_block("slack.md")
    assert check_config_cli(tmp_path, text, {}, monkeypatch) == 2
    assert "SLACK_BOT_TOKEN is not set" in capsys.readouterr().err


def test_slack_http_mode_section_passes_in_place_of_the_socket_one(tmp_path: Path) -> None:
    env, text = only_block("slack.md")
    doc = (DOCS / "slack.md").read_text(encoding="utf-8")
    http_sections = [b for b in _YAML_BLOCK.findall(doc) if b.startswith("slack:\n  mode: http")]
    assert len(http_sections) == 1
    head, _, rest = text.partition("\nslack:\n")
    tail = rest[rest.index("\nmonitoring:") :]
    combined = f"{head}\n{http_sections[0]}\n{tail}"
    cfg = load(tmp_path, combined, {**env, "SLACK_SIGNING_SECRET": "placeholder-secret"})
    assert cfg.slack is not None and cfg.slack.mode == "http"
    with pytest.raises(ConfigError, match="http mode needs signing_secret"):
        load(tmp_path, combined.replace("signing_secret: ${SLACK_SIGNING_SECRET}", ""), env)


# --------------------------------------------------------------------------- Matrix


def test_matrix_block_passes_check_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env, text = only_block("matrix.md")
    cfg = load(tmp_path, text, env)
    assert cfg.matrix is not None and cfg.matrix.password is not None
    assert cfg.channels and all(c.platform == "matrix" for c in cfg.channels)
    assert {f for c in cfg.channels for f in c.feeds} <= {f.id for f in cfg.feeds}
    assert cfg.admins.matrix  # the doc shows admins.matrix
    assert cfg.matrix.store_path == tmp_path / "matrix-store"
    assert check_config_cli(tmp_path, text, env, monkeypatch) == 0
    assert "OK" in capsys.readouterr().out


def test_matrix_block_with_both_credentials_is_refused(tmp_path: Path) -> None:
    """Positive control: the check rejects a block giving both a password and a token."""
    env, text = only_block("matrix.md")
    broken = text.replace(
        "  password: ${MATRIX_PASSWORD}", "  password: ${MATRIX_PASSWORD}\n  access_token: ${MATRIX_PASSWORD}"
    )
    assert broken != text
    with pytest.raises(ConfigError, match="exactly one of access_token and password"):
        load(tmp_path, broken, env)


def test_matrix_block_with_unquoted_alias_is_refused(tmp_path: Path) -> None:
    """The doc's advice to quote aliases is real: unquoted, ``#news`` is a comment."""
    env, text = only_block("matrix.md")
    broken = text.replace('target: "#news:example.org"', "target: #news:example.org")
    assert broken != text
    with pytest.raises(ConfigError):
        load(tmp_path, broken, env)


def test_matrix_login_snippets_are_valid_sections(tmp_path: Path) -> None:
    """The two ``matrix:`` snippets of section 2 fit in the full block in place of its section."""
    env, text = only_block("matrix.md")
    doc = (DOCS / "matrix.md").read_text(encoding="utf-8")
    snippets = [b for b in _YAML_BLOCK.findall(doc) if b.startswith("matrix:\n  homeserver:")]
    assert len(snippets) == 2
    head, _, rest = text.partition("\nmatrix:\n")
    tail = rest[rest.index("\nmonitoring:") :]
    full_env = {**env, "MATRIX_ACCESS_TOKEN": "syt_placeholder", "MATRIX_DEVICE_ID": "ABCDEFGHIJ"}
    for snippet in snippets:
        cfg = load(tmp_path, f"{head}\n{snippet}\n{tail}", full_env)
        assert cfg.matrix is not None


# --------------------------------------------------------------------------- deploy.md proxy


def test_deploy_proxy_snippets_are_valid(tmp_path: Path) -> None:
    doc = (DOCS / "deploy.md").read_text(encoding="utf-8")
    snippets = [b for b in _YAML_BLOCK.findall(doc) if b.startswith("proxy:\n")]
    assert len(snippets) == 2
    written = load(tmp_path, snippets[0], {})
    assert written.proxy.url == "http://proxy.corp.example:3128"
    assert written.proxy.for_url("https://wiki.corp.example/") is None
    from_env = load(tmp_path, snippets[1], {"HTTPS_PROXY": "http://proxy.corp.example:8080"})
    assert from_env.proxy.url == "http://proxy.corp.example:8080"
    # Positive control: without the opt-in, the same environment is ignored.
    assert load(tmp_path, "{}", {"HTTPS_PROXY": "http://proxy.corp.example:8080"}).proxy.url is None
