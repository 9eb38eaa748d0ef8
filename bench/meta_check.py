"""Metadata on the development corpora (author, date; title on wcxb-dev), presscut beside
trafilatura in one run, per fixed half of each corpus.

    .venv/bin/python bench/meta_check.py [--corpus wcxb,tf,zh] [--misses author|date|title]
        [--presscut-only] [--meta] [--limit N] [--by-language]

presscut: the record of ``extract`` (``credit.authors``, ``published``, ``title``); with
``--meta``, ``read_metadata`` alone (one parse, no body: quicker, but without the authors
that the body's byline lines give). trafilatura: ``bare_extraction(html, url,
with_metadata=True)`` (its ``author`` split on "; ", its ``date``). The truth of each corpus:
see meta_corpora.py; halves A and B are fixed by the SHA-1 of each file name.

- author found: every person the truth lists (first name of the list, and any other part that
  is a name rather than a credential or a job) is among the system's authors, case, accents
  and punctuation ignored; over the pages whose truth names someone.
- author accuracy: found, or no author given where the truth names no one; over every page
  whose author is annotated.
- wrong authors: authors given where the truth names no one ("none"), or where none of them
  is a person the truth names (a missing author is better than a wrong one). Partial: some
  of the truth's people, not all.
- date: the same day (a truth that gives only a year or a month: the same year or month);
  wrong: given and not the truth's, or given where the truth has none ("none").
- title (wcxb only, presscut): exact match, white space collapsed, typographic quotes read as
  straight ones (the ground truth writes "'" where most pages have "’").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from meta_corpora import CORPORA, NOBODY, MetaPage, corpus_pages
from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.metadata.read import read_metadata
from presscut.extraction.page.decode import decode_html

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wcxb-dev"
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\||/|\band\b|\bund\b|\bet\b|、)\s*")
_JOBS = frozenset(
    [
        *("expert", "dietitian", "director", "ceo", "founder", "representative", "editor"),
        *("writer", "team", "at", "of", "in", "for", "candidate", "master", "educator"),
        *("manager", "officer", "consultant", "md", "phd"),
    ]
)
_QUOTES = str.maketrans("‘’‛“”„", "'''\"\"\"")
VERDICTS = ("right", "none", "missed", "partial", "wrong")


@dataclass
class Found:
    """What one system read of one page."""

    authors: list[str] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    language: str | None = None


Reader = Callable[[MetaPage], Found]
Tally = dict[str, Counter]


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[\W_]+", " ", "".join(c for c in text if not unicodedata.combining(c))).strip()


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


def gold_names(truth: str | list[str]) -> list[str]:
    """The people a truth lists: the first part, and every other part that is a name (not
    a credential such as "MD" or a job such as "Dietitian"); a list: each item's name."""
    if isinstance(truth, list):
        return [n for item in truth for n in gold_names(item)[:1]]
    parts = [p.strip() for p in _SEPARATORS.split(truth) if p.strip()]
    names = parts[:1]
    for part in parts[1:]:
        words = part.split()
        if len(words) >= 2 and not (_JOBS & {norm(w) for w in words}):
            names.append(part)
    return [norm(n) for n in names if norm(n)]


def _matches(name: str, gold: str) -> bool:
    key = norm(name)
    return bool(key) and (gold in key or key in gold)


def author_verdict(got: list[str], truth: str | list[str]) -> str:
    """right, none (rightly none), missed, partial (some of the truth's people, not all)
    or wrong (only others, or anyone where the truth names no one)."""
    gold = gold_names(truth) if truth != NOBODY else []
    if not gold:
        return "wrong" if got else "none"
    if not got:
        return "missed"
    found = [g for g in gold if any(_matches(a, g) for a in got)]
    if len(found) == len(gold):
        return "right"
    return "partial" if found else "wrong"


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
        verdicts["author"] = author_verdict(found.authors, page.author)
    if page.date is not None:
        verdicts["date"] = date_verdict(found.date, page.date)
    return verdicts


# --- the report ---------------------------------------------------------------------------


def add(tally: Tally, verdicts: dict[str, str], page: MetaPage) -> None:
    for name, verdict in verdicts.items():
        tally[name][verdict] += 1
        truth = page.author if name == "author" else page.date
        if verdict == "wrong" and truth == NOBODY:
            tally[name]["wrong-none"] += 1


def report_line(label: str, tally: Tally) -> str:
    a, d = tally["author"], tally["date"]
    annotated = sum(a[k] for k in VERDICTS)
    named = annotated - a["none"] - a["wrong-none"]
    dated = d["right"] + d["missed"] + d["wrong"] - d["wrong-none"]
    return (
        f"{label:22} author {a['right']:3}/{named:<3} {a['right'] / max(named, 1):6.1%}"
        f" acc {(a['right'] + a['none']) / max(annotated, 1):.3f}"
        f" wrong {a['wrong']:3} (none {a['wrong-none']:3}) partial {a['partial']:2}"
        f" | date {d['right']:3}/{dated:<3} {d['right'] / max(dated, 1):6.1%}"
        f" wrong {d['wrong']:3} (none {d['wrong-none']:3})"
    )


def show_miss(page: MetaPage, name: str, verdicts: dict[str, str], found: Found) -> None:
    """Print a page where presscut's ``name`` (author, date, title) is not the truth's."""
    if name == "title":
        if page.title is not None and fold_quotes(found.title or "") != fold_quotes(page.title):
            print(f"{page.name}\n   truth: {page.title!r}\n   got:   {found.title!r}")
        return
    if verdicts.get(name) not in ("wrong", "missed", "partial"):
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
