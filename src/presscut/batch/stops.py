"""Stopping a run: Ctrl-C (SIGINT) and SIGTERM end a batch the same clean way.

    with stop_signals() as stop:     # the batch's process, main thread
        run_until_stopped(work())    # asyncio.run that a stop signal ends

While `stop_signals` is in force, either signal sets the run's stop flag (`requested`).
Inside `run_until_stopped` the first one then cancels the run's main task (work in flight
is abandoned, never written as a failure); elsewhere, or at a second signal, it raises
KeyboardInterrupt. The flag is the stop's ground truth: the batch engine checks it before
starting a URL and before handing a record on, and `run_until_stopped` raises
KeyboardInterrupt when it is set, so a cancellation swallowed somewhere (a library that
turns it into an error) still ends the run as stopped, with nothing written after it. The
run then prints its summary and exits 130 (143 after SIGTERM).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar

from presscut.bounded.worker import STOP_SIGNALS

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143

T = TypeVar("T")


@dataclass
class StopSignal:
    """Which signal stopped the run (SIGINT unless SIGTERM came), and whether one came."""

    signum: int = signal.SIGINT
    requested: bool = False
    #: Cancels the running `run_until_stopped` (None outside one).
    cancel: Callable[[], None] | None = None

    @property
    def exit_code(self) -> int:
        return EXIT_TERMINATED if self.signum == signal.SIGTERM else EXIT_INTERRUPTED

    @property
    def name(self) -> str:
        return "terminated (SIGTERM)" if self.signum == signal.SIGTERM else "interrupted"

    def handle(self, signum: int, frame: FrameType | None) -> None:
        """The handler of both signals: flag, then cancel the run or raise."""
        first = not self.requested
        self.requested = True
        if signum == signal.SIGTERM:
            self.signum = signal.SIGTERM
        if first and self.cancel is not None:
            self.cancel()
            return
        raise KeyboardInterrupt


#: The stop of the batch running in this process (None: no `stop_signals` in force).
_active: StopSignal | None = None


def requested() -> bool:
    """A stop signal came during this process's batch: start nothing, hand nothing on."""
    return _active is not None and _active.requested


def raise_if_requested() -> None:
    if requested():
        raise KeyboardInterrupt


@contextlib.contextmanager
def stop_signals() -> Iterator[StopSignal]:
    """While inside, SIGINT and SIGTERM stop the run (see the module), and are remembered."""
    global _active
    stop = StopSignal()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {signum: signal.signal(signum, stop.handle) for signum in STOP_SIGNALS}
    _active = stop
    try:
        yield stop
    finally:
        _active = None
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_until_stopped(work: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(work)`, ended by a stop signal (KeyboardInterrupt comes out), even one
    whose cancellation the work swallowed."""
    try:
        result = asyncio.run(_cancellable(work))
    except asyncio.CancelledError:
        if not requested():
            raise
        raise KeyboardInterrupt from None
    raise_if_requested()
    return result


async def _cancellable(work: Coroutine[Any, Any, T]) -> T:
    stop = _active
    if stop is None or threading.current_thread() is not threading.main_thread():
        return await work
    task, loop = asyncio.current_task(), asyncio.get_running_loop()

    def cancel() -> None:  # as asyncio.run's own Ctrl-C handler does
        if task is not None:
            task.cancel()
        loop.call_soon_threadsafe(lambda: None)  # wakes the loop up

    stop.cancel = cancel
    try:
        return await work
    finally:
        stop.cancel = None
