"""Fetching URLs safely: timeouts, byte caps, conditional GET and an SSRF guard on every hop.

Every URL comes from a feed or a user, so nothing here trusts it:

* only ``http``/``https``, no credentials in the URL;
* the host of every hop (the first URL and each redirect target) is checked before a
  connection is made: numeric hosts in any spelling ``inet_aton`` accepts (``127.1``,
  ``2130706433``, ``0x7f000001``, ``0177.0.0.1``) and IPv6 literals are classified at once,
  names are resolved and refused when *any* address is not globally routable;
* DNS rebinding: the check and the connection cannot disagree, because resolution happens
  inside the connection itself. :class:`GuardedTransport` runs httpcore's connection pool
  on a network backend whose ``connect_tcp`` resolves the name, checks every address and
  then connects to one of the checked IP addresses. The request keeps the original host
  name, so the ``Host`` header, TLS SNI and certificate verification still use the name.
  This also covers connections httpcore opens on its own (pool refills) and cannot be
  skipped by a caller, unlike a pre-flight check followed by a second lookup;
* redirects are followed by hand (at most ``max_redirects``), so each target is re-checked;
* bodies are streamed and refused once they pass ``max_bytes`` on the wire or
  ``max_decompressed_bytes`` after gzip/deflate decoding (compression bombs); other content
  codings are not advertised and are refused;
* one overall deadline (``asyncio.timeout``) bounds the whole fetch, redirects included,
  besides httpx's connect and read timeouts (a server trickling one byte a second never
  trips a read timeout).

Through an HTTP(S) proxy (``FetchPolicy.proxy``), the proxy makes the connection, so the
check moves in front of it: the target's host is resolved and every address checked *before*
the request is handed to the proxy (a forbidden target never reaches the proxy). Plain
``http`` targets go as absolute-form requests, ``https`` ones through a ``CONNECT`` tunnel
with TLS verified end to end against the name. The proxy resolves the name again itself; a
name whose DNS answer changes between the two lookups is the remaining gap, which the proxy's
own rules close (corporate proxies refuse internal destinations). The proxy's own address is
not checked: it is configured by the operator and usually private. Hosts matching
``no_proxy`` are fetched directly, with the usual in-connection check.

``allow_private_networks`` turns the address check off (tests, intranet feeds);
``allowed_networks`` allows only the listed ranges (for example ``127.0.0.0/8`` for a test
server), so everything else non-global is still refused.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
import ssl
import time
import weakref
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

import httpcore
import httpx

from newsbrief.bot.errors import NewsbriefError
from newsbrief.bot.retry_policy import parse_retry_after

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[Sequence[IPAddress]]]
"""An async function ``(host, port) -> addresses``; the default uses ``loop.getaddrinfo``."""

USER_AGENT = "newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)"
DEFAULT_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
MiB = 1024 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one fetch. Times are seconds, sizes bytes.

    ``allowed_networks`` accepts CIDR strings or network objects and is normalised to
    network objects; an address inside one of them is allowed even though it is not global.
    """

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0
    max_bytes: int = 5 * MiB
    max_decompressed_bytes: int = 10 * MiB
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    allow_private_networks: bool = False
    allowed_networks: tuple[IPNetwork | str, ...] = field(default=())
    proxy: str | None = None
    no_proxy: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        nets = tuple(ipaddress.ip_network(n) for n in self.allowed_networks)
        object.__setattr__(self, "allowed_networks", nets)
        object.__setattr__(self, "no_proxy", tuple(self.no_proxy))
        if self.proxy is not None:
            split_proxy_url(self.proxy)  # raises ValueError when unusable
        for name in ("connect_timeout", "read_timeout", "deadline"):
            if getattr(self, name) <= 0:
                raise ValueError(f"FetchPolicy.{name} must be positive")
        if self.max_bytes <= 0 or self.max_decompressed_bytes <= 0 or self.max_redirects < 0:
            raise ValueError("FetchPolicy sizes must be positive and max_redirects >= 0")


# --------------------------------------------------------------------------- errors


