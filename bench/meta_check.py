"""Metadata on the development corpora (author, date; title on wcxb-dev), presscut beside
trafilatura in one run, per fixed half of each corpus.

    .venv/bin/python bench/meta_check.py [--corpus wcxb,tf,zh] [--misses author|date|title]
        [--presscut-only] [--meta] [--limit N] [--by-language]

presscut: the record of ``extract`` (``credit.authors``, ``published``, ``title``); with
``--meta``, ``read_metadata`` alone (one parse, no body: quicker, but without the authors
that the body's byline lines give). trafilatura: ``bare_extraction(html, url,
with_metadata=True)`` (its ``author`` split on "; ", its ``date``). The truth of each corpus:
see meta_corpora.py; halves A and B are `quality_corpora.half_of` of each file name, as in
the quality bench.

- authors: `quality_scoring.author_verdict`, the quality bench's one verdict (right, none,
  partial, missed, wrong, spurious). "found": right, over the pages whose truth names
  someone; "acc": right or rightly none, over every page whose author is annotated;
  "wrong": authors given none of whom the truth names, or any where it names no one
  ("none": of those, where it names no one). Partial: some of the truth's people, not all.
- date: the same day (a truth that gives only a year or a month: the same year or month);
  wrong: given and not the truth's, or given where the truth has none ("none").
- title (wcxb only, presscut): exact match, white space collapsed, typographic quotes read as
  straight ones (the ground truth writes "'" where most pages have "’").
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import quality_scoring as sc
from meta_corpora import CORPORA, NOBODY, MetaPage, corpus_pages
from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.metadata.read import read_metadata
from presscut.extraction.page.decode import decode_html

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wcxb-dev"
_QUOTES = str.maketrans("‘’‛“”„", "'''\"\"\"")


@dataclass
class Found:
    """What one system read of one page."""

    authors: list[str] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    language: str | None = None


Reader = Callable[[MetaPage], Found]
Tally = dict[str, Counter]


def corpus_trees(limit: int = 0) -> Iterator[tuple[Path, dict, LexborHTMLParser]]:
    """(ground-truth path, record, parsed page) for each wcxb-dev page, in id order."""
    for path in sorted((CORPUS / "ground-truth").glob("*.json"))[: limit or None]:
        record = json.loads(path.read_text("utf-8"))
        raw = gzip.decompress((CORPUS / "html" / f"{path.stem}.html.gz").read_bytes())
        yield path, record, LexborHTMLParser(decode_html(raw, None))


def fold_quotes(text: str) -> str:
    """White space collapsed and typographic quotes read as straight ones."""
    return " ".join(text.split()).translate(_QUOTES)


# --- the systems --------------------------------------------------------------------------


def presscut_reader(meta_only: bool) -> Reader:
    def read(page: MetaPage) -> Found:
        if meta_only:
            meta = read_metadata(LexborHTMLParser(decode_html(page.html, None)), page.url)
            return Found(meta.authors, meta.published, meta.title, meta.language)
        record = extract(page.html, url=page.url)
        return Found(record.credit.authors, record.published, record.title, record.language)

    return read


def trafilatura_reader() -> Reader:
    import trafilatura

    def read(page: MetaPage) -> Found:
        doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
        if doc is None:
            return Found()
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return Found(authors, doc.date, doc.title)

    return read


# --- scoring ------------------------------------------------------------------------------


def date_verdict(got: str | None, truth: str) -> str:
    """right, none, missed or wrong (another date, or a date where the truth has none)."""
    if truth == NOBODY:
        return "wrong" if got else "none"
    if not got:
        return "missed"
    return "right" if got[: len(truth)] == truth else "wrong"


def verdicts_of(page: MetaPage, found: Found) -> dict[str, str]:
    verdicts = {}
    if page.author is not None:
        verdicts["author"] = sc.author_verdict(page.author, found.authors)
    if page.date is not None:
        verdicts["date"] = date_verdict(found.date, page.date)
    return verdicts


# --- the report ---------------------------------------------------------------------------


def add(tally: Tally, verdicts: dict[str, str], page: MetaPage) -> None:
    for name, verdict in verdicts.items():
        tally[name][verdict] += 1
        if name == "date" and verdict == "wrong" and page.date == NOBODY:
            tally[name]["wrong-none"] += 1


def report_line(label: str, tally: Tally) -> str:
    a, d = sc.author_figures(list(tally["author"].elements())), tally["date"]
    dated = d["right"] + d["missed"] + d["wrong"] - d["wrong-none"]
    right, named, verdicts = a["author_verdicts"]["right"], a["author_named"], a["author_verdicts"]
    return (
        f"{label:22} author {right:3}/{named:<3} {right / max(named, 1):6.1%}"
        f" acc {a['author_accuracy'] or 0:.3f}"
        f" wrong {a['author_wrong']:3} (none {verdicts['spurious']:3})"
        f" partial {verdicts['partial']:2}"
        f" | date {d['right']:3}/{dated:<3} {d['right'] / max(dated, 1):6.1%}"
        f" wrong {d['wrong']:3} (none {d['wrong-none']:3})"
    )


def show_miss(page: MetaPage, name: str, verdicts: dict[str, str], found: Found) -> None:
    """Print a page where presscut's ``name`` (author, date, title) is not the truth's."""
    if name == "title":
        if page.title is not None and fold_quotes(found.title or "") != fold_quotes(page.title):
            print(f"{page.name}\n   truth: {page.title!r}\n   got:   {found.title!r}")
        return
    if verdicts.get(name) not in ("wrong", "spurious", "missed", "partial"):
        return
    truth = page.author if name == "author" else page.date
    got = found.authors if name == "author" else found.date
    print(f"{page.corpus} {page.name} {verdicts[name]} {(page.url or '')[:80]}")
    print(f"   truth: {truth!r}\n   got:   {got!r}")


def run_corpus(corpus: str, readers: dict[str, Reader], opts: argparse.Namespace) -> None:
    tallies: dict[tuple[str, str], Tally] = defaultdict(lambda: defaultdict(Counter))
    spent: Counter = Counter()
    titles: Counter = Counter()
    pages = list(corpus_pages(corpus, opts.limit))
    for page in pages:
        for system, read in readers.items():
            started = time.perf_counter()
            found = read(page)
            spent[system] += time.perf_counter() - started
            verdicts = verdicts_of(page, found)
            keys = [(system, "all"), (system, page.half)]
            if opts.by_language and system == "presscut":
                keys.append((system, f"lang {(found.language or '?').split('-')[0]}"))
            for key in keys:
                add(tallies[key], verdicts, page)
            if system != "presscut":
                continue
            if page.title is not None:
                titles[fold_quotes(found.title or "") == fold_quotes(page.title)] += 1
            if opts.misses:
                show_miss(page, opts.misses, verdicts, found)
    print(f"== {corpus}-dev: {len(pages)} pages", file=sys.stderr)
    for key in sorted(tallies, key=lambda k: (k[1].startswith("lang"), k[1], k[0])):
        print(report_line(f"{key[0]} {key[1]}", tallies[key]), file=sys.stderr)
    if titles:
        print(f"title (presscut) {titles[True]}/{titles.total()}", file=sys.stderr)
    for system in readers:
        ms = spent[system] * 1000 / max(len(pages), 1)
        print(f"time  {system} {ms:.1f} ms/page", file=sys.stderr)


def main() -> int:
    args = argparse.ArgumentParser()
    args.add_argument("--corpus", default=",".join(CORPORA))
    args.add_argument("--misses", choices=["author", "date", "title"])
    args.add_argument("--limit", type=int, default=0)
    args.add_argument("--presscut-only", action="store_true")
    args.add_argument("--meta", action="store_true", help="read_metadata only, not extract")
    args.add_argument("--by-language", action="store_true")
    opts = args.parse_args()
    warnings.simplefilter("ignore")  # the systems' dependencies' noise is not measured here
    readers: dict[str, Reader] = {"presscut": presscut_reader(opts.meta)}
    if not opts.presscut_only:
        readers["trafilatura"] = trafilatura_reader()
    for corpus in opts.corpus.split(","):
        run_corpus(corpus, readers, opts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
