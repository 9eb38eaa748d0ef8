"""How long and how much memory one page's extraction may take, and what is said when a
page goes past either limit."""

from __future__ import annotations

import signal
from dataclasses import dataclass

from presscut.deadline import EXTRACT_DEADLINE

#: Megabytes of memory one page's extraction may take on top of what its process holds at
#: rest (a 10 MB page of text takes about 400 MB; pathological pages take gigabytes).
PAGE_MEMORY_MB = 1024
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The bounds of one page's extraction: wall-clock seconds and megabytes (None: no cap)."""

    seconds: float = EXTRACT_DEADLINE
    memory_mb: int | None = PAGE_MEMORY_MB

    def timeout_message(self) -> str:
        return (
            f"extraction took longer than {self.seconds:g} s (the page time limit, "
            "--page-timeout) and was given up"
        )

    def memory_message(self) -> str:
        return (
            f"extraction needed more than {self.memory_mb} MB of memory (the page memory "
            "limit, --page-memory) and was given up"
        )


def describe_exit(exitcode: int | None) -> str:
    """`exit status 3`, `killed by SIGSEGV`, or `no exit status`."""
    if exitcode is None:
        return "no exit status"
    if exitcode >= 0:
        return f"exit status {exitcode}"
    try:
        return f"killed by {signal.Signals(-exitcode).name}"
    except ValueError:
        return f"killed by signal {-exitcode}"
