"""--markdown against the plain body on corpus pages: the Markdown body, read back by a
Markdown parser (markdown-it-py, as the tests do), must show exactly the blocks of the
plain body that a run without --markdown gives (so neither the marking of links and
emphasis nor the rendering changed a word), with the same word count.

    .venv/bin/python bench/markdown_check.py                 # every page of both corpora
    .venv/bin/python bench/markdown_check.py --every 5 --show 3
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.record import CORPORA, tf_pages, wcxb_pages  # noqa: E402
from tests.markdown_plain import plain_blocks, plain_table_rows  # noqa: E402

from presscut import extract  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=1, help="one page in N")
    parser.add_argument("--show", type=int, default=5, help="pages shown for each problem")
    args = parser.parse_args()
    pages = [*tf_pages(CORPORA / "tf-dev"), *wcxb_pages(CORPORA / "wcxb-dev")][:: args.every]
    count_changed: list[str] = []
    shown_differs: list[str] = []
    links = emphasis = tables = 0
    ratios: list[float] = []
    for page in pages:
        data = gzip.decompress(page.path.read_bytes())
        start = time.perf_counter()
        plain = extract(data, page.url)
        middle = time.perf_counter()
        marked = extract(data, page.url, markdown=True)
        ratios.append((time.perf_counter() - middle) / max(middle - start, 1e-9))
        if plain.word_count != marked.word_count:
            count_changed.append(page.id)
        if marked.body and plain.body:
            wanted = [plain_table_rows(b) for b in plain.body.split("\n\n")]
            if [plain_table_rows(b) for b in plain_blocks(marked.body)] != wanted:
                shown_differs.append(page.id)
                if len(shown_differs) <= args.show:
                    _diff(page.id, wanted, plain_blocks(marked.body))
            links += "](" in marked.body
            emphasis += "**" in marked.body or "*" in marked.body.replace("**", "")
            tables += "| --- |" in marked.body
    print(
        f"{len(pages)} pages; word count changed by --markdown: {len(count_changed)} "
        f"{count_changed[: args.show]}; Markdown not showing the plain body: "
        f"{len(shown_differs)} {shown_differs[: args.show]}"
    )
    print(
        f"pages with links {links}, emphasis {emphasis}, tables {tables}; "
        f"time with --markdown / without (median per page) {statistics.median(ratios):.2f}x"
    )


def _diff(name: str, wanted: list[str], shown: list[str]) -> None:
    import difflib

    print(f"--- {name}")
    for line in list(difflib.unified_diff(wanted, shown, lineterm="", n=0))[2:8]:
        print("   ", line[:200])


if __name__ == "__main__":
    main()
