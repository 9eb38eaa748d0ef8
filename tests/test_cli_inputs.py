"""The inputs new users try first: files and directories, gzip, stdin, bare host names,
an output file that already exists, errors said on stderr, -V."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result

from conftest import ARTICLE_TITLE, RecordCheck, article_html
from presscut import __version__
from presscut.cli import main

NET = ("--allow-private", "--ignore-robots", "--delay", "0", "--workers", "0", "-q")
HTML = {"content-type": "text/html; charset=utf-8"}
PAGE = article_html().encode()


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def records(result: Result, check: RecordCheck) -> list[dict[str, Any]]:
    return [check(json.loads(line)) for line in result.stdout.splitlines()]


def saved_pages(root: Path) -> dict[str, Path]:
    """A directory as a user saves pages: nested, mixed suffixes, gzip, and other files."""
    files = {
        "a": root / "a.html",
        "b": root / "2026" / "b.htm",
        "c": root / "2026" / "12" / "c.xhtml",
        "d": root / "2026" / "d.html.gz",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(PAGE) if path.suffix == ".gz" else PAGE)
    (root / "notes.txt").write_text("not a page", "utf-8")
    (root / "2026" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return files


def test_several_files_are_a_batch_of_one_line_each(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    files = saved_pages(tmp_path / "saved")
    result = invoke(str(files["a"]), str(files["b"]), "--workers", "0", "-q")
    assert result.exit_code == 0, result.output
    found = records(result, check_record)
    assert sorted(r["url"] for r in found) == sorted(files[k].as_uri() for k in "ab")
    assert {r["title"] for r in found} == {ARTICLE_TITLE}
    assert {(r["final_url"], r["status"]) for r in found} == {(None, None)}


def test_a_directory_gives_its_html_files_recursively(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    files = saved_pages(tmp_path / "saved")
    result = invoke(str(tmp_path / "saved"), "--workers", "0", "-q")
    assert result.exit_code == 0, result.output
    found = records(result, check_record)
    assert sorted(r["url"] for r in found) == sorted(p.as_uri() for p in files.values())
    assert all(r["title"] == ARTICLE_TITLE for r in found)


def test_a_missing_file_in_a_batch_is_a_read_error(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    files = saved_pages(tmp_path)
    missing = tmp_path / "gone.html"
    result = invoke(str(files["a"]), str(missing), "--workers", "0", "-q")
    assert result.exit_code == 1
    by_url = {r["url"]: r for r in records(result, check_record)}
    assert by_url[missing.as_uri()]["error"]["type"] == "read_error"
    assert by_url[files["a"].as_uri()]["error"] is None


def test_a_gzipped_file_and_gzip_on_stdin_are_inflated(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    files = saved_pages(tmp_path)
    single = records(invoke(str(files["d"])), check_record)
    assert [r["title"] for r in single] == [ARTICLE_TITLE]
    piped = records(invoke("-", stdin=gzip.compress(PAGE)), check_record)
    assert [r["title"] for r in piped] == [ARTICLE_TITLE]


def test_corrupt_gzip_is_unsupported_content(check_record: RecordCheck) -> None:
    result = invoke("-", stdin=gzip.compress(PAGE)[:40] + b"\x00" * 40)
    assert result.exit_code == 1
    assert records(result, check_record)[0]["error"]["type"] == "unsupported_content"


def test_stdin_is_read_when_no_input_is_given(check_record: RecordCheck) -> None:
    result = invoke(stdin=PAGE)
    assert result.exit_code == 0, result.output
    assert records(result, check_record)[0]["title"] == ARTICLE_TITLE


def test_no_input_and_empty_stdin_is_a_usage_error() -> None:
    result = invoke(stdin=b"")
    assert result.exit_code == 2
    assert "give a URL" in result.output


@respx.mock
def test_bare_host_names_are_https(check_record: RecordCheck) -> None:
    route = respx.get("https://www.example.com/article").respond(200, headers=HTML, content=PAGE)
    single = invoke("www.example.com/article", *NET)
    assert single.exit_code == 0, single.output
    assert records(single, check_record)[0]["url"] == "https://www.example.com/article"
    listed = invoke("-i", "-", *NET, stdin=b"www.example.com/article\n")
    assert records(listed, check_record)[0]["url"] == "https://www.example.com/article"
    assert route.call_count == 2


def test_a_space_in_a_host_is_an_invalid_url(check_record: RecordCheck) -> None:
    result = invoke("https://www.exa mple.com/article", *NET)
    error = records(result, check_record)[0]["error"]
    assert error["type"] == "invalid_url"
    assert "'www.exa mple.com'" in error["message"]


def test_a_url_without_scheme_says_so_plainly(check_record: RecordCheck) -> None:
    result = invoke("-i", "-", *NET, stdin=b"localhost/article\n")
    error = records(result, check_record)[0]["error"]
    assert error == {
        "type": "invalid_url",
        "message": "the URL has no scheme (write it with https://)",
        "status": None,
    }


@pytest.mark.parametrize("batch", [False, True])
def test_an_existing_output_needs_resume_or_overwrite(
    tmp_path: Path, check_record: RecordCheck, batch: bool
) -> None:
    files = saved_pages(tmp_path)
    inputs = [str(files["a"]), str(files["b"])] if batch else [str(files["a"])]
    out = tmp_path / "out.jsonl"
    out.write_text('{"url": "earlier"}\n', "utf-8")
    refused = invoke(*inputs, "-o", str(out), "--workers", "0", "-q")
    assert refused.exit_code == 2
    assert "--resume" in refused.output and "--overwrite" in refused.output
    assert out.read_text("utf-8") == '{"url": "earlier"}\n'
    replaced = invoke(*inputs, "-o", str(out), "--overwrite", "--workers", "0", "-q")
    assert replaced.exit_code == 0, replaced.output
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == len(inputs)
    assert all(check_record(json.loads(line))["title"] == ARTICLE_TITLE for line in lines)


def test_an_empty_output_file_is_simply_written(tmp_path: Path) -> None:
    files = saved_pages(tmp_path)
    out = tmp_path / "out.json"
    out.touch()
    assert invoke(str(files["a"]), "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text("utf-8"))["title"] == ARTICLE_TITLE


def test_overwrite_and_resume_together_are_a_usage_error(tmp_path: Path) -> None:
    result = invoke("a.html", "b.html", "-o", str(tmp_path / "o"), "--resume", "--overwrite")
    assert result.exit_code == 2


def test_a_failed_single_page_says_so_on_stderr_too(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    loud = CliRunner().invoke(main, [missing])
    assert loud.exit_code == 1
    assert json.loads(loud.stdout)["error"]["type"] == "read_error"
    assert loud.stderr.count("\n") == 1
    assert loud.stderr.startswith(f"presscut: {missing}: read_error: cannot read")
    quiet = CliRunner().invoke(main, [missing, "-q"])
    assert quiet.stderr == ""
    blocked = CliRunner().invoke(main, ["http://127.0.0.1:9/a"])
    assert blocked.stderr.startswith("presscut: http://127.0.0.1:9/a: blocked_address: refused")


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(flag: str) -> None:
    result = invoke(flag)
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_discovery_options_need_discover() -> None:
    for args in (("--list", "https://a.example/"), ("--since", "1d", "https://a.example/")):
        result = invoke(*args)
        assert result.exit_code == 2
        assert "goes with --discover" in result.output
    bad = invoke("--discover", "--since", "yesterday", "https://a.example/")
    assert bad.exit_code == 2
    assert "neither a date" in bad.output
    for args in (("--url", "https://a.example/x"), ("--resume",)):
        assert invoke("--discover", "https://a.example/", *args).exit_code == 2


def test_help_documents_discovery_and_the_new_inputs() -> None:
    text = " ".join(invoke("--help").stdout.split())
    for needle in (
        "--discover",
        "undated entries are kept",
        "discovery_failed",
        "2 levels deep, 50 files per site",
        "50 MiB or 50,000 URLs",
        "--overwrite",
        "-V, --version",
        "a directory (its .html, .htm, .xhtml files, recursively)",
    ):
        assert needle in text
