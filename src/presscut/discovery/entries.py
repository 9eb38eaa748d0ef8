"""What discovery collects: entries (a URL, what its source says of it) and failures.

`select` turns the entries of every source into the final list: the site's own hosts,
article-shaped URLs only, dated at or after `since` (undated ones kept), one per URL
(the batch's duplicate key), newest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timezone

import httpx

from presscut.batch.inputs import url_key
from presscut.discovery.shapes import not_article

#: A leading "www." does not make another site.
WWW = "www."


@dataclass(frozen=True)
class Entry:
    """One URL found in a feed or sitemap, with the title and date its source gives."""

    url: str
    title: str | None = None
    published: datetime | None = None  # time-zone aware (UTC when the source gives none)


@dataclass(frozen=True)
class Failure:
    """A source (a site, a feed, a sitemap) that could not be read, and why."""

    source: str
    message: str
    status: int | None = None


def site_host(url: str) -> str:
    """The host of `url` in lower case without a leading "www." ('' when it has none)."""
    try:
        host = httpx.URL(url).host.lower()
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return ""
    return host[len(WWW) :] if host.startswith(WWW) else host


def select(
    entries: Iterable[Entry],
    hosts: set[str] | None = None,
    since: datetime | None = None,
) -> list[Entry]:
    """Entries on `hosts` (all when None), article-shaped, not older than `since`, distinct,
    newest first (undated ones last, in the order found)."""
    kept: dict[str, Entry] = {}
    for entry in entries:
        if hosts is not None and site_host(entry.url) not in hosts:
            continue
        if not_article(entry.url):
            continue
        key = url_key(entry.url)
        kept[key] = _merge(kept[key], entry) if key in kept else entry
    return newest_first(list(kept.values()), since)


def newest_first(entries: list[Entry], since: datetime | None = None) -> list[Entry]:
    """Entries dated at or after `since` (all when None) newest first, then undated ones."""
    fresh = [e for e in entries if since is None or e.published is None or e.published >= since]
    dated = sorted((e for e in fresh if e.published), key=_when, reverse=True)
    return dated + [e for e in fresh if e.published is None]


def _merge(first: Entry, other: Entry) -> Entry:
    """One URL seen twice: what either source said, the first one winning."""
    return replace(
        first,
        title=first.title or other.title,
        published=first.published or other.published,
    )


def _when(entry: Entry) -> datetime:
    return entry.published or datetime.min.replace(tzinfo=timezone.utc)
