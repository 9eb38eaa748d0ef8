"""The URL list: one URL a line, comments and blanks skipped, duplicates dropped."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

import httpx

from presscut.fetch.address import origin

COMMENT = "#"
DEFAULT_PORTS = {"http": 80, "https": 443}


def read_urls(lines: Iterable[str]) -> list[str]:
    """Stripped lines that are neither blank nor `#` comments, in order."""
    stripped = (line.strip() for line in lines)
    return [line for line in stripped if line and not line.startswith(COMMENT)]


def url_key(url: str) -> str:
    """The duplicate key: scheme and host lower-cased, default port and fragment dropped."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        scheme, host, port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError:
        return text
    if scheme not in DEFAULT_PORTS or not host:
        return text
    host = f"[{host}]" if ":" in host else host
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def distinct(urls: Iterable[str], skip: set[str] | None = None) -> list[str]:
    """First occurrence of each key, minus keys in `skip` (those already done)."""
    seen = set(skip or ())
    kept = []
    for url in urls:
        key = url_key(url)
        if key not in seen:
            seen.add(key)
            kept.append(url)
    return kept


def interleave_hosts(urls: list[str]) -> list[str]:
    """Round-robin over origins, so that one big site does not hold every worker at once."""
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        by_host[_host(url)].append(url)
    queues = list(by_host.values())
    longest = max((len(q) for q in queues), default=0)
    return [q[i] for i in range(longest) for q in queues if i < len(q)]


def _host(url: str) -> str:
    """The origin (scheme, host, port): the unit of politeness, as the fetcher keys it."""
    try:
        return origin(httpx.URL(url_key(url)))
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return ""
