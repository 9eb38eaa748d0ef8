"""Hostile pages in a batch, stops (Ctrl-C early, SIGTERM, kill -9) and what they leave.

Every presscut process here runs under resource limits (address space, CPU time) set by the
test, so that a regression fails the test instead of the machine; its memory is sampled
over the whole process tree (the batch's process, the fork server, the workers).
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

from conftest import LocalSite

from .runner import by_url, clean_env, error_type, parse_lines, presscut_command
from .server import HOSTILE_PAGE

#: Hard limits of every presscut process started here (inherited by its workers).
ADDRESS_SPACE_LIMIT = 6 * 1024**3
CPU_SECONDS_LIMIT = 120
WAIT_LIMIT_SECONDS = 30.0
#: Options of every run: a 127.0.0.1 site, two workers, small page limits.
PAGE_TIMEOUT = 1.5
PAGE_MEMORY_MB = 300
OPTIONS = (
    "--allow-private", "--delay", "0", "--per-host", "4", "--workers", "2",
    "--page-timeout", f"{PAGE_TIMEOUT:g}", "--page-memory", str(PAGE_MEMORY_MB),
)  # fmt: skip
#: The stated cap: resident memory of the whole batch (all its processes together).
TREE_MEMORY_CAP_MB = 1200
#: Start-up (imports, the fork server), the good pages and the end, beyond the page limit.
BATCH_SLACK_SECONDS = 15.0


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS_LIMIT, CPU_SECONDS_LIMIT))


def start(args: list[str], cwd: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    """presscut in a session of its own, under the test's resource limits."""
    return subprocess.Popen(
        presscut_command(*args),
        cwd=cwd,
        env=clean_env(),
        stdout=kwargs.pop("stdout", subprocess.DEVNULL),
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_limits,
        **kwargs,  # type: ignore[arg-type]
    )


