"""Hostile pages: how long presscut and trafilatura take on broken or pathological HTML,
and whether the article's last paragraph survives.

Each page is built here (nothing is downloaded) with a marked closing paragraph; each
system runs on it in a fresh process under a time cap, one after the other, so that a
hang shows as "> cap" instead of stopping the run. presscut runs as the library call
`presscut.extract` (no CLI deadline), trafilatura as `trafilatura.extract` with
``include_comments=False``; each first extracts a small page (models and caches loaded),
then the hostile one, which alone is timed.

    .venv/bin/python bench/hostile.py [--cap 120] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

#: The article's paragraphs; the last one ends with END_MARK.
PARAGRAPH = (
    "The council voted on Tuesday to extend the night bus network to the northern suburbs, "
    "after two years of complaints from shift workers who had no way home."
)
END_MARK = "Closing sentence of the article."
ARTICLE = "".join(f"<p>{PARAGRAPH}</p>" for _ in range(8)) + f"<p>{PARAGRAPH} {END_MARK}</p>"


def _page(body: str) -> str:
    return f"<html><head><title>Night buses</title></head><body>{body}</body></html>"


#: name -> (what it is, page builder)
PAGES: dict[str, tuple[str, Callable[[], str]]] = {
    "nested-divs": (
        "the article inside 100,000 nested <div>s",
        lambda: _page("<div>" * 100_000 + ARTICLE + "</div>" * 100_000),
    ),
    "unclosed-divs": (
        "40,000 entries that open a <div> and never close it, then the article",
        lambda: _page("<div class='entry'><p>An entry.</p>" * 40_000 + ARTICLE),
    ),
    "unclosed-font": (
        "an old page: 2,000 lines that open <font> and never close it, then the article",
        lambda: _page(f"<font size='2'>{PARAGRAPH}<br>" * 2_000 + ARTICLE),
    ),
    "nested-tables": (
        "the article inside 5,000 nested layout tables",
        lambda: _page("<table><tr><td>" * 5_000 + ARTICLE + "</td></tr></table>" * 5_000),
    ),
    "many-links": (
        "the article, then 80,000 links in the same <article>",
        lambda: _page(
            f"<article>{ARTICLE}" + "".join(f"<a href='/x{i}'>link {i}</a> " for i in range(80_000))
        ),
    ),
    "one-text-node": (
        "5 MB of text in one paragraph, then the article",
        lambda: _page(f"<p>{PARAGRAPH * 31_000}</p>{ARTICLE}"),
    ),
    "many-br": (
        "100,000 lines split by <br>, then the article",
        lambda: _page(f"<article>{(PARAGRAPH + '<br>') * 100_000}{ARTICLE}</article>"),
    ),
    "mixed-case-divs": (
        "80,000 nested <Div>s (mixed case), then the article",
        lambda: _page("<Div>" * 80_000 + ARTICLE),
    ),
    "fieldsets": (
        "60,000 nested <fieldset>s, then the article",
        lambda: _page("<fieldset>" * 60_000 + ARTICLE),
    ),
    "custom-tags": (
        "the article inside 100,000 nested <x-card>s",
        lambda: _page("<x-card>" * 100_000 + ARTICLE),
    ),
    "layout-cells": (
        "the article, then 140 nested layout tables with headings around 12,000 cells",
        lambda: _page(ARTICLE + "<table><tr><td><h2>h</h2>" * 140 + "<td>c" * 12_000),
    ),
    "layout-cells-large": (
        "the article, then 140 nested layout tables around 40,000 cells (204 KB)",
        lambda: _page(ARTICLE + "<table><tr><td><h2>h</h2>" * 140 + "<td>c" * 40_000),
    ),
    "million-paragraphs": (
        "the article, then a million <p>a</p> (8 MB)",
        lambda: _page(ARTICLE + "<p>a</p>" * 1_000_000),
    ),
}

#: Run in a child process: read the page on stdin, print seconds and what was found.
CHILD = {
    "presscut": (
        "import sys, time, json, presscut\n"
        f"presscut.extract({_page(ARTICLE)!r})\n"
        "html = sys.stdin.buffer.read(); t = time.perf_counter()\n"
        "a = presscut.extract(html, url='https://example.org/a')\n"
        "print(json.dumps([time.perf_counter() - t, a.body or '', a.error and a.error.type]))\n"
    ),
    "trafilatura": (
        "import sys, time, json, trafilatura\n"
        f"trafilatura.extract({_page(ARTICLE)!r})\n"
        "html = sys.stdin.buffer.read().decode(); t = time.perf_counter()\n"
        "b = trafilatura.extract(html, url='https://example.org/a', include_comments=False)\n"
        "print(json.dumps([time.perf_counter() - t, b or '', None]))\n"
    ),
}


#: Appended to each child: its peak resident memory, in MB, on a second line.
MEMORY = (
    "import resource\nprint(round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))\n"
)


def run(system: str, html: bytes, cap: float) -> str:
    """One cell of the table: seconds, peak memory, and whether the closing paragraph
    was found."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD[system] + MEMORY],
            input=html,
            capture_output=True,
            timeout=cap,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"> {cap:g} s (stopped)"
    if done.returncode != 0:
        last = (done.stderr.decode(errors="replace").strip().splitlines() or ["?"])[-1]
        return f"crashed: {last[:60]}"
    lines = done.stdout.decode().splitlines()
    seconds, body, error = json.loads(lines[0])
    found = "article end found" if END_MARK in body else f"article end LOST ({error or 'text'})"
    took = f"{seconds:.2f} s ({time.monotonic() - started:.1f} s with start-up)"
    return f"{took}, {lines[1]} MB peak, {found}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=float, default=120.0, help="seconds per system and page")
    parser.add_argument("--only", nargs="*", choices=sorted(PAGES), help="run these pages only")
    args = parser.parse_args()
    print("| page | size | presscut | trafilatura |")
    print("|---|---|---|---|")
    for name, (what, build) in PAGES.items():
        if args.only and name not in args.only:
            continue
        html = build().encode()
        cells = [run(system, html, args.cap) for system in CHILD]
        size = f"{len(html) / 1e6:.1f} MB"
        print(f"| {name}: {what} | {size} | {cells[0]} | {cells[1]} |", flush=True)


if __name__ == "__main__":
    main()
