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
#: "deflate" is zlib data (RFC 9110) but some servers send raw deflate without the zlib
#: header; browsers read both, and so do we (window bits for raw deflate).
RAW_DEFLATE = -15
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


#: The response extension where the fetcher puts its --warc-out tap for the body's reader.
TAP = "presscut.tap"


class RawTap(Protocol):
    """Sees every raw chunk read (for --warc-out), and whether the body was read whole."""

    def add(self, chunk: bytes) -> None: ...

    def finish(self) -> None: ...


async def read_capped(response: httpx.Response, max_bytes: int, tap: RawTap | None = None) -> bytes:
    """The decoded body, or `too_large` as soon as it (or its announced length) exceeds the cap."""
    return b"".join([piece async for piece in iter_capped(response, max_bytes, tap)])


async def iter_capped(
    response: httpx.Response, max_bytes: int, tap: RawTap | None = None
) -> AsyncIterator[bytes]:
    """The decoded body a piece at a time (to read it streaming); `too_large` past the cap.
    ``tap`` (else the one the fetcher put in the response's extensions, `TAP`) sees every
    raw chunk, for --warc-out."""
    tap = tap or response.extensions.get(TAP)
    announced = response.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > max_bytes and not _encoded(response):
        raise _too_large(max_bytes, response.status_code)
    size = 0
    async for piece in _decoded(response, max_bytes, tap):
        size += len(piece)
        if size > max_bytes:
            raise _too_large(max_bytes, response.status_code)
        yield piece
    if tap is not None:
        tap.finish()


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
    room = max_bytes + 1
    inflater = None if encoding == "deflate" else zlib.decompressobj(ENCODINGS[encoding])
    start = b""  # deflate: the first bytes, until they say whether a zlib header is there
    try:
        async for chunk in _raw(response, tap):
            data = chunk
            if inflater is None:
                start += data
                if len(start) < 2:
                    continue
                inflater, data = zlib.decompressobj(_deflate_bits(start)), start
            while data and room > 0:
                piece = inflater.decompress(data, room)
                room -= len(piece)
                yield piece
                data = inflater.unconsumed_tail
        if inflater is None and start:
            inflater = zlib.decompressobj(RAW_DEFLATE)
            yield inflater.decompress(start, room)
        if inflater is not None and room > 0:
            yield inflater.flush()
    except zlib.error as exc:
        raise FetchError(
            "unsupported_content", f"corrupt {encoding} body: {exc}", status=response.status_code
        ) from None


def _deflate_bits(start: bytes) -> int:
    """zlib's window bits for a "deflate" body starting with ``start``: with a zlib header
    (compression method 8, header check a multiple of 31) or raw deflate."""
    method, flags = start[0], start[1]
    zlib_header = method & 0x0F == 8 and (method << 8 | flags) % 31 == 0
    return ENCODINGS["deflate"] if zlib_header else RAW_DEFLATE


def _too_large(max_bytes: int, status: int) -> FetchError:
    return FetchError("too_large", f"page larger than {max_bytes} bytes", status=status)
