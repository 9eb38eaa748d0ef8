"""Discovery: the article URLs of sites, from their feeds and sitemaps.

    >>> found = discover(["https://example.org/"], FetchOptions(), DiscoveryOptions(since=day))
    >>> [entry.url for entry in found.entries]      # newest first
    >>> found.records()                               # discovery_failed records, one per source

A source is a home page, a feed (RSS, Atom, RDF, JSON Feed) or a sitemap (XML, index,
Google News, text; gzipped or not). Every request goes through `presscut.fetch`; only the
batch's duplicate key (`presscut.batch.url_key`) is borrowed from the batch package.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from presscut.article import Article
from presscut.discovery.crawl import DiscoveryOptions, Site
from presscut.discovery.dates import parse_since
from presscut.discovery.entries import Entry, Failure, select
from presscut.fetch import Fetcher, FetchOptions, Resolver, system_resolver

ERROR_TYPE = "discovery_failed"


@dataclass
class Discovery:
    """Entries of every source (distinct, newest first) and the sources that failed."""

    entries: list[Entry]
    failures: list[Failure]

    @property
    def urls(self) -> list[str]:
        return [entry.url for entry in self.entries]

    def records(self) -> list[dict[str, Any]]:
        """One `discovery_failed` error record per failed feed, sitemap or site."""
        return [
            Article.failure(f.source, ERROR_TYPE, f.message, f.status).to_dict()
            for f in self.failures
        ]


async def discover_async(
    sources: Sequence[str],
    fetch: FetchOptions | None = None,
    options: DiscoveryOptions | None = None,
    *,
    resolver: Resolver = system_resolver,
) -> Discovery:
    """Discover every source at once (politeness per host is the fetcher's)."""
    options = options or DiscoveryOptions()
    async with Fetcher(fetch, resolver=resolver) as fetcher:
        sites = [Site(source, fetcher, options) for source in sources]
        await asyncio.gather(*(site.run() for site in sites))
    entries = [entry for site in sites for entry in site.kept()]
    failures = [failure for site in sites for failure in site.failures]
    return Discovery(select(entries, since=options.since), failures)


def discover(
    sources: Sequence[str],
    fetch: FetchOptions | None = None,
    options: DiscoveryOptions | None = None,
) -> Discovery:
    """`discover_async` from synchronous code."""
    return asyncio.run(discover_async(sources, fetch, options))


__all__ = [
    "ERROR_TYPE",
    "Discovery",
    "DiscoveryOptions",
    "Entry",
    "Failure",
    "discover",
    "discover_async",
    "parse_since",
]
