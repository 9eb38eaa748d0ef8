"""One batch over every good and bad response the server has, read back line by line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from presscut.article import ERROR_TYPES

from .pages import Page, article_page, cp1252_page, latin1_page
from .runner import FAST_OPTIONS, Run, by_url, error_type, normalise, run_presscut
from .server import SiteCluster

#: Good article pages: (article number, host index). Several hosts on purpose.
GOOD_PAGES = ((1, 0), (2, 1), (3, 2), (4, 0), (5, 1), (6, 2))

#: Faulty path -> (host index, accepted error types). Two types are accepted only where the
#: contract leaves room (a file:// redirect is refused either as an invalid target or a
#: blocked one; random bytes may be sniffed).
FAULTS: dict[str, tuple[int, frozenset[str]]] = {
    "/hang": (0, frozenset({"timeout"})),
    "/drip": (0, frozenset({"timeout"})),
    "/missing-page": (1, frozenset({"http_status"})),
    "/loop/a": (1, frozenset({"too_many_redirects"})),
    "/to-file": (2, frozenset({"invalid_url", "blocked_address"})),
    "/bomb": (2, frozenset({"too_large"})),
    "/huge": (1, frozenset({"too_large"})),
    "/huge-chunked": (2, frozenset({"too_large"})),
    "/doc.pdf": (0, frozenset({"unsupported_content"})),
    "/empty": (1, frozenset({"no_article"})),
    "/random": (2, frozenset({"no_article", "unsupported_content"})),
    "/reset": (0, frozenset({"connection_lost"})),
    "/cut-short": (1, frozenset({"connection_lost"})),
    "/private/41": (1, frozenset({"robots_disallowed"})),
}

#: Lines that are not fetchable URLs at all.
INVALID_LINES = ("not a url", "ftp://example.org/file.txt", "file:///etc/passwd")

#: Pages that fail on the first request (429 with Retry-After: 1; 500), then succeed.
RETRIED = {"/status429/f1": 7, "/status500/f1": 8}

MAX_BYTES = "5000000"
COMMENTED_OUT = "/article/99"
#: Asked over https from a plain-HTTP port: the TLS handshake cannot succeed.
TLS_PATH = "/article/98"


@dataclass
class Batch:
    run: Run
    lines: list[str]
    output: Path


#: Pages whose charset is undeclared, or declared wrong by the server: (path, host, page).
CHARSET_PAGES = [
    ("/latin1", 0, latin1_page()[0]),
    ("/cp1252", 1, cp1252_page()[0]),
    ("/mislabelled/utf8-as-latin1", 2, cp1252_page()[0]),
    ("/mislabelled/latin1-as-utf8", 0, latin1_page()[0]),
]


def input_lines(cluster: SiteCluster) -> list[str]:
    """The list as a person would write it: comments, blank lines, duplicates included."""
    good = [cluster.url(f"/article/{n}", host) for n, host in GOOD_PAGES]
    faults = [cluster.url(path, host) for path, (host, _) in FAULTS.items()]
    retried = [cluster.url(path, 1) for path in RETRIED]
    plain_as_tls = cluster.url(TLS_PATH, 2).replace("http://", "https://")
    charsets = [cluster.url(path, host) for path, host, _ in CHARSET_PAGES]
    duplicates = [good[0], good[0].replace("http://", "HTTP://") + "#comments"]
    commented = ["# a comment line", "#" + cluster.url(COMMENTED_OUT)]
    return [
        *commented,
        "",
        *good,
        *faults,
        "   ",
        *INVALID_LINES,
        *retried,
        *charsets,
        plain_as_tls,
        *duplicates,
    ]


@pytest.fixture(scope="module")
def batch(cluster: SiteCluster, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    work = tmp_path_factory.mktemp("faults")
    lines = input_lines(cluster)
    (work / "urls.txt").write_text("\n".join(lines) + "\n", "utf-8")
    output = work / "out.jsonl"
    options = ("--concurrency", "8", "--per-host", "4", "--max-bytes", MAX_BYTES)
    args = ("-i", "urls.txt", "-o", "out.jsonl", "--allow-private", *options, *FAST_OPTIONS)
    return Batch(run_presscut(*args, cwd=work, output=output), lines, output)


def distinct_inputs(lines: list[str]) -> set[str]:
    kept = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return {normalise(line) for line in kept}


def test_one_line_per_distinct_input(batch: Batch) -> None:
    expected = distinct_inputs(batch.lines)
    assert len(batch.run.records) == len(expected)
    assert set(by_url(batch.run.records)) == expected


def test_exit_code_is_one_when_some_fail(batch: Batch) -> None:
    assert batch.run.code == 1


def test_output_goes_to_the_file_not_stdout(batch: Batch) -> None:
    assert batch.output.exists()
    assert batch.run.stdout.strip() == ""


def test_good_pages_yield_articles(batch: Batch, cluster: SiteCluster) -> None:
    records = by_url(batch.run.records)
    for number, host in GOOD_PAGES:
        page = article_page(number)
        record = records[normalise(cluster.url(f"/article/{number}", host))]
        assert record["error"] is None, record["error"]
        assert record["status"] == 200
        assert record["title"] == page.title
        assert page.sentence in record["body"]


@pytest.mark.parametrize("path", list(FAULTS))
def test_fault_gives_the_right_error(batch: Batch, cluster: SiteCluster, path: str) -> None:
    host, accepted = FAULTS[path]
    record = by_url(batch.run.records)[normalise(cluster.url(path, host))]
    assert error_type(record) in accepted, record["error"]
    assert record["title"] is None and record["body"] is None


def test_http_status_error_carries_the_status(batch: Batch, cluster: SiteCluster) -> None:
    record = by_url(batch.run.records)[normalise(cluster.url("/missing-page", 1))]
    assert record["error"]["status"] == 404
    assert record["status"] == 404


def test_robots_disallowed_page_is_not_requested(batch: Batch, cluster: SiteCluster) -> None:
    assert cluster.hits["/private/41"] == 0
    assert cluster.hits["/robots.txt"] >= 1


@pytest.mark.parametrize("line", INVALID_LINES)
def test_invalid_lines_are_invalid_url(batch: Batch, line: str) -> None:
    records = [r for r in batch.run.records if r["url"] == line]
    assert len(records) == 1
    assert error_type(records[0]) == "invalid_url"


def test_no_file_content_leaks(batch: Batch) -> None:
    assert "root:" not in batch.output.read_text("utf-8")


@pytest.mark.parametrize("path", list(RETRIED))
def test_429_and_500_succeed_after_retry(batch: Batch, cluster: SiteCluster, path: str) -> None:
    record = by_url(batch.run.records)[normalise(cluster.url(path, 1))]
    assert record["error"] is None, record["error"]
    assert record["status"] == 200
    assert record["title"] == article_page(RETRIED[path]).title
    assert cluster.hits[path] == 2


@pytest.mark.parametrize("path, host, page", CHARSET_PAGES)
def test_undeclared_or_wrong_charsets_keep_accents(
    batch: Batch, cluster: SiteCluster, path: str, host: int, page: Page
) -> None:
    record = by_url(batch.run.records)[normalise(cluster.url(path, host))]
    assert record["error"] is None, record["error"]
    assert record["title"] == page.title
    assert page.sentence in record["body"]


def test_every_error_type_is_known(batch: Batch) -> None:
    for record in batch.run.records:
        assert error_type(record) in (None, *ERROR_TYPES)


def test_duplicates_are_fetched_once(batch: Batch, cluster: SiteCluster) -> None:
    assert cluster.hits["/article/1"] == 1


def test_commented_out_url_is_skipped(batch: Batch, cluster: SiteCluster) -> None:
    assert cluster.hits[COMMENTED_OUT] == 0
    assert all(COMMENTED_OUT not in record["url"] for record in batch.run.records)


def test_https_to_a_plain_http_port_is_a_tls_error(batch: Batch, cluster: SiteCluster) -> None:
    url = cluster.url(TLS_PATH, 2).replace("http://", "https://")
    record = by_url(batch.run.records)[normalise(url)]
    assert error_type(record) == "tls", record["error"]
