"""Is this file a WARC? Its first bytes say: `WARC/` (plain) or a gzip member that starts so."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

MAGIC = b"WARC/"
GZIP_MAGIC = b"\x1f\x8b"
#: Bytes read from the file's start: enough for a gzip header and a first deflate block.
HEAD_BYTES = 4096
URL_PREFIXES = ("http:", "https:")


def is_warc(path: str | Path) -> bool:
    """Whether `path` is a readable file holding a WARC archive, gzipped per record or not."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC):
        head = _gunzip_start(head)
    return head.startswith(MAGIC)


def _gunzip_start(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(31).decompress(data, len(MAGIC))
    except zlib.error:
        return b""


def split_archives(items: Sequence[str]) -> tuple[list[str], list[Path]]:
    """(URLs, WARC files): an item that is no http(s) URL and whose file starts as a WARC
    is an archive; everything else stays a URL (a bad one gets its `invalid_url` record)."""
    urls: list[str] = []
    archives: list[Path] = []
    for item in items:
        if not item.lower().startswith(URL_PREFIXES) and is_warc(item):
            archives.append(Path(item))
        else:
            urls.append(item)
    return urls, archives