def tree(process: subprocess.Popen[Any]) -> list[psutil.Process]:
    try:
        root = psutil.Process(process.pid)
        return [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


class MemoryWatch:
    """Samples the summed resident memory of a process tree until the process ends."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.peak = 0
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while self.process.poll() is None:
            total = 0
            for member in tree(self.process):
                try:
                    total += member.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def peak_mb(self) -> float:
        self._thread.join(WAIT_LIMIT_SECONDS)
        return self.peak / 1024**2


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def gone(processes: list[psutil.Process]) -> bool:
    """Whether every process has ended (a zombie waiting for its reaper counts)."""
    for member in processes:
        try:
            if member.status() != psutil.STATUS_ZOMBIE:
                return False
        except psutil.NoSuchProcess:
            continue
    return True


def write_list(site: LocalSite, work: Path, paths: list[str]) -> list[str]:
    urls = [site.base + path for path in paths]
    (work / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    return urls


GOOD = [f"/news/{n}" for n in range(10)]


def test_one_hostile_page_among_ten_good_ones(local_site: LocalSite, tmp_path: Path) -> None:
    local_site.pages["/hostile"] = HOSTILE_PAGE
    write_list(local_site, tmp_path, [GOOD[0], "/hostile", *GOOD[1:]])
    started = time.monotonic()
    process = start(["-i", "urls.txt", "-o", "out.jsonl", *OPTIONS, "-q"], tmp_path)
    watch = MemoryWatch(process)
    _, stderr = process.communicate(timeout=PAGE_TIMEOUT + BATCH_SLACK_SECONDS)
    elapsed = time.monotonic() - started
    assert process.returncode == 1, stderr
    assert b"Traceback" not in stderr
    records = by_url(parse_lines((tmp_path / "out.jsonl").read_text("utf-8")))
    hostile = records.pop(local_site.base + "/hostile")
    assert [error_type(r) for r in records.values()] == [None] * 10
    assert error_type(hostile) == "extract_failed"
    assert hostile["status"] == 200
    assert "(the page time limit, --page-timeout)" in hostile["error"]["message"] or (
        "(the page memory limit, --page-memory)" in hostile["error"]["message"]
    )
    assert elapsed < PAGE_TIMEOUT + BATCH_SLACK_SECONDS
    assert watch.peak_mb() < TREE_MEMORY_CAP_MB


def forkserver_started(process: subprocess.Popen[Any]) -> bool:
    """Whether the process has started a fork server (its extraction or Dask workers are
    forked from it)."""
    for member in tree(process):
        try:
            if any("forkserver" in part for part in member.cmdline()):
                return True
        except psutil.Error:
            continue
    return False


def test_ctrl_c_while_the_fork_server_imports_records_no_failure(
    local_site: LocalSite, tmp_path: Path
) -> None:
    local_site.delay = 1.0  # the batch cannot end before the signal comes (10 pages, 4 at a time)
    urls = write_list(local_site, tmp_path, GOOD)
    process = start(["-i", "urls.txt", "-o", "out.jsonl", *OPTIONS], tmp_path)
    wait_for(lambda: forkserver_started(process), "the fork server")
    members = tree(process)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends: to the whole group
    _, stderr = process.communicate(timeout=WAIT_LIMIT_SECONDS)
    assert process.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    out = tmp_path / "out.jsonl"
    before = parse_lines(out.read_text("utf-8")) if out.exists() else []
    assert [error_type(r) for r in before] == [None] * len(before)
    wait_for(lambda: gone(members), "the workers to leave")

    local_site.delay = 0.0
    again = start(["-i", "urls.txt", "-o", "out.jsonl", "--resume", *OPTIONS, "-q"], tmp_path)
    _, stderr = again.communicate(timeout=WAIT_LIMIT_SECONDS)
    assert again.returncode == 0, stderr
    records = by_url(parse_lines(out.read_text("utf-8")))
    assert set(records) == set(urls)
    assert [error_type(r) for r in records.values()] == [None] * len(urls)


def test_sigterm_stops_with_a_summary_and_exit_143(local_site: LocalSite, tmp_path: Path) -> None:
    local_site.delay = 0.2
    write_list(local_site, tmp_path, [f"/news/{n}" for n in range(200)])
    out = tmp_path / "out.jsonl"
    process = start(["-i", "urls.txt", "-o", "out.jsonl", *OPTIONS], tmp_path)
    wait_for(lambda: out.exists() and out.read_bytes().count(b"\n") >= 3, "three records")
    members = tree(process)
    process.send_signal(signal.SIGTERM)  # to the batch's process only, as `kill` does
    _, stderr = process.communicate(timeout=WAIT_LIMIT_SECONDS)
    assert process.returncode == 143
    text = stderr.decode()
    assert "presscut: terminated (SIGTERM): " in text and " ok, 0 failed" in text
    assert "Traceback" not in text
    records = parse_lines(out.read_text("utf-8"))
    assert 3 <= len(records) < 200
    assert [error_type(r) for r in records] == [None] * len(records)
    wait_for(lambda: gone(members), "the workers to leave")


def test_kill_9_of_the_batch_takes_its_workers_and_frees_stdout(
    local_site: LocalSite, tmp_path: Path
) -> None:
    local_site.delay = 0.2
    write_list(local_site, tmp_path, [f"/news/{n}" for n in range(200)])
    process = start(["-i", "urls.txt", *OPTIONS], tmp_path, stdout=subprocess.PIPE)
    assert process.stdout is not None
    first = process.stdout.readline()  # a worker has extracted a page
    assert json.loads(first)["error"] is None
    members = tree(process)
    assert len(members) >= 3, "the batch, its fork server and a worker"
    process.kill()  # SIGKILL to the batch's process alone: no chance to clean up
    ended = threading.Event()

    def drain() -> None:
        assert process.stdout is not None
        process.stdout.read()  # returns once no process holds the pipe open
        ended.set()

    threading.Thread(target=drain, daemon=True).start()
    assert ended.wait(WAIT_LIMIT_SECONDS), "a leftover process keeps stdout open"
    process.wait()
    wait_for(lambda: gone(members), "every process of the batch to end")
    assert process.stderr is not None
    process.stderr.close()
