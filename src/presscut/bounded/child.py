"""The extraction process's side: harden it, cap its memory, run one job after another.

A worker ignores SIGINT and SIGTERM (a stop is its parent's business: the parent abandons
the work and ends its workers), dies with its parent (Linux: PR_SET_PDEATHSIG; everywhere:
it leaves when its pipe closes), and runs each job under an address-space limit (RLIMIT_AS)
set to what it holds at rest plus the page's memory allowance. Past the limit, allocations
fail inside the parser; the job's failure is then reported as the memory limit, and the
worker leaves so that a fresh one takes its place.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from presscut.article import Article
from presscut.bounded.limits import MEGABYTE, Limits
from presscut.logs import setup_logging

#: Replies a worker sends: (OK, article) or (MEMORY, article with the memory message).
OK = "ok"
MEMORY = "memory"
PR_SET_PDEATHSIG = 1
#: A job whose address space grew to this share of its allowance, then failed, is taken
#: to have failed for want of memory (a failed allocation leaves the peak below the cap).
NEAR_CAP = 0.75

Task = Callable[..., Article]


def serve(
    conn: Connection,
    task: Task,
    memory_mb: int | None,
    parent: int | None,
    log_level: int,
    inherited: Connection | None = None,
) -> None:
    """Run ``task(*job)`` for each job received, until a None job or the pipe's end.

    ``inherited`` is the parent's end of the pipe when this process is a fork of it: it is
    closed here, so that the pipe ends when the parent goes.
    """
    if inherited is not None:
        inherited.close()
    gc.freeze()  # what the process held at start is never scanned: less copy-on-write
    harden(parent)
    setup_logging(log_level)  # presscut's warnings only, none of its dependencies'
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        kind, article = run_job(task, job, memory_mb)
        conn.send((kind, article))
        if kind == MEMORY:
            return


def harden(parent: int | None) -> None:
    """Ignore stop signals, and die with the parent process (``parent``: its pid when
    known, as for a forked worker; a fork server's worker dies with the fork server, which
    leaves when the batch's process ends)."""
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.SIG_IGN)
    expected = os.getppid() if parent is None else parent
    _die_with_parent()
    if os.getppid() != expected:  # the parent died before the line above took effect
        os._exit(1)


def _die_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def run_job(task: Task, job: tuple[Any, ...], memory_mb: int | None) -> tuple[str, Article]:
    """The job's article, and whether it ran out of memory."""
    start = address_space()
    if memory_mb is not None and start:  # no /proc: the cap cannot be placed above the rest
        cap_address_space(start + memory_mb * MEGABYTE)
    try:
        article = task(*job)
    except MemoryError:
        return MEMORY, _memory_failure(memory_mb)
    if memory_mb is not None and start and _starved(article, start, memory_mb):
        return MEMORY, _memory_failure(memory_mb)
    return OK, article


def _starved(article: Article, start: int, memory_mb: int) -> bool:
    """Whether a failed extraction ran into the memory cap."""
    if article.error is None or article.error.type != "extract_failed":
        return False
    if "MemoryError" in article.error.message:
        return True
    return peak_address_space() - start >= NEAR_CAP * memory_mb * MEGABYTE


def _memory_failure(memory_mb: int | None) -> Article:
    return Article.failure(None, "extract_failed", Limits(memory_mb=memory_mb).memory_message())


def cap_address_space(limit: int) -> None:
    """Set the soft RLIMIT_AS (the hard one stays), where the platform has it."""
    with contextlib.suppress(ImportError, ValueError, OSError, AttributeError):
        import resource

        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def address_space() -> int:
    """Bytes of address space this process has mapped now (0 where /proc is missing)."""
    return _status_kb("VmSize") * 1024


def peak_address_space() -> int:
    return _status_kb("VmPeak") * 1024


def _status_kb(field: str) -> int:
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0
