"""Extraction bounded in time and memory, in a process of its own.

The library's `presscut.extract` runs in the caller's process and thread: it never raises
on bad input, but a pathological page can hold it for as long and take as much memory as
the parsers need (they run in C, where no Python-level timer reaches). `extract_bounded`
runs the same extraction in a child process that is killed when it overruns its time
limit, and whose address space is capped (Linux: RLIMIT_AS; other platforms: time only):

    >>> article = extract_bounded(html, url, limits=Limits(seconds=10, memory_mb=512))
    >>> article.error.message  # on an overrun: which limit, e.g. "... longer than 10 s ..."

Past a limit the article is an `extract_failed` record whose message names the limit.
The command line runs every page this way (`--page-timeout`, `--page-memory`).
"""

from __future__ import annotations

from collections.abc import Callable

from presscut.article import Article
from presscut.bounded.child import Task
from presscut.bounded.limits import PAGE_MEMORY_MB, Limits, describe_exit
from presscut.bounded.worker import DIED, Outcome, one_shot_context, start_worker
from presscut.extraction import extract

__all__ = ["PAGE_MEMORY_MB", "Limits", "extract_bounded", "run_bounded"]


def extract_bounded(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    explain: bool = False,
    markdown: bool = False,
    limits: Limits | None = None,
) -> Article:
    """`presscut.extract` in a child process, within ``limits`` (60 s and 1024 MB by
    default). Never raises on bad input; past a limit, an `extract_failed` article."""
    return run_bounded(_extract, (html, url, encoding, explain, markdown), limits, url)


def _extract(
    html: str | bytes, url: str | None, encoding: str | None, explain: bool, markdown: bool
) -> Article:
    return extract(html, url, encoding=encoding, explain=explain, markdown=markdown)


def run_bounded(
    task: Task | Callable[..., Article],
    job: tuple[object, ...],
    limits: Limits | None = None,
    url: str | None = None,
) -> Article:
    """``task(*job)`` in a one-shot child process within ``limits``; its article, or an
    `extract_failed` one (for ``url``) naming the limit it overran."""
    limits = limits or Limits()
    worker = start_worker(task, limits, one_shot_context())
    if isinstance(worker, Outcome):
        return outcome_article(worker, url)
    try:
        outcome = worker.call(job)
    except BaseException:  # interrupted (Ctrl-C): the child goes now, not after its page
        worker.kill()
        raise
    worker.close()
    return outcome_article(outcome, url)


def outcome_article(outcome: Outcome, url: str | None) -> Article:
    """The article of an outcome; a dead process is an `extract_failed` one."""
    if outcome.kind == DIED or outcome.article is None:
        message = f"the extraction process died ({describe_exit(outcome.exitcode)})"
        return Article.failure(url, "extract_failed", message)
    article = outcome.article
    if article.error is not None and article.url is None:
        article.url = url
    return article
