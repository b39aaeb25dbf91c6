"""A loopback forward proxy for tests: asyncio, on 127.0.0.1, port 0.

It handles ``CONNECT host:port`` (a byte tunnel) and absolute-form requests
(``GET http://host:port/path``). Every request is recorded, and every accepted TCP
connection counted, before anything else happens, so a test can show that a request never
reached it.

It only ever connects to loopback: a target host is looked up in ``hosts`` (names the test
made up, each mapped to a loopback address) or taken as an IP literal, and the address is
passed to the fetcher's own classifier; anything that is not a loopback address is answered
403 without connecting. So a test that goes wrong cannot reach the outside world through it.

    async with LoopbackProxy(hosts={"news.example": "127.0.0.1"}) as proxy:
        ... FetchPolicy(proxy=proxy.url) ...
        assert proxy.requests == [("GET", "http://news.example:8080/feed")]
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsbrief.bot.ingest.fetch import classify_address, literal_address


@dataclass
class ProxiedRequest:
    method: str
    target: str  # "host:port" for CONNECT, the absolute URL otherwise
    headers: dict[str, str] = field(default_factory=dict)
    refused: bool = False


class LoopbackProxy:
    """See the module docstring. Use as an async context manager."""

    def __init__(self, hosts: dict[str, str] | None = None) -> None:
        self.hosts = {k.lower(): v for k, v in (hosts or {}).items()}
        self.log: list[ProxiedRequest] = []
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._port = 0
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def requests(self) -> list[tuple[str, str]]:
        return [(r.method, r.target) for r in self.log]

    @property
    def port(self) -> int:
        assert self._port, "not started"
        return self._port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> LoopbackProxy:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self._port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()

    def _loopback_ip(self, host: str) -> str | None:
        """The loopback address to connect to for ``host``, or None: never anything else."""
        host = host.strip("[]").lower()
        ip = literal_address(self.hosts.get(host, host))
        if ip is None or classify_address(ip) not in ("loopback address", "IPv4-mapped loopback address"):
            return None
        return str(ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if ":" in line:
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
            record = ProxiedRequest(method, target, headers)
            self.log.append(record)
            if method == "CONNECT":
                host, _, port = target.rpartition(":")
                await self._tunnel(record, host, int(port), reader, writer)
            else:
                await self._forward(record, method, target, headers, reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    async def _refuse(self, record: ProxiedRequest, writer: asyncio.StreamWriter) -> None:
        record.refused = True
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()

    async def _tunnel(
        self,
        record: ProxiedRequest,
        host: str,
        port: int,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        ip = self._loopback_ip(host)
        if ip is None:
            await self._refuse(record, writer)
            return
        up_reader, up_writer = await asyncio.open_connection(ip, port)
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await _pipe_both(reader, writer, up_reader, up_writer)

    async def _forward(
        self,
        record: ProxiedRequest,
        method: str,
        target: str,
        headers: dict[str, str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        parts = urlsplit(target)
        ip = self._loopback_ip(parts.hostname or "") if parts.scheme in ("http", "ws") else None
        if ip is None:
            await self._refuse(record, writer)
            return
        up_reader, up_writer = await asyncio.open_connection(ip, parts.port or 80)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        upgrade = "upgrade" in headers  # a WebSocket: pass the bytes both ways after the head
        out = [f"{method} {path} HTTP/1.1"]
        for k, v in headers.items():
            if k in ("proxy-authorization", "proxy-connection", "keep-alive"):
                continue
            if k == "connection" and not upgrade:
                continue
            out.append(f"{k}: {v}")
        if not upgrade:
            out.append("connection: close")  # one request per connection: each one is recorded
        up_writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1"))
        if upgrade:
            await up_writer.drain()
            await _pipe_both(reader, writer, up_reader, up_writer)
            return
        length = int(headers.get("content-length", "0") or 0)
        if length:
            up_writer.write(await reader.readexactly(length))
        await up_writer.drain()
        while chunk := await up_reader.read(65536):
            writer.write(chunk)
            await writer.drain()
        up_writer.close()


async def _pipe_both(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    up_reader: asyncio.StreamReader,
    up_writer: asyncio.StreamWriter,
) -> None:
    async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        try:
            while chunk := await src.read(65536):
                dst.write(chunk)
                await dst.drain()
        except ConnectionError:
            pass
        finally:
            with contextlib.suppress(Exception):
                dst.close()

    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
