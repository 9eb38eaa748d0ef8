"""Writing a WARC file as a run goes: a request and a response record per HTTP exchange.

Each exchange is written with one `write` of whole gzip members, appended to the file, so
that a run killed at any moment leaves an archive valid up to its last whole record. The
response record holds the body as it came over the wire (Content-Encoding kept; chunked
transfer coding undone, so Transfer-Encoding is replaced by the Content-Length it gives).
"""

from __future__ import annotations

import io
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

Headers = list[tuple[str, str]]
DROPPED_HEADERS = frozenset({"transfer-encoding"})


@dataclass
class Exchange:
    """One HTTP request and its response, as plain data."""

    url: str
    method: str
    target: str
    request_headers: Headers
    http_version: str
    status: int
    reason: str
    response_headers: Headers
    body: bytes
    date: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    ip: str | None = None
    #: The body is not whole (too large, connection lost): WARC-Truncated says so.
    truncated: str | None = None


class WarcWriter:
    """Appends exchanges to a `.warc.gz` file (gzip per record); safe across threads."""

    def __init__(self, path: str | Path, software: str = "presscut") -> None:
        self.path = Path(path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._lock = threading.Lock()
        if os.fstat(self._fd).st_size == 0:
            self._write_info(software)

    def write(self, exchange: Exchange) -> None:
        self.append(exchange_bytes(exchange))

    def append(self, data: bytes) -> None:
        """Append whole gzip members (`exchange_bytes`, made in another process, say)."""
        self._append(data)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None  # type: ignore[assignment]

    def _write_info(self, software: str) -> None:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=True)
        record = writer.create_warcinfo_record(self.path.name, {"software": software})
        writer.write_record(record)
        self._append(buffer.getvalue())

    def _append(self, data: bytes) -> None:
        with self._lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]


def exchange_bytes(exchange: Exchange) -> bytes:
    """The request and response records of one exchange, one gzip member each."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    date = _warc_date(exchange.date)
    request = _request_record(writer, exchange, date)
    response = _response_record(writer, exchange, date)
    response.rec_headers.add_header("WARC-Concurrent-To", request.rec_headers["WARC-Record-ID"])
    writer.write_record(request)
    writer.write_record(response)
    return buffer.getvalue()


def _warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _request_record(writer: WARCWriter, exchange: Exchange, date: str) -> ArcWarcRecord:
    line = f"{exchange.method} {exchange.target} {exchange.http_version}"
    headers = StatusAndHeaders(line, list(exchange.request_headers), is_http_request=True)
    warc_headers = {"WARC-Date": date, **_ip(exchange)}
    return writer.create_warc_record(
        exchange.url,
        "request",
        payload=io.BytesIO(b""),
        http_headers=headers,
        warc_headers_dict=warc_headers,
    )


def _response_record(writer: WARCWriter, exchange: Exchange, date: str) -> ArcWarcRecord:
    headers = [(k, v) for k, v in exchange.response_headers if k.lower() not in DROPPED_HEADERS]
    if len(headers) != len(exchange.response_headers):
        headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(exchange.body))))
    status = f"{exchange.status} {exchange.reason}".strip()
    http = StatusAndHeaders(status, headers, protocol=exchange.http_version)
    warc_headers = {"WARC-Date": date, **_ip(exchange)}
    if exchange.truncated:
        warc_headers["WARC-Truncated"] = exchange.truncated
    return writer.create_warc_record(
        exchange.url,
        "response",
        payload=io.BytesIO(exchange.body),
        length=None,
        http_headers=http,
        warc_headers_dict=warc_headers,
    )


def _ip(exchange: Exchange) -> dict[str, str]:
    return {"WARC-IP-Address": exchange.ip} if exchange.ip else {}
