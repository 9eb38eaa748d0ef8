"""The record fields of schema 1.2 (description, tags, image) against the ground truth,
side by side with trafilatura's metadata, and the time per page, in one run.

    .venv/bin/python bench/record.py                       # tf-dev and wcxb-dev
    .venv/bin/python bench/record.py --corpus tf-dev --presscut-only
    .venv/bin/python bench/record.py --images 50           # list 50 pages' images to read
    .venv/bin/python bench/record.py --sample 50 --seed 16 # 50 pages of both corpora, fast

tf-dev's truth (``evaldata.json``) gives ``description`` and ``tags`` for 248 pages (the
key present, maybe empty): those pages are scored. wcxb-dev has no such truth: only how
often each system gives a description and an image is shown.

- description exact: equal after decoding HTML entities (the truth keeps some as written,
  "&#8220;") and collapsing white space; an empty truth wants none. Token F1: mean over
  the pages whose truth has one, on lowercase word tokens (a system with none scores 0).
- tags: precision and recall over all tags of the scored pages (micro), case-folded.
- image present: share of pages with a lead image (no truth: read a sample by hand).
- time: each page goes to presscut ``extract(html, url)``, trafilatura's bare
  ``extract(html, url)`` (the speed reference) and trafilatura's ``bare_extraction`` with
  metadata, in an order rotating from page to page, after 3 warm-up pages; medians.
- halves: pages split by a hash of their file name (A, B); each figure for both.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpus"
WARM_UP = 3
#: The sample of pages whose images are listed (--images, --seed).
SEED = 14
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    id: str
    url: str | None
    path: Path
    truth: dict[str, Any]


@dataclass
class Fields:
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)


def tf_pages(corpus: Path) -> list[Page]:
    data = json.loads((corpus / "evaldata.json").read_text("utf-8"))
    return [Page(r["file"], url, corpus / "html" / f"{r['file']}.gz", r) for url, r in data.items()]


def wcxb_pages(corpus: Path) -> list[Page]:
    pages = []
    for truth in sorted((corpus / "ground-truth").glob("*.json")):
        record = json.loads(truth.read_text("utf-8"))
        name = truth.name.split(".")[0]
        pages.append(Page(name, record.get("url"), corpus / "html" / f"{name}.html.gz", {}))
    return pages


def half(page: Page) -> str:
    return "A" if hashlib.sha1(page.id.encode()).digest()[0] % 2 == 0 else "B"


def run_presscut(data: bytes, url: str | None) -> Fields:
    from presscut import extract

    article = extract(data, url)
    return Fields(article.description, article.image, article.tags)


def run_trafilatura(data: bytes, url: str | None) -> Fields:
    import trafilatura

    document = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    if document is None:
        return Fields()
    return Fields(document.description, document.image, list(document.tags or []))


def run_bare(data: bytes, url: str | None) -> Fields:
    import trafilatura

    trafilatura.extract(data, url=url)
    return Fields()


SYSTEMS: dict[str, Callable[[bytes, str | None], Fields]] = {
    "presscut": run_presscut,
    "trafilatura": run_trafilatura,
    "trafilatura-bare": run_bare,
}


def run(pages: list[Page], names: list[str]) -> tuple[dict[str, dict[str, Fields]], dict]:
    """Every system on every page, rotating their order; the fields and the ms."""
    found: dict[str, dict[str, Fields]] = {n: {} for n in names}
    ms: dict[str, list[float]] = {n: [] for n in names}
    for index, page in enumerate(pages):
        data = gzip.decompress(page.path.read_bytes())
        order = names[index % len(names) :] + names[: index % len(names)]
        for name in order:
            start = time.perf_counter()
            try:
                found[name][page.id] = SYSTEMS[name](data, page.url)
            except Exception as exc:  # a crash is recorded as nothing found
                print(f"{name} crashed on {page.id}: {exc!r}", file=sys.stderr)
                found[name][page.id] = Fields()
            if index >= WARM_UP:
                ms[name].append((time.perf_counter() - start) * 1000)
    return found, ms


def norm(text: str | None) -> str:
    return " ".join(html.unescape(html.unescape(text or "")).split())


def token_f1(truth: str, given: str) -> float:
    a, b = _TOKEN.findall(truth.lower()), _TOKEN.findall(given.lower())
    if not a or not b:
        return 0.0
    common = sum(min(a.count(t), b.count(t)) for t in set(a))
    if not common:
        return 0.0
    precision, recall = common / len(b), common / len(a)
    return 2 * precision * recall / (precision + recall)


def score(pages: list[Page], fields: dict[str, Fields]) -> dict[str, Any]:
    described = [p for p in pages if "description" in p.truth]
    with_text = [p for p in described if norm(p.truth["description"])]
    exact = sum(norm(p.truth["description"]) == norm(fields[p.id].description) for p in described)
    f1s = [
        token_f1(norm(p.truth["description"]), norm(fields[p.id].description)) for p in with_text
    ]
    tagged = [p for p in pages if "tags" in p.truth]
    right = given = wanted = 0
    for page in tagged:
        truth = {norm(t).casefold() for t in page.truth["tags"]}
        mine = {norm(t).casefold() for t in fields[page.id].tags}
        right, given, wanted = right + len(truth & mine), given + len(mine), wanted + len(truth)
    return {
        "pages": len(pages),
        "desc_n": len(described),
        "desc_exact": exact / len(described) if described else None,
        "desc_f1": statistics.fmean(f1s) if f1s else None,
        "desc_present": sum(bool(fields[p.id].description) for p in pages) / len(pages),
        "tags_n": len(tagged),
        "tags_p": right / given if given else None,
        "tags_r": right / wanted if wanted else None,
        "image_present": sum(bool(fields[p.id].image) for p in pages) / len(pages),
    }


ROWS = (
    ("description exact", "desc_exact"),
    ("description token F1 (mean)", "desc_f1"),
    ("description given", "desc_present"),
    ("tags precision", "tags_p"),
    ("tags recall", "tags_r"),
    ("image given", "image_present"),
)


def report(corpus: str, pages: list[Page], found: dict[str, dict[str, Fields]]) -> None:
    systems = [n for n in found if n != "trafilatura-bare"]
    parts = {"all": pages, **{h: [p for p in pages if half(p) == h] for h in "AB"}}
    scores = {(n, k): score(v, found[n]) for n in systems for k, v in parts.items()}
    counts = scores[(systems[0], "all")]
    print(
        f"\n## {corpus}: {len(pages)} pages ({counts['desc_n']} with a description truth, "
        f"{counts['tags_n']} with tags truth; halves A {len(parts['A'])}, B {len(parts['B'])})\n"
    )
    header = [f"{n} ({k})" for n in systems for k in parts]
    print("| field | " + " | ".join(header) + " |")
    print("|---" * (len(header) + 1) + "|")
    for label, key in ROWS:
        cells = [scores[(n, k)][key] for n in systems for k in parts]
        print(f"| {label} | " + " | ".join("-" if c is None else f"{c:.3f}" for c in cells) + " |")


def report_time(ms: dict[str, list[float]]) -> None:
    medians = {n: statistics.median(v) for n, v in ms.items() if v}
    print("\nms per page (median): " + ", ".join(f"{n} {m:.1f}" for n, m in medians.items()))
    if "presscut" in medians and "trafilatura-bare" in medians:
        ratios = [a / b for a, b in zip(ms["presscut"], ms["trafilatura-bare"], strict=True) if b]
        bare = medians["trafilatura-bare"]
        print(
            f"presscut / trafilatura bare extract: {medians['presscut'] / bare:.2f}x "
            f"(median of per-page ratios {statistics.median(ratios):.2f}x)"
        )


def list_images(pages: list[Page], fields: dict[str, Fields], count: int) -> None:
    chosen = random.Random(SEED).sample(pages, min(count, len(pages)))
    print(f"\n## {count} pages' images (seed {SEED}), to read by hand\n")
    for page in chosen:
        print(f"- {page.id} {page.url}\n  {fields[page.id].image}")


_META_IMAGE = re.compile(
    r"<meta[^>]+(?:property|name)=[\"']?(?:og:image|twitter:image)(?::src)?[\"']?[^>]*>", re.I
)
_LD_IMAGE = re.compile(r'"image"\s*:\s*(\{[^}]*\}|\[[^\]]*\]|"[^"]*")')


def candidates(data: bytes) -> list[str]:
    """The page's og:image / twitter:image tags and JSON-LD ``image`` values, as written."""
    text = data.decode("utf-8", errors="replace")
    found = [m.group(0) for m in _META_IMAGE.finditer(text)]
    return found + [m.group(1)[:200] for m in _LD_IMAGE.finditer(text)]


