"""WARC files written by the tests, record by record, with warcio's writer."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import article_html

HTML_UTF8 = "text/html; charset=utf-8"
#: A minimal PDF: what a crawler stores for a link to a document.
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _writer() -> WARCWriter:
    return WARCWriter(io.BytesIO(), gzip=False)


def response(
    url: str,
    body: bytes,
    content_type: str | None = HTML_UTF8,
    status: str = "200 OK",
    extra: list[tuple[str, str]] | None = None,
) -> ArcWarcRecord:
    headers = [("Content-Type", content_type)] if content_type else []
    headers += [*(extra or []), ("Content-Length", str(len(body)))]
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    return _writer().create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http
    )


def request(url: str) -> ArcWarcRecord:
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    return _writer().create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http)


def revisit(url: str) -> ArcWarcRecord:
    http = StatusAndHeaders("200 OK", [("Content-Type", HTML_UTF8)], protocol="HTTP/1.1")
    writer = _writer()
    return writer.create_revisit_record(
        url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, "20240101000000", http_headers=http
    )


def metadata(url: str) -> ArcWarcRecord:
    payload = io.BytesIO(b"outlinks: https://news.example/other\n")
    return _writer().create_warc_record(
        url, "metadata", payload=payload, warc_content_type="application/warc-fields"
    )


def write_warc(path: Path, records: list[ArcWarcRecord], gzipped: bool = True) -> Path:
    """The records in a file, one gzip member each when `gzipped`."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for record in records:
            writer.write_record(record)
    return path


def html(title: str, sentence: str, encoding: str = "utf-8") -> bytes:
    return article_html(title, sentence).encode(encoding)


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)


def record_starts(path: Path) -> list[int]:
    """Byte offset of each record of a file (as warcio reads it)."""
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        return [records.get_record_offset() for _ in records]
