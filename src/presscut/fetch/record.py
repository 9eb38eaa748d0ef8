"""`--warc-out`: every HTTP exchange of the fetcher archived as it happens (presscut.warc).

The fetcher hands each response to `Recorder.tap` before reading it; the tap keeps the raw
bytes as they are read (`fetch.content.read_capped`). When the response is done with, the
exchange is written: the body read whole, or the rest of it read now when the fetcher had
no use for it (a redirect, a 404, a PDF), up to the size cap. A body cut short (too large,
connection lost, deadline) is written as far as it came, marked WARC-Truncated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import httpx

from presscut.warc.write import Exchange, WarcWriter, exchange_bytes

TRUNCATED_LENGTH = "length"
TRUNCATED_DISCONNECT = "disconnect"
TRUNCATED_OTHER = "unspecified"


class ArchiveTap:
    """The raw body of one response, as far as it has been read."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.date = datetime.now(timezone.utc)
        self.chunks: list[bytes] = []
        self.size = 0
        self.started = False
        self.whole = False
        self.interrupted = False

    def add(self, chunk: bytes) -> None:
        self.started = True
        self.chunks.append(chunk)
        self.size += len(chunk)

    def finish(self) -> None:
        self.whole = True


class Recorder:
    """Writes the exchanges of one fetcher to one WARC file, or hands their records (whole
    gzip members) to `send` (a cluster worker sends them to the run's one writer)."""

    def __init__(self, path: str | None, send: Callable[[bytes], None] | None = None) -> None:
        self.writer = WarcWriter(path) if send is None and path else None
        self.send = send if send is not None else self._write

    def tap(self, response: httpx.Response) -> ArchiveTap:
        return ArchiveTap(response)

    async def record(self, tap: ArchiveTap, max_bytes: int) -> None:
        truncated = None
        if not tap.started and not tap.interrupted:
            truncated = await _read_rest(tap, max_bytes)
        elif not tap.whole:
            truncated = TRUNCATED_OTHER if tap.interrupted else TRUNCATED_LENGTH
        self.send(exchange_bytes(_exchange(tap, truncated)))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()

    def _write(self, data: bytes) -> None:
        assert self.writer is not None
        self.writer.append(data)


async def _read_rest(tap: ArchiveTap, max_bytes: int) -> str | None:
    """Read a body the fetcher left unread, up to `max_bytes`; the truncation, if any."""
    try:
        async for chunk in tap.response.aiter_raw():
            tap.add(chunk)
            if tap.size > max_bytes:
                return TRUNCATED_LENGTH
    except httpx.HTTPError:
        return TRUNCATED_DISCONNECT
    except httpx.StreamConsumed:
        return TRUNCATED_OTHER
    tap.finish()
    return None


def _exchange(tap: ArchiveTap, truncated: str | None) -> Exchange:
    response = tap.response
    request = response.request
    return Exchange(
        url=str(request.url),
        method=request.method,
        target=request.url.raw_path.decode("ascii", "replace"),
        request_headers=[(k, v) for k, v in request.headers.multi_items()],
        http_version=response.http_version or "HTTP/1.1",
        status=response.status_code,
        reason=response.reason_phrase,
        response_headers=[(k, v) for k, v in response.headers.multi_items()],
        body=b"".join(tap.chunks),
        date=tap.date,
        ip=_peer_address(response),
        truncated=truncated,
    )


def _peer_address(response: httpx.Response) -> str | None:
    stream = response.extensions.get("network_stream")
    if stream is None:
        return None
    try:
        address = stream.get_extra_info("server_addr")
    except Exception:
        return None
    return str(address[0]) if address else None
