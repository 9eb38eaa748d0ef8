"""Batch throughput: presscut against `trafilatura -i` on the same loopback URL list.

A server process (bench/server.py) serves article pages on several 127.0.0.1 ports with a
fixed latency. Each repeat runs every presscut configuration, then trafilatura's own batch
CLI (configured with SLEEP_TIME = 0 and SSRF_PROTECTION = off so that it really fetches
loopback pages; with its default --parallel and with --parallel 6), on the same list; the
table gives medians of pages/s, the ratios, and peak RSS. Peak RSS is sampled with psutil
every 50 ms as the sum over the process tree (the command and all its children). A separate
memory run feeds presscut (first configuration) `--rss-urls` URLs; trafilatura is skipped.

    .venv/bin/python bench/batch.py --urls 600 --repeat 3 --rss-urls 10000
"""

from __future__ import annotations

import argparse
import configparser
import json
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import psutil
import trafilatura

HERE = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
TRAFILATURA = VENV_BIN / "trafilatura"
TRAFILATURA_SETTINGS = Path(trafilatura.__file__).parent / "settings.cfg"
#: Overrides of trafilatura's settings.cfg: no politeness sleep, loopback allowed.
TRAFILATURA_OVERRIDES = {"SLEEP_TIME": "0", "SSRF_PROTECTION": "off"}
#: presscut configurations compared (no delay, like trafilatura's SLEEP_TIME = 0): tuned for
#: the 6-host list, and presscut's defaults (--per-host 2) with only the delay removed.
PRESSCUT_CONFIGS = ("--per-host 8 --delay 0", "--delay 0")
#: trafilatura --parallel values compared; 0 means its own default, min(cores, 16).
TRAFILATURA_PARALLEL = (0, 6)
SAMPLE_SECONDS = 0.05
MB = 1024 * 1024


@dataclass
class Result:
    tool: str
    urls: int
    seconds: float
    ok: int
    peak_rss: int
    code: int

    @property
    def pages_per_second(self) -> float:
        """Pages that yielded an article, per wall-clock second (start-up included)."""
        return self.ok / self.seconds


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, default=600, help="URLs in the comparison list")
    parser.add_argument("--rss-urls", type=int, default=10_000, help="memory run (0: skip)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tool (medians)")
    parser.add_argument("--ports", type=int, default=6, help="server ports (= hosts)")
    parser.add_argument("--latency", type=float, default=0.1, help="server latency, seconds")
    parser.add_argument(
        "--presscut-options",
        action="append",
        help=f"presscut flags of one configuration (repeatable; default: {PRESSCUT_CONFIGS})",
    )
    parser.add_argument(
        "--traf-parallel",
        type=int,
        action="append",
        help=f"trafilatura --parallel (repeatable, 0: its own; default: {TRAFILATURA_PARALLEL})",
    )
    parser.add_argument("--skip-trafilatura", action="store_true")
    args = parser.parse_args(argv)
    args.presscut_options = args.presscut_options or list(PRESSCUT_CONFIGS)
    args.traf_parallel = [] if args.skip_trafilatura else args.traf_parallel or TRAFILATURA_PARALLEL
    return args


# --- server and inputs --------------------------------------------------------------------


