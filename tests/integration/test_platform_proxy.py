"""Slack and Matrix connections through the loopback forward proxy (tests/integration/proxy_server.py).

Both servers (the Slack mock and a minimal homeserver) listen on 127.0.0.1, and the proxy only
ever connects to loopback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from slack_sdk.web.async_client import AsyncWebClient

from newsbrief.bot.adapters.matrix import MatrixAdapter
from newsbrief.bot.adapters.slack import SlackAdapter
from newsbrief.bot.adapters.slack.transport import SocketModeConnection
from newsbrief.bot.config import SlackConfig, parse_config
from newsbrief.bot.domain import IncomingMessage, Reply
from newsbrief.bot.store import Store
from tests.integration.proxy_server import LoopbackProxy
from tests.integration.slack_mock_server import BOT_USER_ID, SlackMockServer


async def no_answer(_msg: IncomingMessage) -> Reply | None:
    return None


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        yield opened
    finally:
        opened.close()


SOCKET = SlackConfig(mode="socket", bot_token="xoxb-test-token", app_token="xapp-test-token")


async def test_slack_socket_mode_start_goes_through_the_proxy(slack: SlackMockServer, store: Store) -> None:
    async with LoopbackProxy() as proxy:
        adapter = SlackAdapter(SOCKET, store, base_url=slack.base_url, pace_seconds=0.0, proxy=proxy.url)
        await adapter.start(no_answer)
        try:
            await slack.wait_connected()
            assert adapter.bot_user_id == BOT_USER_ID
        finally:
            await adapter.stop()
    methods = [target.rsplit("/", 1)[-1] for _method, target in proxy.requests]
    assert "auth.test" in methods  # the Web API
    assert "apps.connections.open" in methods
    assert any("/link" in target for _method, target in proxy.requests)  # the Socket Mode WebSocket
    slack_netloc = urlsplit(slack.base_url).netloc
    assert {urlsplit(target).netloc for _m, target in proxy.requests} == {slack_netloc}


async def test_slack_without_proxy_connects_directly(slack: SlackMockServer, store: Store) -> None:
    """Positive control for the test above: no proxy given, the proxy sees nothing."""
    async with LoopbackProxy() as proxy:
        adapter = SlackAdapter(SOCKET, store, base_url=slack.base_url, pace_seconds=0.0)
        await adapter.start(no_answer)
        await adapter.stop()
    assert proxy.connections == 0
    assert slack.calls_to("auth.test")


async def test_slack_ignores_proxy_variables_unless_configured(
    monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    # slack_sdk on its own takes the variable (what the adapter must override):
    assert AsyncWebClient(token="xoxb-x").proxy == "http://127.0.0.1:9"
    adapter = SlackAdapter(SOCKET, store)
    assert adapter.client.proxy is None
    conn = SocketModeConnection(adapter._build_app(), "xapp-x", adapter.client, proxy=None)
    assert conn._build().client.proxy is None
    configured = SlackAdapter(SOCKET, store, proxy="http://127.0.0.1:3128")
    assert configured.client.proxy == "http://127.0.0.1:3128"
    conn = SocketModeConnection(configured._build_app(), "xapp-x", configured.client, proxy=configured.proxy)
    assert conn._build().client.proxy == "http://127.0.0.1:3128"


def test_app_passes_the_configured_proxy_to_slack(tmp_path: Path) -> None:
    from newsbrief.bot.app import NewsbriefApp

    text = """
slack: {mode: socket, bot_token: xoxb-t, app_token: xapp-t}
channels: [{id: c, platform: slack, target: C0123ABCD}]
proxy: {url: "http://127.0.0.1:3128", no_proxy: [intranet.example]}
"""
    app = NewsbriefApp(parse_config(text, env={}))
    adapter = app.build_adapters()["slack"]
    assert isinstance(adapter, SlackAdapter) and adapter.proxy == "http://127.0.0.1:3128"
    policy = app.fetch_policy()
    assert policy.proxy == "http://127.0.0.1:3128" and policy.no_proxy == ("intranet.example",)
    bypassed = NewsbriefApp(parse_config(text.replace("intranet.example", "slack.com"), env={}))
    assert bypassed.build_adapters()["slack"].proxy is None  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- Matrix


@pytest.fixture
async def homeserver() -> AsyncIterator[tuple[str, list[str]]]:
    """A homeserver that only answers GET /_matrix/client/v3/login; yields (url, paths seen)."""
    seen: list[str] = []

    async def login_flows(request: web.Request) -> web.Response:
        seen.append(request.path)
        return web.json_response({"flows": [{"type": "m.login.password"}]})

    app = web.Application()
    app.router.add_get("/_matrix/client/v3/login", login_flows)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        await runner.cleanup()


def matrix_config(homeserver: str, proxy: str | None, tmp_path: Path) -> Any:
    text = f"""
matrix:
  homeserver: {homeserver}
  user_id: "@bot:example.org"
  access_token: syt_test
  device_id: DEVICE
  store_path: {tmp_path / "mstore"}
channels: [{{id: room, platform: matrix, target: "!room:example.org"}}]
"""
    if proxy:
        text += f"proxy: {{url: '{proxy}'}}\n"
    return parse_config(text, env={})


async def test_matrix_client_goes_through_the_proxy(
    homeserver: tuple[str, list[str]], store: Store, tmp_path: Path
) -> None:
    url, seen = homeserver
    async with LoopbackProxy() as proxy:
        adapter = MatrixAdapter.from_config(matrix_config(url, proxy.url, tmp_path), store)
        assert adapter.proxy == proxy.url
        adapter._open_client()
        assert adapter.client is not None
        try:
            resp = await adapter.client.login_info()
        finally:
            await adapter.client.close()
    assert getattr(resp, "flows", None) == ["m.login.password"]
    assert proxy.requests == [("CONNECT", url.removeprefix("http://"))]
    assert seen == ["/_matrix/client/v3/login"]


async def test_matrix_client_without_proxy_connects_directly(
    homeserver: tuple[str, list[str]], store: Store, tmp_path: Path
) -> None:
    url, seen = homeserver
    async with LoopbackProxy() as proxy:
        adapter = MatrixAdapter.from_config(matrix_config(url, None, tmp_path), store)
        assert adapter.proxy is None
        adapter._open_client()
        assert adapter.client is not None
        try:
            await adapter.client.login_info()
        finally:
            await adapter.client.close()
    assert proxy.connections == 0
    assert seen == ["/_matrix/client/v3/login"]
