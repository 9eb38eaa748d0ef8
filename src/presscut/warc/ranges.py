"""Cutting a large WARC file into byte ranges that start at record boundaries, so that
several cluster workers share one archive; and reading one range back as a whole archive.

    for start, end in record_ranges(path, 32 * MIB): ...   # end None: to the file's end

A boundary is looked for from every `size` bytes on: in a file gzipped per record, the next
gzip member whose first bytes inflate to `WARC/1.`; in a plain file, the next `WARC/1.` line
after a blank line whose header's Content-Length leads to another record or to the file's
end. A range then holds whole records only, each record is in exactly one range, and a
range is read as an archive of its own (`RangeReader`). No boundary found: fewer ranges.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import BinaryIO

MIB = 1 << 20
GZIP_MEMBER = b"\x1f\x8b\x08"
WARC_LINE = b"WARC/1."
PLAIN_SEPARATOR = b"\r\n\r\n" + WARC_LINE
#: Bytes read at a time while looking for a boundary, and for a record's header.
SCAN_BYTES = 1 << 16
HEADER_BYTES = 1 << 14
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:[ \t]*(\d+)", re.IGNORECASE)
RECORD_END = b"\r\n\r\n"

Range = tuple[int, int | None]


def record_ranges(path: str | Path, size: int) -> list[Range]:
    """(start, end) byte ranges of the file, each about `size` bytes, end None for the last."""
    with open(path, "rb") as stream:
        total = stream.seek(0, 2)
        gzipped = is_gzipped(stream)
        starts = [0]
        while starts[-1] + size < total:
            found = next_record(stream, starts[-1] + size, gzipped)
            if found is None:
                break
            starts.append(found)
    ends: list[int | None] = [*starts[1:], None]
    return list(zip(starts, ends, strict=True))


def is_gzipped(stream: BinaryIO) -> bool:
    """Whether the file is gzipped (per record, as WARC files are)."""
    return _read_at(stream, 0, 2) == GZIP_MEMBER[:2]


def next_record(stream: BinaryIO, offset: int, gzipped: bool) -> int | None:
    """The first record start at or after `offset`, or None."""
    marker = GZIP_MEMBER if gzipped else PLAIN_SEPARATOR
    skip = 0 if gzipped else len(RECORD_END)
    while True:
        block = _read_at(stream, offset, SCAN_BYTES + len(marker))
        if not block:
            return None
        at = block.find(marker)
        while at != -1:
            candidate = offset + at + skip
            if _starts_record(stream, candidate, gzipped):
                return candidate
            at = block.find(marker, at + 1)
        offset += SCAN_BYTES


def _starts_record(stream: BinaryIO, offset: int, gzipped: bool) -> bool:
    head = _read_at(stream, offset, HEADER_BYTES)
    if gzipped:
        return _inflate_start(head).startswith(WARC_LINE)
    return head.startswith(WARC_LINE) and _plain_next(stream, offset, head)


def _inflate_start(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(31).decompress(data, len(WARC_LINE))
    except zlib.error:
        return b""


def _plain_next(stream: BinaryIO, offset: int, head: bytes) -> bool:
    """The record's Content-Length leads to the next record, or to the file's end."""
    end = _block_end(head)
    if end is None:
        return False
    after = offset + end + len(RECORD_END)
    following = _read_at(stream, after, len(WARC_LINE))
    return following == b"" or following.startswith(WARC_LINE)


def _block_end(head: bytes) -> int | None:
    """Offset, from the record's start, of the end of its block (None: no valid header)."""
    header_end = head.find(RECORD_END)
    found = CONTENT_LENGTH.search(head, 0, header_end + 2) if header_end != -1 else None
    if found is None:
        return None
    return header_end + len(RECORD_END) + int(found.group(1))


def _read_at(stream: BinaryIO, offset: int, count: int) -> bytes:
    stream.seek(offset)
    return stream.read(count)


class RangeReader:
    """The bytes of one range of a file, read as a stream of their own."""

    def __init__(self, stream: BinaryIO, start: int, end: int | None) -> None:
        stream.seek(start)
        self.stream = stream
        self.left = None if end is None else end - start

    def read(self, count: int = -1) -> bytes:
        if self.left is None:
            return self.stream.read(count)
        count = self.left if count < 0 else min(count, self.left)
        data = self.stream.read(count)
        self.left -= len(data)
        return data
