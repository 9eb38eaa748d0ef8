"""WARC in: the WARC library chosen by measurement, and extraction from archives against
trafilatura on the same records with the same number of processes.

The bench writes its archives itself, from the development corpora (every page of wcxb-dev
and tf-dev, as often as needed; each copy its own URL), one gzip member per record, each
response after its request as a crawler writes them. Then, in one run:

1. reading: records and MB (compressed) per second of CPU time (process time: the machine
   may be shared) of warcio and FastWARC over the whole archive, every payload read (median
   of --repeat); their install weight (the files of the package and of the dependencies
   presscut does not already have);
2. extraction: `presscut ARCHIVE --workers P` against trafilatura.extract (JSON with
   metadata, as its CLI writes) in a Pool of P processes reading the same archive with
   warcio: pages per second, wall clock, start-up included (median of --repeat);
3. memory: peak RSS (process tree, psutil every 50 ms) of presscut and of trafilatura (the
   same Pool, run as a child process) on archives of each of --memory-records responses,
   the same number of processes: flat in the archive's size if the archive is streamed;
4. the one WARC writer of `--warc-out` (with or without `--cluster`), fed synthetic
   exchanges (corpus pages as bodies): the records made per second (the fetcher's side, on
   the workers with `--cluster`) and appended per second (the one writer's side).

FastWARC is not a presscut dependency: `pip install fastwarc` before running this bench.

    .venv/bin/python bench/warc.py --records 3000 --processes 2 --repeat 3 \
        --memory-records 500 1500 3000
    .venv/bin/python bench/warc.py --only memory writer --memory-records 500 1500 3000
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib import metadata
from multiprocessing import Pool
from pathlib import Path

import trafilatura
from batch import MB, measure
from packaging.requirements import Requirement
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
PAGES = (("wcxb-dev", "html/*.html.gz"), ("tf-dev", "html/*.gz"))
#: Dependencies presscut already has: not counted in a library's install weight.
PRESSCUT_DEPENDENCIES = {"click", "typing-extensions", "typing_extensions"}
PARTS = ("reading", "extraction", "memory", "writer")
WRITER_EXCHANGES = 2000


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=3000, help="HTML responses")
    parser.add_argument("--processes", type=int, default=2, help="extraction processes")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-records", type=int, nargs="+", default=[500, 1500, 3000])
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--trafilatura", type=Path, help=argparse.SUPPRESS)  # the child
    return parser.parse_args()


# --- the archive ------------------------------------------------------------------------


def corpus_pages() -> list[bytes]:
    files = sorted(p for corpus, pattern in PAGES for p in (CORPUS / corpus).glob(pattern))
    return [gzip.decompress(path.read_bytes()) for path in files]


def write_archive(path: Path, pages: list[bytes], count: int) -> int:
    """`count` responses (each after its request); returns the file's size in bytes."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number in range(count):
            url = f"https://site{number % 50}.example/article/{number}"
            request = StatusAndHeaders(f"GET /article/{number} HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                          http_headers=request)
            )  # fmt: skip
            body = pages[number % len(pages)]
            headers = [("Content-Type", "text/html"), ("Content-Length", str(len(body)))]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)
    return path.stat().st_size


# --- 1. reading -------------------------------------------------------------------------


def read_warcio(path: Path) -> int:
    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            record.content_stream().read()
            count += 1
    return count


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator as FastIterator

    count = 0
    with path.open("rb") as stream:
        for record in FastIterator(stream, parse_http=True):
            record.reader.read()
            count += 1
    return count


def installed_weight(distribution: str) -> tuple[int, list[str]]:
    """Bytes on disk of a distribution and of its new dependencies (recursively)."""
    seen: set[str] = set()
    todo = [distribution]
    total = 0
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen or key in PRESSCUT_DEPENDENCIES:
            continue
        seen.add(key)
        dist = metadata.distribution(name)
        total += sum(f.size or 0 for f in dist.files or ())
        for text in dist.requires or ():
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return total, sorted(seen)


def reading(path: Path, size: int, repeat: int) -> None:
    print("\n| library | records/CPU s | MB/CPU s (gzipped) | installed | with |", flush=True)
    print("|---|---|---|---|---|", flush=True)
    for name, reader in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
        try:
            times, count = [], 0
            for _ in range(repeat):
                started = time.process_time()
                count = reader(path)
                times.append(time.process_time() - started)
            weight, packages = installed_weight(name)
        except ImportError:
            print(f"| {name} | not installed | | | |")
            continue
        seconds = statistics.median(times)
        print(f"| {name} | {count / seconds:,.0f} | {size / MB / seconds:.1f} | "
              f"{weight / MB:.1f} MB | {', '.join(packages)} |")  # fmt: skip


# --- 2. extraction ----------------------------------------------------------------------


def trafilatura_one(item: tuple[str, bytes]) -> bool:
    url, body = item
    result = trafilatura.extract(body, url=url, output_format="json", with_metadata=True)
    return bool(result and json.loads(result).get("text"))


def warc_pages(path: Path) -> Iterator[tuple[str, bytes]]:
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield url, record.content_stream().read()


