"""The room for a second opinion: presscut's body against the second locator's alone.

    .venv/bin/python bench/locator_oracle.py [--pages 0001,0002] [--json out.json]

On each page of the WCXB development corpus: body F1 of presscut's article (lead and
body), of the second locator's article alone (presscut's lead, then the blocks the
locator places inside the article, ``body/locator.py``), and the per-page oracle (the
better of the two). Figures per fixed half of the corpus (the first byte of the SHA-1 of
the page's file name, even or odd), as bench/README.md reports them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path

from quality_run import load_page, page_ids
from quality_scoring import word_prf
from selectolax.lexbor import LexborHTMLParser

import presscut
from presscut.extraction.body.harvest import new_harvest
from presscut.extraction.body.locator import locate, located_text
from presscut.extraction.body.prune import prune
from presscut.extraction.page.decode import decode_html
from presscut.extraction.page.layout import flatten_layout_tables
from presscut.extraction.page.nesting import cap_nesting

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
LOW_F1 = 0.8


def half(file_name: str) -> str:
    """The page's fixed half: "A" when the SHA-1 of its file name starts with an even byte."""
    return "A" if hashlib.sha1(file_name.encode()).digest()[0] % 2 == 0 else "B"


def locator_article(html: bytes) -> str:
    """The second locator's article alone, on the tree as presscut prunes it."""
    tree = LexborHTMLParser(cap_nesting(decode_html(html, None)))
    flatten_layout_tables(tree)
    found = new_harvest(tree)
    prune(tree, found, explain=False)
    body = located_text(locate(tree.body or tree.root))
    return "\n\n".join(part for part in (found.lead, body) if part)


def score(corpus: Path, page_id: str) -> dict[str, object] | None:
    page = load_page(corpus, page_id)
    truth = page.truth.get("main_content") or ""
    if not truth:
        return None
    article = presscut.extract(page.html, url=page.url)
    ours = "\n\n".join(p for p in (article.lead, article.body) if p)
    presscut_f1 = word_prf(ours, truth).f1
    locator_f1 = word_prf(locator_article(page.html), truth).f1
    return {
        "page": page_id,
        "half": half(f"{page_id}.html.gz"),
        "presscut": presscut_f1,
        "locator": locator_f1,
        "oracle": max(presscut_f1, locator_f1),
    }


def summary(rows: list[dict[str, object]]) -> str:
    lines = [
        "| half | pages | presscut F1 | locator F1 | oracle F1 | presscut < 0.8 | oracle < 0.8 |"
    ]
    lines.append("|---|---|---|---|---|---|---|")
    for name in ("A", "B", "all"):
        part = [r for r in rows if name in ("all", r["half"])]
        if not part:
            continue
        means = [
            statistics.fmean(float(r[k]) for r in part) for k in ("presscut", "locator", "oracle")
        ]  # type: ignore[arg-type]
        low = [sum(float(r[k]) < LOW_F1 for r in part) for k in ("presscut", "oracle")]  # type: ignore[arg-type]
        lines.append(
            f"| {name} | {len(part)} | {means[0]:.4f} | {means[1]:.4f} | {means[2]:.4f} "
            f"| {low[0]} | {low[1]} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", help="comma-separated page ids")
    parser.add_argument("--json", type=Path, help="write every page's scores here")
    args = parser.parse_args(argv)
    ids = args.pages.split(",") if args.pages else page_ids(args.corpus)
    scored = (score(args.corpus, page_id) for page_id in ids)
    rows = [row for row in scored if row is not None]
    print(summary(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
