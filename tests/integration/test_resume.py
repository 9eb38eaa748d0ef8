"""`kill -9` in the middle of a batch, then `--resume`; and `--retry-failed`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from .runner import (
    FAST_OPTIONS,
    by_url,
    clean_env,
    error_type,
    normalise,
    presscut_command,
    run_presscut,
)
from .server import SiteCluster

SLOW_PAGES = range(100, 130)  # /slow/N: 0.25 s each, 30 pages
SLOW_PAGES_TRUNCATED = range(200, 230)
LINES_BEFORE_KILL = 4
WAIT_LIMIT_SECONDS = 30.0
SLOW_OPTIONS = ("--concurrency", "2", "--per-host", "1", "--allow-private", *FAST_OPTIONS)


def complete_lines(path: Path) -> list[str]:
    """Lines ended by a newline (a kill may leave a last one half written)."""
    if not path.exists():
        return []
    text = path.read_text("utf-8", errors="replace")
    return text.split("\n")[:-1]


def start_and_kill(urls: list[str], work: Path) -> list[str]:
    """Start a batch, kill -9 its whole process group after a few lines; return those lines."""
    (work / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    output = work / "out.jsonl"
    process = subprocess.Popen(
        presscut_command("-i", "urls.txt", "-o", "out.jsonl", *SLOW_OPTIONS),
        cwd=work,
        env=clean_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while len(complete_lines(output)) < LINES_BEFORE_KILL and process.poll() is None:
        assert time.monotonic() < deadline, "no output lines written while running"
        time.sleep(0.05)
    assert process.poll() is None, "the batch ended before it could be killed (lines buffered?)"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return complete_lines(output)


def slow_urls(cluster: SiteCluster, numbers: range) -> list[str]:
    return [cluster.url(f"/slow/{n}", host=n) for n in numbers]


def test_kill_then_resume_gives_every_url_once(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = slow_urls(cluster, SLOW_PAGES)
    done_before = [json.loads(line) for line in start_and_kill(urls, tmp_path)]
    assert 0 < len(done_before) < len(urls)
    hits_at_kill = {normalise(r["url"]): cluster.hits[_path(r["url"])] for r in done_before}

    run = run_presscut(
        "-i", "urls.txt", "-o", "out.jsonl", "--resume", *SLOW_OPTIONS,
        cwd=tmp_path, output=tmp_path / "out.jsonl",
    )  # fmt: skip
    assert run.code == 0
    assert set(by_url(run.records)) == {normalise(u) for u in urls}
    assert len(run.records) == len(urls)
    for key, hits in hits_at_kill.items():
        assert cluster.hits[_path(key)] == hits, f"{key} fetched again after --resume"


def test_resume_repairs_a_half_written_line(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = slow_urls(cluster, SLOW_PAGES_TRUNCATED)
    done_before = start_and_kill(urls, tmp_path)
    output = tmp_path / "out.jsonl"
    finished = {normalise(json.loads(line)["url"]) for line in done_before}
    pending = next(u for u in urls if normalise(u) not in finished)
    with output.open("a", encoding="utf-8") as stream:  # what a kill during a write leaves
        stream.write(json.dumps({"schema_version": "1.0", "url": pending, "title": "Half"})[:40])

    run = run_presscut(
        "-i", "urls.txt", "-o", "out.jsonl", "--resume", *SLOW_OPTIONS,
        cwd=tmp_path, output=output,
    )  # fmt: skip
    assert run.code == 0
    assert len(run.records) == len(urls)
    assert set(by_url(run.records)) == {normalise(u) for u in urls}


def test_retry_failed_refetches_only_failures(cluster: SiteCluster, tmp_path: Path) -> None:
    flaky = cluster.url("/fail/r1", host=0)
    good = [cluster.url("/article/20", host=1), cluster.url("/article/21", host=2)]
    (tmp_path / "urls.txt").write_text("\n".join([flaky, *good]) + "\n", "utf-8")
    output = tmp_path / "out.jsonl"
    args = ("-i", "urls.txt", "-o", "out.jsonl", "--allow-private", *FAST_OPTIONS)
    cluster.failing.add("/fail/r1")

    first = run_presscut(*args, cwd=tmp_path, output=output)
    assert first.code == 1
    assert error_type(by_url(first.records)[normalise(flaky)]) == "http_status"
    cluster.failing.discard("/fail/r1")

    resumed = run_presscut(*args, "--resume", cwd=tmp_path, output=output)
    assert len(resumed.records) == 3
    assert cluster.hits["/fail/r1"] == 1, "--resume alone must not retry failures"

    retried = run_presscut(*args, "--resume", "--retry-failed", cwd=tmp_path, output=output)
    assert retried.code == 0
    records = by_url(retried.records)
    assert len(retried.records) == 3
    assert records[normalise(flaky)]["error"] is None
    assert cluster.hits["/fail/r1"] == 2
    assert cluster.hits["/article/20"] == cluster.hits["/article/21"] == 1


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]