class FetchError(NewsbriefError):
    """A fetch that failed; ``str()`` is one line naming the URL and the reason."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(url, reason)
        self.url = url
        self.reason = " ".join(str(reason).split())

    def __str__(self) -> str:
        return f"cannot fetch {self.url}: {self.reason}"


class BlockedAddressError(FetchError):
    """The URL's host is (or resolves to) an address outside what the policy allows."""


class InvalidURLError(FetchError):
    """Not an http(s) URL, no host, or credentials in the URL."""


class TooLargeError(FetchError):
    """The body passed the raw or the decompressed byte cap."""


class FetchTimeoutError(FetchError):
    """Connect/read timeout or the overall deadline."""


class TooManyRedirectsError(FetchError):
    """More redirects than ``FetchPolicy.max_redirects``."""


class HTTPStatusError(FetchError):
    """A status the fetch cannot use (4xx, 5xx, odd 3xx).

    ``retry_after`` is the server's Retry-After in seconds (from a number or an HTTP date),
    or None when absent or unparseable.
    """

    def __init__(self, url: str, status: int, retry_after: float | None = None, reason: str = "") -> None:
        super().__init__(url, reason or f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


# --------------------------------------------------------------------------- addresses

_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_BENCHMARK = ipaddress.ip_network("198.18.0.0/15")


def classify_address(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be fetched from, or None when it is globally routable.

    IPv6 forms that carry an IPv4 address (IPv4-mapped, 6to4, Teredo, NAT64) are judged by
    the address they carry, so ``::ffff:127.0.0.1`` is loopback.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            inner = classify_address(ip.ipv4_mapped)
            return f"IPv4-mapped {inner}" if inner else None
        if ip.sixtofour is not None:
            inner = classify_address(ip.sixtofour)
            if inner:
                return f"6to4 address embedding {inner}"
        if ip.teredo is not None:
            inner = classify_address(ip.teredo[1])
            if inner:
                return f"Teredo address embedding {inner}"
        if ip in _NAT64_LOCAL:
            return "local-use NAT64"
        if ip in _NAT64_WELL_KNOWN:
            inner = classify_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
            return f"NAT64 address embedding {inner}" if inner else None
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_link_local:
        if isinstance(ip, ipaddress.IPv4Address) and ip == ipaddress.IPv4Address("169.254.169.254"):
            return "link-local cloud metadata address"
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if isinstance(ip, ipaddress.IPv4Address):
        if ip in _SHARED:
            return "shared (carrier-grade NAT) address"
        if ip in _BENCHMARK:
            return "benchmarking address"
        if ip == ipaddress.IPv4Address("255.255.255.255"):
            return "broadcast address"
    elif ip.is_site_local:
        return "site-local address"
    if ip.is_reserved:
        return "reserved address"
    if ip.is_private:
        return "private network address"
    if not ip.is_global:
        return "non-global address"
    return None


def _blocked_reason(ip: IPAddress, policy: FetchPolicy) -> str | None:
    """The classifier's reason, unless the policy allows this address."""
    if policy.allow_private_networks:
        return None
    reason = classify_address(ip)
    if reason is None:
        return None
    candidates: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        candidates.append(ip.ipv4_mapped)
    for allowed in policy.allowed_networks:
        net = ipaddress.ip_network(allowed)
        if any(c.version == net.version and c in net for c in candidates):
            return None
    return reason


_NUMERIC_PART = r"(?:0[xX][0-9a-fA-F]+|[0-9]+)"
_NUMERIC_HOST = re.compile(rf"{_NUMERIC_PART}(?:\.{_NUMERIC_PART}){{0,3}}")


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """Parse ``host`` the way ``inet_aton`` does (1 to 4 parts, decimal, 0x hex or 0 octal).

    Written out rather than calling ``socket.inet_aton`` so the result does not depend on
    the C library (glibc accepts trailing garbage after a space).
    """
    if not _NUMERIC_HOST.fullmatch(host):
        return None
    values: list[int] = []
    for part in host.split("."):
        if part[:2].lower() == "0x":
            values.append(int(part[2:], 16))
        elif len(part) > 1 and part.startswith("0"):
            if not re.fullmatch(r"[0-7]+", part):
                return None
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 0xFF for v in head) or last >= 1 << (8 * (4 - len(head))):
        return None
    number = last
    for i, v in enumerate(head):
        number |= v << (8 * (3 - i))
    return ipaddress.IPv4Address(number)


def literal_address(host: str) -> IPAddress | None:
    """The IP address ``host`` spells (with or without IPv6 brackets), or None for a name."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host.endswith(".") and not host.endswith(".."):
        host = host[:-1]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    return _inet_aton(host)


class ParsedHost(NamedTuple):
    """The target of a URL: scheme, normalised host, port, and the IP when the host is numeric."""

    scheme: str
    host: str
    port: int
    ip: IPAddress | None


def parse_host(url: str) -> ParsedHost:
    """Check ``url``'s shape and return its target; raise ``InvalidURLError`` when unusable.

    Numeric hosts in every spelling ``inet_aton`` accepts are normalised to their address
    (``127.1`` and ``2130706433`` become ``127.0.0.1``), so they are classified without DNS.
    Names are lower-cased, with one trailing dot removed.
    """
    try:
        parts = urlsplit(url.strip())
        port_value = parts.port
    except ValueError as exc:
        raise InvalidURLError(url, f"malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InvalidURLError(url, f"only http and https URLs are fetched, not {scheme or 'a bare path'!r}")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise InvalidURLError(url, "URLs with credentials (user@host) are refused")
    host = (parts.hostname or "").strip()
    if not host:
        raise InvalidURLError(url, "URL has no host")
    if any(c.isspace() or c in "%\\" for c in host) and ":" not in host:
        raise InvalidURLError(url, f"invalid host {host!r}")
    port = port_value if port_value is not None else (443 if scheme == "https" else 80)
    ip = literal_address(host)
    if ip is not None:
        return ParsedHost(scheme, str(ip), port, ip)
    name = host.lower()
    if name.endswith("."):
        name = name[:-1]
    return ParsedHost(scheme, name, port, None)


async def system_resolver(host: str, port: int) -> list[IPAddress]:
    """Resolve ``host`` with the event loop's ``getaddrinfo`` (runs in a thread)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    seen: dict[IPAddress, None] = {}
    for family, _type, _proto, _canon, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6):
            seen[ipaddress.ip_address(sockaddr[0])] = None
    return list(seen)


