"""The batch's output file: never the input list, one run at a time, --resume that refuses
what it would otherwise destroy, and a full disk reported as one."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result

from conftest import article_html
from presscut.batch import outfile
from presscut.batch.outfile import OutputFile, OutputRefused
from presscut.cli import main

HTML = {"content-type": "text/html; charset=utf-8"}
NET = ("--allow-private", "--ignore-robots", "--delay", "0", "--workers", "0", "-q")
URLS = [f"https://news.example/{n}" for n in range(3)]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, [*NET, *args])


@pytest.fixture
def site() -> respx.MockRouter:
    with respx.mock(assert_all_called=False) as router:
        for url in URLS:
            router.get(url).respond(200, headers=HTML, content=article_html().encode())
        yield router


@pytest.fixture
def url_list(tmp_path: Path) -> Path:
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(URLS) + "\n", "utf-8")
    return path


def record(url: str, error: str | None = None) -> dict[str, Any]:
    failure = {"type": error, "message": "m", "status": None} if error else None
    return {"schema_version": "1.1", "url": url, "error": failure}


def lines(*records: dict[str, Any]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


# --- the input list is not an output file -----------------------------------------------------


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_the_input_list_is_refused_as_output(
    url_list: Path, tmp_path: Path, site: respx.MockRouter, link: str
) -> None:
    output = url_list
    if link == "symlink":
        output = tmp_path / "out.jsonl"
        output.symlink_to(url_list)
    elif link == "hardlink":
        output = tmp_path / "out.jsonl"
        os.link(url_list, output)
    before = url_list.read_bytes()
    for extra in ([], ["--resume"]):
        result = invoke("-i", str(url_list), "-o", str(output), *extra)
        assert result.exit_code == 2
        assert "is the input list" in result.output
        assert url_list.read_bytes() == before
    assert not site.calls


# --- one run at a time --------------------------------------------------------------------------


def test_an_output_file_held_by_another_run_is_refused(
    url_list: Path, tmp_path: Path, site: respx.MockRouter
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text(lines(record(URLS[0])), "utf-8")
    other_run = OutputFile(output)  # holds the lock as a running batch does
    try:
        result = invoke("-i", str(url_list), "-o", str(output))
        assert result.exit_code == 2
        assert "add --resume" in result.output  # a non-empty file needs --resume first
        for extra in (["--resume"], ["--overwrite"]):
            result = invoke("-i", str(url_list), "-o", str(output), *extra)
            assert result.exit_code == 2
            assert "in use by another presscut run" in result.output
    finally:
        other_run.close()
    assert output.read_text("utf-8") == lines(record(URLS[0]))
    assert not site.calls
    assert invoke("-i", str(url_list), "-o", str(output), "--resume").exit_code == 0


def test_a_rewritten_output_file_stays_locked(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text(lines(record(URLS[0]), record(URLS[1], "timeout")), "utf-8")
    held = OutputFile(output)
    try:
        held.replace_with([json.dumps(record(URLS[0])).encode() + b"\n"])
        with pytest.raises(OutputRefused):
            OutputFile(output)  # the new file at the path is the locked one
        held.append(b"{}\n")
        assert output.read_text("utf-8") == lines(record(URLS[0])) + "{}\n"
    finally:
        held.close()
    OutputFile(output).close()


# --- --resume refuses unparsable lines, except a torn last one -----------------------------------


def test_resume_refuses_an_unparsable_line_naming_it(
    url_list: Path, tmp_path: Path, site: respx.MockRouter
) -> None:
    output = tmp_path / "out.jsonl"
    text = lines(record(URLS[0])) + "https://news.example/9\n" + lines(record(URLS[1]))
    output.write_text(text, "utf-8")
    result = invoke("-i", str(url_list), "-o", str(output), "--resume")
    assert result.exit_code == 2
    assert f"line 2 of {output} is not a presscut record ('https://news.example/9')" in (
        " ".join(result.output.split())
    )
    assert output.read_text("utf-8") == text
    assert not site.calls


def test_drop_bad_lines_lets_resume_drop_them(
    url_list: Path, tmp_path: Path, site: respx.MockRouter
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text(lines(record(URLS[0])) + "not json\n" + lines(record(URLS[1])), "utf-8")
    result = invoke("-i", str(url_list), "-o", str(output), "--resume", "--drop-bad-lines")
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert [r["url"] for r in written] == URLS  # the bad line gone, only URLS[2] fetched
    assert [call.request.url for call in site.calls] == [URLS[2]]
    assert not (tmp_path / "out.jsonl.presscut-tmp").exists()


def test_resume_cuts_only_a_torn_last_line(
    url_list: Path, tmp_path: Path, site: respx.MockRouter
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text(lines(record(URLS[0])) + '{"schema_version": "1.1", "url": "htt', "utf-8")
    result = invoke("-i", str(url_list), "-o", str(output), "--resume")
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert sorted(r["url"] for r in written) == URLS


# --- a full disk --------------------------------------------------------------------------------


def test_a_full_disk_in_a_batch_is_exit_1_and_says_so(
    url_list: Path, site: respx.MockRouter
) -> None:
    result = invoke("-i", str(url_list), "-o", "/dev/full")
    assert result.exit_code == 1
    assert "cannot write /dev/full: No space left on device" in result.output
    assert "Usage" not in result.output


def test_a_full_disk_for_a_single_page_is_exit_1(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_html(), "utf-8")
    result = invoke("-o", "/dev/full", str(page))
    assert result.exit_code == 1
    assert "No space left on device" in result.output
    assert "Usage" not in result.output


def test_resume_on_a_full_disk_leaves_no_temporary_file(
    url_list: Path, tmp_path: Path, site: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(outfile, "write_all", full)
    output = tmp_path / "out.jsonl"
    text = lines(record(URLS[0]), record(URLS[1], "timeout"))
    output.write_text(text, "utf-8")
    result = invoke("-i", str(url_list), "-o", str(output), "--retry-failed")
    assert result.exit_code == 1
    assert f"cannot write {output}: No space left on device" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "urls.txt"]
    assert output.read_text("utf-8") == text
    assert not site.calls
