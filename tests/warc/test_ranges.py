"""A large WARC file cut into byte ranges at record boundaries (presscut.warc.ranges): every
record read exactly once across the ranges, none twice at a border, gzipped per record or
plain, with payloads that look like a record's start."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord

from presscut.warc.ranges import record_ranges
from presscut.warc.read import Damage, HtmlResponse, Skipped, read_archive

from .archives import html, record_starts, request, response, write_warc

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


def read_parts(path: Path, size: int) -> tuple[list[str], list[str]]:
    """(URLs of the HTML responses, damage messages), over every range of about `size`."""
    urls: list[str] = []
    damage: list[str] = []
    for start, end in record_ranges(path, size):
        for item in read_archive(path, MAX_BYTES, start, end):
            if isinstance(item, HtmlResponse):
                urls.append(item.url)
            elif isinstance(item, Damage):
                damage.append(item.message)
    return urls, damage


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip-per-record", "plain"])
@pytest.mark.parametrize("damage", ["corrupt", "hole"])
def test_damage_in_a_range_loses_that_record_only(
    tmp_path: Path, gzipped: bool, damage: str
) -> None:
    """Record 13 of 30 damaged (its header's bytes garbled, or 40 bytes of it gone): read
    in ranges or whole, every other record comes out once, and the damage is reported once,
    after the records before it, saying where the reading went on."""
    records = [
        response(f"https://news.example/story/{n}", html(f"Story {n}", f"Words of {n}. " * 30))
        for n in range(30)
    ]
    path = write_warc(tmp_path / "damaged.warc", records, gzipped=gzipped)
    at = record_starts(path)[13]
    data = bytearray(path.read_bytes())
    if damage == "corrupt":
        for offset in range(at + 12, at + 40):
            data[offset] ^= 0x5A
    else:
        del data[at + 20 : at + 60]
    path.write_bytes(bytes(data))
    expected = [f"https://news.example/story/{n}" for n in range(30) if n != 13]
    for size in (len(data) // 7, len(data) * 2):  # several ranges; the whole file
        urls, damages = read_parts(path, size)
        assert urls == expected, size
        assert len(damages) == 1, damages
        assert "read on from the next record, at byte" in damages[0]


def test_truncated_last_range_keeps_its_whole_records(tmp_path: Path) -> None:
    records, urls = crawl_records(30)
    path = write_warc(tmp_path / "cut.warc.gz", records)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])
    got, damages = read_parts(path, len(data) // 6)
    assert got == urls[:-1]
    assert len(damages) == 1
    assert "(https://news.example/story/29) is cut short" in damages[0]
    assert damages[0].endswith("the file is truncated")
