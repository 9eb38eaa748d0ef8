"""A real HTTP/1.1 server on 127.0.0.1 with good pages and every kind of bad response.

One `SiteCluster` listens on several ephemeral ports (each port plays one "host"); all ports
share the same routes and the same request log. Used by the integration tests (as a pytest
fixture) and by the batch benchmark (bench/server.py runs it in its own process).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .pages import article_page, cp1252_page, latin1_page

HOST = "127.0.0.1"
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"
HTML = "text/html"
HTML_UTF8 = "text/html; charset=utf-8"

BOMB_UNCOMPRESSED = 200 * 1024 * 1024  # 200 MB of zeros, about 200 KB once gzipped
HUGE_BYTES = 60 * 1024 * 1024  # the 60 MB page
CHUNK = 64 * 1024
DRIP_LENGTH = 10_000  # announced length of the dripping body: 1 byte a second forever
RANDOM_BYTES = 20_000
RETRY_AFTER_SECONDS = "1"
SLOW_SECONDS = 0.25  # /slow/...: a page that takes a while, for the kill -9 test
HANG_LIMIT_SECONDS = 120.0  # bound on how long a hanging or dripping handler lives
#: Slow pages (SLOW_SECONDS each) whose concurrency and start times are recorded.
WATCHED_PREFIX = "/slow/"
#: 790 KB of one-letter paragraphs, just under the tag cap (page/limits.py MAX_TAGS, so it is
#: parsed): seconds of extraction, far over a page time limit of a second or two.
HOSTILE_PAGE = b"<html><body>" + b"<p>a</p>" * 99_000 + b"</body></html>"


class SiteCluster:
    """Several ThreadingHTTPServers on 127.0.0.1, one thread each, sharing state."""

    def __init__(self, ports: int = 3, latency: float = 0.0) -> None:
        self.latency = latency
        self.stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        #: Paths under /fail/ that answer 404 while listed here (for --retry-failed).
        self.failing: set[str] = set()
        #: User-Agent header of the last request for each path.
        self.agents: dict[str, str] = {}
        #: For paths under `WATCHED_PREFIX`, per port: start times, requests in flight, peak.
        self.starts: dict[int, list[float]] = defaultdict(list)
        self.in_flight: Counter[int] = Counter()
        self.peak_in_flight: Counter[int] = Counter()
        self._lock = threading.Lock()
        self._servers = [_make_server(self) for _ in range(ports)]
        self._threads = [
            threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
            for s in self._servers
        ]

    @property
    def bases(self) -> list[str]:
        """`http://127.0.0.1:PORT` of every port, in order."""
        return [f"http://{HOST}:{s.server_address[1]}" for s in self._servers]

    def url(self, path: str, host: int = 0) -> str:
        return self.bases[host % len(self.bases)] + path

    def record(self, path: str, agent: str) -> int:
        """Count one request for `path`; return how many there have been, this one included."""
        with self._lock:
            self.hits[path] += 1
            self.agents[path] = agent
            return self.hits[path]

    def reset_watch(self) -> None:
        """Forget the start times and peaks of watched paths (before a test that reads them)."""
        with self._lock:
            self.starts.clear()
            self.peak_in_flight.clear()

    @contextlib.contextmanager
    def watching(self, port: int, path: str) -> Iterator[None]:
        """Track start time and concurrency of a request to a watched path."""
        if not path.startswith(WATCHED_PREFIX):
            yield
            return
        with self._lock:
            self.starts[port].append(time.monotonic())
            self.in_flight[port] += 1
            self.peak_in_flight[port] = max(self.peak_in_flight[port], self.in_flight[port])
        try:
            yield
        finally:
            with self._lock:
                self.in_flight[port] -= 1

    def start(self) -> SiteCluster:
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> SiteCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    cluster: SiteCluster

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (too_large, timeouts) are expected: stay quiet."""


