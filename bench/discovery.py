"""Discovery: feed parsers and sitemap readers side by side, in one run.

    .venv/bin/python bench/discovery.py            # about 30 s

Feeds: presscut's reader (fastfeedparser), feedparser, and trafilatura's feed link finder
on the same generated feeds (RSS 2.0, Atom, RDF, JSON Feed, a truncated RSS): entries with
a link, entries with a date, median milliseconds per feed.
Sitemaps: presscut's streaming reader (64 KB pieces, as they arrive from the network)
against trafilatura's `SitemapObject` (the whole document in memory), on a 49,000-URL
sitemap (5.6 MB) and a 48 MB one (45,000 URLs with image blocks): seconds and the peak RSS
of a fresh process doing only that.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import fastfeedparser
import feedparser
from trafilatura.feeds import FeedParameters
from trafilatura.feeds import extract_links as trafilatura_feed_links
from trafilatura.sitemaps import SitemapObject

from presscut.discovery.feeds import parse_feed
from presscut.discovery.sitemaps import XmlSitemap

BASE = "https://news.example/"
REPEAT = 15
PIECE = 64 * 1024
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
IMAGE_NS = 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'


def rss(items: int) -> bytes:
    body = "".join(
        f"<item><title>Story {n} &amp; more</title><link>{BASE}2026/12/story-{n}.html</link>"
        f"<pubDate>Tue, 01 Dec 2026 10:{n % 60:02d}:00 +0100</pubDate>"
        f"<description>&lt;p&gt;Summary {n}&lt;/p&gt;</description></item>"
        for n in range(items)
    )
    channel = f"<channel><title>G</title>{body}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def atom(items: int) -> bytes:
    body = "".join(
        f'<entry><title>Story {n}</title><link href="/2026/12/a-{n}"/><id>urn:{n}</id>'
        f"<published>2026-12-01T08:{n % 60:02d}:00Z</published></entry>"
        for n in range(items)
    )
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>{body}</feed>'.encode()


def rdf(items: int) -> bytes:
    body = "".join(
        f'<item rdf:about="{BASE}r/{n}"><title>R{n}</title><link>{BASE}r/{n}</link>'
        f"<dc:date>2026-12-01T09:00:00+01:00</dc:date></item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{BASE}"><title>G</title></channel>{body}</rdf:RDF>'
    ).encode()


def json_feed(items: int) -> bytes:
    entries = [
        {
            "id": str(n),
            "url": f"{BASE}j/{n}",
            "title": f"J{n}",
            "date_published": "2026-12-01T10:00:00Z",
        }
        for n in range(items)
    ]
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "G", "items": entries}
    ).encode()


FEEDS: dict[str, bytes] = {
    "RSS 2.0, 500 items": rss(500),
    "Atom, 500 entries (relative links)": atom(500),
    "RDF, 200 items": rdf(200),
    "JSON Feed, 200 items": json_feed(200),
    "RSS cut after 50 items": rss(51)[: rss(51).rfind(b"<item>")],
}


def presscut_feed(data: bytes) -> tuple[int, int]:
    entries = parse_feed(data, BASE)
    return len(entries), sum(1 for e in entries if e.published)


def feedparser_feed(data: bytes) -> tuple[int, int]:
    entries = feedparser.parse(data).entries
    linked = [e for e in entries if e.get("link")]
    return len(linked), sum(
        1 for e in linked if e.get("published_parsed") or e.get("updated_parsed")
    )


def trafilatura_feed(data: bytes) -> tuple[int, int]:
    params = FeedParameters(BASE, "news.example", BASE)
    return len(trafilatura_feed_links(data.decode("utf-8"), params)), 0


FEED_READERS: dict[str, Callable[[bytes], tuple[int, int]]] = {
    f"presscut (fastfeedparser {fastfeedparser.__version__})": presscut_feed,
    f"feedparser {feedparser.__version__}": feedparser_feed,
    "trafilatura.feeds (links only)": trafilatura_feed,
}


def feeds() -> None:
    print("Feeds: entries with a link / with a date / median ms per feed")
    for name, data in FEEDS.items():
        print(f"  {name} ({len(data) / 1000:.0f} kB)")
        for reader_name, reader in FEED_READERS.items():
            try:
                found, dated = reader(data)
            except Exception as exc:  # a reader that gives up is a result too
                print(f"    {reader_name:38} fails: {type(exc).__name__}")
                continue
            times = []
            for _ in range(REPEAT):
                start = time.perf_counter()
                reader(data)
                times.append(time.perf_counter() - start)
            ms = statistics.median(times) * 1000
            print(f"    {reader_name:38} {found:4} {dated:4} {ms:8.2f} ms")


def sitemap(urls: int, image_bytes: int) -> bytes:
    pad = "x" * image_bytes
    image = (
        f"<image:image><image:loc>{BASE}img/{{n}}.jpg?{pad}</image:loc></image:image>"
        if image_bytes
        else ""
    )
    body = "".join(
        f"<url><loc>{BASE}2026/12/01/story-{n}.html</loc><lastmod>2026-12-01T10:00:00+01:00</lastmod>"
        + image.replace("{n}", str(n))
        + "</url>"
        for n in range(urls)
    )
    return f'<?xml version="1.0"?><urlset {NS} {IMAGE_NS}>{body}</urlset>'.encode()


SITEMAPS = {"49,000 URLs": (49_000, 0), "45,000 URLs with image blocks": (45_000, 950)}


def run_one(reader: str, size: str) -> dict[str, Any]:
    """In a fresh process: read one sitemap with one reader; time and peak RSS."""
    data = sitemap(*SITEMAPS[size])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if reader == "presscut":
        parser = XmlSitemap(BASE)
        for offset in range(0, len(data), PIECE):
            parser.feed(data[offset : offset + PIECE])
        found = len(parser.close().entries)
    else:
        objects = SitemapObject(BASE, "news.example", [])
        objects.current_url = BASE + "sitemap.xml"
        objects.content = data.decode("utf-8")
        objects.process()
        found = len(objects.urls)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "found": found,
        "seconds": seconds,
        "mb": len(data) / 1e6,
        "peak_mb": (peak - before) / 1024,
    }


def sitemaps() -> None:
    print("Sitemaps: URLs found / seconds / peak RSS growth while reading (MB), fresh process")
    for size in SITEMAPS:
        for reader in ("presscut", "trafilatura"):
            done = subprocess.run(
                [sys.executable, __file__, "--one", reader, size],
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(done.stdout)
            print(
                f"  {size} ({result['mb']:.1f} MB)  {reader:12} {result['found']:6} "
                f"{result['seconds']:6.2f} s {result['peak_mb']:7.1f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", nargs=2, metavar=("READER", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return
    feeds()
    sitemaps()


if __name__ == "__main__":
    main()
