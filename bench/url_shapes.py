"""Discovery's URL-shape rules on URLs that are articles: how many would they drop?

    .venv/bin/python bench/url_shapes.py

Every page of the WCXB development corpus is an article, as are most of tf-dev's (news,
blogs, magazines; a few company and government pages): each URL a rule drops there is an
article lost. Each corpus is split into two fixed halves by a hash of the URL; the figures
are given per half, for presscut's own rules and for courlan's `type_filter` (strict), the
last rule (`url.courlan`). The URLs dropped are printed, to be read.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from courlan.filters import type_filter

from presscut.discovery.shapes import SHAPE_RULES, not_article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_urls() -> dict[str, list[str]]:
    wcxb = [
        json.loads(path.read_text("utf-8"))["url"]
        for path in sorted((CORPUS / "wcxb-dev" / "ground-truth").glob("*.json"))
    ]
    tf = list(json.loads((CORPUS / "tf-dev" / "evaldata.json").read_text("utf-8")))
    return {"wcxb-dev": wcxb, "tf-dev": tf}


def half(url: str) -> str:
    return "A" if hashlib.sha1(url.encode()).digest()[0] % 2 == 0 else "B"


def own_rule(url: str) -> str | None:
    rule = not_article(url)
    return rule if rule and rule != "url.courlan" else None


def main() -> None:
    print("Article URLs dropped (each one a lost article), per fixed half of each corpus")
    names = [rule.name for rule in SHAPE_RULES]
    for corpus, urls in corpus_urls().items():
        for part in ("A", "B"):
            chosen = [u for u in urls if half(u) == part]
            own = Counter(r for r in map(own_rule, chosen) if r)
            courlan = [u for u in chosen if not type_filter(u, strict=True)]
            print(
                f"  {corpus} half {part} ({len(chosen)} URLs): own rules {sum(own.values())} "
                f"{dict(own) or ''}, courlan type_filter {len(courlan)}"
            )
        dropped = [(u, not_article(u)) for u in urls if not_article(u)]
        for url, rule in dropped:
            print(f"    {rule:16} {url}")
    print(f"  (own rules: {', '.join(names)}, url.home)")


if __name__ == "__main__":
    main()
