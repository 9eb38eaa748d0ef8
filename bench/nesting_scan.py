"""The cost of the nesting cap's scan (``extraction/page/nesting.py``) on the corpus pages,
beside that of an earlier version of the module, alternating page by page in one run.

    .venv/bin/python bench/nesting_scan.py [--baseline GIT-REF]

The earlier module is read from git (``git show REF:src/presscut/extraction/page/nesting.py``);
every page is decoded first, and only ``cap_nesting`` is timed. Also printed: the deepest
pages as the scan counts them, and any page the cap changes.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import time
import types
from pathlib import Path

from presscut.extraction.page import nesting
from presscut.extraction.page.decode import decode_html

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
PATTERNS = ("wcxb-dev/html/*.gz", "tf-dev/html/*.gz", "zh-dev/original/*.html")


def _baseline(ref: str) -> types.ModuleType:
    path = f"{ref}:src/presscut/extraction/page/nesting.py"
    source = subprocess.run(["git", "show", path], capture_output=True, check=True).stdout
    module = types.ModuleType("baseline_nesting")
    exec(compile(source, path, "exec"), module.__dict__)
    return module


def _pages() -> list[tuple[str, str]]:
    pages = []
    for pattern in PATTERNS:
        for path in sorted(CORPUS.glob(pattern)):
            data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            pages.append((path.name, decode_html(data)))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default="7b9b79e", help="git ref of the earlier scan")
    args = parser.parse_args()
    old = _baseline(args.baseline)
    timings: dict[str, list[float]] = {"baseline": [], "current": []}
    deepest, changed = [], []
    for index, (name, text) in enumerate(_pages()):
        order = [("baseline", old.cap_nesting), ("current", nesting.cap_nesting)]
        for label, cap in order if index % 2 else reversed(order):
            started = time.perf_counter()
            result = cap(text)
            timings[label].append(time.perf_counter() - started)
            if label == "current" and result is not text:
                changed.append(name)
        deepest.append((nesting.deepest_nesting(text), name))
    old_ms, new_ms = (1e3 * statistics.median(timings[k]) for k in ("baseline", "current"))
    print(f"{len(deepest)} pages; median ms: {args.baseline} {old_ms:.3f}, current {new_ms:.3f}")
    print(f"ratio of medians {new_ms / old_ms:.2f}; deepest {sorted(deepest, reverse=True)[:3]}")
    print(f"pages the cap changes: {changed or 'none'}")


if __name__ == "__main__":
    main()
