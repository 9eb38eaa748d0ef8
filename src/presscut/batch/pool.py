"""The extraction process pool: CPU work off the event loop, on every core."""

from __future__ import annotations

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor

#: Start method: forkserver where the platform has it (no fork of a threaded parent).
START_METHODS = ("forkserver", "spawn")
#: Imported once by the fork server, so that each worker starts with extraction loaded.
PRELOAD = ["presscut.pipeline"]


def default_workers() -> int:
    return os.cpu_count() or 1


def extraction_pool(workers: int) -> ProcessPoolExecutor | None:
    """A pool of `workers` processes, or None (extract in-process) when `workers` is 0."""
    if workers <= 0:
        return None
    available = multiprocessing.get_all_start_methods()
    method = next(m for m in START_METHODS if m in available)
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupts)


def _ignore_interrupts() -> None:
    """Ctrl-C is the parent's business: it abandons the work and shuts the pool down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
