"""The batch engine: fetch and extract one shard of URLs, calling a sink per record.

`run_shard` is a plain function of plain data, so that a distributed engine can call it
on other machines with its own share of the list and its own sink.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from presscut.article import Article
from presscut.batch import stops
from presscut.batch.pool import ExtractionPool, default_workers
from presscut.bounded import Limits
from presscut.fetch import Fetcher, FetchOptions, Resolver, system_resolver
from presscut.pipeline import fetch_record

log = logging.getLogger("presscut")

#: Receives each finished record (an `Article.to_dict()`), in completion order.
Sink = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class BatchOptions:
    """Fetch settings plus the extraction side: worker processes (0: in-process), explain,
    and the time and memory limits of one page's extraction."""

    fetch: FetchOptions = field(default_factory=FetchOptions)
    workers: int = field(default_factory=default_workers)
    explain: bool = False
    #: body and lead in Markdown (``--markdown``, ``--format markdown``)
    markdown: bool = False
    limits: Limits = field(default_factory=Limits)


def run_shard(
    urls: Sequence[str],
    options: BatchOptions,
    sink: Sink,
    *,
    resolver: Resolver = system_resolver,
) -> None:
    """Fetch and extract every URL, calling `sink` once per URL as each one finishes.

    Interrupting (KeyboardInterrupt, or a stop signal under `stops.stop_signals`) abandons
    work in flight; records already given to the sink stay given, and work cut by the stop
    never reaches the sink. An exception raised by the sink (the output cannot be written)
    stops the run and comes out of `run_shard`.
    """
    stops.run_until_stopped(run_shard_async(urls, options, sink, resolver=resolver))


async def run_shard_async(
    urls: Sequence[str],
    options: BatchOptions,
    sink: Sink,
    *,
    resolver: Resolver = system_resolver,
) -> None:
    """The async core of `run_shard`: `concurrency` tasks share one fetcher and one pool."""
    queue = iter(urls)
    tasks = max(1, min(options.fetch.concurrency, len(urls)))
    pool = ExtractionPool(options.workers, options.limits)
    try:
        async with Fetcher(options.fetch, resolver=resolver) as fetcher:
            worker = _Worker(fetcher, pool, sink, options.explain, options.markdown)
            await worker.run(queue, tasks)
    finally:
        pool.shutdown()


class _Worker:
    def __init__(
        self, fetcher: Fetcher, pool: ExtractionPool, sink: Sink, explain: bool, markdown: bool
    ):
        self.fetcher = fetcher
        self.pool = pool
        self.sink = sink
        self.explain = explain
        self.markdown = markdown

        #: Set when the run ends or is cancelled: no new URL is started, no record given.
        self.stopping = False

    @property
    def stopped(self) -> bool:
        """The run ends, or a stop signal came (its cancellation may have been swallowed
        on the way: the flag holds all the same)."""
        return self.stopping or stops.requested()

    async def run(self, queue: Iterator[str], count: int) -> None:
        """`count` tasks drain the queue; on cancellation every one of them is stopped."""
        tasks = [asyncio.ensure_future(self.drain(queue)) for _ in range(count)]
        try:
            await asyncio.gather(*tasks)
        finally:
            self.stopping = True
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def drain(self, queue: Iterator[str]) -> None:
        for url in queue:
            if self.stopped:
                return
            record = await self.process(url)
            if record is None or self.stopped:
                return
            self.sink(record)

    async def process(self, url: str) -> dict[str, Any] | None:
        """Never raises (except cancellation): a bug becomes an `extract_failed` record;
        None when the run was stopped meanwhile (the error is the stop's, not the URL's)."""
        try:
            fetched = await fetch_record(self.fetcher, url)
            if isinstance(fetched, dict):
                return fetched
            return await self.pool.extract(fetched, self.explain, self.markdown)
        except Exception as exc:
            if self.stopped:  # cut by the stop: not this URL's failure
                return None
            log.warning("failed on %s: %r", url, exc)
            return Article.failure(url, "extract_failed", f"{type(exc).__name__}: {exc}").to_dict()
