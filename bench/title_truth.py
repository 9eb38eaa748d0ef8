"""How the ground truth's titles relate to the page's own headlines (WCXB dev corpus).

    .venv/bin/python bench/title_truth.py

On every page whose <h1> (as presscut reads it) and og:title (else <title>; site name cut
as presscut cuts it) say different things, which of the two the ground truth takes, by
how the two differ: one inside the other (+N words), or word overlap (Jaccard, in tenths).
Also: the share of pages where *some* candidate (h1, og:title, twitter:title, JSON-LD
headline, <title>, cleaned or not) equals the truth, the ceiling of any choosing rule.
Titles compare with white space collapsed, case folded, quotes made straight.
"""

from __future__ import annotations

import re
from collections import Counter

from meta_check import corpus_trees, fold_quotes
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.metadata.read import read_metadata
from presscut.extraction.metadata.title import clean_title, site_keys, strip_site_name, title_tag


def fold(text: str | None) -> str:
    return fold_quotes(text or "").casefold()


def relation(h1: str, other: str) -> str:
    """How two headlines differ: 'h1 inside +N', 'other inside +N', or 'overlap 0.N'."""
    a, b = re.findall(r"\w+", fold(h1)), re.findall(r"\w+", fold(other))
    for short, long, label in ((a, b, "h1 inside other"), (b, a, "other inside h1")):
        if any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
            return (
                f"{label} (+{min(len(long) - len(short), 4)}{'+' * (len(long) - len(short) > 4)})"
            )
    jaccard = len(set(a) & set(b)) / max(len(set(a) | set(b)), 1)
    return f"word overlap {int(jaccard * 10) / 10:.1f}"


def _og_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('meta[property="og:title"]')
    return node.attributes.get("content") if node is not None else None


def candidates(tree: LexborHTMLParser, keys: frozenset[str]) -> set[str]:
    raw = [title_tag(tree) or ""]
    raw += [h.text() for h in tree.css("h1")]
    for node in tree.css("meta"):
        if (node.attributes.get("property") or node.attributes.get("name") or "") in (
            "og:title",
            "twitter:title",
        ):
            raw.append(node.attributes.get("content") or "")
    cleaned = [clean_title(r) for r in raw]
    return {fold(c) for c in [*cleaned, *(strip_site_name(c, keys) for c in cleaned)] if c}


def main() -> None:
    table: Counter[tuple[str, str]] = Counter()
    reachable = total = 0
    for _path, record, tree in corpus_trees():
        truth = record["ground_truth"].get("title")
        if not truth:
            continue
        meta = read_metadata(tree, record["url"])
        keys = site_keys([meta.site_name] if meta.site_name else [], record["url"])
        total += 1
        reachable += fold(truth) in candidates(tree, keys) | {fold(meta.title)}
        other = strip_site_name(clean_title(_og_title(tree) or title_tag(tree) or ""), keys)
        if not meta.h1 or not other or fold(meta.h1) == fold(other):
            continue
        taken = (
            "h1"
            if fold(truth) == fold(meta.h1)
            else "other"
            if fold(truth) == fold(other)
            else "neither"
        )
        table[(relation(meta.h1, other), taken)] += 1
    print(f"pages with a title in the truth: {total}")
    print(f"some candidate equals the truth: {reachable} ({reachable / total:.1%}): the ceiling")
    print("\nh1 and the meta title differ; the truth takes:")
    print(f"{'how they differ':28} {'h1':>4} {'other':>6} {'neither':>8}")
    for rel in sorted({r for r, _ in table}):
        row = [table[(rel, k)] for k in ("h1", "other", "neither")]
        print(f"{rel:28} {row[0]:>4} {row[1]:>6} {row[2]:>8}")
    sums = [sum(v for (_, k), v in table.items() if k == key) for key in ("h1", "other", "neither")]
    print(f"{'all':28} {sums[0]:>4} {sums[1]:>6} {sums[2]:>8}")


if __name__ == "__main__":
    main()
