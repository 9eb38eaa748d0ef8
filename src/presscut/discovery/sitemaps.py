"""Sitemaps read as they stream in: XML (urlset, sitemap index, Google News), text, gzip.

Nothing is held whole: the XML parser hands over each `<url>` or `<sitemap>` element as
it closes and the element is freed at once, so a sitemap of 50 MB costs the memory of its
entries only. Past `SITEMAP_MAX_BYTES` (the protocol's 50 MiB, counted after
decompression) or `MAX_SITEMAP_URLS` entries, the sitemap is refused.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin

from lxml import etree

from presscut.discovery.dates import parse_date
from presscut.discovery.entries import Entry

#: The sitemap protocol's limits for one file: 50 MiB uncompressed, 50,000 URLs.
SITEMAP_MAX_BYTES = 52_428_800
MAX_SITEMAP_URLS = 50_000
#: Size of the pieces gzip data is inflated into (bounded output, see `Gunzip`).
INFLATE_PIECE = 256 * 1024
URL_SCHEMES = ("http://", "https://")
#: "&" not starting an entity (a bare "&" in a URL), and the longest entity we wait for.
BARE_AMPERSAND = re.compile(rb"&(?!#?\w{1,10};)")
ENTITY_MAX = 12
#: In the namespace of Google News sitemaps.
NEWS_WORD = "sitemap-news"
#: The elements whose end the parser reports, in any namespace (or none).
ENTRY_TAGS = ("{*}url", "{*}sitemap")
#: A Google News sitemap's date and title (namespace aside), before the plain `lastmod`.
DATE_TAGS = ("publication_date", "lastmod")


class TooLarge(Exception):
    """A sitemap past the protocol's limits: refused, whatever it held so far."""


class Sink(Protocol):
    def feed(self, data: bytes) -> None: ...


@dataclass
class Sitemap:
    """What a sitemap lists: pages (`entries`) or, for an index, other sitemaps."""

    entries: list[Entry] = field(default_factory=list)
    children: list[Entry] = field(default_factory=list)

    def add(self, entry: Entry, index: bool) -> None:
        (self.children if index else self.entries).append(entry)
        if len(self.entries) + len(self.children) > MAX_SITEMAP_URLS:
            raise TooLarge(f"more than {MAX_SITEMAP_URLS} URLs in one sitemap")


class XmlSitemap:
    """Incremental parser of an XML sitemap or sitemap index (`feed` bytes, then `close`)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.result = Sitemap()
        self._carry = b""
        self._parser = etree.XMLPullParser(
            events=("end",),
            tag=ENTRY_TAGS,
            recover=True,
            resolve_entities=False,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
        )

    def feed(self, data: bytes) -> None:
        data, self._carry = _escape_ampersands(self._carry + data)
        self._parse(data)

    def _parse(self, data: bytes) -> None:
        try:
            self._parser.feed(data)
        except etree.XMLSyntaxError as exc:
            raise ValueError(f"broken sitemap XML: {exc}") from None
        self._drain()

    def close(self) -> Sitemap:
        self._parse(BARE_AMPERSAND.sub(b"&amp;", self._carry))
        try:
            self._parser.close()
        except etree.XMLSyntaxError as exc:
            raise ValueError(f"broken sitemap XML: {exc}") from None
        self._drain()
        return self.result

    def _drain(self) -> None:
        for _, element in self._parser.read_events():
            name = _local(element.tag)
            if name not in ("url", "sitemap"):
                continue
            entry = _entry(element, self.base_url)
            if entry is not None:
                self.result.add(entry, index=name == "sitemap")
            _free(element)


class TextSitemap:
    """A text sitemap: one URL a line (anything else on a line is ignored)."""

    def __init__(self, base_url: str) -> None:
        self.result = Sitemap()
        self._rest = b""

    def feed(self, data: bytes) -> None:
        *lines, self._rest = (self._rest + data).split(b"\n")
        for line in lines:
            self._line(line)

    def close(self) -> Sitemap:
        self._line(self._rest)
        return self.result

    def _line(self, raw: bytes) -> None:
        text = raw.decode("utf-8", errors="replace").strip()
        if text.startswith(URL_SCHEMES):
            self.result.add(Entry(text), index=False)


class Gunzip:
    """Inflates gzip data into `sink`, a bounded piece at a time (a gzip bomb stops early)."""

    def __init__(self, sink: Sink, max_bytes: int = SITEMAP_MAX_BYTES) -> None:
        self._sink = sink
        self._inflater = zlib.decompressobj(31)
        self._room = max_bytes

    def feed(self, data: bytes) -> None:
        try:
            while data:
                piece = self._inflater.decompress(data, INFLATE_PIECE)
                self._pass(piece)
                data = self._inflater.unconsumed_tail
        except zlib.error as exc:
            raise ValueError(f"corrupt gzip data: {exc}") from None

    def close(self) -> None:
        self._pass(self._inflater.flush())
        if not self._inflater.eof:
            raise ValueError("truncated gzip data")

    def _pass(self, piece: bytes) -> None:
        self._room -= len(piece)
        if self._room < 0:
            raise TooLarge(f"larger than {SITEMAP_MAX_BYTES} bytes once decompressed")
        if piece:
            self._sink.feed(piece)


def _escape_ampersands(data: bytes) -> tuple[bytes, bytes]:
    """`data` with bare "&" escaped (`loc` URLs often hold them), and the tail to carry
    over to the next piece when an entity may be cut in two at the end."""
    cut = data.rfind(b"&")
    carry = b""
    if cut >= 0 and len(data) - cut <= ENTITY_MAX and b";" not in data[cut:]:
        data, carry = data[:cut], data[cut:]
    return BARE_AMPERSAND.sub(b"&amp;", data), carry


def _entry(element: etree._Element, base_url: str) -> Entry | None:
    """The entry of a `<url>` or `<sitemap>` element: loc, date, news title."""
    found: dict[str, str] = {}
    for child in element.iter():
        tag = child.tag
        name = _local(tag)
        if name == "title" and NEWS_WORD not in tag:
            continue  # an image's or a video's title, not the article's
        if name and name not in found and child.text and child.text.strip():
            found[name] = child.text.strip()
    loc = found.get("loc")
    if not loc:
        return None
    dates = (parse_date(found.get(tag)) for tag in DATE_TAGS)
    date = next((value for value in dates if value is not None), None)
    title = found.get("title")
    url = loc if loc.startswith(URL_SCHEMES) else urljoin(base_url, loc)
    return Entry(url, title, date)


def _local(tag: object) -> str:
    """The tag name without its namespace ('' for comments and processing instructions)."""
    return tag[tag.rfind("}") + 1 :] if isinstance(tag, str) else ""


def _free(element: etree._Element) -> None:
    """Drop a handled element and the siblings before it, so memory stays flat."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