def sample_images(count: int) -> None:
    """`count` pages drawn from tf-dev and wcxb-dev together: url, presscut's image and the
    page's own image candidates, to read by hand (presscut only: quick)."""
    pool = tf_pages(CORPORA / "tf-dev") + wcxb_pages(CORPORA / "wcxb-dev")
    print(f"## {count} pages of tf-dev + wcxb-dev (seed {SEED}), to read by hand\n")
    for page in random.Random(SEED).sample(pool, count):
        data = gzip.decompress(page.path.read_bytes())
        print(f"- {page.id} {page.url}\n  image: {run_presscut(data, page.url).image}")
        for candidate in candidates(data)[:4]:
            print(f"    candidate: {candidate}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", choices=("tf-dev", "wcxb-dev"))
    parser.add_argument("--presscut-only", action="store_true")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--images", type=int, default=0, help="list N pages' images")
    parser.add_argument("--seed", type=int, default=SEED, help="of the --images sample")
    parser.add_argument("--sample", type=int, default=0, help="N pages of both, images only")
    args = parser.parse_args()
    globals()["SEED"] = args.seed
    if args.sample:
        sample_images(args.sample)
        return
    names = ["presscut"] if args.presscut_only else list(SYSTEMS)
    all_ms: dict[str, list[float]] = {n: [] for n in names}
    for corpus in args.corpus or ["tf-dev", "wcxb-dev"]:
        reader = tf_pages if corpus == "tf-dev" else wcxb_pages
        pages = reader(CORPORA / corpus)[: args.limit]
        found, ms = run(pages, names)
        report(corpus, pages, found)
        for name, values in ms.items():
            all_ms[name] += values
        if args.images:
            list_images(pages, found["presscut"], args.images)
    report_time(all_ms)


if __name__ == "__main__":
    main()