async def resolve_and_check(
    host: str, port: int, policy: FetchPolicy, *, resolver: Resolver | None = None
) -> list[IPAddress]:
    """The addresses to connect to for ``host``, every one allowed by ``policy``.

    A numeric host is checked without calling the resolver. A name is refused with
    ``BlockedAddressError`` when ANY of its addresses is not allowed (a name that mixes a
    public and a private address is how DNS rebinding starts). Raises ``FetchError`` when
    the name does not resolve. ``host`` is used as the error's URL; ``fetch`` replaces it.
    """
    ip = literal_address(host)
    if ip is not None:
        reason = _blocked_reason(ip, policy)
        if reason:
            raise BlockedAddressError(host, f"{ip} is a {reason}")
        return [ip]
    name = host.lower().rstrip(".") if host.endswith(".") else host.lower()
    try:
        addresses = list(await (resolver or system_resolver)(name, port))
    except (OSError, UnicodeError) as exc:
        raise FetchError(host, f"cannot resolve {name} ({exc})") from None
    if not addresses:
        raise FetchError(host, f"{name} has no address")
    for addr in addresses:
        reason = _blocked_reason(addr, policy)
        if reason:
            raise BlockedAddressError(host, f"{name} resolves to {addr}, a {reason}")
    return addresses


# --------------------------------------------------------------------------- proxy


class ProxyURL(NamedTuple):
    """A proxy URL taken apart: ``url`` has no credentials; ``auth`` is ``(user, password)`` or None."""

    url: str
    scheme: str
    host: str
    port: int
    auth: tuple[str, str] | None


