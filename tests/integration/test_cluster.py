"""Batches on a Dask cluster: one LocalCluster of 2 worker processes for the module, serving
batches against the test servers (three ports, three hosts)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from presscut.batch import BatchOptions, shards
from presscut.batch.cluster import ClusterRun
from presscut.batch.report import DAMAGE_NOTE
from presscut.batch.warc import run_archives
from presscut.cli import main
from presscut.fetch import FetchOptions
from warc.archives import html, record_starts, request, response, write_warc

from .pages import article_page
from .runner import (
    FAST_OPTIONS,
    by_url,
    clean_env,
    error_type,
    normalise,
    parse_lines,
    presscut_command,
    run_presscut,
)
from .server import SiteCluster
from .test_stops import forkserver_started, gone, tree, wait_for

#: Article numbers used by this module only (the server counts hits per path).
SAME_PAGES = range(500, 518)
LIMITED_PAGES = range(520, 538)  # /slow/N, 6 per host
KILLED_PAGES = range(540, 564)  # /slow/N, 8 per host
INTERRUPTED_PAGES = range(570, 600)
START_PAGES = range(650, 656)
ARCHIVED_PAGES = range(610, 622)
CLI_ARCHIVED_PAGES = range(630, 636)
FAULT_PATHS = ("/missing-page", "/doc.pdf", "/private/519")
PER_HOST = 2
#: Shards of 3 URLs, so that each host's URLs run as a sequence of shards.
SMALL_SHARDS = 3
FETCH = FetchOptions(allow_private=True, timeout=5, retries=1, per_host=PER_HOST)
STARTUP_SECONDS = 60


@pytest.fixture(scope="module")
def dask() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=4,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        ) as local,
        Client(local.scheduler_address, set_as_default=False) as client,
    ):
        client.wait_for_workers(2, timeout=STARTUP_SECONDS)
        yield client


def run_here(client: Client, urls: list[str]) -> list[dict[str, Any]]:
    """A batch through the cluster engine in this process; the records as the sink got them."""
    got: list[dict[str, Any]] = []
    notes: list[str] = []
    ClusterRun(client, BatchOptions(FETCH, 0), got.append, notes.append, SMALL_SHARDS).run(urls)
    assert notes == []
    return got


def test_same_records_as_a_local_batch(dask: Client, cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in SAME_PAGES]
    urls += [cluster.url(path, host=i) for i, path in enumerate(FAULT_PATHS)]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    common = ("-i", "urls.txt", "--allow-private", *FAST_OPTIONS)
    address = dask.scheduler.address
    here = run_presscut(*common, "-o", "here.jsonl", cwd=tmp_path, output=tmp_path / "here.jsonl")
    there = run_presscut(
        *common, "-o", "there.jsonl", "--cluster", address,
        cwd=tmp_path, output=tmp_path / "there.jsonl",
    )  # fmt: skip
    assert there.code == here.code == 1  # the three faults
    local, remote = by_url(here.records), by_url(there.records)
    assert set(remote) == set(local) == {normalise(u) for u in urls}
    for key, record in remote.items():
        for field in ("title", "body", "credit", "published", "language", "status"):
            assert record[field] == local[key][field], (key, field)
        assert error_type(record) == error_type(local[key])
    for n in SAME_PAGES:
        assert remote[normalise(cluster.url(f"/article/{n}", host=n))]["title"] == (
            article_page(n).title
        )
    assert error_type(remote[normalise(cluster.url("/private/519", 2))]) == "robots_disallowed"


def test_per_host_limit_holds_across_workers(dask: Client, cluster: SiteCluster) -> None:
    urls = [cluster.url(f"/slow/{n}", host=n) for n in LIMITED_PAGES]
    cluster.reset_watch()
    records = run_here(dask, urls)
    assert sorted(normalise(r["url"]) for r in records) == sorted(normalise(u) for u in urls)
    assert all(r["error"] is None for r in records)
    ports = {int(base.rsplit(":", 1)[1]) for base in cluster.bases}
    assert set(cluster.peak_in_flight) == ports
    assert max(cluster.peak_in_flight.values()) <= PER_HOST


def test_killed_worker_loses_nothing_and_writes_nothing_twice(
    dask: Client, cluster: SiteCluster
) -> None:
    urls = [cluster.url(f"/slow/{n}", host=n) for n in KILLED_PAGES]
    pids = dask.run(os.getpid)
    got: list[dict[str, Any]] = []
    killed: list[int] = []

    def sink(record: dict[str, Any]) -> None:
        got.append(record)
        if len(got) == 3:
            busy = [worker for worker, keys in dask.processing().items() if keys]
            killed.append(pids[busy[0]])
            os.kill(pids[busy[0]], signal.SIGKILL)

    options = BatchOptions(FETCH, 0)
    ClusterRun(dask, options, sink, lambda kind: None, SMALL_SHARDS).run(urls)
    assert killed
    assert sorted(normalise(r["url"]) for r in got) == sorted(normalise(u) for u in urls)
    assert all(r["error"] is None for r in got), [r["error"] for r in got if r["error"]]
    dask.wait_for_workers(2, timeout=STARTUP_SECONDS)  # the nanny has restarted it
    assert killed[0] not in dask.run(os.getpid).values()


def test_ctrl_c_stops_and_keeps_what_was_written(
    dask: Client, cluster: SiteCluster, tmp_path: Path
) -> None:
    urls = [cluster.url(f"/slow/{n}", host=n) for n in INTERRUPTED_PAGES]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    output = tmp_path / "out.jsonl"
    command = presscut_command(
        "-i", "urls.txt", "-o", "out.jsonl", "--allow-private", "--per-host", "1",
        "--cluster", dask.scheduler.address, *FAST_OPTIONS,
    )  # fmt: skip
    child = subprocess.Popen(
        command, cwd=tmp_path, env=clean_env(), stderr=subprocess.PIPE, text=True
    )
    while not output.exists() or not output.read_text("utf-8").strip():
        assert child.poll() is None, child.communicate()
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    _, stderr = child.communicate(timeout=STARTUP_SECONDS)
    assert child.returncode == 130, stderr
    assert "Traceback" not in stderr
    written = parse_lines(output.read_text("utf-8"))
    assert 0 < len(written) < len(urls)
    assert len(by_url(written)) == len(written)


@pytest.mark.parametrize("after", [0.0, 0.5], ids=["at-fork-server", "half-a-second-on"])
def test_ctrl_c_while_the_local_cluster_starts(
    cluster: SiteCluster, tmp_path: Path, after: float
) -> None:
    """Ctrl-C to the whole process group (what a terminal does) while the LocalCluster's
    processes start: the run stops with 130, nothing written, no traceback, no process
    left behind (the signal was ignored before: the run went on to its end, exit 0)."""
    urls = [cluster.url(f"/slow/{n}", host=n) for n in START_PAGES]
    (tmp_path / "urls.txt").write_text("\n".join(urls) + "\n", "utf-8")
    command = presscut_command(
        "-i", "urls.txt", "-o", "out.jsonl", "--allow-private", "--cluster", "local:2",
        *FAST_OPTIONS,
    )  # fmt: skip
    child = subprocess.Popen(
        command, cwd=tmp_path, env=clean_env(), stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    wait_for(lambda: forkserver_started(child), "the cluster's fork server")
    time.sleep(after)
    members = tree(child)
    os.killpg(child.pid, signal.SIGINT)
    _, stderr = child.communicate(timeout=STARTUP_SECONDS)
    assert child.returncode == 130, stderr
    assert "presscut: interrupted" in stderr
    assert "Traceback" not in stderr
    output = tmp_path / "out.jsonl"
    assert parse_lines(output.read_text("utf-8") if output.exists() else "") == []
    wait_for(lambda: gone(members), "the cluster's processes to leave")


def test_large_archive_is_shared_by_the_workers(
    dask: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls = [f"https://news.example/story/{n}" for n in range(40)]
    records = []
    for number, url in enumerate(urls):
        body = html(f"Story {number}", f"The story number {number} in a few words. " * 10)
        records += [request(url), response(url, body)]
    archive = write_warc(tmp_path / "big.warc.gz", records)
    size = archive.stat().st_size // 6
    monkeypatch.setattr(shards, "ARCHIVE_RANGE_BYTES", size)
    assert len(shards.archive_shards([archive], 0)) >= 5
    got: list[dict[str, Any]] = []
    notes: list[str] = []
    ClusterRun(dask, BatchOptions(FETCH, 0), got.append, notes.append).run([], [archive])
    assert sorted(r["url"] for r in got) == sorted(urls)  # each once
    assert {r["title"] for r in got} == {f"Story {n}" for n in range(40)}
    assert notes == ["warc request"] * 40


def test_workers_archive_through_the_one_writer(
    dask: Client, cluster: SiteCluster, tmp_path: Path
) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in ARCHIVED_PAGES]
    warc = tmp_path / "run.warc.gz"
    options = BatchOptions(replace(FETCH, warc_out=str(warc)), 0)
    fetched: list[dict[str, Any]] = []
    ClusterRun(dask, options, fetched.append, lambda kind: None, SMALL_SHARDS).run(urls)
    again: list[dict[str, Any]] = []
    notes: list[str] = []
    run_archives([warc], BatchOptions(FetchOptions(), 0), again.append, notes.append)
    assert sorted(r["url"] for r in again) == sorted(r["url"] for r in fetched)
    assert {r["title"] for r in again} == {article_page(n).title for n in ARCHIVED_PAGES}
    bodies = {r["url"]: r["body"] for r in fetched}
    assert all(r["body"] == bodies[r["url"]] for r in again)
    # a request before each page, and robots.txt fetched once per shard: 4 pages on each
    # of the 3 hosts make 2 shards of at most 3 a host, so 6 robots.txt (plain text)
    assert notes.count("warc request") == len(urls) + 6
    assert notes.count("warc non-HTML response") == 6
    assert notes.count("warc warcinfo") == 1


def test_local_cluster_from_the_command_line(cluster: SiteCluster, tmp_path: Path) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in (600, 601, 602)]
    run = run_presscut(*urls, "--allow-private", "--cluster", "local:2", *FAST_OPTIONS,
                       cwd=tmp_path)  # fmt: skip
    assert run.code == 0, run.stderr
    assert {r["title"] for r in run.records} == {article_page(n).title for n in (600, 601, 602)}


def test_page_limits_hold_on_the_workers_of_a_local_cluster(
    cluster: SiteCluster, tmp_path: Path
) -> None:
    """A page that takes seconds to extract, under a 1.5 s page limit: its worker's
    extraction process is killed and the page is a failure that names the limit, as in a
    local batch; the good page beside it comes out."""
    hostile, good = cluster.url("/hostile", host=0), cluster.url("/article/603", host=1)
    run = run_presscut(hostile, good, "--allow-private", "--cluster", "local:2",
                       "--page-timeout", "1.5", *FAST_OPTIONS, cwd=tmp_path)  # fmt: skip
    assert run.code == 1, run.stderr
    records = by_url(run.records)
    assert records[normalise(good)]["title"] == article_page(603).title
    failed = records[normalise(hostile)]
    assert error_type(failed) == "extract_failed"
    assert "(the page time limit, --page-timeout)" in failed["error"]["message"]


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    args = ["https://example.org/a", "-o", str(out), "--cluster", "tcp://127.0.0.1:9"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
    assert not out.exists() or out.read_text("utf-8") == ""


def test_without_the_extra_cluster_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    result = CliRunner().invoke(main, ["https://example.org/a", "--cluster", "local:2"])
    assert result.exit_code == 2
    assert "pip install 'presscut[dask]'" in result.stderr


def test_warc_out_with_a_cluster_then_the_archive_alone(
    dask: Client, cluster: SiteCluster, tmp_path: Path
) -> None:
    urls = [cluster.url(f"/article/{n}", host=n) for n in CLI_ARCHIVED_PAGES]
    warc = tmp_path / "run.warc.gz"
    fetched = run_presscut(*urls, "--allow-private", "--cluster", dask.scheduler.address,
                           "--warc-out", str(warc), *FAST_OPTIONS, cwd=tmp_path)  # fmt: skip
    again = run_presscut(str(warc), cwd=tmp_path)
    assert fetched.code == again.code == 0, fetched.stderr
    first, second = by_url(fetched.records), by_url(again.records)
    assert set(second) == set(first) == {normalise(u) for u in urls}
    for n in CLI_ARCHIVED_PAGES:
        key = normalise(cluster.url(f"/article/{n}", host=n))
        assert second[key]["title"] == first[key]["title"] == article_page(n).title
        assert second[key]["body"] == first[key]["body"]


def test_without_cluster_dask_is_not_imported(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><h1>{article_page(1).title}</h1></body></html>", "utf-8")
    script = (
        "import sys\nfrom presscut.cli import main\n"
        "try:\n    main([sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(page)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip().endswith("[]"), done.stdout


def stories_archive(path: Path, numbers: range, again: tuple[int, ...] = ()) -> list[str]:
    """A WARC file of a request and a response per story, then second captures of `again`;
    the stories' URLs."""
    urls = [f"https://news.example/story/{n}" for n in numbers]
    records = []
    for number in [*numbers, *again]:
        url = f"https://news.example/story/{number}"
        body = html(f"Story {number}", f"The story number {number} in a few words. " * 10)
        records += [request(url), response(url, body)]
    write_warc(path, records)
    return urls


