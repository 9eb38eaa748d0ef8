"""WARC files in: one record per HTML response, the rest counted, damage reported."""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from conftest import assert_valid_record
from presscut.cli import main
from presscut.warc.detect import is_warc

from .archives import (
    PDF,
    gzipped,
    html,
    metadata,
    request,
    response,
    revisit,
    write_warc,
)

SITE = "https://news.example"
MARKET = ("Le marché couvert rouvre ses portes", "Les maraîchers sont revenus dès l'aube.")
BRIDGE = (
    "Über die Brücke: Straßenfest im Viertel",
    "Die Anwohner feierten bis spät in die Nacht – mit Musik für 5 €.",
)
HARBOUR = ("Harbour ferry returns after winter repairs", "The first crossing left at seven.")
NO_NET = ("--workers", "0")


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, [*args, *NO_NET])


def records(result: Result) -> dict[str, dict[str, Any]]:
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    keyed = {record["url"]: assert_valid_record(record) for record in lines}
    assert len(keyed) == len(lines), "a URL was written twice"
    return keyed


def good_records() -> list:
    return [
        response(f"{SITE}/market", html(*MARKET)),
        response(
            f"{SITE}/bridge",
            html(*BRIDGE, encoding="windows-1252"),
            "text/html; charset=windows-1252",
        ),
        response(
            f"{SITE}/harbour",
            gzipped(html(*HARBOUR)),
            extra=[("Content-Encoding", "gzip")],
        ),
    ]


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """Every kind of record: three articles, a 404, a PDF, a redirect, a request, a revisit,
    a metadata record."""
    return write_warc(
        tmp_path / "crawl.warc.gz",
        [
            request(f"{SITE}/market"),
            *good_records(),
            response(f"{SITE}/gone", b"<html><body>Not here</body></html>", status="404 Not Found"),
            response(f"{SITE}/report.pdf", PDF, "application/pdf"),
            response(f"{SITE}/old", b"", status="301 Moved", extra=[("Location", "/market")]),
            revisit(f"{SITE}/market"),
            metadata(f"{SITE}/market"),
        ],
    )


def test_warc_is_told_by_its_first_bytes(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "a.warc", good_records()[:1], gzipped=False)
    packed = write_warc(tmp_path / "b.bin", good_records()[:1])
    page = tmp_path / "page.warc.gz"
    page.write_bytes(html(*MARKET))
    zipped_page = tmp_path / "page.html.gz"
    zipped_page.write_bytes(gzip.compress(html(*MARKET)))
    assert is_warc(plain) and is_warc(packed)
    assert not is_warc(page) and not is_warc(zipped_page)
    assert not is_warc(tmp_path / "missing.warc.gz")


def test_one_record_per_html_response(crawl: Path) -> None:
    result = invoke(str(crawl))
    found = records(result)
    assert set(found) == {f"{SITE}/{p}" for p in ("market", "bridge", "harbour", "gone")}
    for path, (title, sentence) in (("market", MARKET), ("bridge", BRIDGE), ("harbour", HARBOUR)):
        record = found[f"{SITE}/{path}"]
        assert record["error"] is None, record["error"]
        assert record["status"] == 200
        assert record["title"] == title
        assert sentence in record["body"]
    assert result.exit_code == 1  # the 404


def test_error_response_is_an_http_status_record(crawl: Path) -> None:
    record = records(invoke(str(crawl)))[f"{SITE}/gone"]
    assert record["error"] == {
        "type": "http_status",
        "message": "HTTP 404 Not Found",
        "status": 404,
    }
    assert record["status"] == 404


def test_other_records_are_counted_in_the_summary(crawl: Path) -> None:
    summary = invoke(str(crawl)).stderr
    counted = (
        "warc metadata 1, warc non-HTML response 1, warc redirect 1, warc request 1, warc revisit 1"
    )
    assert f"not written: {counted}" in summary, summary
    assert "3 ok, 1 failed (http_status 1)" in summary


