"""A large WARC file cut into byte ranges at record boundaries (presscut.warc.ranges): every
record read exactly once across the ranges, none twice at a border, gzipped per record or
plain, with payloads that look like a record's start."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord

from presscut.warc.ranges import record_ranges
from presscut.warc.read import HtmlResponse, Skipped, read_archive

from .archives import html, request, response, write_warc

MAX_BYTES = 1_000_000
#: Payloads that hold what a scan for a boundary looks for: a plain record's separator and
#: header, and gzip's magic bytes.
LOOKALIKE = b"<p>\r\n\r\nWARC/1.0\r\nContent-Length: 5\r\n\r\nhello</p><p>\x1f\x8b\x08 x</p>"


def crawl_records(count: int) -> tuple[list[ArcWarcRecord], list[str]]:
    records, urls = [], []
    for number in range(count):
        url = f"https://news.example/story/{number}"
        body = html(f"Story {number}", f"Paragraph of story number {number}. " * 20)
        if number % 7 == 3:
            body = body.replace(b"</body>", LOOKALIKE + b"</body>")
        records += [request(url), response(url, body)]
        urls.append(url)
    return records, urls


def read_ranges(path: Path, size: int) -> tuple[list[str], int, int]:
    """(URLs of the HTML responses in range order, requests seen, number of ranges)."""
    ranges = record_ranges(path, size)
    urls: list[str] = []
    requests = 0
    for start, end in ranges:
        for item in read_archive(path, MAX_BYTES, start, end):
            if isinstance(item, HtmlResponse):
                urls.append(item.url)
            elif isinstance(item, Skipped) and item.kind == "request":
                requests += 1
    return urls, requests, len(ranges)


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip-per-record", "plain"])
def test_every_record_once_across_ranges(tmp_path: Path, gzipped: bool) -> None:
    records, urls = crawl_records(60)
    path = write_warc(tmp_path / "big.warc", records, gzipped=gzipped)
    size = path.stat().st_size // 9
    read, requests, count = read_ranges(path, size)
    assert count >= 8  # about one range per `size` bytes
    assert read == urls  # each once, in order: none lost or doubled at a border
    assert requests == 60


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip-per-record", "plain"])
def test_ranges_start_at_records_and_cover_the_file(tmp_path: Path, gzipped: bool) -> None:
    records, _ = crawl_records(30)
    path = write_warc(tmp_path / "big.warc", records, gzipped=gzipped)
    ranges = record_ranges(path, 1000)
    assert ranges[0][0] == 0 and ranges[-1][1] is None
    assert all(end == following for (_, end), (following, _) in itertools.pairwise(ranges))
    data = path.read_bytes()
    magic = b"\x1f\x8b" if gzipped else b"WARC/1."
    assert all(data[start : start + len(magic)] == magic for start, _ in ranges)


def test_small_file_is_one_range(tmp_path: Path) -> None:
    records, _ = crawl_records(3)
    path = write_warc(tmp_path / "small.warc.gz", records)
    assert record_ranges(path, 32 << 20) == [(0, None)]


def test_one_record_larger_than_a_range(tmp_path: Path) -> None:
    big = html("Long story", "A long paragraph of the story. " * 3000)
    records = [response("https://news.example/long", big)]
    records += [response(f"https://news.example/{n}", html(f"S{n}", "Text.")) for n in range(3)]
    path = write_warc(tmp_path / "long.warc.gz", records)
    urls, _, count = read_ranges(path, 2000)
    assert urls == ["https://news.example/long"] + [f"https://news.example/{n}" for n in range(3)]
    assert count == 2  # the long record, then the three small ones past its end
