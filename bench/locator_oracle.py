"""The room for a second opinion: presscut's body with and without the reconciliation,
against the second locator's alone, and the per-page oracles.

    .venv/bin/python bench/locator_oracle.py [--pages 0001,0002] [--json out.json]

On each page of the WCXB development corpus, body F1 (lead and body against the ground
truth, as bench/quality.py scores it) of:
- ``trafilatura``: presscut with the reconciliation switched off (trafilatura's blocks,
  cleaned as ever);
- ``reconciled``: presscut as it is (``body/reconcile.py``);
- ``locator``: presscut's lead, then the blocks the second locator alone places inside the
  article (``body/locator.py``);
- ``oracle 2``: per page the better of ``trafilatura`` and ``locator``, the ceiling of
  choosing between the two opinions; ``oracle r``: the better of ``trafilatura`` and
  ``reconciled``, the ceiling of applying the reconciliation only where it helps.
Figures per fixed half of the corpus (bench/quality_corpora.py's ``half_of``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from quality_corpora import half_of
from quality_run import load_page, page_ids
from quality_scoring import word_prf
from selectolax.lexbor import LexborHTMLParser

import presscut
from presscut.extraction import pipeline
from presscut.extraction.body.harvest import new_harvest
from presscut.extraction.body.locator import locate, located_text
from presscut.extraction.body.prune import prune
from presscut.extraction.body.reconcile import Reconciled
from presscut.extraction.page.decode import decode_html
from presscut.extraction.page.layout import flatten_layout_tables
from presscut.extraction.page.nesting import cap_nesting

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
LOW_F1 = 0.8
COLUMNS = ("trafilatura", "reconciled", "locator", "oracle 2", "oracle r")
RECONCILE = pipeline.reconcile


def locator_article(html: bytes) -> str:
    """The second locator's article alone, on the tree as presscut prunes it."""
    tree = LexborHTMLParser(cap_nesting(decode_html(html, None)))
    flatten_layout_tables(tree)
    found = new_harvest(tree)
    prune(tree, found, explain=False)
    body = located_text(locate(tree.body or tree.root))
    return "\n\n".join(part for part in (found.lead, body) if part)


def presscut_article(html: bytes, url: str | None, reconciled: bool) -> str:
    pipeline.reconcile = RECONCILE if reconciled else (lambda blocks, spots: Reconciled(blocks))
    try:
        article = presscut.extract(html, url=url)
    finally:
        pipeline.reconcile = RECONCILE
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def score(corpus: Path, page_id: str) -> dict[str, object] | None:
    page = load_page(corpus, page_id)
    truth = page.truth.get("main_content") or ""
    if not truth:
        return None
    before = word_prf(presscut_article(page.html, page.url, False), truth).f1
    after = word_prf(presscut_article(page.html, page.url, True), truth).f1
    alone = word_prf(locator_article(page.html), truth).f1
    values = (before, after, alone, max(before, alone), max(before, after))
    return {
        "page": page_id,
        "half": half_of(f"{page_id}.html.gz"),
        **dict(zip(COLUMNS, values, strict=True)),
    }


def summary(rows: list[dict[str, object]]) -> str:
    head = " | ".join(f"{c} F1 (< {LOW_F1})" for c in COLUMNS)
    lines = [f"| half | pages | {head} |", "|---|---|" + "---|" * len(COLUMNS)]
    for name in ("A", "B", "all"):
        part = [r for r in rows if name in ("all", r["half"])]
        if part:
            cells = [_cell([float(r[c]) for r in part]) for c in COLUMNS]  # type: ignore[arg-type]
            lines.append(f"| {name} | {len(part)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(values: list[float]) -> str:
    return f"{statistics.fmean(values):.4f} ({sum(v < LOW_F1 for v in values)})"


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
