"""Settings of the fetcher, with the defaults the command line documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from presscut._version import __version__

DEFAULT_USER_AGENT = f"presscut/{__version__} (+https://pypi.org/project/presscut/)"
#: The name matched against robots.txt `User-agent:` lines.
ROBOTS_AGENT = "presscut"

DEFAULT_TIMEOUT = 30.0
#: A cached page is fetched again after a day: news pages change (corrections, updates).
DEFAULT_CACHE_TTL = 86_400.0
DEFAULT_RETRIES = 2
DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_PER_HOST = 2
DEFAULT_DELAY = 0.0
#: A robots.txt Crawl-delay raises the pause for its host, up to this many seconds.
CRAWL_DELAY_CAP = 10.0
DEFAULT_CONCURRENCY = 32
MAX_REDIRECTS = 10
#: Longest Retry-After we honour, and the backoff schedule (base * 2**attempt, jittered).
RETRY_AFTER_CAP = 30.0
BACKOFF_BASE = 0.5
BACKOFF_CAP = 10.0
ROBOTS_MAX_BYTES = 512_000


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch. `timeout` is a total deadline per URL, see `Fetcher.fetch`."""

    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    max_bytes: int = DEFAULT_MAX_BYTES
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = DEFAULT_CONCURRENCY
    per_host: int = DEFAULT_PER_HOST
    delay: float = DEFAULT_DELAY
    respect_robots: bool = True
    allow_private: bool = False
    max_redirects: int = MAX_REDIRECTS
    #: Directory of the SQLite HTTP cache (hishel), or None for no cache.
    cache_dir: str | None = None
    #: Seconds a cached page is replayed before it is fetched again.
    cache_ttl: float = DEFAULT_CACHE_TTL
    #: `file:` URIs that may be read from disk (the files named on the command line); any
    #: other `file:` URL, from a URL list say, stays `invalid_url`.
    local_files: frozenset[str] = frozenset()
    #: A `.warc.gz` file where every HTTP exchange is archived as it happens, or None.
    warc_out: str | None = None
    #: Receives each exchange's WARC records (whole gzip members) instead of `warc_out`'s
    #: file: a cluster worker sends them to the one process that writes the archive.
    warc_send: Callable[[bytes], None] | None = None
