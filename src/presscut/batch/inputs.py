"""The URL list: one URL a line, comments and blanks skipped, duplicates dropped."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

import httpx

from presscut.fetch.address import origin

COMMENT = "#"
DEFAULT_PORTS = {"http": 80, "https": 443}
#: A host name with a dot (and maybe a port) before the first "/": `www.example.com/a`.
BARE_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?!(?:html?|xhtml|gz|txt|jsonl?|xml)(?:[:/?#]|$))[a-z][a-z0-9-]+"  # not a file name
    r"(?::\d+)?(?:[/?#]|$)",
    re.IGNORECASE,
)
SCHEMELESS_DEFAULT = "https://"


def read_urls(lines: Iterable[str]) -> list[str]:
    """Stripped lines that are neither blank nor `#` comments, in order; a line that
    starts with a host name but no scheme (`www.example.com/a`) is taken as https."""
    stripped = (line.strip() for line in lines)
    return [with_scheme(line) for line in stripped if line and not line.startswith(COMMENT)]


def with_scheme(text: str) -> str:
    """`https://` + `text` when it starts with a bare host name; else `text`."""
    return SCHEMELESS_DEFAULT + text if BARE_HOST.match(text) else text


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
