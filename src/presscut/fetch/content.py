"""What a response holds: media type, charset hint, and its body read under a size cap.

The body is decompressed here rather than by httpx, a piece at a time with a bounded output,
so that a gzip bomb stops at the cap instead of filling memory.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator
from email.message import Message
from typing import Protocol

import httpx

from presscut.fetch.errors import FetchError

#: Media types that presscut extracts; anything else is `unsupported_content`.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

#: Content-Encoding values we ask for and can undo (zlib window bits per encoding).
ENCODINGS = {"gzip": 31, "x-gzip": 31, "deflate": 15}
ACCEPT_ENCODING = "gzip, deflate"
IDENTITY = frozenset({"", "identity"})


def media_type(response: httpx.Response) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) from Content-Type."""
    header = response.headers.get("content-type", "")
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    kind = message.get_content_type() if header else ""
    return kind.lower(), str(charset).strip() if isinstance(charset, str) and charset else None


def check_html(response: httpx.Response) -> str | None:
    """The declared charset of an HTML response; `unsupported_content` for other types.

    A response without any Content-Type is given the benefit of the doubt.
    """
    kind, charset = media_type(response)
    if kind and kind not in HTML_TYPES:
        raise FetchError(
            "unsupported_content",
            f"not an HTML page (Content-Type: {kind})",
            status=response.status_code,
        )
    return charset


class RawTap(Protocol):
    """Sees every raw chunk read (for --warc-out), and whether the body was read whole."""

    def add(self, chunk: bytes) -> None: ...

    def finish(self) -> None: ...


async def read_capped(response: httpx.Response, max_bytes: int, tap: RawTap | None = None) -> bytes:
    """The decoded body, or `too_large` as soon as it (or its announced length) exceeds the cap."""
    announced = response.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > max_bytes and not _encoded(response):
        raise _too_large(max_bytes, response.status_code)
    parts: list[bytes] = []
    size = 0
    async for piece in _decoded(response, max_bytes, tap):
        size += len(piece)
        if size > max_bytes:
            raise _too_large(max_bytes, response.status_code)
        parts.append(piece)
    if tap is not None:
        tap.finish()
    return b"".join(parts)


def _encoded(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "").strip().lower() not in IDENTITY


async def _raw(response: httpx.Response, tap: RawTap | None) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_raw():
        if tap is not None:
            tap.add(chunk)
        yield chunk


async def _decoded(
    response: httpx.Response, max_bytes: int, tap: RawTap | None = None
) -> AsyncIterator[bytes]:
    """Raw chunks undone from their Content-Encoding; never yields more than max_bytes + 1."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in IDENTITY:
        async for chunk in _raw(response, tap):
            yield chunk
        return
    if encoding not in ENCODINGS:
        raise FetchError(
            "unsupported_content",
            f"unsupported Content-Encoding: {encoding}",
            status=response.status_code,
        )
    inflater = zlib.decompressobj(ENCODINGS[encoding])
    room = max_bytes + 1
    try:
        async for chunk in _raw(response, tap):
            data = chunk
            while data and room > 0:
                piece = inflater.decompress(data, room)
                room -= len(piece)
                yield piece
                data = inflater.unconsumed_tail
        if room > 0:
            yield inflater.flush()
    except zlib.error as exc:
        raise FetchError(
            "unsupported_content", f"corrupt {encoding} body: {exc}", status=response.status_code
        ) from None


def _too_large(max_bytes: int, status: int) -> FetchError:
    return FetchError("too_large", f"page larger than {max_bytes} bytes", status=status)
