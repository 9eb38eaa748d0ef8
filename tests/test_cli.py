"""The command line: click's CliRunner for most cases, the installed command for a few."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result

from conftest import ARTICLE_SENTENCE, ARTICLE_TITLE, LocalSite, RecordCheck, article_html
from presscut import __version__
from presscut.cli import main

PAGE_URL = "https://news.example/2024/cafe"
HTML = {"content-type": "text/html; charset=utf-8"}
#: No waiting, no robots, no DNS: respx answers for every host.
NET = ("--allow-private", "--ignore-robots", "--delay", "0", "--workers", "0", "-q")


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def one_record(result: Result, check: RecordCheck) -> dict[str, Any]:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    return check(json.loads(lines[0]))


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(article_html().encode("utf-8"))
    return path


def test_file_gives_one_compact_line(page_file: Path, check_record: RecordCheck) -> None:
    result = invoke("--url", PAGE_URL, str(page_file))
    assert result.exit_code == 0, result.output
    record = one_record(result, check_record)
    assert record["url"] == PAGE_URL
    assert record["title"] == ARTICLE_TITLE
    assert ARTICLE_SENTENCE in record["body"]
    assert record["removed"] is None
    assert "\\u00e9" not in result.stdout and "é" in result.stdout


def test_pretty_is_indented(page_file: Path, check_record: RecordCheck) -> None:
    result = invoke("--pretty", str(page_file))
    assert result.exit_code == 0
    assert result.stdout.startswith("{\n  ")
    check_record(json.loads(result.stdout))


def test_explain_adds_the_removed_list(page_file: Path, check_record: RecordCheck) -> None:
    record = one_record(invoke("--explain", str(page_file)), check_record)
    assert isinstance(record["removed"], list)


def test_stdin_bytes_are_decoded_by_extract(check_record: RecordCheck) -> None:
    html = article_html().replace("<head>", "<head><meta charset='windows-1252'>")
    result = invoke("--url", PAGE_URL, "-", stdin=html.encode("cp1252"))
    assert result.exit_code == 0, result.output
    record = one_record(result, check_record)
    assert record["title"] == ARTICLE_TITLE
    assert record["url"] == PAGE_URL


def test_unreadable_file_is_read_error(tmp_path: Path, check_record: RecordCheck) -> None:
    result = invoke(str(tmp_path / "missing.html"))
    assert result.exit_code == 1
    record = one_record(result, check_record)
    assert record["error"]["type"] == "read_error"


def test_page_without_article_exits_one(tmp_path: Path, check_record: RecordCheck) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><p>Hello.</p></body></html>", "utf-8")
    result = invoke(str(path))
    assert result.exit_code == 1
    assert one_record(result, check_record)["error"]["type"] == "no_article"


def test_binary_file_is_unsupported_content(tmp_path: Path, check_record: RecordCheck) -> None:
    path = tmp_path / "photo.html"  # a PNG saved under an .html name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    result = invoke(str(path))
    assert result.exit_code == 1
    record = one_record(result, check_record)
    assert record["error"]["type"] == "unsupported_content"
    assert record["body"] is None


def test_extraction_crash_is_an_error_record(
    page_file: Path, check_record: RecordCheck, monkeypatch: pytest.MonkeyPatch, forking: None
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    # a bug deep in extraction (here: locating the content) must still give a record
    phases = importlib.import_module("presscut.extraction.pipeline")
    monkeypatch.setattr(phases, "main_blocks", broken)
    result = invoke(str(page_file))
    assert result.exit_code == 1
    record = one_record(result, check_record)
    assert record["error"]["type"] == "extract_failed"
    assert "boom" in record["error"]["message"]


def test_output_file_for_a_single_page(
    page_file: Path, tmp_path: Path, check_record: RecordCheck
) -> None:
    out = tmp_path / "out.json"
    result = invoke("-o", str(out), str(page_file))
    assert result.exit_code == 0
    assert result.stdout == ""
    check_record(json.loads(out.read_text("utf-8")))


@respx.mock
def test_single_url_is_fetched(check_record: RecordCheck) -> None:
    route = respx.get(PAGE_URL).respond(200, headers=HTML, content=article_html().encode())
    result = invoke(PAGE_URL, *NET)
    assert result.exit_code == 0, result.output
    record = one_record(result, check_record)
    assert (record["url"], record["final_url"], record["status"]) == (PAGE_URL, PAGE_URL, 200)
    assert record["title"] == ARTICLE_TITLE
    assert "presscut/" in route.calls.last.request.headers["user-agent"]


@respx.mock
def test_single_url_404_prints_the_error_and_exits_one(check_record: RecordCheck) -> None:
    respx.get(PAGE_URL).respond(404)
    result = invoke(PAGE_URL, *NET)
    assert result.exit_code == 1
    record = one_record(result, check_record)
    assert record["error"] == {
        "type": "http_status",
        "message": "HTTP 404 Not Found",
        "status": 404,
    }


def test_single_url_on_loopback_is_blocked_by_default(check_record: RecordCheck) -> None:
    result = invoke("http://127.0.0.1:9/a", "-q")
    assert result.exit_code == 1
    assert one_record(result, check_record)["error"]["type"] == "blocked_address"


@respx.mock
def test_several_urls_give_json_lines(check_record: RecordCheck) -> None:
    respx.get(PAGE_URL).respond(200, headers=HTML, content=article_html().encode())
    respx.get("https://news.example/gone").respond(404)
    result = invoke(PAGE_URL, "https://news.example/gone", "HTTPS://NEWS.example:443/gone#x", *NET)
    assert result.exit_code == 1
    records = [check_record(json.loads(line)) for line in result.stdout.splitlines()]
    assert sorted(r["url"] for r in records) == [PAGE_URL, "https://news.example/gone"]


@respx.mock
def test_url_list_from_stdin(check_record: RecordCheck) -> None:
    respx.get(PAGE_URL).respond(200, headers=HTML, content=article_html().encode())
    listing = f"# my list\n\n{PAGE_URL}\nftp://news.example/x\n".encode()
    result = invoke("-i", "-", *NET, stdin=listing)
    assert result.exit_code == 1
    records = {r["url"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert set(records) == {PAGE_URL, "ftp://news.example/x"}
    assert check_record(records[PAGE_URL])["error"] is None
    assert check_record(records["ftp://news.example/x"])["error"]["type"] == "invalid_url"


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--concurrency", "0", PAGE_URL),
        ("--resume", PAGE_URL),
        ("--url", PAGE_URL, PAGE_URL, PAGE_URL),
        ("--no-such-flag",),
    ],
)
def test_usage_errors_exit_two(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_help_documents_inputs_output_and_exit_codes() -> None:
    text = invoke("--help").stdout
    for needle in ("Examples:", "Exit status:", "schema_version", "read_error", "--allow-private"):
        assert needle in text
    for flag in ("--concurrency", "--per-host", "--delay", "--timeout", "--retries"):
        assert flag in text
    for flag in ("--max-bytes", "--user-agent", "--ignore-robots", "--workers", "--cache"):
        assert flag in text


# --- the installed command ----------------------------------------------------------------


def run_installed(
    args: list[str], env: dict[str, str], stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    command = Path(sys.executable).with_name("presscut")
    done = subprocess.run(
        [str(command), *args], input=stdin, capture_output=True, env=env, timeout=60
    )
    assert b"Traceback" not in done.stderr, done.stderr
    return done


def c_locale_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHON"))}
    return {**env, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": "ascii"}


def test_installed_command_writes_utf8_under_c_locale(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(article_html().encode("utf-8"))
    done = run_installed(["--url", PAGE_URL, str(page)], c_locale_env())
    assert done.returncode == 0, done.stderr
    record = check_record(json.loads(done.stdout.decode("utf-8")))
    assert record["title"] == ARTICLE_TITLE


def test_module_reads_stdin_and_reports_read_errors(
    tmp_path: Path, check_record: RecordCheck
) -> None:
    module = [sys.executable, "-m", "presscut"]
    html = article_html().encode("utf-8")
    done = subprocess.run([*module, "-"], input=html, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert check_record(json.loads(done.stdout))["title"] == ARTICLE_TITLE
    missing = subprocess.run(
        [*module, str(tmp_path / "nope.html")], capture_output=True, timeout=60
    )
    assert missing.returncode == 1
    assert b"Traceback" not in missing.stderr
    assert check_record(json.loads(missing.stdout))["error"]["type"] == "read_error"


# --- Ctrl-C in the middle of a batch ---------------------------------------------------------

SLOW_SECONDS = 0.2
LINES_BEFORE_INTERRUPT = 3
WAIT_LIMIT_SECONDS = 30.0


def test_interrupt_keeps_whole_lines_and_prints_a_summary(
    local_site: LocalSite, tmp_path: Path, check_record: RecordCheck
) -> None:
    local_site.delay = SLOW_SECONDS
    slow_server = local_site.base
    (tmp_path / "urls.txt").write_text(
        "".join(f"{slow_server}/news/{n}\n" for n in range(200)), "utf-8"
    )
    out = tmp_path / "out.jsonl"
    args = ["-i", "urls.txt", "-o", "out.jsonl", "--allow-private", "--delay", "0"]
    process = subprocess.Popen(
        [sys.executable, "-m", "presscut", *args, "--per-host", "2", "--workers", "1"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while not out.exists() or out.read_bytes().count(b"\n") < LINES_BEFORE_INTERRUPT:
        assert time.monotonic() < deadline and process.poll() is None, "no lines written"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=WAIT_LIMIT_SECONDS)
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert b"interrupted" in stderr
    text = out.read_text("utf-8")
    assert text.endswith("\n")
    records = [check_record(json.loads(line)) for line in text.splitlines()]
    assert LINES_BEFORE_INTERRUPT <= len(records) < 200
    assert all(record["error"] is None for record in records), [r["error"] for r in records]


def test_unwritable_output_is_a_usage_error(page_file: Path, tmp_path: Path) -> None:
    result = invoke("-o", str(tmp_path / "no" / "such" / "dir.json"), str(page_file))
    assert result.exit_code == 2
    assert "cannot write" in result.output
