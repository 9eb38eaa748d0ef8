"""The batch engine without a real network: inputs, resume, output, the shard function."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import time
from pathlib import Path
from typing import Any

import httpx
import respx

from conftest import ARTICLE_TITLE, RecordCheck, article_html
from presscut.batch import (
    BatchOptions,
    JsonlWriter,
    Tally,
    distinct,
    interleave_hosts,
    prepare_resume,
    read_urls,
    run_shard,
    run_shard_async,
    url_key,
)
from presscut.batch.pool import ExtractionPool
from presscut.fetch import FetchOptions, Page
from presscut.fetch.hosts import HostLimiter

HTML = {"content-type": "text/html; charset=utf-8"}
PAGE = article_html().encode("utf-8")
OPEN = FetchOptions(delay=0, respect_robots=False, allow_private=True, retries=0)


def shard(urls: list[str], fetch: FetchOptions = OPEN) -> list[dict[str, Any]]:
    """Run one shard in-process (workers=0) and collect what reaches the sink."""
    records: list[dict[str, Any]] = []
    asyncio.run(run_shard_async(urls, BatchOptions(fetch, workers=0), records.append))
    return records


# --- inputs -------------------------------------------------------------------------------


def test_read_urls_skips_blanks_and_comments() -> None:
    lines = ["# list\n", "\n", "  https://a.example/1  \n", "   \n", "#https://a.example/2\n"]
    assert read_urls(lines) == ["https://a.example/1"]


def test_url_key_normalises_scheme_host_port_and_fragment() -> None:
    assert url_key("HTTPS://News.Example:443/a?b=1#top") == "https://news.example/a?b=1"
    assert url_key("http://news.example:80") == "http://news.example/"
    assert url_key("http://news.example:8080/A") == "http://news.example:8080/A"
    assert url_key("not a url") == "not a url"


def test_distinct_keeps_first_occurrence_and_skips_done() -> None:
    urls = ["http://a.example/1", "HTTP://A.example/1#x", "http://a.example/2", "http://b.example/"]
    assert distinct(urls) == ["http://a.example/1", "http://a.example/2", "http://b.example/"]
    assert distinct(urls, skip={"http://a.example/2"}) == [
        "http://a.example/1",
        "http://b.example/",
    ]


def test_interleave_hosts_round_robins() -> None:
    urls = ["http://a.x/1", "http://a.x/2", "http://a.x/3", "http://b.x/1", "http://c.x/1"]
    expected = ["http://a.x/1", "http://b.x/1", "http://c.x/1", "http://a.x/2", "http://a.x/3"]
    assert interleave_hosts(urls) == expected


# --- output and resume ------------------------------------------------------------------------


def record(url: str, error: str | None = None) -> dict[str, Any]:
    failure = {"type": error, "message": "m", "status": None} if error else None
    return {"schema_version": "1.0", "url": url, "error": failure}


def test_writer_appends_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps(record("http://a.x/0")) + "\n", "utf-8")
    writer = JsonlWriter(out)
    writer.write(record("http://a.x/é"))
    writer.close()
    lines = out.read_text("utf-8").splitlines()
    assert [json.loads(line)["url"] for line in lines] == ["http://a.x/0", "http://a.x/é"]


def test_resume_drops_a_torn_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = json.dumps(record("http://a.x/1")) + "\n"
    out.write_text(whole + '{"schema_version": "1.0", "url": "http://a.', "utf-8")
    assert prepare_resume(out, retry_failed=False) == {"http://a.x/1"}
    assert out.read_text("utf-8") == whole


def test_resume_keeps_failures_unless_retrying_them(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good, bad = record("http://a.x/1"), record("http://a.x/2", "timeout")
    out.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", "utf-8")
    assert prepare_resume(out, retry_failed=False) == {"http://a.x/1", "http://a.x/2"}
    assert prepare_resume(out, retry_failed=True) == {"http://a.x/1"}
    assert out.read_text("utf-8") == json.dumps(good) + "\n"


def test_resume_ends_a_whole_last_record_with_its_newline(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first, last = json.dumps(record("http://a.x/1")), json.dumps(record("http://a.x/2"))
    out.write_text(first + "\n\n" + last, "utf-8")
    assert prepare_resume(out, retry_failed=False) == {"http://a.x/1", "http://a.x/2"}
    assert out.read_text("utf-8") == first + "\n\n" + last + "\n"  # a blank line is no harm


def test_resume_of_a_missing_file_is_empty(tmp_path: Path) -> None:
    assert prepare_resume(tmp_path / "none.jsonl", retry_failed=True) == set()


def test_tally_summary_counts_failures_by_type() -> None:
    tally = Tally(total=3)
    for item in (record("a"), record("b", "timeout"), record("c", "timeout")):
        tally.add(item)
    assert tally.done == 3
    assert "1 ok, 2 failed (timeout 2)" in tally.summary()


# --- the shard function ----------------------------------------------------------------------


@respx.mock
def test_shard_gives_one_record_per_url(check_record: RecordCheck) -> None:
    respx.get("http://a.example/1").respond(200, headers=HTML, content=PAGE)
    respx.get("http://b.example/2").respond(503)
    records = {
        r["url"]: check_record(r)
        for r in shard(["http://a.example/1", "http://b.example/2", "nope"])
    }
    assert set(records) == {"http://a.example/1", "http://b.example/2", "nope"}
    assert records["http://a.example/1"]["title"] == ARTICLE_TITLE
    assert records["http://b.example/2"]["error"]["type"] == "http_status"
    assert records["http://b.example/2"]["status"] == 503
    assert records["nope"]["error"]["type"] == "invalid_url"


@respx.mock
def test_shard_blocks_private_addresses_by_default(check_record: RecordCheck) -> None:
    route = respx.get("http://192.168.0.10/a").respond(200, headers=HTML, content=PAGE)
    closed = FetchOptions(delay=0, respect_robots=False)
    [result] = shard(["http://192.168.0.10/a"], closed)
    assert check_record(result)["error"]["type"] == "blocked_address"
    assert route.call_count == 0


@respx.mock
def test_shard_with_a_process_pool(check_record: RecordCheck) -> None:
    for n in range(3):
        respx.get(f"http://a.example/{n}").respond(200, headers=HTML, content=PAGE)
    records: list[dict[str, Any]] = []
    urls = [f"http://a.example/{n}" for n in range(3)]
    run_shard(urls, BatchOptions(OPEN, workers=1), records.append)
    assert sorted(r["url"] for r in records) == urls
    assert all(check_record(r)["title"] == ARTICLE_TITLE for r in records)


class WorkerKiller:
    """Unpickled in a worker process, it ends that process on the spot."""

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        return (os._exit, (3,))


def test_a_dead_worker_fails_one_page_not_the_batch(check_record: RecordCheck) -> None:
    pool = ExtractionPool(1)

    async def run() -> tuple[dict[str, Any], dict[str, Any]]:
        killer = Page("http://a.example/bad", "http://a.example/bad", 200, WorkerKiller(), None)  # type: ignore[arg-type]
        bad = await pool.extract(killer, False)
        good = Page("http://a.example/good", "http://a.example/good", 200, PAGE, "utf-8")
        return bad, await pool.extract(good, False)

    try:
        bad, good = asyncio.run(run())
    finally:
        pool.shutdown()
    assert check_record(good)["title"] == ARTICLE_TITLE
    assert check_record(bad)["error"]["type"] == "extract_failed"
    assert bad["url"] == "http://a.example/bad"
    # it died once, was replaced, died again: then it is the page's failure
    assert bad["error"]["message"] == "the extraction process died (exit status 3), 2 times"


@respx.mock
def test_cache_answers_a_second_run(tmp_path: Path) -> None:
    route = respx.get("http://a.example/1").respond(200, headers=HTML, content=PAGE)
    cached = FetchOptions(
        delay=0, respect_robots=False, allow_private=True, cache_dir=str(tmp_path)
    )
    first, second = shard(["http://a.example/1"], cached), shard(["http://a.example/1"], cached)
    assert first[0]["title"] == second[0]["title"] == ARTICLE_TITLE
    assert route.call_count == 1


@respx.mock
def test_cache_fetches_again_once_an_entry_expires(tmp_path: Path) -> None:
    route = respx.get("http://a.example/1").respond(200, headers=HTML, content=PAGE)
    cached = FetchOptions(
        delay=0, respect_robots=False, allow_private=True, cache_dir=str(tmp_path), cache_ttl=1
    )
    shard(["http://a.example/1"], cached)
    shard(["http://a.example/1"], cached)
    assert route.call_count == 1  # replayed within its time to live
    time.sleep(1.5)
    assert shard(["http://a.example/1"], cached)[0]["title"] == ARTICLE_TITLE
    assert route.call_count == 2  # expired: fetched again


@respx.mock
def test_cache_does_not_keep_failures(tmp_path: Path) -> None:
    route = respx.get("http://a.example/1").mock(return_value=httpx.Response(500))
    cached = FetchOptions(
        delay=0, respect_robots=False, allow_private=True, retries=0, cache_dir=str(tmp_path)
    )
    shard(["http://a.example/1"], cached)
    shard(["http://a.example/1"], cached)
    assert route.call_count == 2


@respx.mock
def test_cache_replays_a_compressed_page(tmp_path: Path) -> None:
    headers = {**HTML, "content-encoding": "gzip"}
    route = respx.get("http://a.example/gz").respond(
        200, headers=headers, content=gzip.compress(PAGE)
    )
    cached = FetchOptions(
        delay=0, respect_robots=False, allow_private=True, cache_dir=str(tmp_path)
    )
    first, second = shard(["http://a.example/gz"], cached), shard(["http://a.example/gz"], cached)
    assert first[0]["body"] == second[0]["body"]
    assert second[0]["title"] == ARTICLE_TITLE
    assert route.call_count == 1


def test_per_host_limit_is_never_exceeded() -> None:
    limiter = HostLimiter(per_host=2, delay=0)
    inside: dict[str, int] = {"a": 0, "b": 0}
    peaks: dict[str, int] = {"a": 0, "b": 0}

    async def visit(host: str) -> None:
        async with limiter.slot(host):
            inside[host] += 1
            peaks[host] = max(peaks[host], inside[host])
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            inside[host] -= 1

    async def run() -> None:
        await asyncio.gather(*(visit(host) for host in "ab" * 10))

    asyncio.run(run())
    assert peaks == {"a": 2, "b": 2}
