"""Local HTML files as pages: paths and directories expanded, gzip undone, read as a batch.

A batch names a local file by its `file:` URI (`file_uri`), so that the batch engine, the
output and `--resume` treat it like any URL; `read_local` turns the URI back into a `Page`
(with no final URL and no status: nothing was fetched). Only the URIs listed in
`FetchOptions.local_files` (the command line's own paths) are read: a `file:` line in a
URL list is not.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from presscut.fetch.client import Page
from presscut.fetch.errors import FetchError

#: Files a directory contributes (recursively), gzipped or not.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
GZIP_SUFFIX = ".gz"
GZIP_MAGIC = b"\x1f\x8b"
INFLATE_PIECE = 1 << 20


def html_files(paths: Iterable[Path]) -> list[Path]:
    """Each file as given, and the HTML files under each directory (sorted, recursively)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_html_name(p)))
        else:
            found.append(path)
    return found


def is_html_name(path: Path) -> bool:
    name = path.name.lower().removesuffix(GZIP_SUFFIX)
    return name.endswith(HTML_SUFFIXES)


def file_uri(path: Path) -> str:
    return path.absolute().as_uri()


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """`data` inflated when it is gzip (its magic bytes say so), else as it is.

    More than `max_bytes` once inflated is `too_large` (a gzip bomb stops early); corrupt
    gzip is `unsupported_content`.
    """
    if not data.startswith(GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(31)
    parts: list[bytes] = []
    size = 0
    try:
        while data and size <= max_bytes:
            parts.append(inflater.decompress(data, INFLATE_PIECE))
            size += len(parts[-1])
            data = inflater.unconsumed_tail
    except zlib.error as exc:
        raise FetchError("unsupported_content", f"corrupt gzip data: {exc}") from None
    if size > max_bytes:
        raise FetchError("too_large", f"larger than {max_bytes} bytes once decompressed")
    if not inflater.eof:
        raise FetchError("unsupported_content", "truncated gzip data")
    return b"".join(parts)


def read_local(uri: str, max_bytes: int) -> Page:
    """The page of a `file:` URI; `read_error` when it cannot be read."""
    path = Path(unquote(urlsplit(uri).path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FetchError("read_error", f"cannot read {path}: {exc.strerror or exc}") from None
    return Page(url=uri, final_url=None, status=None, body=gunzip(data, max_bytes), charset=None)
