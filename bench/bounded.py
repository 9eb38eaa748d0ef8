"""What the bounds cost: one page extracted in a child process (time and memory limits)
against the same extraction in-process, and the single-page command line with and without
them, beside trafilatura.

Part 1, in one process over the corpus pages (after a warm-up page): `presscut.extract`,
`presscut.extract_bounded` (a forked child per page, killed past its limits) and
`trafilatura.extract`; the median milliseconds per page and the ratio. Part 2, a fresh
process per page: `presscut FILE` (bounded, the default), `presscut --workers 0 FILE`
(in-process, SIGALRM only) and `trafilatura` reading the page on stdin; median seconds.

    .venv/bin/python bench/bounded.py [--pages 100] [--cli-pages 10] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from presscut import extract, extract_bounded

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev" / "html"
BIN = Path(sys.executable).parent


def median_seconds(run: Callable[[bytes], object], pages: list[bytes]) -> float:
    times = []
    for html in pages:
        started = time.perf_counter()
        run(html)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _presscut(html: bytes) -> object:
    return extract(html, "https://example.org/a")


def _bounded(html: bytes) -> object:
    return extract_bounded(html, "https://example.org/a")


def _trafilatura(html: bytes) -> object:
    return trafilatura.extract(html, include_comments=False)


SYSTEMS: dict[str, Callable[[bytes], object]] = {
    "presscut.extract": _presscut,
    "presscut.extract_bounded": _bounded,
    "trafilatura.extract": _trafilatura,
}
#: name -> command; the page is given as FILE, or on stdin (also given to every command).
COMMANDS: dict[str, list[str]] = {
    "presscut FILE (bounded)": [str(BIN / "presscut"), "--compact", "FILE"],
    "presscut --workers 0 FILE": [str(BIN / "presscut"), "--compact", "--workers", "0", "FILE"],
    "trafilatura < FILE": [str(BIN / "trafilatura")],
}


def in_process(pages: list[bytes]) -> None:
    for run in SYSTEMS.values():
        run(pages[0])  # warm-up: models and caches loaded
    medians = {name: median_seconds(run, pages) for name, run in SYSTEMS.items()}
    base = medians["presscut.extract"]
    print(f"In one process, {len(pages)} pages, median per page:")
    for name, median in medians.items():
        print(f"  {name:28} {median * 1000:8.1f} ms  ({median / base:.2f}x presscut.extract)")
    overhead = medians["presscut.extract_bounded"] - base
    print(f"  bounds' cost (extract_bounded - extract): {overhead * 1000:.1f} ms a page")


def command_lines(files: list[Path]) -> None:
    medians = {}
    for name, command in COMMANDS.items():
        times = []
        for file in files:
            argv = [str(file) if part == "FILE" else part for part in command]
            started = time.perf_counter()
            subprocess.run(argv, input=file.read_bytes(), capture_output=True, check=False)
            times.append(time.perf_counter() - started)
        medians[name] = statistics.median(times)
    base = medians["presscut --workers 0 FILE"]
    print(f"A fresh process per page, {len(files)} pages, median wall time:")
    for name, median in medians.items():
        print(f"  {name:28} {median:8.3f} s  ({median / base:.2f}x presscut --workers 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--cli-pages", type=int, default=10)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.html.gz"))
    pages = [gzip.decompress(f.read_bytes()) for f in files[: max(args.pages, args.cli_pages)]]
    in_process(pages[: args.pages])
    with tempfile.TemporaryDirectory() as work:
        paths = []
        for number, html in enumerate(pages[: args.cli_pages]):
            path = Path(work) / f"{number}.html"
            path.write_bytes(html)
            paths.append(path)
        command_lines(paths)


if __name__ == "__main__":
    main()
