"""Fixtures shared by the integration tests: a loopback HTTP server, a loopback Slack, a real
Synapse (once per session) and people's Matrix clients on it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.http_server import LoopbackHTTPServer
from tests.integration.slack_mock_server import SlackMockServer
from tests.integration.synapse.fixture import SynapseServer, running_synapse
from tests.integration.synapse.human import Human


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups off the items
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``, as ``tests/run.sh`` runs it) every test that needs
    Synapse runs in one worker, so the session starts one homeserver, not one per worker."""
    for item in items:
        if "synapse" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("synapse"))


@pytest.fixture
def loopback_server() -> Iterator[LoopbackHTTPServer]:
    """A running :class:`LoopbackHTTPServer`, stopped after the test."""
    with LoopbackHTTPServer() as server:
        yield server


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    """A running Synapse for the whole session (skipped, with the reason, when not installed)."""
    yield from running_synapse(tmp_path_factory)


@pytest.fixture
async def slack() -> AsyncIterator[SlackMockServer]:
    server = SlackMockServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def humans(synapse: SynapseServer, tmp_path: Path) -> AsyncIterator[Callable[[str], Any]]:
    made: list[Human] = []

    async def make(name: str) -> Human:
        h = Human(synapse, synapse.register(), tmp_path / f"human-{name}")
        await h.sync()
        made.append(h)
        return h

    yield make
    for h in made:
        await h.close()


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A throwaway self-signed certificate for news.example (made with the openssl CLI)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=news.example",
            "-addext",
            "subjectAltName=DNS:news.example",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key
