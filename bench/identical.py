"""A guard for speed work: presscut's records on the three corpora, saved once and compared
after each change, so that a faster extraction is shown to give the very same output.

    .venv/bin/python bench/identical.py --save /tmp/ref.json        # before the change
    .venv/bin/python bench/identical.py --compare /tmp/ref.json     # after: 0 pages differ?

Every page of wcxb-dev, tf-dev and zh-dev (``--corpus-set``, ``--limit``) goes through
`presscut.extract(html, url=url, explain=True)` (``--markdown``: with ``markdown=True``
too); the record (`Article.to_dict`, rules of the audit trail included) is kept per page.
``--compare`` prints the pages whose record differs, with the first differing fields, and
exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from quality_corpora import CORPUS_SETS, FOLDERS, open_corpus

from presscut import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = ROOT.parent / "shared" / "corpus"


def records(corpus_set: str, limit: int | None, markdown: bool) -> dict[str, Any]:
    """``{"corpus/page id": record}`` for every page of the corpus set."""
    out: dict[str, Any] = {}
    for name in CORPUS_SETS[corpus_set]:
        corpus = open_corpus(name, CORPUS_ROOT / FOLDERS[name])
        for page_id in corpus.ids[:limit]:
            page = corpus.load(page_id)
            article = extract(page.html, url=page.url, explain=True, markdown=markdown)
            out[f"{name}/{page_id}"] = article.to_dict()
    return out


def differences(saved: dict[str, Any], now: dict[str, Any]) -> dict[str, list[str]]:
    """The pages whose records differ, each with the fields that differ."""
    diff: dict[str, list[str]] = {}
    for key in sorted(saved.keys() | now.keys()):
        old, new = saved.get(key), now.get(key)
        if old != new:
            fields = (old or {}).keys() | (new or {}).keys()
            diff[key] = sorted(f for f in fields if (old or {}).get(f) != (new or {}).get(f))
    return diff


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", type=Path, help="write the records here")
    parser.add_argument("--compare", type=Path, help="compare with records saved earlier")
    parser.add_argument("--corpus-set", choices=sorted(CORPUS_SETS), default="all")
    parser.add_argument("--limit", type=int, help="the first N pages of each corpus")
    parser.add_argument("--markdown", action="store_true", help="extract with markdown=True")
    args = parser.parse_args()
    now = records(args.corpus_set, args.limit, args.markdown)
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"{len(now)} records saved to {args.save}")
    if args.compare:
        saved = json.loads(args.compare.read_text("utf-8"))
        saved = {key: saved[key] for key in saved if key in now}  # a --limit / --corpus-set run
        diff = differences(saved, json.loads(json.dumps(now)))
        for key, fields in list(diff.items())[:30]:
            print(f"  {key}: {', '.join(fields)}")
        print(f"{len(now)} pages compared, {len(diff)} differ")
        sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