def start_server(ports: int, latency: float) -> tuple[subprocess.Popen[str], list[str]]:
    command = [sys.executable, str(HERE / "server.py"), "--ports", str(ports)]
    server = subprocess.Popen(
        [*command, "--latency", str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    bases = json.loads(server.stdout.readline())["bases"]
    return server, bases


def stop_server(server: subprocess.Popen[str]) -> None:
    assert server.stdin is not None
    server.stdin.close()  # the server stops when its stdin closes
    server.wait(timeout=30)


def write_list(path: Path, bases: list[str], count: int) -> Path:
    lines = (f"{bases[n % len(bases)]}/article/{n}" for n in range(count))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def trafilatura_config(path: Path) -> Path:
    config = configparser.ConfigParser()
    config.read(TRAFILATURA_SETTINGS, encoding="utf-8")
    for key, value in TRAFILATURA_OVERRIDES.items():
        config["DEFAULT"][key] = value
    with path.open("w", encoding="utf-8") as stream:
        config.write(stream)
    return path


# --- measuring ----------------------------------------------------------------------------


def tree_rss(process: psutil.Process) -> int:
    """RSS of a process and all its descendants, in bytes (0 once it is gone)."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def measure(command: list[str], cwd: Path, stdout: Path) -> tuple[float, int, int]:
    """Run a command; return (wall seconds, peak tree RSS in bytes, exit code)."""
    with stdout.open("wb") as sink:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, stdout=sink, stderr=subprocess.DEVNULL)
        watched = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_rss(watched))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - started
    return seconds, peak, child.returncode


def count_presscut_ok(path: Path) -> int:
    records = (json.loads(line) for line in path.read_text("utf-8").splitlines())
    return sum(1 for r in records if r["error"] is None and r["title"] and r["body"])


def count_trafilatura_ok(path: Path) -> int:
    records = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line)
    return sum(1 for r in records if r.get("text"))


def run_presscut(work: Path, urls: Path, count: int, options: str) -> Result:
    output = work / "presscut.jsonl"
    output.unlink(missing_ok=True)
    command = [sys.executable, "-m", "presscut", "-i", str(urls), "-o", str(output)]
    command += ["--allow-private", "-q", *shlex.split(options)]
    seconds, peak, code = measure(command, work, work / "presscut.stdout")
    ok = count_presscut_ok(output) if output.exists() else 0
    return Result(f"presscut {options}", count, seconds, ok, peak, code)


def run_trafilatura(work: Path, urls: Path, count: int, parallel: int) -> Result:
    config = trafilatura_config(work / "trafilatura.cfg")
    command = [str(TRAFILATURA), "-i", str(urls), "--config-file", str(config)]
    command += ["--output-format", "json"]
    if parallel:
        command += ["--parallel", str(parallel)]
    output = work / "trafilatura.jsonl"
    seconds, peak, code = measure(command, work, output)
    label = f"trafilatura --parallel {parallel}" if parallel else "trafilatura (default)"
    return Result(label, count, seconds, count_trafilatura_ok(output), peak, code)


# --- report -------------------------------------------------------------------------------


def summary_row(results: list[Result]) -> dict[str, float | str | int]:
    return {
        "tool": results[0].tool,
        "urls": results[0].urls,
        "runs": len(results),
        "median_s": statistics.median(r.seconds for r in results),
        "median_pps": statistics.median(r.pages_per_second for r in results),
        "min_ok": min(r.ok for r in results),
        "peak_rss_mb": max(r.peak_rss for r in results) / MB,
        "codes": ",".join(str(r.code) for r in results),
    }


def print_table(rows: list[dict[str, float | str | int]]) -> None:
    header = ("tool", "urls", "runs", "median s", "pages/s", "ok (min)", "peak RSS MB", "exit")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        cells = (
            row["tool"],
            row["urls"],
            row["runs"],
            f"{row['median_s']:.2f}",
            f"{row['median_pps']:.1f}",
            row["min_ok"],
            f"{row['peak_rss_mb']:.0f}",
            row["codes"],
        )
        print("| " + " | ".join(str(c) for c in cells) + " |")


def compare(args: argparse.Namespace, work: Path, bases: list[str]) -> list[dict]:
    """Every configuration once per repeat, interleaved so that noise hits them alike."""
    urls = write_list(work / "urls.txt", bases, args.urls)
    runs: dict[str, list[Result]] = {}
    for index in range(args.repeat):
        batch = [partial(run_presscut, work, urls, args.urls, o) for o in args.presscut_options]
        batch += [partial(run_trafilatura, work, urls, args.urls, p) for p in args.traf_parallel]
        for run in batch:
            result = run()
            runs.setdefault(result.tool, []).append(result)
            print(f"run {index + 1}: {result.tool}: {result.seconds:.2f} s, {result.ok} ok")
    return [summary_row(results) for results in runs.values()]


def memory_run(args: argparse.Namespace, work: Path, bases: list[str]) -> dict:
    urls = write_list(work / "urls-rss.txt", bases, args.rss_urls)
    result = run_presscut(work, urls, args.rss_urls, args.presscut_options[0])
    print(f"memory run: presscut {result.seconds:.2f} s, {result.ok} ok", flush=True)
    return summary_row([result])


def print_ratios(rows: list[dict]) -> None:
    """Median pages/s of each presscut row over each trafilatura row (same list size)."""
    ours = [
        r for r in rows if str(r["tool"]).startswith("presscut") and r["urls"] == rows[0]["urls"]
    ]
    theirs = [r for r in rows if str(r["tool"]).startswith("trafilatura")]
    for mine in ours:
        for other in theirs:
            ratio = float(mine["median_pps"]) / float(other["median_pps"])
            print(f"{mine['tool']} / {other['tool']}: {ratio:.2f}x")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    server, bases = start_server(args.ports, args.latency)
    try:
        with tempfile.TemporaryDirectory(prefix="presscut-bench-") as tmp:
            work = Path(tmp)
            rows = compare(args, work, bases)
            if args.rss_urls:
                rows.append(memory_run(args, work, bases))
    finally:
        stop_server(server)
    print(f"\nserver: {args.ports} ports, {args.latency * 1000:.0f} ms latency; ", end="")
    print("pages/s = URLs that gave an article / wall seconds (start-up included)")
    print("peak RSS = psutil, sum over the process tree, sampled every 50 ms\n")
    print_table(rows)
    for row in rows:
        if row["min_ok"] != row["urls"]:
            print(f"warning: {row['tool']} got an article for only {row['min_ok']} URLs")
    print("\nthroughput ratios (medians):")
    print_ratios(rows)


if __name__ == "__main__":
    main()
