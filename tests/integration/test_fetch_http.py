"""newsbrief.bot.ingest.fetch against a real HTTP server on 127.0.0.1 (the only address tests connect to)."""

from __future__ import annotations

import ssl
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.bot.ingest.extract import extract_article
from newsbrief.bot.ingest.fetch import (
    BlockedAddressError,
    FetchError,
    FetchPolicy,
    FetchTimeoutError,
    HTTPStatusError,
    TooLargeError,
    TooManyRedirectsError,
    fetch,
    fetch_sync,
    make_client,
)
from tests.integration.http_server import LoopbackHTTPServer, RecordingResolver, Route

OPEN = FetchPolicy(allow_private_networks=True, connect_timeout=2, read_timeout=2, deadline=5)
LOOPBACK_ONLY = FetchPolicy(allowed_networks=("127.0.0.0/8",), connect_timeout=2, read_timeout=2, deadline=5)
STRICT = FetchPolicy(connect_timeout=2, read_timeout=2, deadline=5)

ARTICLE_HTML = """<!doctype html><html><head><title>Harbour bridge reopens | The Coast Courier</title>
<meta name="author" content="Mara Quill"><meta property="article:published_time" content="2026-03-14T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge reopens after two years of repairs</h1>
<p>The Saltmere harbour bridge reopened to traffic on Saturday after a repair programme that lasted
two years and cost the regional council 48 million euros, officials said at a ceremony by the water.</p>
<p>Council leader Ines Varga said the bridge would carry about 30,000 vehicles a day and that buses
would return to their old routes from Monday. Cyclists get a separate lane for the first time.</p>
<p>Engineers replaced 140 steel cables and the whole deck surface. A final inspection is planned for
June, when the council will decide whether lorries heavier than 40 tonnes may cross again.</p>
</article><footer>Copyright The Coast Courier</footer></body></html>"""


