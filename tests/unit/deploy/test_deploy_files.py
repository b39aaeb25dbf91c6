"""The deployment files: systemd unit, compose file, Containerfile and the deploy configs.

The image itself is built and run by tests/container/test_image.sh (minutes; not in pytest).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from newsbrief.bot.config import load_config

ROOT = Path(__file__).resolve().parents[3]
UNIT = ROOT / "deploy" / "newsbrief.service"

SLACK_ENV = {
    "POSTGRES_PASSWORD": "pw",
    "SLACK_BOT_TOKEN": "xoxb-1",
    "SLACK_APP_TOKEN": "xapp-1",
    "SLACK_CHANNEL_ID": "C0123ABCD",
    "SLACK_ADMIN_ID": "U0123ABCD",
}
MATRIX_ENV = {
    "POSTGRES_PASSWORD": "pw",
    "MATRIX_HOMESERVER": "https://matrix.example.org",
    "MATRIX_USER_ID": "@bot:example.org",
    "MATRIX_ACCESS_TOKEN": "token",
    "MATRIX_ROOM": "#news:example.org",
    "MATRIX_ADMIN": "@you:example.org",
}


def unit_settings(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            out.setdefault(key.strip(), []).append(value.strip())
    return out


def test_unit_is_hardened_and_restarts_on_failure() -> None:
    s = unit_settings(UNIT.read_text())
    assert s["DynamicUser"] == ["yes"]
    assert s["StateDirectory"] == ["newsbrief"]
    assert s["Restart"] == ["on-failure"]
    assert s["KillMode"] == ["control-group"]
    assert s["RestartPreventExitStatus"] == ["2"]  # a config error is not retried
    for key in ("NoNewPrivileges", "ProtectHome", "PrivateTmp", "PrivateDevices", "RestrictSUIDSGID"):
        assert s[key] == ["yes"], key
    assert s["ProtectSystem"] == ["strict"]
    assert s["CapabilityBoundingSet"] == [""]
    assert any("run --config" in v for v in s["ExecStart"])


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    # verify checks that ExecStart's program exists: point it at a stand-in with the same role.
    stub = tmp_path / "newsbrief"
    stub.write_text("#!/bin/sh\nexit 0\n")
    stub.chmod(0o755)
    text = UNIT.read_text().replace("/opt/newsbrief/bin/newsbrief", str(stub))

    def verify(unit_text: str) -> str:
        unit = tmp_path / "newsbrief.service"
        unit.write_text(unit_text)
        res = subprocess.run(
            ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
        )
        return "\n".join(line for line in (res.stdout + res.stderr).splitlines() if str(unit) in line)

    assert verify(text) == ""
    # Positive control: a misspelt value is reported, so an empty report means something.
    assert "on-failur" in verify(text.replace("Restart=on-failure", "Restart=on-failur"))


def test_compose_runs_the_image_beside_postgres_with_a_data_volume() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    assert services["db"]["image"].startswith("docker.io/library/postgres:")
    bot = services["newsbrief"]
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert any(v.endswith(":/var/lib/newsbrief") for v in bot["volumes"])
    assert any(":/etc/newsbrief/config.yaml:ro" in v for v in bot["volumes"])
    assert all(p.startswith("127.0.0.1:") for p in bot["ports"])  # metrics only on the host's loopback
    assert set(compose["volumes"]) >= {"pgdata", "newsbrief-data"}


def test_containerfile_shape() -> None:
    text = (ROOT / "Containerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim-bookworm$", text, re.M)
    assert "--require-hashes -r /src/requirements/model.txt" in text
    assert re.search(r"^USER 10001:10001$", text, re.M)
    assert re.search(r'^VOLUME \["/var/lib/newsbrief"\]$', text, re.M)
    assert re.search(r"^HEALTHCHECK ", text, re.M)
    assert re.search(r'^ENTRYPOINT \["newsbrief", "run", "--config"\]$', text, re.M)


@pytest.mark.parametrize(
    ("name", "env"), [("config.slack.yaml", SLACK_ENV), ("config.matrix.yaml", MATRIX_ENV)]
)
def test_deploy_configs_check_as_written(name: str, env: dict[str, str]) -> None:
    cfg = load_config(ROOT / "deploy" / name, env=env)
    assert cfg.storage.url.endswith("://newsbrief:pw@db:5432/newsbrief")
    assert cfg.monitoring.address() == ("0.0.0.0", 9464)
    assert all(ch.platform != "console" for ch in cfg.channels)  # a service has no terminal
    with_sqlite = {**env, "NEWSBRIEF_DB_HOST": "127.0.0.1", "NEWSBRIEF_MONITORING_LISTEN": "127.0.0.1:9464"}
    local = load_config(ROOT / "deploy" / name, env=with_sqlite)
    assert local.storage.url.endswith("@127.0.0.1:5432/newsbrief")
    assert local.monitoring.address() == ("127.0.0.1", 9464)


def test_env_example_names_every_variable_the_deploy_configs_need() -> None:
    names = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / "deploy" / "env.example").read_text(), re.M))
    for name in ("config.slack.yaml", "config.matrix.yaml"):
        needed = set(re.findall(r"\$\{([A-Z_]+)\}", (ROOT / "deploy" / name).read_text()))
        assert needed <= names, needed - names