def _make_server(cluster: SiteCluster) -> _Server:
    server = _Server((HOST, 0), Handler)
    server.cluster = cluster
    return server


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the tests read `SiteCluster.hits` instead."""

    def do_GET(self) -> None:
        cluster = self.server.cluster
        path = self.path.split("?", 1)[0]
        count = cluster.record(path, self.headers.get("User-Agent", ""))
        # Counted in flight until just before answering: the client cannot see the answer,
        # free its slot and start another request while this one still counts.
        with cluster.watching(self.server.server_address[1], path):
            if cluster.latency:
                time.sleep(cluster.latency)
            if path.startswith(WATCHED_PREFIX):
                self.wait(SLOW_SECONDS)
        route = _find_route(path)
        if route is None:
            self.send_body(b"<html><body><h1>Not found</h1></body></html>", HTML, status=404)
            return
        route(self, path, count)

    def send_body(
        self,
        body: bytes,
        content_type: str,
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_body(b"", HTML, status=302, headers={"Location": location})

    def wait(self, seconds: float) -> bool:
        """Sleep unless the cluster stops; True when the cluster is stopping."""
        return self.server.cluster.stopping.wait(seconds)


# --- routes -----------------------------------------------------------------------------


def _article(handler: Handler, path: str, count: int) -> None:
    digits = "".join(c for c in path.rsplit("/", 1)[-1] if c.isdigit())
    number = int(digits or 0)
    handler.send_body(article_page(number).html.encode("utf-8"), HTML_UTF8)


def _robots(handler: Handler, path: str, count: int) -> None:
    handler.send_body(ROBOTS_TXT, "text/plain")


def _hang(handler: Handler, path: str, count: int) -> None:
    handler.wait(HANG_LIMIT_SECONDS)


def _drip(handler: Handler, path: str, count: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", HTML_UTF8)
    handler.send_header("Content-Length", str(DRIP_LENGTH))
    handler.end_headers()
    deadline = time.monotonic() + HANG_LIMIT_SECONDS
    while time.monotonic() < deadline and not handler.wait(1.0):
        handler.wfile.write(b" ")
        handler.wfile.flush()


def _too_many_requests(handler: Handler, path: str, count: int) -> None:
    if count == 1:
        headers = {"Retry-After": RETRY_AFTER_SECONDS}
        handler.send_body(b"slow down", "text/plain", status=429, headers=headers)
    else:
        _article(handler, "/article/7", count)


def _server_error(handler: Handler, path: str, count: int) -> None:
    if count == 1:
        handler.send_body(b"<html><body>Internal error</body></html>", HTML, status=500)
    else:
        _article(handler, "/article/8", count)


def _fail_while_listed(handler: Handler, path: str, count: int) -> None:
    if path in handler.server.cluster.failing:
        handler.send_body(b"<html><body>gone for now</body></html>", HTML, status=404)
    else:
        _article(handler, "/article/9", count)


def _loop(handler: Handler, path: str, count: int) -> None:
    handler.redirect("/loop/b" if path.endswith("/a") else "/loop/a")


def _to_file(handler: Handler, path: str, count: int) -> None:
    handler.redirect("file:///etc/passwd")


def _gzip_bomb(handler: Handler, path: str, count: int) -> None:
    headers = {"Content-Encoding": "gzip"}
    handler.send_body(gzip_bomb(), HTML_UTF8, headers=headers)


def _huge(handler: Handler, path: str, count: int) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", HTML_UTF8)
    handler.send_header("Content-Length", str(HUGE_BYTES))
    handler.end_headers()
    for chunk in _huge_chunks():
        handler.wfile.write(chunk)


def _huge_chunked(handler: Handler, path: str, count: int) -> None:
    """The same 60 MB, chunked: no Content-Length to reject it up front."""
    handler.send_response(200)
    handler.send_header("Content-Type", HTML_UTF8)
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    for chunk in _huge_chunks():
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    handler.wfile.write(b"0\r\n\r\n")


def _pdf(handler: Handler, path: str, count: int) -> None:
    body = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    handler.send_body(body, "application/pdf")


def _latin1(handler: Handler, path: str, count: int) -> None:
    handler.send_body(latin1_page()[1], HTML)


def _cp1252(handler: Handler, path: str, count: int) -> None:
    handler.send_body(cp1252_page()[1], HTML)


def _utf8_said_latin1(handler: Handler, path: str, count: int) -> None:
    """A UTF-8 page under a server's default "charset=ISO-8859-1" header."""
    handler.send_body(cp1252_page()[0].html.encode("utf-8"), "text/html; charset=ISO-8859-1")


