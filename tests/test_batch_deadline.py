"""A page whose extraction never ends is given up, not allowed to hold a worker."""

from __future__ import annotations

import time

import pytest

from conftest import ARTICLE_TITLE, RecordCheck, article_html
from presscut.batch import pool
from presscut.fetch import Page


def _page() -> Page:
    html = article_html().encode()
    return Page("https://example.org/a", "https://example.org/a", 200, html, "utf-8")


def test_extraction_past_the_deadline_is_an_extract_failed_record(
    monkeypatch: pytest.MonkeyPatch, check_record: RecordCheck
) -> None:
    def endless(page: Page, explain: bool = False) -> dict:
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
    def stubborn(page: Page, explain: bool = False) -> dict:
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
