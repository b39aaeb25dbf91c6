"""A real Synapse homeserver for the Matrix tests: the session-scoped ``synapse`` fixture of
``tests/integration/conftest.py`` runs it (tests take a ``synapse`` argument).

Synapse runs from ``.synapse-venv`` at the repository root (``tests/integration/synapse/install.sh``,
called by ``bash tests/run.sh``, installs it there; nothing is installed at test time). It listens
on 127.0.0.1 on a free port with only the client resource (the admin API is served there), keeps
its SQLite database in a temporary directory, has every rate limit relaxed and registers users
through the shared-secret admin API. ``restart()`` stops it and starts it again on the same port
and database. Facts behind the settings: ../shared/notes/synapse-for-tests.md.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
SYNAPSE_PYTHON = REPO / ".synapse-venv" / "bin" / "python"
SERVER_NAME = "localhost"
# a deadline, not a wait: Synapse answers in a few seconds on a quiet machine, but a restart under a
# loaded machine (load 10 on 2 cores, seen here) took over 30 s
START_TIMEOUT_S = 90.0

_RELAXED = {"per_second": 1000, "burst_count": 1000}


@dataclass(frozen=True)
class MatrixUser:
    user_id: str
    password: str
    access_token: str
    device_id: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def synapse_config(workdir: Path, port: int, shared_secret: str) -> dict[str, Any]:
    """homeserver.yaml for a quiet, fast, local-only test server."""
    log_config = workdir / "log.yaml"
    log_config.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "formatters": {"f": {"format": "%(asctime)s %(name)s %(levelname)s %(message)s"}},
                "handlers": {
                    "file": {
                        "class": "logging.FileHandler",
                        "filename": str(workdir / "homeserver.log"),
                        "formatter": "f",
                    }
                },
                "root": {"level": "WARNING", "handlers": ["file"]},
                "disable_existing_loggers": False,
            }
        )
    )
    return {
        "server_name": SERVER_NAME,
        "pid_file": str(workdir / "homeserver.pid"),
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(workdir / "homeserver.db")}},
        "log_config": str(log_config),
        "media_store_path": str(workdir / "media"),
        "signing_key_path": str(workdir / "signing.key"),
        "report_stats": False,
        "macaroon_secret_key": secrets.token_hex(32),
        "form_secret": secrets.token_hex(32),
        "registration_shared_secret": shared_secret,
        "enable_registration": False,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "federation_domain_whitelist": [],
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "background_updates": {"sleep_enabled": False},
        "rc_message": _RELAXED,
        "rc_registration": _RELAXED,
        "rc_login": {"address": _RELAXED, "account": _RELAXED, "failed_attempts": _RELAXED},
        "rc_joins": {"local": _RELAXED, "remote": _RELAXED},
        "rc_joins_per_room": _RELAXED,
        "rc_invites": {"per_room": _RELAXED, "per_user": _RELAXED, "per_issuer": _RELAXED},
        "rc_room_creation": _RELAXED,
        "rc_key_requests": _RELAXED,
        "rc_admin_redaction": _RELAXED,
        "rc_presence": {"per_user": _RELAXED},
        "rc_3pid_validation": _RELAXED,
    }


class SynapseServer:
    """One Synapse process; ``url`` is its client-server base URL."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.shared_secret = secrets.token_hex(16)
        self.config_path = workdir / "homeserver.yaml"
        self.config_path.write_text(yaml.safe_dump(synapse_config(workdir, self.port, self.shared_secret)))
        self._proc: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        self._admin: MatrixUser | None = None

    # ------------------------------------------------------------------ process

    def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        stderr = open(self.workdir / "stderr.log", "ab")  # noqa: SIM115 - handed to the child
        try:
            self._proc = subprocess.Popen(
                [str(SYNAPSE_PYTHON), "-m", "synapse.app.homeserver", "--config-path", str(self.config_path)],
                cwd=self.workdir,
                env=env,
                stdout=stderr,
                stderr=stderr,
            )
        finally:
            stderr.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"synapse exited with {self._proc.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + "/_matrix/client/versions", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"synapse did not answer within {START_TIMEOUT_S}s: {self.log_tail()}")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    def restart(self) -> None:
        """Stop and start again: same port, same database, same users and rooms."""
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, n: int = 4000) -> str:
        out = ""
        for name in ("stderr.log", "homeserver.log"):
            p = self.workdir / name
            if p.exists():
                out += f"--- {name}\n" + p.read_text(errors="replace")[-n:]
        return out

    # ------------------------------------------------------------------ HTTP

    def request(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read() or b"{}")

    def register(self, localpart: str | None = None, *, admin: bool = False) -> MatrixUser:
        """A new user through the shared-secret admin API (names are unique per session)."""
        username = localpart or f"user{next(self._names)}"
        password = secrets.token_hex(12)
        nonce = self.request("GET", "/_synapse/admin/v1/register")["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), username.encode(), password.encode()]))
        mac.update(b"\x00" + (b"admin" if admin else b"notadmin"))
        reply = self.request(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": username,
                "password": password,
                "admin": admin,
                "mac": mac.hexdigest(),
            },
        )
        return MatrixUser(reply["user_id"], password, reply["access_token"], reply["device_id"])

    @property
    def admin(self) -> MatrixUser:
        if self._admin is None:
            self._admin = self.register("fixture-admin", admin=True)
        return self._admin

    def override_ratelimit(self, user_id: str, messages_per_second: int, burst_count: int) -> None:
        """Give ``user_id`` its own message rate limit (admin API; integers only, 0 means unlimited)."""
        self.request(
            "POST",
            f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit",
            {"messages_per_second": messages_per_second, "burst_count": burst_count},
            token=self.admin.access_token,
        )

    def clear_ratelimit(self, user_id: str) -> None:
        self.request(
            "DELETE",
            f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit",
            token=self.admin.access_token,
        )


def running_synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    """A running Synapse until the generator is closed (skipped, with the reason, when not installed)."""
    if not SYNAPSE_PYTHON.exists():
        pytest.skip(
            "Synapse is not installed: run `bash tests/integration/synapse/install.sh` (tests/run.sh does)"
        )
    server = SynapseServer(tmp_path_factory.mktemp("synapse"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