def run_trafilatura(path: Path, processes: int) -> tuple[float, int]:
    started = time.perf_counter()
    with Pool(processes) as pool:
        ok = sum(pool.imap_unordered(trafilatura_one, warc_pages(path), chunksize=8))
    return time.perf_counter() - started, ok


def run_presscut(path: Path, processes: int, work: Path) -> tuple[float, int, int]:
    output = work / "out.jsonl"
    output.unlink(missing_ok=True)
    command = [sys.executable, "-m", "presscut", str(path), "-o", str(output), "-q"]
    seconds, peak, _ = measure([*command, "--workers", str(processes)], work, work / "stdout")
    records = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    return seconds, sum(1 for r in records if r["error"] is None and r["body"]), peak


def extraction(path: Path, args: argparse.Namespace, work: Path) -> None:
    ours, theirs = [], []
    for _ in range(args.repeat):
        ours.append(run_presscut(path, args.processes, work))
        theirs.append(run_trafilatura(path, args.processes))
    our_s = statistics.median(r[0] for r in ours)
    their_s = statistics.median(r[0] for r in theirs)
    print(f"\n{args.records} HTML responses, {args.processes} extraction processes each,"
          f" median of {args.repeat}:")  # fmt: skip
    print("| tool | seconds | pages/s | with a body |", flush=True)
    print("|---|---|---|---|", flush=True)
    print(f"| presscut ARCHIVE --workers {args.processes} | {our_s:.1f} | "
          f"{args.records / our_s:.1f} | {ours[0][1]} |")  # fmt: skip
    print(f"| trafilatura.extract, Pool({args.processes}) | {their_s:.1f} | "
          f"{args.records / their_s:.1f} | {theirs[0][1]} |")  # fmt: skip
    print(f"presscut / trafilatura: {their_s / our_s:.2f}x", flush=True)


def memory(pages: list[bytes], args: argparse.Namespace, work: Path) -> None:
    print(f"\npeak RSS (process tree), {args.processes} extraction processes each:")
    print("| archive | size MB | presscut s | presscut MB | trafilatura s | trafilatura MB |")
    print("|---|---|---|---|---|---|", flush=True)
    for count in args.memory_records:
        path = work / f"memory-{count}.warc.gz"
        size = write_archive(path, pages, count)
        ours, _, our_peak = run_presscut(path, args.processes, work)
        child = [sys.executable, __file__, "--trafilatura", str(path)]
        child += ["--processes", str(args.processes)]
        theirs, their_peak, _ = measure(child, HERE, work / "stdout")
        print(f"| {count} responses | {size / MB:.0f} | {ours:.0f} | {our_peak / MB:.0f} | "
              f"{theirs:.0f} | {their_peak / MB:.0f} |", flush=True)  # fmt: skip
        path.unlink()


def writer(pages: list[bytes], work: Path) -> None:
    """Exchanges made into WARC records, and appended by the one writer, per second."""
    from presscut.warc.write import Exchange, WarcWriter, exchange_bytes

    headers = [("Content-Type", "text/html; charset=utf-8")]
    exchanges = [
        Exchange(
            f"https://site.example/{n}",
            "GET",
            f"/{n}",
            [("Host", "site.example")],
            "HTTP/1.1",
            200,
            "OK",
            headers,
            pages[n % len(pages)],
        )
        for n in range(WRITER_EXCHANGES)
    ]
    started = time.process_time()
    made = [exchange_bytes(exchange) for exchange in exchanges]
    making = time.process_time() - started
    archive = WarcWriter(work / "writer.warc.gz")
    started = time.perf_counter()
    for data in made:
        archive.append(data)
    appending = time.perf_counter() - started
    archive.close()
    body = sum(len(e.body) for e in exchanges) / WRITER_EXCHANGES / 1024
    size = sum(len(data) for data in made)
    print(
        f"\nWARC writer, {WRITER_EXCHANGES} synthetic exchanges (bodies: corpus pages, "
        f"{body:.0f} KB on average, {size / WRITER_EXCHANGES / 1024:.0f} KB gzipped):"
    )
    print(
        f"  made into records (request + response, gzip): "
        f"{WRITER_EXCHANGES / making:,.0f} exchanges per CPU s"
    )
    print(f"  appended by the one writer: {WRITER_EXCHANGES / appending:,.0f} exchanges/s, "
          f"{size / MB / appending:,.0f} MB/s", flush=True)  # fmt: skip


def main() -> None:
    args = parse_args()
    if args.trafilatura is not None:
        print(run_trafilatura(args.trafilatura, args.processes))
        return
    pages = corpus_pages()
    with tempfile.TemporaryDirectory(prefix="presscut-warc-") as tmp:
        work = Path(tmp)
        if "writer" in args.only:
            writer(pages, work)
        path = work / "bench.warc.gz"
        size = write_archive(path, pages, args.records)
        print(f"archive: {args.records} responses + {args.records} requests from "
              f"{len(pages)} corpus pages, {size / MB:.0f} MB gzipped")  # fmt: skip
        if "reading" in args.only:
            reading(path, size, args.repeat)
        if "extraction" in args.only:
            extraction(path, args, work)
        if "memory" in args.only:
            memory(pages, args, work)


if __name__ == "__main__":
    main()
