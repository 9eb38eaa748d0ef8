"""Reading a WARC file: the HTML responses as plain data, every other record by its kind.

A record cut short (a truncated file) or bytes that stop making sense (a corrupt file) give
a `Damage` item after every whole record before them; the reading goes on at the next
record start found past them (`presscut.warc.ranges.next_record`).
"""

from __future__ import annotations

import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from presscut.warc.ranges import RangeReader, is_gzipped, next_record

#: Media types extracted (as the fetcher's); other responses are counted, not written.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = range(300, 400)
DRAIN_BYTES = 1 << 16
#: The record types of WARC 1.1; any other is a garbled header.
WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
     "continuation"}
)  # fmt: skip


class DamagedArchive(Exception):
    """A record cut short: the file is truncated (or its length is wrong)."""


class GarbledRecord(ValueError):
    """A record whose header was read but makes no sense."""


#: What warcio raises on bytes that are not what a WARC file holds (it may also trip on
#: them: AttributeError, TypeError, IndexError, KeyError).
TRIPPED = (AttributeError, TypeError, IndexError, KeyError)
READ_ERRORS = (ArchiveLoadFailed, DamagedArchive, OSError, EOFError, ValueError, zlib.error,
               *TRIPPED)  # fmt: skip


@dataclass
class Damage:
    """Where and why the file stops making sense; `resumed_at`: the byte where the reading
    goes on (the next record start found past the damage), None if none."""

    message: str
    resumed_at: int | None = None


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


Item = HtmlResponse | Skipped | Damage


def read_archive(
    path: str | Path, max_bytes: int, start: int = 0, end: int | None = None
) -> Iterator[Item]:
    """Every record of the file (or of its bytes from `start` to `end`, a range that starts
    at a record, see `presscut.warc.ranges`) in order. Where it stops making sense, a
    `Damage` after every whole record before it; the reading then goes on at the next
    record start found past the damage, within the range: one bad record never stops the
    rest."""
    reading = _Reading(str(path), start, end)
    with open(path, "rb") as stream:
        gzipped = is_gzipped(stream)
        at: int | None = start
        while at is not None:
            at = yield from reading.records(stream, at, max_bytes, gzipped)


class _Reading:
    """One file's (or range's) reading, across its damages: whole records read so far."""

    def __init__(self, path: str, start: int, end: int | None) -> None:
        self.path, self.start, self.end = path, start, end
        self.read = 0

    def records(
        self, stream: BinaryIO, at: int, max_bytes: int, gzipped: bool
    ) -> Generator[Item, None, int | None]:
        """The records from byte `at` on; at damage, where to read on (None: the end)."""
        records = ArchiveIterator(RangeReader(stream, at, self.end))
        records.INC_RECORD = ""  # warcio's own warning on stderr: what follows fails here
        try:
            for record in records:
                item = _item(record, max_bytes)
                _check_whole(record, self.read + 1, self.end)
                self.read += 1
                yield item
            return None
        except READ_ERRORS as exc:
            damaged = at + records.offset  # the record that failed, or the last one read
            found = next_record(stream, damaged + 1, gzipped)
            resume = found if found is not None and (self.end is None or found < self.end) else None
            yield Damage(self._where(exc, damaged, resume), resume)
            return resume

    def _where(self, exc: BaseException, damaged: int, resume: int | None) -> str:
        if isinstance(exc, DamagedArchive):
            text = f"{self.path}: {exc}"
        else:
            where = f"after record {self.read}" if self.read else "at its start"
            where += f" of the part from byte {self.start}" if self.start or self.end else ""
            text = f"{self.path}: unreadable {where} (byte {damaged}): {_short(exc)}"
        if resume is None:
            return text
        return f"{text}; read on from the next record, at byte {resume}"


def _item(record: Any, max_bytes: int) -> Item:
    kind = record.rec_type
    if kind not in WARC_TYPES:  # a garbled header
        raise GarbledRecord(f"a record of no known WARC-Type ({str(kind)[:20]!r}): corrupt data")
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


def _check_whole(record: Any, number: int, end: int | None) -> None:
    """Read the rest of the record; one shorter than its Content-Length is cut short."""
    raw = record.raw_stream
    while raw.read(DRAIN_BYTES):
        pass
    if raw.limit > 0:
        uri = record.rec_headers.get_header("WARC-Target-URI") or "?"
        why = "the file is truncated" if end is None else f"it runs past the part's end {end}"
        missing = f"{raw.limit} bytes missing"
        raise DamagedArchive(f"record {number} ({uri}) is cut short, {missing}: {why}")


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
    if isinstance(exc, TRIPPED):
        return "a record whose header makes no sense (corrupt data)"
    lines = [line for line in str(exc).splitlines() if line.strip()]
    text = lines[0] if lines else type(exc).__name__
    return "".join(c if c.isprintable() else "?" for c in text)[:120]