def test_archive_resumed_on_a_cluster_counts_what_is_done(
    dask: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Responses already written (resume) or captured twice (in another range) are counted
    "already done", as in a local run; none written twice, none counted a duplicate."""
    archive = tmp_path / "big.warc.gz"
    urls = stories_archive(archive, range(12), again=(5,))
    monkeypatch.setattr(shards, "ARCHIVE_RANGE_BYTES", archive.stat().st_size // 5)
    assert len(shards.archive_shards([archive], 0)) >= 4
    got: list[dict[str, Any]] = []
    notes: list[str] = []
    done = set(urls[:3])
    run = ClusterRun(dask, BatchOptions(FETCH, 0), got.append, notes.append)
    run.run([], [archive], lambda url: url in done)
    assert sorted(r["url"] for r in got) == sorted(urls[3:])
    assert sorted(notes) == ["warc request"] * 13 + ["warc response already done"] * 4


def test_resume_of_an_archive_with_a_cluster(dask: Client, tmp_path: Path) -> None:
    archive = tmp_path / "run.warc.gz"
    urls = stories_archive(archive, range(6))
    output = tmp_path / "out.jsonl"
    args = (str(archive), "-o", str(output), "--cluster", dask.scheduler.address)
    first = run_presscut(*args, cwd=tmp_path, output=output)
    assert first.code == 0, first.stderr
    lines = output.read_text("utf-8").splitlines(keepends=True)
    output.write_text("".join(lines[:2]), "utf-8")  # a run stopped after two records
    again = run_presscut(*args, "--resume", cwd=tmp_path, output=output)
    assert again.code == 0, again.stderr
    assert sorted(r["url"] for r in again.records) == sorted(urls)
    assert "presscut: 4 ok, 0 failed" in again.stderr
    assert "warc response already done 2" in again.stderr
    assert "duplicate" not in again.stderr


def test_damaged_archive_shared_by_the_workers_loses_one_record(
    dask: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The response of story 17 of 40 garbled, the file cut into ranges over the workers:
    the 39 others come out once; the damage is noted once, after the records of its range
    before it."""
    archive = tmp_path / "damaged.warc.gz"
    urls = stories_archive(archive, range(40))
    damaged = record_starts(archive)[2 * 17 + 1]  # a request, then a response, per story
    responses = record_starts(archive)[1::2]
    data = bytearray(archive.read_bytes())
    for offset in range(damaged + 20, damaged + 50):
        data[offset] ^= 0x5A
    archive.write_bytes(bytes(data))
    monkeypatch.setattr(shards, "ARCHIVE_RANGE_BYTES", len(data) // 6)
    parts = [(s.start, s.end or len(data)) for s in shards.archive_shards([archive], 0)]
    assert len(parts) >= 5
    first = next(start for start, end in parts if start <= damaged < end)
    before = {urls[n] for n in range(17) if responses[n] >= first}
    assert before  # the damage is not at its range's start
    got: list[dict[str, Any]] = []
    seen_at_damage: list[set[str]] = []

    def note(kind: str) -> None:
        if kind.startswith(DAMAGE_NOTE):
            seen_at_damage.append({r["url"] for r in got})

    ClusterRun(dask, BatchOptions(FETCH, 0), got.append, note).run([], [archive])
    assert sorted(r["url"] for r in got) == sorted(u for n, u in enumerate(urls) if n != 17)
    assert len(seen_at_damage) == 1
    assert before <= seen_at_damage[0]
