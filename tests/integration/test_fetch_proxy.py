"""Fetching through an HTTP proxy, with a real forward proxy on 127.0.0.1.

Every connection any test here makes is checked first (``only_loopback``): the address is
given to the fetcher's classifier and anything but loopback fails the test without
connecting. Names that look public exist only in the tests' resolver and in the proxy's
table, which maps them to the loopback servers.
"""

from __future__ import annotations

import base64
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import pytest

from newsbrief.bot.ingest.fetch import (
    BlockedAddressError,
    FetchError,
    FetchPolicy,
    classify_address,
    fetch,
    literal_address,
    make_client,
)
from tests.integration.http_server import LoopbackHTTPServer, RecordingResolver, Route
from tests.integration.proxy_server import LoopbackProxy

PUBLIC = "93.184.215.14"  # a global address the resolver hands out; never connected to
LIMITS: dict[str, Any] = {"connect_timeout": 2, "read_timeout": 2, "deadline": 5}


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse (without connecting) any TCP connection to a non-loopback address."""
    seen: list[str] = []
    real = httpcore.AnyIOBackend.connect_tcp

    async def guarded(self: httpcore.AnyIOBackend, host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        ip = literal_address(host)
        if ip is None or classify_address(ip) != "loopback address":
            raise AssertionError(f"test tried to connect to {host}:{port}")
        seen.append(f"{host}:{port}")
        return await real(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.AnyIOBackend, "connect_tcp", guarded)
    yield seen


def resolver() -> RecordingResolver:
    return RecordingResolver(
        {
            "news.example": [PUBLIC],
            "feeds.example": [PUBLIC],
            "intranet.example": ["10.1.2.3"],
            "metadata.example": ["169.254.169.254"],
            "rebind.example": [PUBLIC, "127.0.0.1"],
            "localhost": ["127.0.0.1"],
        }
    )


async def test_http_fetch_goes_through_the_proxy(
    loopback_server: LoopbackHTTPServer, only_loopback: list[str]
) -> None:
    """A public target under the default (strict) policy: checked here, fetched via the proxy."""
    loopback_server.route("/feed.xml", Route(body=b"<rss/>", headers={"Content-Type": "application/rss+xml"}))
    url = f"http://feeds.example:{loopback_server.port}/feed.xml"
    async with LoopbackProxy(hosts={"feeds.example": "127.0.0.1"}) as proxy:
        policy = FetchPolicy(proxy=proxy.url, **LIMITS)
        res = resolver()
        result = await fetch(url, policy, resolver=res)
    assert result.body == b"<rss/>"
    assert proxy.requests == [("GET", url)]  # absolute-form, the name kept
    assert res.calls == ["feeds.example"]  # the target was still resolved and checked here
    assert loopback_server.paths() == ["/feed.xml"]
    assert loopback_server.requests[0].headers["host"] == f"feeds.example:{loopback_server.port}"
    assert only_loopback == [f"127.0.0.1:{proxy.port}"]  # the only connection was to the proxy


async def test_https_fetch_tunnels_through_the_proxy(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    with LoopbackHTTPServer(tls=server_ctx) as server:
        server.route("/page", Route(body=b"over tls via proxy"))
        async with LoopbackProxy(hosts={"news.example": "127.0.0.1"}) as proxy:
            policy = FetchPolicy(proxy=proxy.url, **LIMITS)
            client = make_client(policy, resolver=resolver(), ssl_context=client_ctx)
            try:
                result = await fetch(f"https://news.example:{server.port}/page", policy, client=client)
            finally:
                await client.aclose()
    assert result.body == b"over tls via proxy"
    assert proxy.requests == [("CONNECT", f"news.example:{server.port}")]
    assert server.paths() == ["/page"]  # TLS verified against news.example, end to end


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("[::ffff:127.0.0.1]", "loopback"),
        ("2130706433", "loopback"),
        ("localhost", "loopback"),
        ("intranet.example", "private network"),
        ("metadata.example", "cloud metadata"),
        ("rebind.example", "loopback"),
    ],
)
async def test_forbidden_target_refused_before_reaching_the_proxy(
    loopback_server: LoopbackHTTPServer, host: str, reason: str
) -> None:
    loopback_server.route("/secret", Route(body=b"secret"))
    async with LoopbackProxy(hosts={host: "127.0.0.1"}) as proxy:
        policy = FetchPolicy(proxy=proxy.url, **LIMITS)
        with pytest.raises(BlockedAddressError, match=reason):
            await fetch(f"http://{host}:{loopback_server.port}/secret", policy, resolver=resolver())
    assert proxy.connections == 0 and proxy.requests == []
    assert loopback_server.requests == []


@pytest.mark.parametrize(
    "policy_args",
    [{"allow_private_networks": True}, {"allowed_networks": ("127.0.0.0/8",)}],
    ids=["allow_private_networks", "allowed_networks"],
)
async def test_allowed_loopback_target_goes_through_the_proxy(
    loopback_server: LoopbackHTTPServer, policy_args: dict[str, Any]
) -> None:
    """Positive control for the refusals above: the same target, allowed, reaches the proxy."""
    loopback_server.route("/secret", Route(body=b"allowed now"))
    url = f"http://127.0.0.1:{loopback_server.port}/secret"
    async with LoopbackProxy() as proxy:
        policy = FetchPolicy(proxy=proxy.url, **policy_args, **LIMITS)
        result = await fetch(url, policy, resolver=resolver())
    assert result.body == b"allowed now"
    assert proxy.requests == [("GET", url)]


async def test_redirect_to_a_private_target_refused_at_the_second_hop(
    loopback_server: LoopbackHTTPServer,
) -> None:
    loopback_server.route("/jump", Route.redirect("http://intranet.example/admin"))
    url = f"http://feeds.example:{loopback_server.port}/jump"
    async with LoopbackProxy(hosts={"feeds.example": "127.0.0.1", "intranet.example": "127.0.0.1"}) as proxy:
        policy = FetchPolicy(proxy=proxy.url, **LIMITS)
        with pytest.raises(BlockedAddressError, match="10.1.2.3"):
            await fetch(url, policy, resolver=resolver())
    assert proxy.requests == [("GET", url)]  # only the first, allowed hop
    assert loopback_server.paths() == ["/jump"]


async def test_unresolvable_target_is_not_handed_to_the_proxy(loopback_server: LoopbackHTTPServer) -> None:
    async with LoopbackProxy(hosts={"unknown.example": "127.0.0.1"}) as proxy:
        policy = FetchPolicy(proxy=proxy.url, **LIMITS)
        with pytest.raises(FetchError, match="cannot resolve unknown.example"):
            await fetch(f"http://unknown.example:{loopback_server.port}/", policy, resolver=resolver())
    assert proxy.connections == 0


async def test_no_proxy_host_is_fetched_directly(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/page", Route(body=b"direct"))
    async with LoopbackProxy() as proxy:
        policy = FetchPolicy(
            proxy=proxy.url, no_proxy=("127.0.0.0/8",), allow_private_networks=True, **LIMITS
        )
        result = await fetch(loopback_server.url("/page"), policy)
        assert result.body == b"direct"
        assert proxy.connections == 0
        # Direct fetches keep the in-connection check: a bypassed host is still refused.
        strict = FetchPolicy(proxy=proxy.url, no_proxy=("localhost",), **LIMITS)
        with pytest.raises(BlockedAddressError):
            await fetch(f"http://localhost:{loopback_server.port}/page", strict, resolver=resolver())
        assert proxy.connections == 0
    assert loopback_server.paths() == ["/page"]


async def test_proxy_credentials_sent_as_proxy_authorization(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/page", Route(body=b"ok"))
    async with LoopbackProxy(hosts={"feeds.example": "127.0.0.1"}) as proxy:
        policy = FetchPolicy(proxy=f"http://ann:s%40cret@127.0.0.1:{proxy.port}", **LIMITS)
        await fetch(f"http://feeds.example:{loopback_server.port}/page", policy, resolver=resolver())
    sent = proxy.log[0].headers["proxy-authorization"]
    assert base64.b64decode(sent.removeprefix("Basic ")) == b"ann:s@cret"
    assert "proxy-authorization" not in loopback_server.requests[0].headers  # not passed on


async def test_proxy_refusal_is_a_fetch_error(loopback_server: LoopbackHTTPServer) -> None:
    """A tunnel the proxy refuses (403 to CONNECT) fails the fetch with a FetchError."""
    async with LoopbackProxy() as proxy:  # news.example is not in its table: 403
        policy = FetchPolicy(proxy=proxy.url, **LIMITS)
        with pytest.raises(FetchError):
            await fetch(f"https://news.example:{loopback_server.port}/", policy, resolver=resolver())
    assert proxy.log and proxy.log[0].refused
