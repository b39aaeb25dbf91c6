"""The address checks in newsbrief.bot.ingest.fetch: classifier, host parsing, resolver check.

No test here opens a socket: resolvers are tables, and global addresses are only classified.
"""

from __future__ import annotations

import ipaddress
import zlib
from datetime import UTC, datetime

import pytest

from newsbrief.bot.ingest.fetch import (
    BlockedAddressError,
    FetchError,
    FetchPolicy,
    HTTPStatusError,
    InvalidURLError,
    IPAddress,
    TooLargeError,
    _BodyDecoder,
    classify_address,
    literal_address,
    parse_host,
    parse_retry_after,
    resolve_and_check,
)


def ip(text: str) -> IPAddress:
    return ipaddress.ip_address(text)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("10.0.0.1", "private"),
        ("10.255.255.255", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.254", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "metadata"),
        ("169.254.1.1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("100.127.255.254", "carrier-grade NAT"),
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("255.255.255.255", "broadcast"),
        ("240.0.0.1", "reserved"),
        ("192.0.2.10", "private"),  # TEST-NET-1, documentation
        ("198.18.0.1", "benchmarking"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("fe80::1", "link-local"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("ff02::1", "multicast"),
        ("::ffff:127.0.0.1", "IPv4-mapped loopback"),
        ("::ffff:10.1.2.3", "IPv4-mapped private"),
        ("::ffff:169.254.169.254", "metadata"),
        ("2002:7f00:1::", "6to4 address embedding loopback"),
        ("2002:a00:1::", "6to4 address embedding private"),
        ("64:ff9b::a00:1", "NAT64 address embedding private"),
        ("2001:db8::1", "private"),  # documentation
    ],
)
def test_non_global_addresses_refused(address: str, expected: str) -> None:
    reason = classify_address(ip(address))
    assert reason is not None
    assert expected in reason


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "93.184.215.14", "1.1.1.1", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808"],
)
def test_global_addresses_pass(address: str) -> None:
    # Only classified: nothing ever connects to these.
    assert classify_address(ip(address)) is None


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("10.1", "10.0.0.1"),
        ("0xa9.254.43518", "169.254.169.254"),
        ("[::ffff:127.0.0.1]", "::ffff:7f00:1"),
        ("[::1]", "::1"),
        ("0", "0.0.0.0"),
    ],
)
def test_numeric_spellings_normalised_like_inet_aton(host: str, expected: str) -> None:
    assert literal_address(host) == ip(expected)


@pytest.mark.parametrize(
    "host",
    ["localhost", "example.org", "1.2.3.4.5", "127.0.0.256", "256.1", "0x", "09.0.0.1", "4294967296", ""],
)
def test_names_and_invalid_numbers_are_not_addresses(host: str) -> None:
    assert literal_address(host) is None


def test_parse_host() -> None:
    assert parse_host("http://2130706433:8080/x") == ("http", "127.0.0.1", 8080, ip("127.0.0.1"))
    assert parse_host("https://News.Example.ORG./a?b") == ("https", "news.example.org", 443, None)
    assert parse_host("http://[::ffff:127.0.0.1]/").ip == ip("::ffff:127.0.0.1")
    assert parse_host("HTTP://example.org").port == 80


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/file", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://127.0.0.1:70/", "only http and https"),
        ("example.org/page", "only http and https"),
        ("http://user:pw@example.org/", "credentials"),
        ("http://user@example.org/", "credentials"),
        ("http:///path-only", "no host"),
        ("http://example.org:99999/", "malformed"),
    ],
)
def test_unusable_urls_refused(url: str, message: str) -> None:
    with pytest.raises(InvalidURLError, match=message) as info:
        parse_host(url)
    assert "\n" not in str(info.value)


class TableResolver:
    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.calls: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[IPAddress]:
        self.calls.append((host, port))
        if host not in self.table:
            raise OSError("Name or service not known")
        return [ip(a) for a in self.table[host]]


