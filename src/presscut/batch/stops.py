"""Stopping a run: Ctrl-C (SIGINT) and SIGTERM end a batch the same clean way.

SIGTERM (what `timeout`, `kill` and service managers send) is handed to the current SIGINT
handler: inside `asyncio.run` that cancels the run (work in flight is abandoned, never
written as a failure), elsewhere it raises KeyboardInterrupt. The run then prints its
summary and exits 143 (128 + SIGTERM) instead of 130.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType

EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143


@dataclass
class StopSignal:
    """Which signal stopped the run (SIGINT unless SIGTERM came)."""

    signum: int = signal.SIGINT

    @property
    def exit_code(self) -> int:
        return EXIT_TERMINATED if self.signum == signal.SIGTERM else EXIT_INTERRUPTED

    @property
    def name(self) -> str:
        return "terminated (SIGTERM)" if self.signum == signal.SIGTERM else "interrupted"


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[StopSignal]:
    """While inside, SIGTERM stops the run as Ctrl-C does, and is remembered."""
    stop = StopSignal()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        stop.signum = signal.SIGTERM
        interrupt = signal.getsignal(signal.SIGINT)
        if callable(interrupt) and interrupt is not on_sigterm:
            interrupt(signal.SIGINT, frame)
        else:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, previous)
