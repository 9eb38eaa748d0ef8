"""Discovery's URL-shape rules on URLs that are articles: how many would they drop?

    .venv/bin/python bench/url_shapes.py            # article URLs lost
    .venv/bin/python bench/url_shapes.py --links    # what each rule drops among page links

Every page of the WCXB development corpus is an article, as are most of tf-dev's (news,
blogs, magazines; a few company and government pages): each URL a rule drops there is an
article lost. Each corpus is split into two fixed halves by a hash of the URL; the figures
are given per half, for presscut's own rules and for courlan's `type_filter` (strict), the
last rule (`url.courlan`). The URLs dropped are printed, to be read.

`--links`: the same-host links of the first 300 wcxb pages (unlabelled), counted by the rule
that drops them, and 40 of those only courlan drops, drawn at random (seed 1), to be read.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from courlan.filters import type_filter
from selectolax.lexbor import LexborHTMLParser

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


def page_links(pages: int = 300) -> list[str]:
    """Same-host links (fragment dropped) of the first `pages` wcxb pages."""
    links: set[str] = set()
    folder = CORPUS / "wcxb-dev"
    for truth in sorted((folder / "ground-truth").glob("*.json"))[:pages]:
        url = json.loads(truth.read_text("utf-8"))["url"]
        html = gzip.decompress((folder / "html" / f"{truth.stem}.html.gz").read_bytes())
        host = urlsplit(url).hostname
        for anchor in LexborHTMLParser(html).css("a[href]"):
            link = urljoin(url, anchor.attributes.get("href") or "").split("#")[0]
            if link.startswith("http") and urlsplit(link).hostname == host:
                links.add(link)
    return sorted(links)


def links_report() -> None:
    links = page_links()
    rules = Counter(rule for rule in map(not_article, links) if rule)
    print(f"{len(links)} same-host links; dropped by rule: {dict(rules.most_common())}")
    only_courlan = [link for link in links if not_article(link) == "url.courlan"]
    for link in random.Random(1).sample(only_courlan, min(40, len(only_courlan))):
        print(f"  {link}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--links", action="store_true")
    if parser.parse_args().links:
        links_report()
        return
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
