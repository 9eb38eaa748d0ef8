"""Discovery of one site: from what the user gave to every entry its feeds and sitemaps list.

A source is a home page, a feed or a sitemap (which one is read from the response). A home
page leads to the feeds it announces and the sitemaps its robots.txt names; when it names
neither, to a few usual locations (`USUAL_LOCATIONS`, tried quietly). Sitemap indexes are
followed `MAX_SITEMAP_DEPTH` levels deep, `MAX_SITEMAP_FILES` files at most per site, newest
first; with `since`, a listed sitemap last modified before it is not fetched.

Every request is the fetcher's (`Fetcher.fetch_with`): address and robots.txt checks,
politeness, deadline, retries, size caps. A source, or a feed or sitemap it names, that
cannot be read becomes a `Failure`; the rest of the site goes on.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from urllib.parse import urljoin

from presscut.batch.inputs import distinct, url_key
from presscut.discovery.entries import Entry, Failure, newest_first, site_host
from presscut.discovery.reader import Document, NotReadable, read_document
from presscut.discovery.sitemaps import TooLarge
from presscut.fetch import Fetcher, FetchError

log = logging.getLogger("presscut")

#: Tried when a home page announces no feed and its robots.txt names no sitemap.
USUAL_LOCATIONS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/feed", "/rss.xml")
#: Bounds per site: sitemap files read, index levels followed, robots.txt sitemaps taken.
MAX_SITEMAP_FILES = 50
MAX_SITEMAP_DEPTH = 2
MAX_ROBOTS_SITEMAPS = 10


@dataclass(frozen=True)
class DiscoveryOptions:
    """What to keep: entries dated at or after `since` (undated too); other hosts' URLs
    only with `all_hosts`."""

    since: datetime | None = None
    all_hosts: bool = False
    max_sitemap_files: int = MAX_SITEMAP_FILES
    max_sitemap_depth: int = MAX_SITEMAP_DEPTH


@dataclass
class Site:
    """The discovery of one source: the entries found and the documents that failed."""

    source: str
    fetcher: Fetcher
    options: DiscoveryOptions
    entries: list[Entry] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    hosts: set[str] = field(default_factory=set)
    files: int = 0
    #: Duplicate keys of the documents read or queued, the source first.
    seen: set[str] = field(default_factory=set)

    async def run(self) -> Site:
        """Discover the site; never raises (a bug becomes a failure of this source)."""
        try:
            await self._run()
        except Exception as exc:
            log.warning("discovery of %s failed: %r", self.source, exc)
            self._fail(self.source, f"unexpected failure: {type(exc).__name__}: {exc}")
        return self

    async def _run(self) -> None:
        self.hosts.add(site_host(self.source))
        self.seen.add(url_key(self.source))
        document = await self._read(self.source, named=True)
        if document is None:
            return
        self.hosts.add(site_host(document.url))
        if document.kind == "html":
            await self._home(document)
        else:
            await self._take(document, depth=0)

    def kept(self) -> list[Entry]:
        """The entries on the site's own hosts (all of them with `all_hosts`)."""
        if self.options.all_hosts:
            return self.entries
        return [entry for entry in self.entries if site_host(entry.url) in self.hosts]

    async def _home(self, page: Document) -> None:
        named = [link.url for link in page.links] + await self._robots_sitemaps(page.url)
        if named:
            await self._follow_all(named, depth=0, named=True)
            return
        usual = [urljoin(page.url, path) for path in USUAL_LOCATIONS]
        await self._follow_all(usual, depth=0, named=False)

    async def _robots_sitemaps(self, url: str) -> list[str]:
        try:
            listed = await self.fetcher.robots_sitemaps(url)
        except FetchError:
            return []
        return [urljoin(url, sitemap) for sitemap in listed[:MAX_ROBOTS_SITEMAPS]]

    async def _follow_all(self, urls: list[str], depth: int, named: bool) -> None:
        # Each once: an index may list itself, robots.txt and the page name one sitemap.
        urls = distinct(urls, skip=self.seen)
        self.seen.update(url_key(url) for url in urls)
        room = self.options.max_sitemap_files - self.files
        if len(urls) > room:
            log.warning(
                "%s: %d more feeds or sitemaps than the bound of %d are left unread",
                self.source,
                len(urls) - max(room, 0),
                self.options.max_sitemap_files,
            )
            urls = urls[: max(room, 0)]
        self.files += len(urls)
        await asyncio.gather(*(self._follow(url, depth, named) for url in urls))

    async def _follow(self, url: str, depth: int, named: bool) -> None:
        document = await self._read(url, named)
        if document is None:
            return
        if document.kind == "html":
            if named:
                self._fail(url, "an HTML page, not a feed or a sitemap")
            return
        await self._take(document, depth)

    async def _take(self, document: Document, depth: int) -> None:
        """Keep a feed's or sitemap's entries; follow the sitemaps an index lists."""
        self.entries.extend(document.entries)
        children = self._worth_reading(document.links)
        if children and depth >= self.options.max_sitemap_depth:
            log.warning(
                "%s: sitemap index nested deeper than %d levels, not followed",
                document.url,
                self.options.max_sitemap_depth,
            )
            return
        await self._follow_all([child.url for child in children], depth + 1, named=True)

    def _worth_reading(self, children: list[Entry]) -> list[Entry]:
        """An index's sitemaps, newest first, without those unchanged since `since`."""
        return newest_first(children, self.options.since)

    async def _read(self, url: str, named: bool) -> Document | None:
        """The document at `url`; None (and a Failure when `named`) when it cannot be read."""
        reader = partial(read_document, self.fetcher.options.max_bytes)
        try:
            return await self.fetcher.fetch_with(url, reader)
        except FetchError as error:
            message, status = f"{error.type}: {error.message}", error.status
        except (NotReadable, TooLarge, ValueError) as error:
            message, status = str(error), None
        if named:
            self._fail(url, message, status)
        return None

    def _fail(self, url: str, message: str, status: int | None = None) -> None:
        where = "" if url == self.source else f" (found from {self.source})"
        self.failures.append(Failure(url, f"{message}{where}", status))
