"""Quick check of metadata reading on the development corpus (title, author, date).

    .venv/bin/python bench/meta_check.py [--misses FIELD] [--limit N]

Calls ``read_metadata`` directly (one selectolax parse per page, as the pipeline does).
Pages whose ground truth is null are not counted for that field.

- title: exact match, white space collapsed, typographic quotes read as straight ones
  (the ground truth writes "'" where most pages have "’"); strict: without that.
- author: every person the ground truth lists (first name of the list, and any other
  part that is a name rather than a credential or a job) is among presscut's authors,
  case, accents and punctuation ignored; a-exact: and every name presscut gives is in
  the ground truth.
- date: same YYYY-MM-DD.
- Also counted: dates and authors given where the ground truth has none.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.metadata.read import PageMeta, read_metadata
from presscut.extraction.page.decode import decode_html

CORPUS = Path("/work/shared/corpus/wcxb-dev")
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\||/|\band\b)\s*")
_JOBS = frozenset(
    [
        "expert",
        "dietitian",
        "director",
        "ceo",
        "founder",
        "representative",
        "editor",
        "writer",
        "team",
        "at",
        "of",
        "in",
        "for",
        "candidate",
        "master",
        "educator",
        "manager",
        "officer",
        "consultant",
        "md",
        "phd",
    ]
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[\W_]+", " ", "".join(c for c in text if not unicodedata.combining(c))).strip()


_QUOTES = str.maketrans("‘’‛“”„", "'''\"\"\"")


def corpus_trees(limit: int = 0) -> Iterator[tuple[Path, dict, LexborHTMLParser]]:
    """(ground-truth path, record, parsed page) for each corpus page, in id order."""
    for path in sorted((CORPUS / "ground-truth").glob("*.json"))[: limit or None]:
        record = json.loads(path.read_text("utf-8"))
        raw = gzip.decompress((CORPUS / "html" / f"{path.stem}.html.gz").read_bytes())
        yield path, record, LexborHTMLParser(decode_html(raw, None))


def fold_quotes(text: str) -> str:
    """White space collapsed and typographic quotes read as straight ones."""
    return " ".join(text.split()).translate(_QUOTES)


def title_ok(meta: PageMeta, truth: str) -> bool:
    """Exact match, white space collapsed and typographic quotes read as straight ones
    (the ground truth writes straight quotes where most pages have curly ones)."""
    return fold_quotes(meta.title or "") == fold_quotes(truth)


def title_strict(meta: PageMeta, truth: str) -> bool:
    return " ".join((meta.title or "").split()) == " ".join(truth.split())


def gold_names(truth: str) -> list[str]:
    """The people a ground-truth author string lists: the first part, and every other
    part that is a name (not a credential such as "MD" or a job such as "Dietitian")."""
    parts = [p.strip() for p in _SEPARATORS.split(truth) if p.strip()]
    names = parts[:1]
    for part in parts[1:]:
        words = part.split()
        if len(words) >= 2 and not (_JOBS & {norm(w) for w in words}):
            names.append(part)
    return [norm(n) for n in names if norm(n)]


def author_ok(meta: PageMeta, truth: str) -> bool:
    """Every listed author is found among presscut's (extra names do not count here)."""
    got = [norm(a) for a in meta.authors]
    return bool(got) and all(any(g in a or a in g for a in got if a) for g in gold_names(truth))


def author_exact(meta: PageMeta, truth: str) -> bool:
    """...and every name presscut gives is in the ground truth."""
    gold = f" {norm(truth)} "
    return author_ok(meta, truth) and all(f" {norm(a)} " in gold for a in meta.authors)


def date_ok(meta: PageMeta, truth: str) -> bool:
    return (meta.published or "")[:10] == truth[:10]


CHECKS = {
    "title": title_ok,
    "strict": title_strict,
    "author": author_ok,
    "a-exact": author_exact,
    "date": date_ok,
}
FIELDS = {
    "title": "title",
    "strict": "title",
    "author": "author",
    "a-exact": "author",
    "date": "publish_date",
}


def main() -> int:
    args = argparse.ArgumentParser()
    args.add_argument("--misses", choices=list(CHECKS))
    args.add_argument("--limit", type=int, default=0)
    opts = args.parse_args()
    counts = {name: [0, 0] for name in [*CHECKS, "extra", "extra-author"]}
    spent = 0.0
    pages = 0
    for path, record, tree in corpus_trees(opts.limit):
        pages += 1
        started = time.perf_counter()
        meta = read_metadata(tree, record["url"])
        spent += time.perf_counter() - started
        for name, check in CHECKS.items():
            truth = record["ground_truth"].get(FIELDS[name])
            if truth is None:
                if name == "date":
                    counts["extra"][1] += 1
                    counts["extra"][0] += meta.published is not None
                elif name == "author":
                    counts["extra-author"][1] += 1
                    counts["extra-author"][0] += bool(meta.authors)
                continue
            counts[name][1] += 1
            if check(meta, truth):
                counts[name][0] += 1
            elif opts.misses == name:
                got = {
                    "title": meta.title,
                    "strict": meta.title,
                    "author": meta.authors,
                    "a-exact": meta.authors,
                    "date": meta.published,
                }[name]
                print(f"{path.stem} {record['url'][:70]}\n   gold: {truth!r}\n   got:  {got!r}")
    for name, (ok, total) in counts.items():
        if name.startswith("extra"):
            what = "dates" if name == "extra" else "authors"
            print(f"({what} given where the truth has none: {ok}/{total})", file=sys.stderr)
            continue
        print(f"{name:7} {ok}/{total} = {ok / max(total, 1):.1%}", file=sys.stderr)
    print(f"time    {spent * 1000 / max(pages, 1):.2f} ms/page", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
