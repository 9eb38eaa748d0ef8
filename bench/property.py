"""`extract` over generated markup, for longer than the test suite runs it.

The same hypothesis strategy as tests/extraction/test_property.py (tests/extraction/markup.py),
with a larger budget and a fresh random seed unless one is given. Prints the number of
documents, the error types seen, the slowest document's time, and the first failure if any
(hypothesis shrinks it to a small document).

    .venv/bin/python bench/property.py [--examples 5000] [--seed N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tests.extraction.markup import page  # noqa: E402

from conftest import assert_valid_record  # noqa: E402
from presscut import ERROR_TYPES, extract  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seen: Counter[str] = Counter()
    slowest = [0.0]

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(page())
    def check(generated: tuple[str | bytes, str | None]) -> None:
        html, encoding = generated
        started = time.perf_counter()
        article = extract(html, "https://example.org/news/1", encoding=encoding)
        slowest[0] = max(slowest[0], time.perf_counter() - started)
        record = assert_valid_record(article.to_dict())
        assert record["error"] is None or record["error"]["type"] in ERROR_TYPES
        seen[record["error"]["type"] if record["error"] else "article"] += 1

    if args.seed is not None:
        check = seed(args.seed)(check)
    started = time.monotonic()
    failed = False
    try:
        check()
    except Exception as error:  # hypothesis re-raises the shrunk failure
        failed = True
        print(f"FAILED: {type(error).__name__}: {error}")
    total = sum(seen.values())
    print(f"documents: {total} in {time.monotonic() - started:.1f} s; slowest {slowest[0]:.3f} s")
    print("outcomes: " + ", ".join(f"{kind} {n}" for kind, n in seen.most_common()))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
