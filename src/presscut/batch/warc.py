"""Extracting the HTML responses of WARC files: no fetch, one record per HTML response.

Records are read in order and extracted in the batch's process pool, a bounded number at a
time (memory stays flat whatever the archive's size). The other records are counted by
kind through `note` ("warc request", "warc revisit" ...). Damage in a file is noted
(`DAMAGE_NOTE`, where and why) once every record before it has been handed to the sink;
the records past it are read all the same, and so is the next file.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from presscut.article import Article
from presscut.batch import stops
from presscut.batch.engine import BatchOptions, Sink
from presscut.batch.inputs import url_key
from presscut.batch.pool import ExtractionPool
from presscut.batch.report import DAMAGE_NOTE
from presscut.fetch import Page
from presscut.sniff import looks_binary
from presscut.warc.read import Damage, HtmlResponse, Skipped, read_archive

log = logging.getLogger("presscut")

#: Receives the kind of each record that is not written ("warc request" ...).
Note = Callable[[str], None]
#: Tells whether a URL is already done (resume, or an earlier capture in the archives).
Done = Callable[[str], bool]
NOTE_PREFIX = "warc "
#: A response whose URL is written already: by a run resumed, or as an earlier capture.
ALREADY_DONE = NOTE_PREFIX + "response already done"
#: Pages being extracted at once, per extraction process.
IN_FLIGHT_PER_WORKER = 2

__all__ = ["ALREADY_DONE", "Done", "Note", "run_archive", "run_archives"]


#: Part of a WARC file: its path, and the byte range (start, end or None) to read.
Part = tuple[Path, int, int | None]


def run_archive(
    path: Path,
    options: BatchOptions,
    sink: Sink,
    note: Note,
    start: int = 0,
    end: int | None = None,
) -> None:
    """Extract one WARC file, or one range of it (see `run_archives`)."""
    stops.run_until_stopped(_run([(path, start, end)], options, sink, note, lambda url: False))


def run_archives(
    paths: Sequence[Path],
    options: BatchOptions,
    sink: Sink,
    note: Note,
    done: Done | None = None,
) -> None:
    """Every file in turn, its HTML responses extracted and handed to `sink`."""
    parts = [(path, 0, None) for path in paths]
    stops.run_until_stopped(_run(parts, options, sink, note, done or (lambda url: False)))


async def _run(
    parts: Sequence[Part], options: BatchOptions, sink: Sink, note: Note, done: Done
) -> None:
    pool = ExtractionPool(options.workers, options.limits)
    limit = max(1, options.workers) * IN_FLIGHT_PER_WORKER
    running: set[asyncio.Future[dict[str, Any]]] = set()
    started: set[str] = set()  # so that a URL's first capture is the one written
    try:
        for path, start, end in parts:
            try:
                for item in read_archive(path, options.fetch.max_bytes, start, end):
                    if stops.requested():  # see run_until_stopped
                        return
                    if isinstance(item, Damage):
                        running = await _hand_over(running, 0, sink)  # the good records first
                        note(DAMAGE_NOTE + item.message)
                    elif isinstance(item, Skipped):
                        note(NOTE_PREFIX + item.kind)
                    elif done(item.url) or url_key(item.url) in started:
                        note(ALREADY_DONE)
                    else:
                        started.add(url_key(item.url))
                        running.add(asyncio.ensure_future(_record(pool, item, options)))
                        running = await _hand_over(running, limit, sink)
            except OSError as exc:
                note(DAMAGE_NOTE + f"{path}: cannot read: {exc.strerror or exc}")
        await _hand_over(running, 0, sink)
    finally:
        for task in running:
            task.cancel()
        pool.shutdown()


async def _hand_over(
    running: set[asyncio.Future[dict[str, Any]]], limit: int, sink: Sink
) -> set[asyncio.Future[dict[str, Any]]]:
    """Wait until at most `limit` are running, giving each finished record to the sink
    (none once a stop signal came: the feed loop then ends)."""
    while len(running) > limit and not stops.requested():
        finished, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in finished if not stops.requested() else ():
            sink(task.result())
    return running


async def _record(
    pool: ExtractionPool, item: HtmlResponse, options: BatchOptions
) -> dict[str, Any]:
    """The record of one response, as a fetch of it would give; never raises."""
    failure = _failure(item)
    if failure is not None:
        failure.final_url, failure.status = item.url, item.status
        return failure.to_dict()
    page = Page(url=item.url, final_url=item.url, status=item.status, body=item.body,
                charset=item.charset, fetched_at=item.date)  # fmt: skip
    try:
        return await pool.extract(page, options.explain, options.markdown)
    except Exception as exc:
        log.warning("failed on %s: %r", item.url, exc)
        return Article.failure(item.url, "extract_failed", f"{type(exc).__name__}: {exc}").to_dict()


def _failure(item: HtmlResponse) -> Article | None:
    """The error a fetch of this response would have given, if any."""
    if item.error:
        return Article.failure(item.url, "unsupported_content", item.error, item.status)
    if not 200 <= item.status < 300:
        message = f"HTTP {item.status_line or item.status}"
        return Article.failure(item.url, "http_status", message, item.status)
    if item.too_large:
        return Article.failure(item.url, "too_large", "page larger than the size cap", item.status)
    if looks_binary(item.body, item.charset):
        message = "binary data served as HTML"
        return Article.failure(item.url, "unsupported_content", message, item.status)
    return None
