"""A page whose extraction never ends is given up, in a batch's worker and in the CLI."""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner

from conftest import ARTICLE_TITLE, RecordCheck, article_html
from presscut.batch import pool
from presscut.cli import main
from presscut.fetch import Page

#: The page time limit of the CLI tests.
QUICK = ("--page-timeout", "0.2")


def _page() -> Page:
    html = article_html().encode()
    return Page("https://example.org/a", "https://example.org/a", 200, html, "utf-8")


def test_extraction_past_the_deadline_is_an_extract_failed_record(
    monkeypatch: pytest.MonkeyPatch, check_record: RecordCheck
) -> None:
    def endless(page: Page, explain: bool = False, markdown: bool = False) -> dict:
        while True:  # a parser stuck in a loop
            time.sleep(0.01)

    monkeypatch.setattr(pool, "extract_page", endless)
    started = time.monotonic()
    record = pool.extract_within(_page(), False, seconds=0.2)
    assert time.monotonic() - started < 5
    check_record(record)
    assert record["error"]["type"] == "extract_failed"
    assert "longer than 0.2 s" in record["error"]["message"]
    assert record["url"] == "https://example.org/a"
    assert record["status"] == 200


def test_a_library_catching_exception_cannot_swallow_the_deadline(
    monkeypatch: pytest.MonkeyPatch, check_record: RecordCheck
) -> None:
    def stubborn(page: Page, explain: bool = False, markdown: bool = False) -> dict:
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # what careless libraries do
                continue

    monkeypatch.setattr(pool, "extract_page", stubborn)
    record = pool.extract_within(_page(), False, seconds=0.2)
    assert record["error"]["type"] == "extract_failed"


def test_a_quick_extraction_is_untouched(check_record: RecordCheck) -> None:
    record = pool.extract_within(_page(), False, seconds=30)
    check_record(record)
    assert record["error"] is None
    assert record["title"] == ARTICLE_TITLE


@pytest.fixture
def endless_extraction(monkeypatch: pytest.MonkeyPatch, forking: None) -> None:
    """Locating the content never ends (the CLI is given a 0.2 s deadline)."""

    def endless(*args: object, **kwargs: object) -> None:
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(
        importlib.import_module("presscut.extraction.pipeline"), "main_blocks", endless
    )


@pytest.mark.usefixtures("endless_extraction")
def test_the_cli_gives_up_a_file_whose_extraction_never_ends(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(article_html().encode())
    started = time.monotonic()
    result = CliRunner().invoke(main, [*QUICK, "--url", "https://example.org/a", str(page)])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1
    record = check_record(json.loads(result.stdout))
    assert record["error"]["type"] == "extract_failed"
    assert "longer than 0.2 s (the page time limit, --page-timeout)" in record["error"]["message"]
    assert record["url"] == "https://example.org/a"


@pytest.mark.usefixtures("endless_extraction")
@respx.mock
def test_the_cli_gives_up_a_url_whose_extraction_never_ends(check_record: RecordCheck) -> None:
    url = "https://news.example/a"
    respx.get(url).mock(
        return_value=httpx.Response(200, headers={"content-type": "text/html"}, text=article_html())
    )
    options = ["--allow-private", "--ignore-robots", "--delay", "0", "-q", *QUICK]
    result = CliRunner().invoke(main, [*options, url])
    assert result.exit_code == 1
    record = check_record(json.loads(result.stdout))
    assert (record["error"]["type"], record["status"], record["final_url"]) == (
        "extract_failed",
        200,
        url,
    )
