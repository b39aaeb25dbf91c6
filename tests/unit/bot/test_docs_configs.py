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
from collections.abc import Callable
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


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsbrief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str, env: dict[str, str]) -> Config:
    return load_config(written(tmp_path, text), env=env)


def refuses(tmp_path: Path, doc: str, edit: Callable[[str], str], match: str | None = None) -> None:
    """``doc``'s checked block, changed by ``edit``, is refused by the loader (with ``match``)."""
    env, text = only_block(doc)
    broken = edit(text)
    assert broken != text, "the edit must change the block"
    with pytest.raises(ConfigError, match=match):
        load(tmp_path, broken, env)


def replacing(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new)


def dropping_lines(part: str) -> Callable[[str], str]:
    return lambda text: "\n".join(line for line in text.splitlines() if part not in line)


def snippets(doc: str, start: str) -> list[str]:
    """The ``yaml`` blocks of ``docs/<doc>`` that begin with ``start``."""
    return [b for b in _YAML_BLOCK.findall((DOCS / doc).read_text(encoding="utf-8")) if b.startswith(start)]


def with_section(text: str, name: str, section: str) -> str:
    """``text`` (a full config whose ``name:`` section is followed by ``monitoring:``) with
    ``section`` in place of its ``name:`` section."""
    head, _, rest = text.partition(f"\n{name}:\n")
    tail = rest[rest.index("\nmonitoring:") :]
    return f"{head}\n{section}\n{tail}"


def check_config_cli(tmp_path: Path, text: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> int:
    path = written(tmp_path, text)
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "MATRIX_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as exc:
        main(["check-config", str(path)])
    return int(exc.value.code or 0)


def passes_check_config(
    tmp_path: Path, doc: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Config:
    """``doc``'s checked block loads, its channels name only feeds it defines, and ``newsbrief
    check-config`` says OK; returns the loaded config."""
    env, text = only_block(doc)
    cfg = load(tmp_path, text, env)
    assert cfg.channels and {f for c in cfg.channels for f in c.feeds} <= {f.id for f in cfg.feeds}
    assert check_config_cli(tmp_path, text, env, monkeypatch) == 0
    assert "OK" in capsys.readouterr().out
    return cfg


# --------------------------------------------------------------------------- Slack


def test_slack_block_passes_check_config_in_socket_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env, _ = only_block("slack.md")
    assert "SLACK_SIGNING_SECRET" not in env  # socket mode must not need the signing secret
    cfg = passes_check_config(tmp_path, "slack.md", monkeypatch, capsys)
    assert cfg.slack is not None and cfg.slack.mode == "socket"
    assert cfg.slack.app_token is not None
    assert [c.platform for c in cfg.channels] == ["slack"]
    assert cfg.admins.slack
    assert cfg.monitoring.listen is not None


def test_slack_block_without_app_token_is_refused(tmp_path: Path) -> None:
    """Positive control: the check does reject a Socket Mode block missing its app token."""
    refuses(tmp_path, "slack.md", dropping_lines("app_token:"), "socket mode needs app_token")


def test_slack_block_naming_an_undefined_feed_is_refused(tmp_path: Path) -> None:
    refuses(
        tmp_path,
        "slack.md",
        replacing("feeds: [world, business]", "feeds: [world, markets]"),
        "unknown feed 'markets'",
    )


def test_slack_block_needs_its_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env, text = only_block("slack.md")
    assert check_config_cli(tmp_path, text, {}, monkeypatch) == 2
    assert "SLACK_BOT_TOKEN is not set" in capsys.readouterr().err


def test_slack_http_mode_section_passes_in_place_of_the_socket_one(tmp_path: Path) -> None:
    env, text = only_block("slack.md")
    http_sections = snippets("slack.md", "slack:\n  mode: http")
    assert len(http_sections) == 1
    combined = with_section(text, "slack", http_sections[0])
    cfg = load(tmp_path, combined, {**env, "SLACK_SIGNING_SECRET": "placeholder-secret"})
    assert cfg.slack is not None and cfg.slack.mode == "http"
    with pytest.raises(ConfigError, match="http mode needs signing_secret"):
        load(tmp_path, combined.replace("signing_secret: ${SLACK_SIGNING_SECRET}", ""), env)


# --------------------------------------------------------------------------- Matrix


def test_matrix_block_passes_check_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = passes_check_config(tmp_path, "matrix.md", monkeypatch, capsys)
    assert cfg.matrix is not None and cfg.matrix.password is not None
    assert all(c.platform == "matrix" for c in cfg.channels)
    assert cfg.admins.matrix  # the doc shows admins.matrix
    assert cfg.matrix.store_path == tmp_path / "matrix-store"


def test_matrix_block_with_both_credentials_is_refused(tmp_path: Path) -> None:
    """Positive control: the check rejects a block giving both a password and a token."""
    refuses(
        tmp_path,
        "matrix.md",
        replacing(
            "  password: ${MATRIX_PASSWORD}",
            "  password: ${MATRIX_PASSWORD}\n  access_token: ${MATRIX_PASSWORD}",
        ),
        "exactly one of access_token and password",
    )


def test_matrix_block_with_unquoted_alias_is_refused(tmp_path: Path) -> None:
    """The doc's advice to quote aliases is real: unquoted, ``#news`` is a comment."""
    refuses(tmp_path, "matrix.md", replacing('target: "#news:example.org"', "target: #news:example.org"))


def test_matrix_login_snippets_are_valid_sections(tmp_path: Path) -> None:
    """The two ``matrix:`` snippets of section 2 fit in the full block in place of its section."""
    env, text = only_block("matrix.md")
    logins = snippets("matrix.md", "matrix:\n  homeserver:")
    assert len(logins) == 2
    full_env = {**env, "MATRIX_ACCESS_TOKEN": "syt_placeholder", "MATRIX_DEVICE_ID": "ABCDEFGHIJ"}
    for snippet in logins:
        cfg = load(tmp_path, with_section(text, "matrix", snippet), full_env)
        assert cfg.matrix is not None


# --------------------------------------------------------------------------- deploy.md proxy


def test_deploy_proxy_snippets_are_valid(tmp_path: Path) -> None:
    proxies = snippets("deploy.md", "proxy:\n")
    assert len(proxies) == 2
    written = load(tmp_path, proxies[0], {})
    assert written.proxy.url == "http://proxy.corp.example:3128"
    assert written.proxy.for_url("https://wiki.corp.example/") is None
    from_env = load(tmp_path, proxies[1], {"HTTPS_PROXY": "http://proxy.corp.example:8080"})
    assert from_env.proxy.url == "http://proxy.corp.example:8080"
    # Positive control: without the opt-in, the same environment is ignored.
    assert load(tmp_path, "{}", {"HTTPS_PROXY": "http://proxy.corp.example:8080"}).proxy.url is None