def test_plain_archive_and_input_list(tmp_path: Path) -> None:
    plain = write_warc(tmp_path / "plain.warc", good_records(), gzipped=False)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# archives and URLs mixed\n{plain}\nnot a url\n", "utf-8")
    found = records(invoke("-i", str(listing)))
    assert found["not a url"]["error"]["type"] == "invalid_url"
    assert found[f"{SITE}/bridge"]["title"] == BRIDGE[0]
    assert len(found) == 4


def test_truncated_file_keeps_every_whole_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "cut.warc.gz", good_records())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # the last record loses its tail
    result = invoke(str(path))
    assert set(records(result)) == {f"{SITE}/market", f"{SITE}/bridge"}
    assert "cut.warc.gz: record 3 (https://news.example/harbour) is cut short" in result.stderr
    assert "the file is truncated" in result.stderr
    assert "1 damaged archive" in result.stderr
    assert "Traceback" not in result.output
    assert result.exit_code == 1


def test_corrupt_record_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    """The second of three records corrupt: the first and third come out (the reading goes
    on at the next record past the damage), and so does the next file."""
    path = write_warc(tmp_path / "bad.warc.gz", good_records())
    first = _member_ends(path.read_bytes())[0]
    data = bytearray(path.read_bytes())
    for offset in range(first + 30, first + 60):  # inside the second member's deflate data
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    other = write_warc(
        tmp_path / "other.warc.gz", [response(f"{SITE}/other", html("Other news", "Here."))]
    )
    result = invoke(str(path), str(other))
    found = records(result)
    assert set(found) == {f"{SITE}/market", f"{SITE}/harbour", f"{SITE}/other"}
    assert found[f"{SITE}/harbour"]["title"] == HARBOUR[0]
    assert "bad.warc.gz: unreadable after record 1 (byte " in result.stderr
    assert "read on from the next record" in result.stderr
    assert "1 damaged archive" in result.stderr
    assert result.exit_code == 1


def test_same_url_twice_is_written_once_the_first_capture(tmp_path: Path) -> None:
    twice = [
        response(f"{SITE}/market", html(*MARKET)),
        response(f"{SITE}/market", html("Le marché ferme", "Plus rien.")),
    ]
    path = write_warc(tmp_path / "twice.warc.gz", twice)
    result = invoke(str(path))
    found = records(result)
    assert list(found) == [f"{SITE}/market"]
    assert found[f"{SITE}/market"]["title"] == MARKET[0]
    assert "not written: warc response already done 1" in result.stderr


def test_resume_skips_what_is_written(crawl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert invoke(str(crawl), "-o", str(out)).exit_code == 1
    before = out.read_text("utf-8")
    again = invoke(str(crawl), "-o", str(out), "--resume")
    assert out.read_text("utf-8") == before
    assert again.exit_code == 0


def _member_ends(data: bytes) -> list[int]:
    """Offsets where each gzip member of `data` ends."""
    ends, offset = [], 0
    while offset < len(data):
        inflater = zlib.decompressobj(31)
        inflater.decompress(data[offset:])
        offset = len(data) - len(inflater.unused_data)
        ends.append(offset)
    return ends


def test_fetched_at_is_the_records_warc_date(tmp_path: Path) -> None:
    record = response(f"{SITE}/market", html(*MARKET))
    record.rec_headers.replace_header("WARC-Date", "2024-03-05T07:08:09Z")
    archive = write_warc(tmp_path / "dated.warc.gz", [record])
    found = records(invoke(str(archive)))
    assert found[f"{SITE}/market"]["fetched_at"] == "2024-03-05T07:08:09Z"


def test_markdown_and_page_limits_reach_archive_records(tmp_path: Path) -> None:
    prose = "The harbour authority approved the plan after a long public inquiry. " * 8
    page = (
        "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>"
        f"<p>{prose}</p><h2>What comes next</h2><p>Work starts in <em>spring</em>. {prose}</p>"
        "</article></body></html>"
    ).encode()
    archive = write_warc(tmp_path / "md.warc.gz", [response(f"{SITE}/plan", page)])
    found = records(invoke(str(archive), "--markdown", "--page-timeout", "30"))
    body = found[f"{SITE}/plan"]["body"]
    assert "## What comes next" in body
    assert "*spring*" in body or "_spring_" in body
