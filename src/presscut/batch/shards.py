"""Cutting a batch into shards for a cluster (by host, each bounded), and the cluster's
address. No Dask here: the command line checks `--cluster` with it before importing Dask.

A host's URLs go to one shard at a time, so the shard's one fetcher holds `--per-host`,
`--delay` and the host's robots.txt (Crawl-delay included) for the whole cluster. A host
with more URLs than `SHARD_URLS` becomes a sequence of shards run one after the other, so
that no task runs for hours and a lost worker costs at most one shard's work.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from presscut.batch.inputs import url_key
from presscut.fetch.address import origin

LOCAL_PREFIX = "local:"
#: Most URLs in one shard (at the default two requests in flight and ~0.5 s a page,
#: well under a minute of a worker's time).
SHARD_URLS = 100
#: A WARC file larger than this is cut into byte ranges of about this size, each its own
#: shard (a few hundred pages: tens of seconds of one worker).
ARCHIVE_RANGE_BYTES = 32 << 20


class ClusterError(Exception):
    """The cluster cannot be used: bad address, no scheduler, no worker, other version."""


def parse_spec(spec: str) -> tuple[str, int]:
    """("local", N) for `local:N`, else (scheduler address, 0)."""
    if spec.startswith(LOCAL_PREFIX):
        count = spec[len(LOCAL_PREFIX) :]
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"local:N needs a number of workers of at least 1, not {count!r}")
        return "local", int(count)
    if "://" not in spec:
        raise ClusterError(f"give tcp://HOST:PORT or local:N, not {spec!r}")
    return spec, 0


@dataclass
class Shard:
    """One task's work: URLs of one host, or one WARC file's byte range from `start` to
    `end` (None: the file's end); `number` is unique in a run."""

    number: int
    host: str
    urls: list[str] = field(default_factory=list)
    archive: str | None = None
    attempt: int = 1
    start: int = 0
    end: int | None = None


def host_of(url: str) -> str:
    """The origin (scheme, host, port) that the fetcher keys its limits by; "" if invalid."""
    try:
        return origin(httpx.URL(url_key(url)))
    except (httpx.InvalidURL, ValueError, UnicodeError):
        return ""


def by_host(urls: Iterable[str], size: int = SHARD_URLS) -> dict[str, deque[list[str]]]:
    """Each host's URLs, in order, cut into pieces of at most `size`."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for url in urls:
        grouped[host_of(url)].append(url)
    return {
        host: deque(urls[i : i + size] for i in range(0, len(urls), size))
        for host, urls in grouped.items()
    }


def archive_shards(
    paths: Iterable[Path], first_number: int, range_bytes: int | None = None
) -> list[Shard]:
    """One shard per WARC file, or per range of a larger one (`presscut.warc.ranges`), by
    absolute path (every worker must be able to read it). A file that cannot be read is
    one shard: its worker notes why."""
    from presscut.warc.ranges import record_ranges  # no warcio: reads bytes only

    shards = []
    for path in paths:
        archive = str(Path(path).resolve())
        try:
            ranges = record_ranges(archive, range_bytes or ARCHIVE_RANGE_BYTES)
        except OSError:
            ranges = [(0, None)]
        for start, end in ranges:
            number = first_number + len(shards)
            host = f"warc:{archive}:{start}"
            shards.append(Shard(number, host, archive=archive, start=start, end=end))
    return shards