def split_proxy_url(proxy: str) -> ProxyURL:
    """Check an HTTP(S) proxy URL (``http://[user:password@]host[:port]``) and take it apart.

    Raises ``ValueError`` naming the problem: another scheme (SOCKS is not supported), no
    host, a path. The port defaults to 80 for ``http`` and 443 for ``https``. Credentials are
    percent-decoded.
    """
    try:
        parts = urlsplit(proxy.strip())
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"malformed proxy URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"proxy URL scheme must be http or https, not {scheme or 'missing'!r}")
    if not parts.hostname:
        raise ValueError("proxy URL has no host")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError("proxy URL must be scheme://host:port, without a path")
    port = port if port is not None else (443 if scheme == "https" else 80)
    auth = None
    if parts.username is not None:
        auth = (unquote(parts.username), unquote(parts.password or ""))
    host = parts.hostname
    netloc = f"[{host}]" if ":" in host else host
    return ProxyURL(f"{scheme}://{netloc}:{port}", scheme, host, port, auth)


def redact_proxy(proxy: str) -> str:
    """The proxy URL with any password replaced by ``***`` (for logs)."""
    try:
        parts = urlsplit(proxy)
        if parts.password is None:
            return proxy
        return proxy.replace(f":{parts.password}@", ":***@", 1)
    except ValueError:
        return "<malformed proxy URL>"


def _no_proxy_entry(entry: str) -> tuple[str, IPNetwork | None]:
    """``(name, None)`` or ``("", network)`` for one ``no_proxy`` entry; ports are ignored."""
    entry = entry.strip().lower()
    if entry.startswith("[") and "]" in entry:
        entry = entry[1 : entry.index("]")]
    elif entry.count(":") == 1 and entry.rpartition(":")[2].isdigit():
        entry = entry.rpartition(":")[0]
    try:
        return "", ipaddress.ip_network(entry, strict=False)
    except ValueError:
        pass
    return entry.removeprefix("*").removeprefix(".").rstrip("."), None


