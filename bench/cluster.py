"""The cluster engine's overhead: the 600-URL list of bench/batch.py (and larger ones) through
the local batch and through `--cluster local:2`, alternated, in one run; the LocalCluster's
start and stop; then what the one writer sustains.

Throughput is given two ways: over the wall clock (start-up included: Dask's import, the
LocalCluster's start and stop) and steady, from the first line written to the last. Peak
RSS is the sum over the process tree (psutil, every 50 ms).

The writer's capacity is measured apart, fed synthetic records (a real record of the list,
its URL changed each time): the driver's path per record (dedup key, JSON Lines write,
tally) and the Dask queue that carries the records from the workers (batches of 32 put by
one task, read by the driver).

The start and stop are timed in a fresh interpreter each time (`open_cluster("local:2")`
entered, then left), as the command line does it.

    .venv/bin/python bench/cluster.py --urls 600 3000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil
from batch import MB, SAMPLE_SECONDS, start_server, stop_server, tree_rss, write_list

from presscut.batch.inputs import url_key
from presscut.batch.output import JsonlWriter
from presscut.batch.report import Tally

CONFIGS = ("--per-host 8 --delay 0", "--per-host 8 --delay 0 --cluster local:2")
WRITER_RECORDS = 20_000
QUEUE_BATCHES = 500
BATCH = 32


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, nargs="+", default=[600, 3000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ports", type=int, default=6)
    parser.add_argument("--latency", type=float, default=0.1)
    return parser.parse_args()


def run(work: Path, urls: Path, options: str) -> dict[str, float]:
    """One presscut run: wall seconds, steady seconds (first line to last), lines, peak RSS."""
    output = work / "out.jsonl"
    output.unlink(missing_ok=True)
    command = [sys.executable, "-m", "presscut", "-i", str(urls), "-o", str(output)]
    command += ["--allow-private", "-q", *shlex.split(options)]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=work, stderr=subprocess.DEVNULL)
    watched = psutil.Process(child.pid)
    first = None
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(watched))
        if first is None and output.exists() and output.stat().st_size:
            first = time.time()
        time.sleep(SAMPLE_SECONDS / 5)
    ended = time.perf_counter()
    lines = output.read_text("utf-8").splitlines()
    last = output.stat().st_mtime  # when the last line was written
    steady = last - first if first is not None else ended - started
    ok = sum(1 for line in lines if json.loads(line)["error"] is None)
    return {"wall": ended - started, "steady": steady, "ok": ok, "lines": len(lines), "rss": peak}


def compare(args: argparse.Namespace, work: Path, bases: list[str], count: int) -> None:
    urls = write_list(work / "urls.txt", bases, count)
    runs: dict[str, list[dict[str, float]]] = {config: [] for config in CONFIGS}
    for index in range(args.repeat):
        for config in CONFIGS:
            result = run(work, urls, config)
            runs[config].append(result)
            print(f"run {index + 1}: {config}: {result['wall']:.2f} s, {result['ok']} ok")
    print(f"\n{count} URLs on {args.ports} hosts, {args.latency * 1000:.0f} ms latency, "
          f"medians of {args.repeat}:")  # fmt: skip
    print("| presscut | wall s | pages/s (wall) | pages/s (steady) | ok (min) | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    rates = {}
    for config, results in runs.items():
        wall = statistics.median(r["wall"] for r in results)
        steady = statistics.median(r["lines"] / r["steady"] for r in results)
        rates[config] = (count / wall, steady)
        ok = min(r["ok"] for r in results)
        rss = max(r["rss"] for r in results) / MB
        print(f"| {config} | {wall:.2f} | {count / wall:.1f} | {steady:.1f} | {ok} | {rss:.0f} |")
    local, cluster = (rates[c] for c in CONFIGS)
    print(
        f"cluster / local: {cluster[0] / local[0]:.2f}x wall, {cluster[1] / local[1]:.2f}x steady"
    )


START_STOP = """
import time
started = time.perf_counter()
from presscut.batch.cluster import open_cluster
imported = time.perf_counter()
with open_cluster("local:2"):
    up = time.perf_counter()
print(imported - started, up - imported, time.perf_counter() - up)
"""


def start_stop(repeat: int) -> None:
    """Seconds to import the cluster engine, start a LocalCluster of 2, and stop it."""
    times = []
    for _ in range(repeat):
        command = [sys.executable, "-c", START_STOP]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        times.append([float(value) for value in output.split()])
    imported, up, down = (statistics.median(column) for column in zip(*times, strict=True))
    print(f"\nlocal:2, medians of {repeat}: import {imported:.2f} s, start {up:.2f} s, "
          f"stop {down:.2f} s")  # fmt: skip


# --- the single writer ------------------------------------------------------------------


def sample_record(work: Path) -> dict[str, Any]:
    return json.loads((work / "out.jsonl").read_text("utf-8").splitlines()[0])


def writer_capacity(record: dict[str, Any], work: Path) -> float:
    """Records per second through the driver's sink: dedup key, write, tally."""
    writer = JsonlWriter(work / "writer.jsonl")
    tally = Tally(WRITER_RECORDS)
    written: set[str] = set()
    base = record["url"]
    started = time.perf_counter()
    for number in range(WRITER_RECORDS):
        record = {**record, "url": f"{base}?n={number}"}
        key = url_key(record["url"])
        if key not in written:
            written.add(key)
            writer.write(record)
            tally.add(record)
    seconds = time.perf_counter() - started
    writer.close()
    return WRITER_RECORDS / seconds


def put_batches(count: int, record: dict[str, Any]) -> float:
    from distributed import Queue, get_client

    queue = Queue("bench", client=get_client())
    started = time.perf_counter()
    for number in range(count):
        queue.put({"shard": number, "records": [record] * BATCH, "notes": {}})
    return time.perf_counter() - started


def queue_capacity(record: dict[str, Any]) -> tuple[float, float]:
    """Records per second put by one worker task, and read by the driver."""
    from distributed import Client, LocalCluster, Queue

    with (
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None,
                     silence_logs=logging.CRITICAL) as local,
        Client(local.scheduler_address) as client,
    ):  # fmt: skip
        queue = Queue("bench", client=client)
        put_seconds = client.submit(put_batches, QUEUE_BATCHES, record).result()
        started, got = time.perf_counter(), 0
        while got < QUEUE_BATCHES:
            got += len(queue.get(batch=True))
        get_seconds = time.perf_counter() - started
    records = QUEUE_BATCHES * BATCH
    return records / put_seconds, records / get_seconds


def main() -> None:
    args = parse_args()
    server, bases = start_server(args.ports, args.latency)
    try:
        with tempfile.TemporaryDirectory(prefix="presscut-cluster-") as tmp:
            work = Path(tmp)
            for count in args.urls:
                compare(args, work, bases, count)
            start_stop(args.repeat)
            record = sample_record(work)
            size = len(json.dumps(record, ensure_ascii=False).encode())
            print(f"\nsingle writer, fed {WRITER_RECORDS} synthetic records of {size} bytes:")
            print(f"  driver sink (dedup, JSON Lines write, tally): "
                  f"{writer_capacity(record, work):,.0f} records/s")  # fmt: skip
            put, get = queue_capacity(record)
            print(f"  Dask queue, batches of {BATCH}: put by one task {put:,.0f} records/s, "
                  f"read by the driver {get:,.0f} records/s")  # fmt: skip
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
