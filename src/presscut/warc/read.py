"""Reading a WARC file: the HTML responses as plain data, every other record by its kind.

A record cut short (a truncated file) or an archive that stops making sense (corrupt bytes)
ends the reading with `DamagedArchive`, after every whole record before the damage.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from presscut.warc.ranges import RangeReader

#: Media types extracted (as the fetcher's); other responses are counted, not written.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = range(300, 400)
DRAIN_BYTES = 1 << 16
READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error)


class DamagedArchive(Exception):
    """A WARC file that cannot be read on: truncated or corrupt at some point."""


@dataclass
class HtmlResponse:
    """An HTTP response record holding HTML (or not saying what it holds)."""

    url: str
    status: int
    charset: str | None
    body: bytes
    #: The HTTP status line after the version ("404 Not Found").
    status_line: str = ""
    #: The body is longer than the size cap: `body` holds its first bytes only.
    too_large: bool = False
    #: Why the body could not be read (a corrupt gzip body, say), or None.
    error: str | None = None
    #: The record's WARC-Date: when the page was fetched (the record's `fetched_at`).
    date: str | None = None


@dataclass
class Skipped:
    """A record not extracted: `kind` is "request", "revisit", "non-HTML response" ..."""

    kind: str


Item = HtmlResponse | Skipped


def read_archive(
    path: str | Path, max_bytes: int, start: int = 0, end: int | None = None
) -> Iterator[Item]:
    """Every record of the file (or of its bytes from `start` to `end`, a range that starts
    at a record, see `presscut.warc.ranges`) in order; `DamagedArchive` where it stops
    making sense."""
    number = 0
    with open(path, "rb") as stream:
        records = ArchiveIterator(RangeReader(stream, start, end))
        try:
            for record in records:
                number += 1
                item = _item(record, max_bytes)
                _check_whole(record, path, number)
                yield item
        except READ_ERRORS as exc:
            where = f"after record {number}" if number else "at its start"
            where += f" of the part from byte {start}" if start or end is not None else ""
            raise DamagedArchive(f"{path}: unreadable {where}: {_short(exc)}") from None


def _item(record: Any, max_bytes: int) -> Item:
    kind = record.rec_type
    if kind != "response" or record.http_headers is None:
        return Skipped(kind if kind != "response" else "non-HTTP response")
    status = int(record.http_headers.get_statuscode() or 0)
    line = str(record.http_headers.statusline or status).strip()
    media, charset = _media_type(record.http_headers.get_header("content-type"))
    if status in REDIRECT_STATUSES:
        return Skipped("redirect")
    if media and media not in HTML_TYPES:
        return Skipped("non-HTML response")
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    if not url:
        return Skipped("response without WARC-Target-URI")
    date = record.rec_headers.get_header("WARC-Date") or None
    try:
        body = record.content_stream().read(max_bytes + 1)
    except READ_ERRORS as exc:  # one bad body, not a bad archive: the reading goes on
        error = f"unreadable body: {_short(exc)}"
        return HtmlResponse(url, status, charset, b"", line, error=error, date=date)
    cut = len(body) > max_bytes
    return HtmlResponse(url, status, charset, body[:max_bytes], line, cut, date=date)


def _check_whole(record: Any, path: str | Path, number: int) -> None:
    """Read the rest of the record; one shorter than its Content-Length is cut short."""
    raw = record.raw_stream
    while raw.read(DRAIN_BYTES):
        pass
    if raw.limit > 0:
        uri = record.rec_headers.get_header("WARC-Target-URI") or "?"
        raise DamagedArchive(
            f"{path}: record {number} ({uri}) is cut short, {raw.limit} bytes missing:"
            " the file is truncated"
        )


def _media_type(header: str | None) -> tuple[str, str | None]:
    """(media type in lower case, charset or None) of a Content-Type value."""
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    charset = str(charset).strip() if isinstance(charset, str) and charset.strip() else None
    return message.get_content_type().lower(), charset


def _short(exc: BaseException) -> str:
    """The error's first line, printable characters only (it may quote binary data)."""
    if isinstance(exc, ArchiveLoadFailed):
        return "no WARC record where one should start (corrupt data)"
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return "".join(c if c.isprintable() else "?" for c in text)[:120]