def check_no_proxy_entry(entry: str) -> None:
    """Raise ``ValueError`` when ``entry`` is neither ``*``, a host or domain, an IP nor a CIDR range."""
    if entry.strip() == "*":
        return
    name, net = _no_proxy_entry(entry)
    if net is None and not re.fullmatch(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*", name):
        raise ValueError(f"{entry!r} is not a host, domain, IP address or CIDR range")


def bypasses_proxy(host: str, no_proxy: Iterable[str]) -> bool:
    """True when ``host`` (a URL's host) matches ``no_proxy``, as curl reads ``NO_PROXY``.

    Entries: ``*`` (every host), a name (that host and its subdomains; a leading ``.`` or
    ``*.`` is the same), an IP address or a CIDR range (matched against IP-literal hosts
    only: names are not resolved for this). Ports are ignored. Case-insensitive.
    """
    host = host.strip().lower().strip("[]").rstrip(".")
    ip = literal_address(host)
    for entry in no_proxy:
        if entry.strip() == "*":
            return True
        name, net = _no_proxy_entry(entry)
        if net is not None:
            if ip is not None and ip.version == net.version and ip in net:
                return True
        elif name and (host == name or host.endswith("." + name)):
            return True
    return False


def proxy_for(url: str, proxy: str | None, no_proxy: Iterable[str] = ()) -> str | None:
    """The proxy to use for ``url``: ``proxy``, or None when unset or ``url``'s host bypasses it."""
    if not proxy:
        return None
    host = urlsplit(url).hostname or ""
    return None if bypasses_proxy(host, no_proxy) else proxy


# --------------------------------------------------------------------------- transport


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that resolves, checks, then connects to a checked IP."""

    def __init__(self, policy: FetchPolicy, resolver: Resolver | None) -> None:
        self._policy = policy
        self._resolver = resolver
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await resolve_and_check(host, port, self._policy, resolver=self._resolver)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        error: Exception | None = None
        for ip in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(ip), port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                logger.debug("connect to %s (%s) port %d failed: %s", host, ip, port, exc)
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used by the fetcher")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


_EXCEPTION_MAP: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextmanager
def _httpx_exceptions() -> Iterator[None]:
    """Re-raise httpcore's exceptions as httpx's, as httpx's own transport does."""
    try:
        yield
    except Exception as exc:
        for core_type, httpx_type in _EXCEPTION_MAP:
            if isinstance(exc, core_type):
                raise httpx_type(str(exc) or core_type.__name__) from exc
        raise


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_exceptions():
            async for chunk in self._stream:
                yield chunk

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            with _httpx_exceptions():
                await self._stream.aclose()


class GuardedTransport(httpx.AsyncBaseTransport):
    """An httpx transport whose every request goes to an address ``policy`` allows.

    Direct requests are checked inside the connection (see the module docstring). With
    ``policy.proxy`` set, requests whose host is not in ``policy.no_proxy`` go through the
    proxy, after their target has been resolved and checked here, before the proxy sees them.
    """

    def __init__(
        self,
        policy: FetchPolicy,
        resolver: Resolver | None = None,
        *,
        max_connections: int = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.policy = policy
        self._resolver = resolver
        ssl_context = ssl_context or httpx.create_ssl_context()
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            keepalive_expiry=keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=_GuardedBackend(policy, resolver),
        )
        self._proxy_pool: httpcore.AsyncHTTPProxy | None = None
        if policy.proxy is not None:
            proxy = split_proxy_url(policy.proxy)
            self._proxy_pool = httpcore.AsyncHTTPProxy(
                proxy_url=proxy.url,
                proxy_auth=proxy.auth,
                ssl_context=ssl_context,  # end to end with the target, inside the tunnel
                proxy_ssl_context=httpx.create_ssl_context() if proxy.scheme == "https" else None,
                max_connections=max_connections,
                max_keepalive_connections=max_keepalive_connections,
                keepalive_expiry=keepalive_expiry,
                http1=True,
                http2=False,
                network_backend=httpcore.AnyIOBackend(),  # the proxy itself is not SSRF-checked
            )

    async def _check_proxied_target(self, host: str, port: int) -> None:
        """Resolve and check the target before the proxy sees the request (raises ``FetchError``)."""
        try:
            async with asyncio.timeout(self.policy.connect_timeout):
                await resolve_and_check(host, port, self.policy, resolver=self._resolver)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"resolving {host} timed out") from None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        pool: httpcore.AsyncConnectionPool | httpcore.AsyncHTTPProxy = self._pool
        host = request.url.host
        if self._proxy_pool is not None and not bypasses_proxy(host, self.policy.no_proxy):
            port = request.url.port or (443 if request.url.scheme == "https" else 80)
            await self._check_proxied_target(host, port)
            pool = self._proxy_pool
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_exceptions():
            core_response = await pool.handle_async_request(core_request)
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_ResponseStream(core_response.stream),
            extensions=core_response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()
        if self._proxy_pool is not None:
            await self._proxy_pool.aclose()


_CLIENT_POLICIES: weakref.WeakKeyDictionary[httpx.AsyncClient, FetchPolicy] = weakref.WeakKeyDictionary()