RESOLVER_TABLE = {
    "intranet.example": ["10.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "rebind.example": ["93.184.215.14", "127.0.0.1"],
    "public.example": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "empty.example": [],
}


@pytest.mark.parametrize(
    "host", ["intranet.example", "metadata.example", "rebind.example", "Intranet.Example."]
)
async def test_names_resolving_to_non_global_refused(host: str) -> None:
    resolver = TableResolver(RESOLVER_TABLE)
    with pytest.raises(BlockedAddressError, match="resolves to"):
        await resolve_and_check(host, 80, FetchPolicy(), resolver=resolver)
    assert resolver.calls == [(host.lower().rstrip("."), 80)]


async def test_public_name_allowed_with_all_addresses() -> None:
    addresses = await resolve_and_check(
        "public.example", 443, FetchPolicy(), resolver=TableResolver(RESOLVER_TABLE)
    )
    assert addresses == [ip("93.184.215.14"), ip("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]


async def test_numeric_host_never_resolved() -> None:
    resolver = TableResolver({})
    with pytest.raises(BlockedAddressError, match="169.254.169.254 is a link-local cloud metadata"):
        await resolve_and_check("0xa9fea9fe", 80, FetchPolicy(), resolver=resolver)
    assert resolver.calls == []


async def test_unresolvable_and_empty_names() -> None:
    with pytest.raises(FetchError, match="cannot resolve nowhere.example"):
        await resolve_and_check("nowhere.example", 80, FetchPolicy(), resolver=TableResolver(RESOLVER_TABLE))
    with pytest.raises(FetchError, match="has no address"):
        await resolve_and_check("empty.example", 80, FetchPolicy(), resolver=TableResolver(RESOLVER_TABLE))


async def test_allowed_networks_allow_only_their_range() -> None:
    policy = FetchPolicy(allowed_networks=("127.0.0.0/8",))
    resolver = TableResolver({"local.test": ["127.0.0.1"], "intranet.example": ["10.0.0.1"]})
    assert await resolve_and_check("local.test", 80, policy, resolver=resolver) == [ip("127.0.0.1")]
    assert await resolve_and_check("::ffff:127.0.0.1", 80, policy) == [ip("::ffff:127.0.0.1")]
    with pytest.raises(BlockedAddressError):
        await resolve_and_check("intranet.example", 80, policy, resolver=resolver)
    with pytest.raises(BlockedAddressError):
        await resolve_and_check("::1", 80, policy)


async def test_allow_private_networks_turns_the_check_off() -> None:
    policy = FetchPolicy(allow_private_networks=True)
    resolver = TableResolver(RESOLVER_TABLE)
    assert await resolve_and_check("intranet.example", 80, policy, resolver=resolver) == [ip("10.0.0.1")]


def test_policy_defaults_and_validation() -> None:
    policy = FetchPolicy()
    assert (policy.connect_timeout, policy.read_timeout, policy.deadline) == (5, 15, 30)
    assert (policy.max_bytes, policy.max_decompressed_bytes, policy.max_redirects) == (5 << 20, 10 << 20, 5)
    assert not policy.allow_private_networks
    assert policy.user_agent == "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)"
    with pytest.raises(ValueError):
        FetchPolicy(deadline=0)
    with pytest.raises(ValueError):
        FetchPolicy(allowed_networks=("not a network",))


def test_retry_after_parsing() -> None:
    now = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Sat, 14 Mar 2026 09:31:00 GMT", now) == 60.0
    assert parse_retry_after("Sat, 14 Mar 2026 09:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert HTTPStatusError("http://x/", 429, 5.0).retry_after == 5.0


def test_decoder_caps_bomb_output_per_call() -> None:
    bomb = zlib.compress(b"\0" * (8 << 20))
    decoder = _BodyDecoder("deflate", 1 << 20, "http://x/")
    with pytest.raises(TooLargeError, match="1048576-byte cap"):
        decoder.feed(bomb)


def test_decoder_handles_raw_deflate_and_corrupt_gzip() -> None:
    comp = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = comp.compress(b"raw deflate body") + comp.flush()
    decoder = _BodyDecoder("deflate", 1000, "http://x/")
    assert decoder.feed(raw) + decoder.flush() == b"raw deflate body"
    with pytest.raises(FetchError, match="corrupt gzip body"):
        _BodyDecoder("gzip", 1000, "http://x/").feed(b"not gzip at all")
