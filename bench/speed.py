"""presscut's time per page against trafilatura's `extract`, in one process, alternating.

    .venv/bin/python bench/speed.py [--corpus-set all] [--limit N] [--profile OUT.prof]

On each page of each corpus both run on the same raw bytes, in turn (the order flips from
page to page): `presscut.extract(html, url=url)` and `trafilatura.extract(html, url=url,
with_metadata=True, output_format="json")`, the call bench/quality.py scores (``--bare``:
`trafilatura.extract(html, url=url)`, its defaults, the stricter reference of the issues'
1.2x target). Per corpus:
the median of the per-page ratios (presscut / trafilatura), the ratio of the medians
(presscut's median time per page / trafilatura's: the issues' wording) and the ratio of
the total times. ``--profile`` runs presscut alone under cProfile and writes the stats.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import time
from pathlib import Path

import trafilatura
from quality_corpora import CORPUS_SETS, FOLDERS, open_corpus

from presscut import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS_ROOT = ROOT.parent / "shared" / "corpus"


def _presscut(html: bytes, url: str | None) -> None:
    extract(html, url=url)


def _trafilatura(html: bytes, url: str | None) -> None:
    trafilatura.extract(html, url=url, with_metadata=True, output_format="json")


def _trafilatura_bare(html: bytes, url: str | None) -> None:
    trafilatura.extract(html, url=url)


def _timed(run: object, html: bytes, url: str | None) -> float:
    start = time.perf_counter()
    run(html, url)  # type: ignore[operator]
    return time.perf_counter() - start


def corpus_times(name: str, limit: int | None, bare: bool) -> list[tuple[float, float]]:
    """``(presscut s, trafilatura s)`` for each page of the corpus."""
    reference = _trafilatura_bare if bare else _trafilatura
    corpus = open_corpus(name, CORPUS_ROOT / FOLDERS[name])
    times = []
    for index, page_id in enumerate(corpus.ids[:limit]):
        page = corpus.load(page_id)
        if index % 2:
            ours = _timed(_presscut, page.html, page.url)
            theirs = _timed(reference, page.html, page.url)
        else:
            theirs = _timed(reference, page.html, page.url)
            ours = _timed(_presscut, page.html, page.url)
        times.append((ours, theirs))
    return times


def profile(corpus_set: str, limit: int | None, out: Path) -> None:
    pages = []
    for name in CORPUS_SETS[corpus_set]:
        corpus = open_corpus(name, CORPUS_ROOT / FOLDERS[name])
        pages += [corpus.load(page_id) for page_id in corpus.ids[:limit]]
    profiler = cProfile.Profile()
    profiler.enable()
    for page in pages:
        extract(page.html, url=page.url)
    profiler.disable()
    profiler.dump_stats(out)
    print(f"profile of {len(pages)} pages written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus-set", choices=sorted(CORPUS_SETS), default="all")
    parser.add_argument("--limit", type=int, help="the first N pages of each corpus")
    parser.add_argument("--bare", action="store_true", help="against extract(html, url)")
    parser.add_argument("--profile", type=Path, help="cProfile presscut alone, stats here")
    args = parser.parse_args()
    if args.profile:
        profile(args.corpus_set, args.limit, args.profile)
        return
    extract("<html><body><p>warm up</p></body></html>")
    for name in CORPUS_SETS[args.corpus_set]:
        times = corpus_times(name, args.limit, args.bare)
        ratios = [ours / theirs for ours, theirs in times if theirs > 0]
        total = sum(t[0] for t in times) / sum(t[1] for t in times)
        ours_ms = statistics.median(t[0] for t in times) * 1000
        theirs_ms = statistics.median(t[1] for t in times) * 1000
        print(
            f"{name}: {len(times)} pages, median per-page ratio {statistics.median(ratios):.2f}x,"
            f" ratio of medians {ours_ms / theirs_ms:.2f}x, total ratio {total:.2f}x"
            f" (presscut median {ours_ms:.1f} ms, trafilatura {theirs_ms:.1f} ms)",
            flush=True,
        )


if __name__ == "__main__":
    main()
