"""The three development corpora as pages with author and date truth, for meta_check.py.

Each corpus writes its truth its own way; here every page becomes a `MetaPage`:

- wcxb-dev: ``ground_truth.author`` / ``publish_date`` (null: the page names no author / gives
  no date);
- tf-dev: ``evaldata.json`` ``author`` / ``date`` ("" : none; the key missing: not annotated,
  the page is not counted for that field);
- zh-dev: ``author/ID.txt`` (names separated by spaces or "、"; ``UNKNOWN``: none) and
  ``date/ID.txt`` (``YYYY-M-D h:m:s``, a year or a year and month alone; ``UNKNOWN``: none;
  anything else is not a date and the page is not counted for the date).

Every page falls in one of two fixed halves, `quality_corpora.half_of` of its file name (the
quality bench's halves), so a rule can be checked on both.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quality_corpora import half_of

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CORPORA = ("wcxb", "tf", "zh")
#: Truth that names no one ("") and truth that was not given (None) differ.
NOBODY = ""
_ZH_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\s|$)")


@dataclass
class MetaPage:
    corpus: str
    name: str  # the page's file name in its corpus
    url: str | None
    html: bytes
    author: str | list[str] | None  # NOBODY: no author; None: not annotated
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; NOBODY: none; None: not annotated
    title: str | None = None  # wcxb-dev only

    @property
    def half(self) -> str:
        return half_of(self.name)


def corpus_pages(corpus: str, limit: int = 0) -> Iterator[MetaPage]:
    reader = {"wcxb": _wcxb, "tf": _tf, "zh": _zh}[corpus]
    for n, page in enumerate(reader()):
        if limit and n >= limit:
            return
        yield page


def _wcxb() -> Iterator[MetaPage]:
    root = SHARED / "wcxb-dev"
    for path in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        truth = record["ground_truth"]
        name = f"{path.stem}.html.gz"
        html = gzip.decompress((root / "html" / name).read_bytes())
        author, date = truth.get("author"), truth.get("publish_date")
        yield MetaPage(
            "wcxb",
            name,
            record["url"],
            html,
            author or NOBODY,
            (date or NOBODY)[:10],
            truth.get("title"),
        )


def _tf() -> Iterator[MetaPage]:
    root = SHARED / "tf-dev"
    records = json.loads((root / "evaldata.json").read_text("utf-8"))
    for url, record in sorted(records.items(), key=lambda item: item[1]["file"]):
        name = f"{record['file']}.gz"
        html = gzip.decompress((root / "html" / name).read_bytes())
        date = record.get("date")
        yield MetaPage("tf", name, url, html, record.get("author"), date[:10] if date else date)


def _zh() -> Iterator[MetaPage]:
    root = SHARED / "zh-dev"
    for path in sorted((root / "original").glob("*.html")):
        author = (root / "author" / f"{path.stem}.txt").read_text("utf-8").strip()
        date = (root / "date" / f"{path.stem}.txt").read_text("utf-8").strip()
        yield MetaPage(
            "zh",
            path.name,
            None,
            path.read_bytes(),
            NOBODY if author == "UNKNOWN" else re.split(r"[\s、，,]+", author),
            NOBODY if date == "UNKNOWN" else _zh_date(date),
        )


def _zh_date(text: str) -> str | None:
    """ "2005-5-7 21:23:57" gives "2005-05-07", "1998-3" "1998-03"; not a date: None."""
    found = _ZH_DATE.match(text)
    if found is None:
        return None
    return "-".join(f"{int(p):02d}" if n else p for n, p in enumerate(found.groups()) if p)
