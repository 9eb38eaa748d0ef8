"""Loopback article server for the batch benchmark, run in its own process.

It reuses the integration tests' server (`tests/integration/server.py`): several ports on
127.0.0.1, each a "host", serving `/article/N` (50 templates of article HTML) after a fixed
latency. It prints one JSON line `{"bases": [...]}` on stdout, then serves until its standard
input closes (the benchmark keeps a pipe open) or it gets SIGTERM.

    python bench/server.py --ports 6 --latency 0.1
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.integration.server import SiteCluster  # noqa: E402

DEFAULT_PORTS = 6
DEFAULT_LATENCY = 0.1


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ports", type=int, default=DEFAULT_PORTS, help="ports (= hosts)")
    parser.add_argument("--latency", type=float, default=DEFAULT_LATENCY, help="seconds")
    return parser.parse_args(argv)


def serve(ports: int, latency: float) -> None:
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with SiteCluster(ports=ports, latency=latency) as cluster:
        print(json.dumps({"bases": cluster.bases}), flush=True)
        watcher = threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True)
        watcher.start()
        done.wait()


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    serve(args.ports, args.latency)


if __name__ == "__main__":
    main()