def _latin1_said_utf8(handler: Handler, path: str, count: int) -> None:
    """An ISO-8859-1 page under a "charset=utf-8" header."""
    handler.send_body(latin1_page()[1], HTML_UTF8)


def _hostile(handler: Handler, path: str, count: int) -> None:
    handler.send_body(HOSTILE_PAGE, HTML_UTF8)


def _empty(handler: Handler, path: str, count: int) -> None:
    handler.send_body(b"", HTML_UTF8)


def _random(handler: Handler, path: str, count: int) -> None:
    handler.send_body(random.Random(1234).randbytes(RANDOM_BYTES), HTML)


def _cut_short(handler: Handler, path: str, count: int) -> None:
    """An article page whose Content-Length is honest but whose body stops halfway."""
    body = article_page(1).html.encode("utf-8")
    handler.send_response(200)
    handler.send_header("Content-Type", HTML_UTF8)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body[: len(body) // 2])
    handler.wfile.flush()
    handler.close_connection = True
    with contextlib.suppress(OSError):
        handler.connection.shutdown(socket.SHUT_RDWR)


def _reset(handler: Handler, path: str, count: int) -> None:
    """Read the request, then close with SO_LINGER 0: the client gets a TCP RST."""
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.close_connection = True
    with contextlib.suppress(OSError):
        handler.connection.close()


Route = Callable[[Handler, str, int], None]

#: Path prefix -> route. The first matching prefix wins (longest listed first).
ROUTES: tuple[tuple[str, Route], ...] = (
    ("/robots.txt", _robots),
    ("/article/", _article),
    ("/private/", _article),
    ("/slow/", _article),  # after SLOW_SECONDS, see Handler.do_GET
    ("/hang", _hang),
    ("/drip", _drip),
    ("/status429/", _too_many_requests),
    ("/status500/", _server_error),
    ("/fail/", _fail_while_listed),
    ("/loop/", _loop),
    ("/to-file", _to_file),
    ("/bomb", _gzip_bomb),
    ("/huge-chunked", _huge_chunked),
    ("/huge", _huge),
    ("/doc.pdf", _pdf),
    ("/latin1", _latin1),
    ("/cp1252", _cp1252),
    ("/mislabelled/utf8-as-latin1", _utf8_said_latin1),
    ("/mislabelled/latin1-as-utf8", _latin1_said_utf8),
    ("/empty", _empty),
    ("/hostile", _hostile),
    ("/random", _random),
    ("/reset", _reset),
    ("/cut-short", _cut_short),
)


def _find_route(path: str) -> Route | None:
    return next((route for prefix, route in ROUTES if path.startswith(prefix)), None)


@cache
def gzip_bomb() -> bytes:
    """200 MB of zeros gzipped, built 1 MB at a time (the result is about 200 KB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    parts = [compressor.compress(zeros) for _ in range(BOMB_UNCOMPRESSED // len(zeros))]
    parts.append(compressor.flush())
    return b"".join(parts)


def _huge_chunks() -> Iterator[bytes]:
    """60 MB of HTML in 64 KB pieces, never held in memory at once."""
    head = b"<!DOCTYPE html><html><head><title>Huge</title></head><body><h1>Huge</h1>"
    filler = (b"<p>" + b"lorem ipsum dolor sit amet " * 40 + b"</p>\n") * 60
    filler = filler[:CHUNK]
    yield head
    sent = len(head)
    while sent < HUGE_BYTES:
        piece = filler[: min(len(filler), HUGE_BYTES - sent)]
        yield piece
        sent += len(piece)
