"""A time limit on one page's extraction, so that no page holds a process for ever.

Extraction takes milliseconds, but a pathological page (hundreds of thousands of links in
one article, say) can keep trafilatura busy for minutes. The limit is a SIGALRM timer: it
interrupts Python code, not one long C call, and it works on POSIX in the main thread only
(elsewhere the work runs without a limit). The batch's worker processes and the single-page
CLI use it; the library's `extract` does not, since a library must not take over the
caller's signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

#: Seconds one page's extraction may take (pages take milliseconds).
EXTRACT_DEADLINE = 60.0


class ExtractionTimeout(BaseException):
    """Raised by the timer; a BaseException so that no library's ``except Exception``
    swallows it on its way out."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"extraction took longer than {seconds:g} s and was given up")


def run_within(work: Callable[[], T], seconds: float | None = None) -> T:
    """``work()``, interrupted by `ExtractionTimeout` once it has run ``seconds``
    (`EXTRACT_DEADLINE` when not given)."""
    limit = EXTRACT_DEADLINE if seconds is None else seconds
    if not _can_time():
        return work()

    def expire(signum: int, frame: object) -> None:
        raise ExtractionTimeout(limit)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _can_time() -> bool:
    """Whether a SIGALRM timer can be set here: POSIX, and the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


async def wait_within(work: Awaitable[T], seconds: float) -> T:
    """``await work``, cancelled and `asyncio.TimeoutError` raised after ``seconds``.

    What ``asyncio.wait_for`` does, without its flaw before Python 3.12 (CPython gh-86296):
    when the work finishes in the same turn of the loop as a cancellation from outside
    (Ctrl-C cancels the batch), ``wait_for`` returns the work's result and the cancellation
    is lost, so an interrupted batch ran on to its end and exited 0."""
    task = asyncio.ensure_future(work)
    try:
        done, _ = await asyncio.wait({task}, timeout=seconds)
    except asyncio.CancelledError:
        task.cancel()
        raise
    if not done:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        raise asyncio.TimeoutError
    return task.result()
