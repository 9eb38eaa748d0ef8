"""The extraction process pool: CPU work off the event loop, on every core.

A worker process that dies (a parser crash, the OOM killer) breaks a `ProcessPoolExecutor`
for good; `ExtractionPool` then starts a fresh one and tries the page once more, so one bad
page cannot fail the rest of a batch. A page whose extraction runs past
`presscut.deadline.EXTRACT_DEADLINE` is given up (an `extract_failed` record) so that it
cannot hold a worker forever.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from presscut.article import Article
from presscut.deadline import ExtractionTimeout, run_within
from presscut.fetch import Page
from presscut.logs import setup_logging
from presscut.pipeline import extract_page, page_record

#: Start method: forkserver where the platform has it (no fork of a threaded parent).
START_METHODS = ("forkserver", "spawn")
#: Imported once by the fork server, so that each worker starts with extraction loaded.
PRELOAD = ["presscut.pipeline"]
#: Attempts per page when worker processes die under it.
ATTEMPTS = 2


def default_workers() -> int:
    return os.cpu_count() or 1


class ExtractionPool:
    """Runs `extract_page` in `workers` processes, or in-process when `workers` is 0."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    async def extract(self, page: Page, explain: bool, markdown: bool = False) -> dict[str, Any]:
        if self.workers <= 0:
            return extract_page(page, explain, markdown)
        loop = asyncio.get_running_loop()
        for attempt in range(1, ATTEMPTS + 1):
            pool = self._current()
            try:
                return await loop.run_in_executor(
                    pool, extract_within, page, explain, None, markdown
                )
            except BrokenProcessPool:
                self._discard(pool)
                if attempt == ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _current(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = _new_pool(self.workers)
        return self._pool

    def _discard(self, broken: ProcessPoolExecutor) -> None:
        if self._pool is broken:
            self._pool = None
            broken.shutdown(wait=False, cancel_futures=True)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    available = multiprocessing.get_all_start_methods()
    method = next(m for m in START_METHODS if m in available)
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    level = logging.getLogger("presscut").getEffectiveLevel()
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(level,)
    )


def _start_worker(log_level: int) -> None:
    """Ctrl-C is the parent's business (it abandons the work and shuts the pool down);
    warnings follow the parent's level (`-q`), on stderr like the parent's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    setup_logging(log_level)


def extract_within(
    page: Page, explain: bool, seconds: float | None = None, markdown: bool = False
) -> dict[str, Any]:
    """`extract_page`, given up after ``seconds`` (see `presscut.deadline`)."""
    try:
        return run_within(lambda: extract_page(page, explain, markdown), seconds)
    except ExtractionTimeout as timeout:
        return page_record(page, Article.failure(page.url, "extract_failed", str(timeout)))
