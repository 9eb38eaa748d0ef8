"""Feeds (RSS, Atom, RDF, JSON Feed) read with fastfeedparser, and the feeds a home page
announces with `<link rel="alternate">`.

fastfeedparser is handed bytes only, never a URL (it would fetch it itself, around our
guards). It was measured against feedparser on the same feeds (`bench/feeds.py`).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import fastfeedparser
from selectolax.lexbor import LexborHTMLParser

from presscut.discovery.dates import parse_date
from presscut.discovery.entries import Entry

#: `<link rel="alternate" type=...>` types that announce a feed.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/xml",
        "text/xml",
    }
)
#: Announced feeds that are not the site's articles (`feed.comments`): comment feeds.
COMMENT_FEED = re.compile(r"/comments/|\bcomments?\b|\bcommentaires\b|\bkommentare\b", re.I)
#: How many announced feeds of one page are read.
MAX_ANNOUNCED_FEEDS = 8
ABSOLUTE = ("http://", "https://")
#: Entry date keys of fastfeedparser, the publication date first.
DATE_KEYS = ("published", "updated")


class FeedError(ValueError):
    """A document that cannot be read as a feed."""


def parse_feed(data: bytes, base_url: str) -> list[Entry]:
    """The entries of a feed, links made absolute; `FeedError` when it is not one."""
    try:
        feed = fastfeedparser.parse(data, include_content=False, include_media=False)
    except ValueError as exc:
        raise FeedError(str(exc)) from None
    except Exception as exc:  # the library's own bug on a strange feed: still this feed's
        raise FeedError(f"{type(exc).__name__}: {exc}") from None
    entries = []
    for item in feed.get("entries", []):
        link = item.get("link")
        if not link or not isinstance(link, str):
            continue
        dates = (parse_date(item.get(key)) for key in DATE_KEYS)
        published = next((date for date in dates if date is not None), None)
        title = item.get("title") or None
        link = link.strip()
        url = link if link.startswith(ABSOLUTE) else urljoin(base_url, link)
        entries.append(Entry(url, title, published))
    return entries


def announced_feeds(html: bytes, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a page announces (comment feeds left out), in order."""
    tree = LexborHTMLParser(html)
    base = tree.css_first("base[href]")
    if base is not None:
        base_url = urljoin(base_url, base.attributes.get("href") or "")
    found: list[str] = []
    for link in tree.css("link[rel][href]"):
        attributes = link.attributes
        rel = (attributes.get("rel") or "").lower().split()
        kind = (attributes.get("type") or "").split(";")[0].strip().lower()
        href = (attributes.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        if COMMENT_FEED.search(href) or COMMENT_FEED.search(attributes.get("title") or ""):
            continue
        url = urljoin(base_url, href)
        if url not in found:
            found.append(url)
    return found[:MAX_ANNOUNCED_FEEDS]
