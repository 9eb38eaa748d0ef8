"""Counting results: progress on a terminal, and the one-line summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any, TextIO

#: Seconds between two progress redraws.
PROGRESS_INTERVAL = 0.2


class Tally:
    """Successes and failures (by error type) of one run."""

    def __init__(self, total: int, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self.ok = 0
        self.failed: Counter[str] = Counter()
        self.started = time.monotonic()

    def add(self, record: dict[str, Any]) -> None:
        error = record.get("error")
        if error is None:
            self.ok += 1
        else:
            self.failed[str(error.get("type"))] += 1

    @property
    def done(self) -> int:
        return self.ok + sum(self.failed.values())

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def progress(self) -> str:
        rate = self.rate
        left = self.total - self.done
        eta = f"{left / rate:.0f} s" if rate > 0 else "?"
        failed = sum(self.failed.values())
        return f"{self.done}/{self.total} done, {failed} failed, {rate:.1f} pages/s, ETA {eta}"

    def summary(self, stopped: str | None = None) -> str:
        """The one-line summary; ``stopped`` names what stopped the run early, if anything
        ("interrupted", "terminated (SIGTERM)")."""
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.failed.most_common())
        failed = sum(self.failed.values())
        parts = [f"{self.ok} ok", f"{failed} failed" + (f" ({kinds})" if kinds else "")]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        elapsed = time.monotonic() - self.started
        head = f"presscut: {stopped}: " if stopped else "presscut: "
        return f"{head}{', '.join(parts)}; {self.rate:.1f} pages/s over {elapsed:.1f} s"


class Progress:
    """Redraws one status line on a terminal; silent when `stream` is None."""

    def __init__(self, tally: Tally, stream: TextIO | None) -> None:
        self.tally = tally
        self.stream = stream
        self._last = 0.0

    def update(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not force and now - self._last < PROGRESS_INTERVAL):
            return
        self._last = now
        self.stream.write("\r\x1b[2K" + self.tally.progress())
        self.stream.flush()

    def clear(self) -> None:
        if self.stream is not None:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