def _zero_bomb(size: int) -> bytes:
    """gzip of ``size`` zero bytes, built in pieces so the test never holds ``size`` bytes."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = b"\0" * (1024 * 1024)
    parts = [comp.compress(piece) for _ in range(size // len(piece))]
    parts.append(comp.flush())
    return b"".join(parts)


async def test_html_page_fetched_and_extracted(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/story", Route.html(ARTICLE_HTML, etag='"v1"'))
    result = await fetch(loopback_server.url("/story"), OPEN)
    assert result.status == 200 and not result.not_modified
    assert result.content_type == "text/html" and result.charset == "utf-8"
    assert result.etag == '"v1"'
    page = extract_article(result.body, result.final_url)
    assert "48 million euros" in page.text
    assert "Home" not in page.text.split()
    sent = loopback_server.requests[0].headers
    assert sent["user-agent"].startswith("newsbrief/0.1")
    assert "if-none-match" not in sent


async def test_conditional_get_returns_not_modified(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/feed", Route(body=b"<rss/>", etag='"abc"'))
    first = await fetch(loopback_server.url("/feed"), OPEN)
    second = await fetch(
        loopback_server.url("/feed"), OPEN, etag=first.etag, last_modified="Sat, 14 Mar 2026 09:30:00 GMT"
    )
    assert first.body == b"<rss/>" and not first.not_modified
    assert second.not_modified and second.status == 304 and second.body == b""
    assert second.etag == '"abc"'
    assert loopback_server.requests[1].headers["if-none-match"] == '"abc"'
    assert loopback_server.requests[1].headers["if-modified-since"] == "Sat, 14 Mar 2026 09:30:00 GMT"


async def test_permanent_redirect_reported(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/old", Route.redirect("/new", status=301))
    loopback_server.route("/new", Route(body=b"moved here"))
    result = await fetch(loopback_server.url("/old"), OPEN)
    assert result.body == b"moved here"
    assert result.final_url == loopback_server.url("/new")
    assert result.permanent_redirect_url == loopback_server.url("/new")
    assert loopback_server.paths() == ["/old", "/new"]


async def test_temporary_redirect_is_not_permanent(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/a", Route.redirect("/b", status=301))
    loopback_server.route("/b", Route.redirect("/c", status=302))
    loopback_server.route("/c", Route.redirect("/d", status=308))
    loopback_server.route("/d", Route(body=b"ok"))
    result = await fetch(loopback_server.url("/a"), OPEN)
    assert result.body == b"ok"
    assert result.permanent_redirect_url == loopback_server.url("/b")


async def test_too_many_redirects_refused(loopback_server: LoopbackHTTPServer) -> None:
    for i in range(10):
        loopback_server.route(f"/r{i}", Route.redirect(f"/r{i + 1}"))
    policy = FetchPolicy(allow_private_networks=True, max_redirects=3)
    with pytest.raises(TooManyRedirectsError) as info:
        await fetch(loopback_server.url("/r0"), policy)
    assert loopback_server.paths() == ["/r0", "/r1", "/r2", "/r3"]
    assert "more than 3 redirects" in str(info.value)
    assert "\n" not in str(info.value)


async def test_huge_body_with_length_refused_before_reading(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/big", Route(body=b"x" * (6 * 1024 * 1024)))
    with pytest.raises(TooLargeError, match="Content-Length"):
        await fetch(loopback_server.url("/big"), OPEN)


async def test_huge_streamed_body_cut_off(loopback_server: LoopbackHTTPServer) -> None:
    # 64 MiB with no Content-Length: only the streaming cap can stop it.
    loopback_server.route(
        "/endless",
        Route(body=lambda: (b"y" * (1024 * 1024) for _ in range(64)), send_length=False),
    )
    started = time.monotonic()
    with pytest.raises(TooLargeError, match="5242880-byte cap"):
        await fetch(loopback_server.url("/endless"), OPEN)
    assert time.monotonic() - started < 3
    # The server never got to write the whole body: the client hung up.
    assert loopback_server.wait_completed(1) == [("/endless", False)]


async def test_gzip_bomb_refused(loopback_server: LoopbackHTTPServer) -> None:
    bomb = _zero_bomb(24 * 1024 * 1024)
    assert len(bomb) < 200_000  # small on the wire, 24 MiB once decoded
    loopback_server.route("/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(TooLargeError, match="decompressed body exceeds"):
        await fetch(loopback_server.url("/bomb"), OPEN)


async def test_gzip_body_decoded(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/gz", Route(body=b"hello " * 1000, gzip=True))
    result = await fetch(loopback_server.url("/gz"), OPEN)
    assert result.body == b"hello " * 1000
    assert "gzip" in loopback_server.requests[0].headers["accept-encoding"]


async def test_unsupported_encoding_refused(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/br", Route(body=b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"}))
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br'"):
        await fetch(loopback_server.url("/br"), OPEN)


async def test_slow_server_read_timeout(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/slow", Route(body=b"late", delay=3))
    policy = FetchPolicy(allow_private_networks=True, read_timeout=0.3, deadline=5)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="read timeout"):
        await fetch(loopback_server.url("/slow"), policy)
    assert time.monotonic() - started < 2


async def test_trickling_server_hits_overall_deadline(loopback_server: LoopbackHTTPServer) -> None:
    # One byte every 0.1 s never trips the read timeout; the deadline stops it.
    loopback_server.route("/trickle", Route(body=b"z" * 100, chunk_size=1, trickle=0.1))
    policy = FetchPolicy(allow_private_networks=True, read_timeout=2, deadline=0.6)
    started = time.monotonic()
    with pytest.raises(FetchTimeoutError, match="deadline"):
        await fetch(loopback_server.url("/trickle"), policy)
    assert time.monotonic() - started < 2


async def test_error_status_carries_retry_after(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/busy", Route(status=503, headers={"Retry-After": "120"}, body=b"busy"))
    loopback_server.route("/gone", Route(status=410))
    with pytest.raises(HTTPStatusError) as info:
        await fetch(loopback_server.url("/busy"), OPEN)
    assert info.value.status == 503 and info.value.retry_after == 120.0
    with pytest.raises(HTTPStatusError) as gone:
        await fetch(loopback_server.url("/gone"), OPEN)
    assert gone.value.status == 410 and gone.value.retry_after is None


async def test_shared_client_reused(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/one", Route(body=b"1"))
    loopback_server.route("/two", Route(body=b"2"))
    client = make_client(OPEN)
    try:
        bodies = [(await fetch(loopback_server.url(p), OPEN, client=client)).body for p in ("/one", "/two")]
        with pytest.raises(ValueError, match="same policy"):
            await fetch(loopback_server.url("/one"), STRICT, client=client)
    finally:
        await client.aclose()
    assert bodies == [b"1", b"2"]


def test_fetch_sync(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/plain", Route(body=b"just text", headers={"Content-Type": "text/plain"}))
    result = fetch_sync(loopback_server.url("/plain"), OPEN)
    assert result.body == b"just text" and result.content_type == "text/plain"


# ----------------------------------------------------------------- SSRF: nothing reaches the server

LOOPBACK_SPELLINGS = [
    "127.0.0.1",
    "localhost",
    "LocalHost.",
    "[::ffff:127.0.0.1]",
    "[::1]",
    "2130706433",
    "0x7f000001",
    "0x7F.0.0.1",
    "0177.0.0.1",
    "127.1",
    "127.0.1",
    "127.0.0.1.",
]


@pytest.fixture
def strict_resolver() -> Iterator[RecordingResolver]:
    yield RecordingResolver(
        {"localhost": ["127.0.0.1", "::1"], "evil.example": ["93.184.215.14", "127.0.0.1"]}
    )


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
async def test_loopback_spellings_refused_before_connecting(
    loopback_server: LoopbackHTTPServer, strict_resolver: RecordingResolver, host: str
) -> None:
    loopback_server.route("/secret", Route(body=b"secret"))
    url = f"http://{host}:{loopback_server.port}/secret"
    with pytest.raises(BlockedAddressError) as info:
        await fetch(url, STRICT, resolver=strict_resolver)
    assert "loopback" in str(info.value)
    assert loopback_server.requests == []
    if host.lower().rstrip(".") != "localhost":
        assert strict_resolver.calls == []  # numeric spellings never reach the resolver


async def test_name_resolving_partly_to_loopback_refused(
    loopback_server: LoopbackHTTPServer, strict_resolver: RecordingResolver
) -> None:
    loopback_server.route("/secret", Route(body=b"secret"))
    with pytest.raises(BlockedAddressError, match=r"evil\.example resolves to 127\.0\.0\.1"):
        await fetch(f"http://evil.example:{loopback_server.port}/secret", STRICT, resolver=strict_resolver)
    assert loopback_server.requests == []


async def test_name_to_private_address_refused_at_resolver() -> None:
    resolver = RecordingResolver({"intranet.example": ["10.0.0.1"]})
    with pytest.raises(BlockedAddressError, match="10.0.0.1, a private network address"):
        await fetch("http://intranet.example/wiki", STRICT, resolver=resolver)
    assert resolver.calls == ["intranet.example"]


async def test_connection_goes_to_the_checked_address(loopback_server: LoopbackHTTPServer) -> None:
    # The name exists only in our resolver: reaching the server proves the transport
    # connected to the address the check approved, with the name kept in the Host header.
    resolver = RecordingResolver({"news.example": ["127.0.0.1"]})
    loopback_server.route("/page", Route(body=b"via name"))
    result = await fetch(f"http://news.example:{loopback_server.port}/page", LOOPBACK_ONLY, resolver=resolver)
    assert result.body == b"via name"
    assert loopback_server.requests[0].headers["host"] == f"news.example:{loopback_server.port}"
    assert resolver.calls == ["news.example"]


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/internal",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00::1]/",
        "http://100.64.0.1/",
        "http://intranet.example/",
    ],
)
async def test_redirect_into_private_network_refused(
    loopback_server: LoopbackHTTPServer, target: str
) -> None:
    resolver = RecordingResolver({"intranet.example": ["192.168.1.20"]})
    loopback_server.route("/jump", Route.redirect(target))
    with pytest.raises(BlockedAddressError) as info:
        await fetch(loopback_server.url("/jump"), LOOPBACK_ONLY, resolver=resolver)
    assert loopback_server.paths() == ["/jump"]  # the first hop was allowed
    assert target in str(info.value)
    assert resolver.calls == (["intranet.example"] if "intranet" in target else [])


async def test_non_http_redirect_refused(loopback_server: LoopbackHTTPServer) -> None:
    loopback_server.route("/file", Route.redirect("file:///etc/passwd"))
    with pytest.raises(FetchError, match="only http and https"):
        await fetch(loopback_server.url("/file"), OPEN)


# ----------------------------------------------------------------- TLS after connecting to the checked IP


async def test_tls_verifies_the_name_not_the_address(tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=str(cert))
    resolver = RecordingResolver({"news.example": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    with LoopbackHTTPServer(tls=server_ctx) as server:
        server.route("/page", Route(body=b"over tls"))
        client = make_client(LOOPBACK_ONLY, resolver=resolver, ssl_context=client_ctx)
        try:
            result = await fetch(f"https://news.example:{server.port}/page", LOOPBACK_ONLY, client=client)
            # Same IP, but the certificate does not name other.example: verification must fail.
            with pytest.raises(FetchError, match="CERTIFICATE_VERIFY_FAILED|certificate"):
                await fetch(f"https://other.example:{server.port}/page", LOOPBACK_ONLY, client=client)
        finally:
            await client.aclose()
    assert result.body == b"over tls"
    assert server.paths() == ["/page"]
    assert resolver.calls == ["news.example", "other.example"]
