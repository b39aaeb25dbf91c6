"""A loopback HTTP server for tests: threaded ``http.server`` on 127.0.0.1, port 0.

Routes are set per test::

    with LoopbackHTTPServer() as server:
        server.route("/page", Route(body=b"<html>...</html>", headers={"Content-Type": "text/html"}))
        server.route("/old", Route.redirect("/page", status=301))
        url = server.url("/page")
        ...
        assert server.paths() == ["/old", "/page"]

Pass a server-side ``ssl.SSLContext`` as ``tls`` to serve HTTPS.
A route can also be a callable taking the :class:`RecordedRequest` and returning a Route.
Every request is recorded (method, path, headers) before the route runs, and each response
records whether its body was written to the end, so tests can tell that a client hung up.
Unknown paths get 404. The ``loopback_server`` fixture of
``tests/integration/conftest.py`` runs one per test.
"""

from __future__ import annotations

import gzip
import http.server
import ipaddress
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsbrief.bot.ingest.fetch import IPAddress


@dataclass(frozen=True)
class Route:
    """What the server sends for one path.

    ``body`` is bytes, or a callable returning an iterable of chunks (for bodies too big to
    hold, or written slowly). ``delay`` waits before the status line; ``trickle`` waits
    between chunks of ``chunk_size`` bytes. ``gzip`` compresses a bytes body and sets
    Content-Encoding (pass an already-compressed body with the header yourself for a bomb).
    ``send_length=False`` omits Content-Length and closes the connection after the body.
    ``etag``: answer 304 when If-None-Match matches, and send it as ETag otherwise.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Callable[[], Iterable[bytes]] = b""
    delay: float = 0.0
    trickle: float = 0.0
    chunk_size: int = 64 * 1024
    gzip: bool = False
    send_length: bool = True
    etag: str | None = None

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Route:
        return cls(status=status, headers={"Location": location})

    @classmethod
    def html(cls, html: str, *, status: int = 200, etag: str | None = None) -> Route:
        return cls(
            status=status,
            body=html.encode("utf-8"),
            headers={"Content-Type": "text/html; charset=utf-8"},
            etag=etag,
        )


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


RouteSpec = Route | Callable[[RecordedRequest], Route]


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up is what several tests do on purpose; report anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class LoopbackHTTPServer:
    """The server; use as a context manager (starts a daemon thread, stops on exit)."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, RouteSpec] = {}
        self.requests: list[RecordedRequest] = []
        self.completed: list[tuple[str, bool]] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self.scheme = "http"
        if tls is not None:  # serve HTTPS with this server-side context
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def route(self, path: str, spec: RouteSpec) -> None:
        self.routes[path] = spec

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def wait_completed(self, count: int, timeout: float = 5.0) -> list[tuple[str, bool]]:
        """Wait until ``count`` responses have finished (fully written or not)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if len(self.completed) >= count:
                    return list(self.completed)
            time.sleep(0.01)
        raise AssertionError(f"only {len(self.completed)} of {count} responses finished")

    def _record(self, req: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(req)

    def _done(self, path: str, ok: bool) -> None:
        with self._lock:
            self.completed.append((path, ok))

    def __enter__(self) -> LoopbackHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _chunks(route: Route, payload: bytes | None) -> Iterator[bytes]:
    if payload is None:
        assert callable(route.body)
        yield from route.body()
        return
    for i in range(0, len(payload), route.chunk_size):
        yield payload[i : i + route.chunk_size]


def _make_handler(server: LoopbackHTTPServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

        def do_GET(self) -> None:  # noqa: N802
            req = RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
            server._record(req)
            spec = server.routes.get(self.path.split("?", 1)[0])
            if spec is None:
                route = Route(status=404, body=b"not found")
            else:
                route = spec(req) if callable(spec) else spec
            if route.delay and server.stopping.wait(route.delay):
                return
            ok = False
            try:
                self._respond(req, route)
                ok = True
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
                self.close_connection = True
            finally:
                server._done(self.path, ok)

        def _respond(self, req: RecordedRequest, route: Route) -> None:
            if route.etag is not None and req.headers.get("if-none-match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if route.etag is not None:
                self.send_header("ETag", route.etag)
            if route.gzip:
                self.send_header("Content-Encoding", "gzip")
            payload = None
            if not callable(route.body):
                payload = gzip.compress(route.body) if route.gzip else route.body
            if route.send_length and payload is not None:
                self.send_header("Content-Length", str(len(payload)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            for chunk in _chunks(route, payload):
                if route.trickle and server.stopping.wait(route.trickle):
                    return
                self.wfile.write(chunk)
                self.wfile.flush()

    return Handler


class RecordingResolver:
    """A resolver from a fixed table that records every lookup; it never touches DNS."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = {k: [ipaddress.ip_address(a) for a in v] for k, v in table.items()}
        self.calls: list[str] = []

    async def __call__(self, host: str, port: int) -> list[IPAddress]:
        self.calls.append(host)
        if host not in self.table:
            raise OSError(f"unknown host {host}")
        return self.table[host]
