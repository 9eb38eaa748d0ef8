"""The extraction pool: CPU work off the event loop, on every core, each page bounded.

Each worker is a process of its own (`presscut.bounded`). A page whose extraction runs past
its time limit has its worker killed (even deep in C code) and replaced; one that needs more
memory than its cap fails inside the worker, which leaves and is replaced. Either way the
page is an `extract_failed` record that names the limit, and the batch goes on. A worker
that dies under a page for another reason (a crash, the OOM killer) is replaced and the
page tried once more; a second death is that page's failure. With ``workers=0`` the page is
extracted in-process, bounded in time by a SIGALRM timer only (`presscut.deadline`).

Cancellation (a stop) kills the workers busy on the cancelled pages: work cut by a stop
never comes back as a record.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from presscut.article import Article
from presscut.bounded import Limits, outcome_article
from presscut.bounded.child import OK
from presscut.bounded.worker import DIED, Outcome, Worker, server_context, start_worker
from presscut.deadline import ExtractionTimeout, run_within
from presscut.fetch import Page
from presscut.pipeline import extract_page, page_article, page_record

#: Attempts per page when worker processes die under it.
ATTEMPTS = 2


def default_workers() -> int:
    return os.cpu_count() or 1


class ExtractionPool:
    """Runs `page_article` in `workers` processes within `limits`, or in-process (0)."""

    def __init__(self, workers: int, limits: Limits | None = None) -> None:
        self.workers = workers
        self.limits = limits or Limits()
        # The fork server starts now, before the fetcher runs threads (see server_context),
        # and imports extraction while the first pages are fetched.
        self._context: Any = server_context() if workers > 0 else None
        self._idle: list[Worker] = []
        self._busy: set[Worker] = set()
        self._slots: asyncio.Semaphore | None = None

    async def extract(self, page: Page, explain: bool, markdown: bool = False) -> dict[str, Any]:
        if self.workers <= 0:
            return extract_within(page, explain, self.limits.seconds, markdown)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        async with self._slots:
            article = await self._extract(page, explain, markdown)
        return page_record(page, article)

    async def _extract(self, page: Page, explain: bool, markdown: bool) -> Article:
        outcome = Outcome(DIED)
        for _ in range(ATTEMPTS):
            outcome = await self._attempt(page, explain, markdown)
            if outcome.kind != DIED:
                break
        if outcome.kind == DIED:
            article = outcome_article(outcome, page.url)
            assert article.error is not None
            article.error.message += f", {ATTEMPTS} times"
            return article
        return outcome_article(outcome, page.url)

    async def _attempt(self, page: Page, explain: bool, markdown: bool) -> Outcome:
        worker = await self._take()
        if isinstance(worker, Outcome):
            return worker
        self._busy.add(worker)
        try:
            outcome = await worker.call_async((page, explain, markdown))
        except BaseException:  # cancelled: the page's work is abandoned with its worker
            worker.kill()
            raise
        finally:
            self._busy.discard(worker)
        if outcome.kind == OK:
            self._idle.append(worker)
        else:
            worker.kill()
        return outcome

    async def _take(self) -> Worker | Outcome:
        """An idle worker, or a new one started in a thread (starting one waits for the
        fork server, which must not hold up the event loop and its fetches)."""
        if self._idle:
            return self._idle.pop()
        if self._context is None:
            self._context = server_context()
        loop = asyncio.get_running_loop()
        starting = loop.run_in_executor(
            None, start_worker, page_article, self.limits, self._context
        )
        try:
            return await asyncio.shield(starting)
        except asyncio.CancelledError:
            starting.add_done_callback(_kill_started)
            raise

    def shutdown(self) -> None:
        """Busy workers are killed, idle ones let go."""
        for worker in list(self._busy):
            worker.kill()
        for worker in self._idle:
            worker.close()
        self._busy.clear()
        self._idle.clear()


def _kill_started(starting: asyncio.Future[Worker | Outcome]) -> None:
    """A worker whose start finished after its page was abandoned: end it."""
    if not starting.cancelled() and starting.exception() is None:
        worker = starting.result()
        if isinstance(worker, Worker):
            worker.kill()


def extract_within(
    page: Page, explain: bool, seconds: float | None = None, markdown: bool = False
) -> dict[str, Any]:
    """`extract_page` in this process, given up after ``seconds`` (`presscut.deadline`)."""
    try:
        return run_within(lambda: extract_page(page, explain, markdown), seconds)
    except ExtractionTimeout as timeout:
        return page_record(page, Article.failure(page.url, "extract_failed", str(timeout)))
