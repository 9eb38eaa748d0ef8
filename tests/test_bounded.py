"""Extraction bounded in time and memory in a process of its own: the library's
`extract_bounded` and the single-page CLI. The hostile pages are built here."""

from __future__ import annotations

import importlib
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ARTICLE_TITLE, RecordCheck, article_html
from presscut import Limits, extract, extract_bounded
from presscut.bounded import run_bounded
from presscut.cli import main

#: Slack over a time limit for starting and ending the child process.
SLACK_SECONDS = 5.0
#: One long lexbor call: parsing 400,000 nested elements is quadratic in depth, in C.
DEEP = "<div>" * 400_000
#: 8 MB of one-letter paragraphs: far more than 64 MB once parsed.
MANY_PARAGRAPHS = "<p>a</p>" * 1_000_000


@pytest.fixture
def uncapped_nesting(monkeypatch: pytest.MonkeyPatch, forking: None) -> None:
    """The nesting cap and the tag-count cap (the first defences) switched off, so that the
    page reaches lexbor."""
    pipeline = importlib.import_module("presscut.extraction.pipeline")
    monkeypatch.setattr(pipeline, "cap_nesting", lambda text: text)
    monkeypatch.setattr(pipeline, "check_tags", lambda text, limit=0: None)


def test_a_good_page_gives_what_extract_gives() -> None:
    html = article_html()
    bounded = extract_bounded(html, "https://example.org/a")
    assert bounded.title == ARTICLE_TITLE
    assert bounded.to_dict() == extract(html, "https://example.org/a").to_dict()


@pytest.mark.usefixtures("uncapped_nesting")
def test_a_parse_stuck_in_c_code_is_cut_at_the_time_limit() -> None:
    started = time.monotonic()
    article = extract_bounded(DEEP, "https://example.org/deep", limits=Limits(seconds=1))
    assert time.monotonic() - started < 1 + SLACK_SECONDS
    assert article.error is not None
    assert article.error.type == "extract_failed"
    assert article.error.message == (
        "extraction took longer than 1 s (the page time limit, --page-timeout) and was given up"
    )
    assert article.url == "https://example.org/deep"


def test_a_page_past_the_memory_limit_fails_naming_it() -> None:
    article = extract_bounded(MANY_PARAGRAPHS, limits=Limits(seconds=60, memory_mb=64))
    assert article.error is not None
    assert article.error.type == "extract_failed"
    assert article.error.message == (
        "extraction needed more than 64 MB of memory (the page memory limit, --page-memory) "
        "and was given up"
    )


def _exit_at_once(*args: object) -> None:
    os._exit(3)


def test_a_process_that_dies_is_an_extract_failed_article() -> None:
    article = run_bounded(_exit_at_once, (), Limits(seconds=10), url="https://example.org/x")
    assert article.error is not None
    assert (article.error.type, article.url) == ("extract_failed", "https://example.org/x")
    assert article.error.message == "the extraction process died (exit status 3)"


@pytest.mark.usefixtures("uncapped_nesting")
def test_the_single_page_cli_is_bounded_even_in_c_code(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    page = tmp_path / "deep.html"
    page.write_text(DEEP, "utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(
        main, ["--page-timeout", "1", "--url", "https://e.org/d", str(page)]
    )
    assert time.monotonic() - started < 1 + SLACK_SECONDS
    assert result.exit_code == 1
    record = check_record(json.loads(result.stdout))
    assert record["error"]["type"] == "extract_failed"
    assert "(the page time limit, --page-timeout)" in record["error"]["message"]
    assert record["url"] == "https://e.org/d"


def test_the_single_page_cli_has_a_memory_limit(tmp_path: Path, check_record: RecordCheck) -> None:
    page = tmp_path / "many.html"
    page.write_text(MANY_PARAGRAPHS, "utf-8")
    result = CliRunner().invoke(main, ["--page-memory", "64", str(page)])
    assert result.exit_code == 1
    record = check_record(json.loads(result.stdout))
    assert record["error"]["type"] == "extract_failed"
    assert "more than 64 MB of memory" in record["error"]["message"]


def test_help_states_both_limits_and_their_defaults() -> None:
    text = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    assert "--page-timeout SECONDS" in text and "[default: 60]" in text
    assert "--page-memory MB" in text and "[default: 1024]" in text
