"""The parent's side of one extraction process: start it, hand it a job, wait for the
answer at most the page's time limit, kill it when it overruns.

A batch's workers come from a fork server (no fork of a parent that runs threads), which
is started with SIGINT and SIGTERM held from it: a Ctrl-C sent to the whole process group while
it imports extraction must not kill it (the parent decides what a stop means). A one-shot
worker for a single page is forked from the caller when it runs no other thread (it starts
in about a millisecond and needs no import), else comes from the fork server too.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from presscut.article import Article
from presscut.bounded.child import Task, serve
from presscut.bounded.limits import Limits
from presscut.deadline import wait_within

#: Outcomes beyond the child's own OK and MEMORY.
TIMEOUT = "timeout"
DIED = "died"
#: Start methods for long-lived workers, best first.
SERVER_METHODS = ("forkserver", "spawn")
#: Imported once by the fork server, so that each worker starts with extraction loaded.
PRELOAD = ["presscut.pipeline"]
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

Context = Any  # a multiprocessing context


@dataclass
class Outcome:
    """What came of one job: OK, MEMORY, TIMEOUT or DIED, and the article when there is
    one (OK, MEMORY, TIMEOUT: an error record for the last two)."""

    kind: str
    article: Article | None = None
    exitcode: int | None = None


class Worker:
    """One extraction process running `task` on each job it is sent."""

    def __init__(self, task: Task, limits: Limits, context: Context) -> None:
        self.limits = limits
        self.conn, child_end = context.Pipe()
        level = logging.getLogger("presscut").getEffectiveLevel()
        forked = context.get_start_method() == "fork"
        parent = os.getpid() if forked else None
        inherited = self.conn if forked else None  # a fork holds a copy: it closes it
        args = (child_end, task, limits.memory_mb, parent, level, inherited)
        self.process = context.Process(target=serve, args=args, daemon=True)
        try:
            self.process.start()
        finally:
            child_end.close()

    def call(self, job: tuple[Any, ...]) -> Outcome:
        """Run one job and wait for it, at most the time limit (blocking)."""
        if not self._send(job):
            return self._died()
        if not wait([self.conn, self.process.sentinel], self.limits.seconds):
            return self._timed_out()
        return self._receive()

    async def call_async(self, job: tuple[Any, ...]) -> Outcome:
        """`call` for an event loop: the wait is on the pipe and the process's sentinel."""
        if not self._send(job):
            return self._died()
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            if not ready.done():
                ready.set_result(None)

        handles = (self.conn.fileno(), self.process.sentinel)
        for handle in handles:
            loop.add_reader(handle, wake)
        try:
            await wait_within(ready, self.limits.seconds)
        except asyncio.TimeoutError:
            return self._timed_out()
        finally:
            for handle in handles:
                loop.remove_reader(handle)
        return self._receive()

    def _send(self, job: tuple[Any, ...] | None) -> bool:
        try:
            self.conn.send(job)
        except (OSError, EOFError, ValueError):
            return False
        return True

    def _receive(self) -> Outcome:
        with contextlib.suppress(EOFError, OSError):
            if self.conn.poll(0):
                kind, article = self.conn.recv()
                return Outcome(kind, article)
        return self._died()

    def _timed_out(self) -> Outcome:
        self.kill()
        failure = Article.failure(None, "extract_failed", self.limits.timeout_message())
        return Outcome(TIMEOUT, failure)

    def _died(self) -> Outcome:
        self.kill()
        return Outcome(DIED, exitcode=self.process.exitcode)

    def kill(self) -> None:
        """End the process now (it may be deep in C code) and wait for it."""
        with contextlib.suppress(OSError, ValueError):
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
        self.conn.close()

    def close(self) -> None:
        """Let an idle process leave: it is told so and its pipe closes; it is not waited
        for (it ends at once, and dies with this process in any case)."""
        self._send(None)
        self.conn.close()


def start_worker(task: Task, limits: Limits, context: Context) -> Worker | Outcome:
    """A new worker, or the DIED outcome when no process could be started."""
    try:
        return Worker(task, limits, context)
    except (OSError, EOFError, ValueError) as exc:
        logging.getLogger("presscut").warning("cannot start an extraction process: %r", exc)
        return Outcome(DIED)


def server_context() -> Context:
    """The context of a batch's long-lived workers, its fork server already running."""
    available = multiprocessing.get_all_start_methods()
    method = next(m for m in SERVER_METHODS if m in available)
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
        from multiprocessing import forkserver, resource_tracker

        # The resource tracker's own start unblocks SIGINT and SIGTERM when done: started
        # inside the hold, it would leave them unblocked and ignored, and a Ctrl-C that
        # came while the fork server starts would be lost (the batch ran on to its end).
        resource_tracker.ensure_running()
        with stop_signals_held():
            forkserver.ensure_running()
    return context


def one_shot_context() -> Context:
    """The context of a single page's worker: fork when this process runs one thread."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return server_context()


@contextlib.contextmanager
def stop_signals_held(held: tuple[int, ...] = STOP_SIGNALS) -> Iterator[None]:
    """Signals of `held` kept from the threads and processes started inside: blocked in this
    thread, whose block they inherit (it survives exec: the fork server never sees them, not
    even while it imports). Here SIGINT and SIGTERM are only recorded meanwhile, and come
    on leaving. Not SIG_IGN: a thread of a C library (OpenBLAS's, started by numpy's
    import) that does not block them would take one while it is ignored, and it would be
    lost (the batch ran on to its end)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    came: list[int] = []

    def record(signum: int, frame: Any) -> None:
        came.append(signum)

    previous = {signum: signal.signal(signum, record) for signum in STOP_SIGNALS}
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one still pending comes now
        for signum in dict.fromkeys(came):
            signal.raise_signal(signum)