def make_client(
    policy: FetchPolicy,
    *,
    resolver: Resolver | None = None,
    max_connections: int = 100,
    ssl_context: ssl.SSLContext | None = None,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` for :func:`fetch` that pools connections across fetches.

    Only clients made here are accepted by ``fetch`` (the address guard lives in their
    transport). ``resolver`` replaces DNS, for tests; ``ssl_context`` replaces httpx's
    default (certifi) verification, e.g. to trust a test CA. Close with ``await client.aclose()``.
    """
    client = httpx.AsyncClient(
        transport=GuardedTransport(
            policy, resolver, max_connections=max_connections, ssl_context=ssl_context
        ),
        timeout=_timeouts(policy),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": policy.user_agent},
    )
    _CLIENT_POLICIES[client] = policy
    return client


def _timeouts(policy: FetchPolicy) -> httpx.Timeout:
    return httpx.Timeout(
        connect=policy.connect_timeout,
        read=policy.read_timeout,
        write=policy.read_timeout,
        pool=policy.connect_timeout,
    )


# --------------------------------------------------------------------------- body


class _BodyDecoder:
    """Content-Encoding decoder that refuses output beyond ``limit`` bytes.

    ``zlib``'s ``max_length`` bounds each call, so a compression bomb never expands in
    memory past the cap.
    """

    def __init__(self, encoding: str | None, limit: int, url: str) -> None:
        self._url = url
        self._limit = limit
        self._total = 0
        enc = (encoding or "identity").strip().lower()
        self._encoding = enc
        self._z: Any = None
        if enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj()
            self._raw_deflate_tried = False
        elif enc not in ("identity", ""):
            raise FetchError(url, f"unsupported Content-Encoding {enc!r}")

    def _count(self, data: bytes) -> bytes:
        self._total += len(data)
        if self._total > self._limit:
            raise TooLargeError(self._url, f"decompressed body exceeds the {self._limit}-byte cap")
        return data

    def feed(self, data: bytes) -> bytes:
        if self._z is None:
            return self._count(data)
        try:
            out = self._z.decompress(data, self._limit - self._total + 1)
        except zlib.error as exc:
            if self._encoding == "deflate" and not self._raw_deflate_tried and self._total == 0:
                # Some servers send raw deflate (no zlib header) under "deflate".
                self._raw_deflate_tried = True
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data)
            raise FetchError(self._url, f"corrupt {self._encoding} body ({exc})") from None
        return self._count(out)

    def flush(self) -> bytes:
        if self._z is None:
            return b""
        try:
            return self._count(self._z.flush())
        except zlib.error as exc:
            raise FetchError(self._url, f"corrupt {self._encoding} body ({exc})") from None


async def _read_body(response: httpx.Response, url: str, policy: FetchPolicy) -> bytes:
    length = response.headers.get("content-length", "").strip()
    if length.isdigit() and int(length) > policy.max_bytes:
        raise TooLargeError(url, f"Content-Length {length} exceeds the {policy.max_bytes}-byte cap")
    decoder = _BodyDecoder(response.headers.get("content-encoding"), policy.max_decompressed_bytes, url)
    raw = 0
    parts: list[bytes] = []
    async for chunk in response.aiter_raw():
        raw += len(chunk)
        if raw > policy.max_bytes:
            raise TooLargeError(url, f"body exceeds the {policy.max_bytes}-byte cap")
        parts.append(decoder.feed(chunk))
    parts.append(decoder.flush())
    return b"".join(parts)


# --------------------------------------------------------------------------- fetch


@dataclass(frozen=True)
class FetchResult:
    """A usable response. ``headers`` keys are lower case (repeated headers joined by ", ").

    ``permanent_redirect_url`` is the target of the last 301/308 in an unbroken run of
    permanent redirects from the requested URL (what a feed's stored URL should become);
    None when the first hop was not a permanent redirect. ``not_modified`` responses (304)
    have an empty body and carry the validators we sent unless the server sent new ones.
    """

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    permanent_redirect_url: str | None = None
    not_modified: bool = False
    elapsed: float = 0.0
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        """Media type without parameters, lower case ("" when absent)."""
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset parameter of Content-Type, if any."""
        match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", self.headers.get("content-type", ""), re.I)
        return match.group(1).lower() if match else None


def _header_dict(headers: httpx.Headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in headers.multi_items():
        k = key.lower()
        out[k] = f"{out[k]}, {value}" if k in out else value
    return out


async def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.AsyncClient | None = None,
    accept: str = DEFAULT_ACCEPT,
    resolver: Resolver | None = None,
) -> FetchResult:
    """GET ``url`` under ``policy``, following up to ``max_redirects`` redirects by hand.

    ``etag``/``last_modified`` make it a conditional GET (304 -> ``not_modified``). Pass a
    ``client`` from :func:`make_client` (same policy) to reuse connections; without one a
    client is made and closed for this call (``resolver`` then replaces DNS, for tests).
    Raises a ``FetchError`` subclass for every failure; never returns an error status.
    """
    policy = policy or FetchPolicy()
    own_client = client is None
    if client is None:
        client = make_client(policy, resolver=resolver, max_connections=4)
    else:
        if resolver is not None:
            raise ValueError("pass the resolver to make_client, not to fetch, when giving a client")
        if _CLIENT_POLICIES.get(client) != policy:
            raise ValueError("fetch needs a client from make_client() built with the same policy")
    started = time.monotonic()
    try:
        async with asyncio.timeout(policy.deadline):
            result = await _follow(client, url, policy, etag, last_modified, accept, started)
        logger.info(
            "fetched %s -> %d (%d bytes) in %.2fs", url, result.status, len(result.body), result.elapsed
        )
        return result
    except FetchError as exc:
        if exc.url != url:
            exc.reason = f"{exc.reason} (at {exc.url})"
            exc.url = url
        logger.info("fetch refused or failed: %s", exc)
        raise
    except TimeoutError:
        raise FetchTimeoutError(
            url, f"no complete response within the {policy.deadline:g}s deadline"
        ) from None
    except httpx.TimeoutException as exc:
        kind = type(exc).__name__.replace("Timeout", " timeout").strip().lower()
        raise FetchTimeoutError(url, f"{kind} ({exc})") from None
    except httpx.HTTPError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from None
    except httpx.InvalidURL as exc:
        raise InvalidURLError(url, f"invalid URL ({exc})") from None
    finally:
        if own_client:
            await client.aclose()


async def _follow(
    client: httpx.AsyncClient,
    url: str,
    policy: FetchPolicy,
    etag: str | None,
    last_modified: str | None,
    accept: str,
    started: float,
) -> FetchResult:
    headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate", "User-Agent": policy.user_agent}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    hops: list[str] = []
    permanent_url: str | None = None
    permanent_run = True
    while True:
        target = parse_host(current)
        if target.ip is not None:
            reason = _blocked_reason(target.ip, policy)
            if reason:
                raise BlockedAddressError(current, f"{target.ip} is a {reason}")
        request = client.build_request("GET", current, headers=headers, timeout=_timeouts(policy))
        try:
            response = await client.send(request, stream=True, follow_redirects=False)
        except FetchError as exc:  # from the transport's resolver check, labelled with the host
            exc.url = current
            raise
        try:
            status = response.status_code
            if status in REDIRECT_STATUSES:
                location = response.headers.get("location", "").strip()
                if not location:
                    raise HTTPStatusError(current, status, reason=f"HTTP {status} redirect without Location")
                next_url = str(response.url.join(location))
                if len(hops) >= policy.max_redirects:
                    raise TooManyRedirectsError(current, f"more than {policy.max_redirects} redirects")
                if permanent_run and status in PERMANENT_REDIRECT_STATUSES:
                    permanent_url = next_url
                else:
                    permanent_run = False
                logger.debug("redirect %d %s -> %s", status, current, next_url)
                hops.append(next_url)
                current = next_url
                continue
            got_etag = response.headers.get("etag")
            got_modified = response.headers.get("last-modified")
            common: dict[str, Any] = {
                "url": url,
                "final_url": str(response.url),
                "status": status,
                "headers": _header_dict(response.headers),
                "permanent_redirect_url": permanent_url,
                "redirects": tuple(hops),
            }
            if status == 304:
                return FetchResult(
                    body=b"",
                    etag=got_etag or etag,
                    last_modified=got_modified or last_modified,
                    not_modified=True,
                    elapsed=time.monotonic() - started,
                    **common,
                )
            if not 200 <= status < 300:
                retry = parse_retry_after(response.headers.get("retry-after"))
                raise HTTPStatusError(current, status, retry)
            body = await _read_body(response, current, policy)
            return FetchResult(
                body=body,
                etag=got_etag,
                last_modified=got_modified,
                elapsed=time.monotonic() - started,
                **common,
            )
        finally:
            await response.aclose()


def fetch_sync(url: str, policy: FetchPolicy | None = None, **kwargs: Any) -> FetchResult:
    """:func:`fetch` for synchronous callers (the CLI); must not run inside an event loop."""
    return asyncio.run(fetch(url, policy, **kwargs))
