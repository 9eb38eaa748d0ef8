"""One discovery document, read as it arrives: what it is, then what it lists.

The first bytes say what the document is (`sniff`): gzip is inflated and looked at again;
a sitemap is parsed streaming; a feed or an HTML page (at most `max_bytes`, the fetcher's
page cap) is read whole, then parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import httpx

from presscut.discovery.entries import Entry
from presscut.discovery.feeds import announced_feeds, parse_feed
from presscut.discovery.sitemaps import (
    SITEMAP_MAX_BYTES,
    Gunzip,
    TextSitemap,
    TooLarge,
    XmlSitemap,
)
from presscut.fetch.content import iter_capped, media_type

GZIP_MAGIC = b"\x1f\x8b"
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
#: Bytes looked at before deciding what a document is (it may be decided at the end).
SNIFF_BYTES = 2048
#: The first element's name (declarations, comments and doctypes do not match).
FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
#: First element -> kind of document.
ROOT_KINDS = {
    "urlset": "sitemap",
    "sitemapindex": "sitemap",
    "rss": "feed",
    "feed": "feed",
    "rdf": "feed",
    "html": "html",
}
TEXT_TYPES = frozenset({"text/plain"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class NotReadable(ValueError):
    """A document that is neither a feed, a sitemap nor an HTML page, or is broken."""


@dataclass
class Document:
    """What one URL gave: its kind, the pages it lists, the sitemaps or feeds it names."""

    url: str
    kind: str
    entries: list[Entry] = field(default_factory=list)
    #: A sitemap index's sitemaps (with their lastmod), or the feeds an HTML page announces.
    links: list[Entry] = field(default_factory=list)


def sniff(head: bytes, content_type: str, final: bool = False) -> str | None:
    """'gzip', 'sitemap', 'feed', 'html', 'text' or 'unknown'; None when `head` does not
    tell yet (and more is to come: not `final`)."""
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    text = _strip_bom(head).lstrip()
    if text.startswith(b"{"):
        return "feed"  # JSON Feed
    if text[:8].lower().startswith((b"https://", b"http://")):
        return "text"
    if text.startswith(b"<"):
        if text[:14].lower().startswith(b"<!doctype html"):
            return "html"
        match = FIRST_ELEMENT.search(text)
        if match:
            name = match.group(1).decode("ascii", "replace").lower().rsplit(":", 1)[-1]
            return ROOT_KINDS.get(name, "html" if content_type in HTML_TYPES else "unknown")
    elif content_type in TEXT_TYPES and text:
        return "text"
    return None if len(head) < SNIFF_BYTES and not final else "unknown"


class DocumentReader:
    """Takes the body piece by piece (`feed`), then gives the `Document` (`close`)."""

    def __init__(self, url: str, content_type: str, max_bytes: int, inflated: bool = False):
        self.url = url
        self.content_type = content_type
        self.max_bytes = max_bytes
        self.inflated = inflated
        self.kind: str | None = None
        self._head = b""
        self._target: XmlSitemap | TextSitemap | Gunzip | None = None
        self._inner: DocumentReader | None = None
        self._parts: list[bytes] = []
        self._size = 0

    def feed(self, data: bytes) -> None:
        if self.kind is None:
            self._head += data
            self.kind = sniff(self._head, self.content_type)
            if self.kind is None:
                return
            self._start()
            data, self._head = self._head, b""
        self._pass(data)

    def close(self) -> Document:
        if self.kind is None:
            self.kind = sniff(self._head, self.content_type, final=True)
            self._start()
            self._pass(self._head)
        if isinstance(self._target, Gunzip) and self._inner is not None:
            self._target.close()
            return self._inner.close()
        if isinstance(self._target, XmlSitemap | TextSitemap):
            sitemap = self._target.close()
            return Document(self.url, "sitemap", sitemap.entries, sitemap.children)
        return self._whole(b"".join(self._parts))

    def _start(self) -> None:
        if self.kind == "gzip" and not self.inflated:
            self._inner = DocumentReader(self.url, "", self.max_bytes, inflated=True)
            self._target = Gunzip(self._inner)
        elif self.kind == "sitemap":
            self._target = XmlSitemap(self.url)
        elif self.kind == "text":
            self._target = TextSitemap(self.url)
        elif self.kind not in ("feed", "html"):
            raise NotReadable(f"not a feed, a sitemap or an HTML page ({self._described()})")

    def _pass(self, data: bytes) -> None:
        if self._target is not None:
            self._target.feed(data)
            return
        self._size += len(data)
        if self._size > self.max_bytes:
            raise TooLarge(f"{self.kind} larger than {self.max_bytes} bytes")
        self._parts.append(data)

    def _whole(self, data: bytes) -> Document:
        if self.kind == "html":
            links = [Entry(url) for url in announced_feeds(data, self.url)]
            return Document(self.url, "html", links=links)
        try:
            return Document(self.url, "feed", parse_feed(data, self.url))
        except ValueError as exc:
            raise NotReadable(f"broken feed: {exc}") from None

    def _described(self) -> str:
        return f"Content-Type: {self.content_type}" if self.content_type else "no Content-Type"


async def read_document(
    max_bytes: int, original: str, url: httpx.URL, response: httpx.Response
) -> Document:
    """The `Reader` handed to `Fetcher.fetch_with` for every discovery request."""
    kind, _ = media_type(response)
    reader = DocumentReader(str(url), kind, max_bytes)
    async for piece in iter_capped(response, max(SITEMAP_MAX_BYTES, max_bytes)):
        reader.feed(piece)
    return reader.close()


def _strip_bom(data: bytes) -> bytes:
    for bom in BOMS:
        if data.startswith(bom):
            return data[len(bom) :]
    return data
