"""--markdown, --format markdown|csv, --output-dir; fetched_at; the CSV and Markdown
formatters on records built by hand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import respx
from click.testing import CliRunner, Result

from conftest import ARTICLE_SENTENCE, ARTICLE_TITLE, RecordCheck, article_html
from presscut.cli import main
from presscut.output import csv as csv_output
from presscut.output.markdown import document, file_name

PAGE_URL = "https://news.example/2024/cafe"
HTML = {"content-type": "text/html; charset=utf-8"}
NET = ("--allow-private", "--ignore-robots", "--delay", "0", "--workers", "0", "-q")

RECORD = {
    "schema_version": "1.2",
    "url": "https://e.org/a",
    "title": 'Rain, "snow" and *wind*',
    "lead": "A short lead.",
    "body": "First line,\nsecond line.",
    "credit": {"authors": ["Ann Lee", "Bo Chen"], "source": "AFP", "image": None},
    "published": "2025-03-01",
    "tags": ["weather", "alps"],
    "word_count": 7,
    "error": None,
}
FAILED = {"url": "https://e.org/gone", "credit": {"authors": []}, "tags": [], "error": {
    "type": "http_status", "message": "HTTP 404 Not Found", "status": 404}}  # fmt: skip


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_csv_row_is_rfc_4180() -> None:
    text = csv_output.header() + csv_output.row(RECORD) + csv_output.row(FAILED)
    assert text.count("\r\n") == 3  # header and two rows; the body's break is quoted
    assert '"First line,\nsecond line."' in text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["title"] == 'Rain, "snow" and *wind*'
    assert rows[0]["body"] == "First line,\nsecond line."
    assert rows[0]["authors"] == "Ann Lee; Bo Chen"
    assert rows[0]["tags"] == "weather; alps"
    assert rows[0]["image_credit"] == "" and rows[0]["word_count"] == "7"
    assert rows[1]["error_type"] == "http_status" and rows[1]["error_status"] == "404"
    assert '"Rain, ""snow"" and *wind*"' in text


def test_markdown_document() -> None:
    assert document(RECORD) == (
        '# Rain, "snow" and \\*wind\\*\n\n*By Ann Lee, Bo Chen · AFP · 2025-03-01*\n\n'
        "A short lead.\n\nFirst line,\nsecond line.\n"
    )
    assert (
        document(FAILED) == "# https://e.org/gone\n\n> presscut: http_status: HTTP 404 Not Found\n"
    )


def test_file_names_never_leave_the_directory() -> None:
    taken: set[str] = set()
    names = [
        file_name({"url": url}, taken)
        for url in (
            "https://e.org/news/2024/cafe.html",
            "https://e.org/news/2024/cafe.html?x=1",
            "https://e.org/../../etc/passwd",
            "https://e.org/%2e%2e/%2f..",
            "..",
            "",
        )
    ]
    assert names[:2] == ["e.org-news-2024-cafe.md", "e.org-news-2024-cafe-2.md"]
    assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names)
    assert names[-2:] == ["page.md", "page-2.md"]
    assert len(set(names)) == len(names)


def test_markdown_flag_keeps_json(tmp_path: Path, check_record: RecordCheck) -> None:
    page = tmp_path / "page.html"
    html = article_html().replace(ARTICLE_SENTENCE, f"<b>Ouvert</b> : {ARTICLE_SENTENCE}")
    page.write_text(html, encoding="utf-8")
    record = check_record(json.loads(invoke("--markdown", "--url", PAGE_URL, str(page)).stdout))
    assert f"**Ouvert** : {ARTICLE_SENTENCE}" in record["body"]
    assert record["fetched_at"] is None


def test_format_markdown_and_csv_for_one_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_html(), encoding="utf-8")
    shown = invoke("--format", "markdown", "--url", PAGE_URL, str(page))
    assert shown.exit_code == 0
    assert shown.stdout.startswith(f"# {ARTICLE_TITLE}\n\n")
    table = invoke("--format", "csv", "--url", PAGE_URL, str(page))
    rows = list(csv.DictReader(io.StringIO(table.stdout, newline="")))
    assert [r["title"] for r in rows] == [ARTICLE_TITLE]


@respx.mock
def test_batch_markdown_files_in_output_dir(tmp_path: Path) -> None:
    respx.get(PAGE_URL).respond(200, headers=HTML, content=article_html().encode())
    respx.get("https://news.example/gone").respond(404)
    out = tmp_path / "md"
    result = invoke(PAGE_URL, "https://news.example/gone", *NET, "--format", "markdown",
                    "--output-dir", str(out))  # fmt: skip
    assert result.exit_code == 1 and result.stdout == ""
    files = sorted(p.name for p in out.iterdir())
    assert files == ["news.example-2024-cafe.md", "news.example-gone.md"]
    assert (out / files[0]).read_text("utf-8").startswith(f"# {ARTICLE_TITLE}")
    assert "http_status" in (out / files[1]).read_text("utf-8")


@respx.mock
def test_batch_csv_and_fetched_at(check_record: RecordCheck) -> None:
    respx.get(PAGE_URL).respond(200, headers=HTML, content=article_html().encode())
    result = invoke(PAGE_URL, "https://news.example/gone", *NET, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert {r["url"] for r in rows} == {PAGE_URL, "https://news.example/gone"}
    fetched = next(r for r in rows if r["url"] == PAGE_URL)["fetched_at"]
    assert fetched.endswith("Z") and fetched[:2] == "20" and "T" in fetched


def test_usage_errors_for_formats(tmp_path: Path) -> None:
    assert invoke("--output-dir", str(tmp_path), PAGE_URL).exit_code == 2
    assert invoke("--format", "markdown", PAGE_URL, PAGE_URL).exit_code == 2  # no DIR
    assert invoke("--format", "xml", PAGE_URL).exit_code == 2
