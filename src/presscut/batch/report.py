"""Counting results: progress on a terminal, and the one-line summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any, TextIO

#: Seconds between two progress redraws.
PROGRESS_INTERVAL = 0.2
#: A note whose kind starts so reports an archive read only up to some damage.
DAMAGE_NOTE = "damaged archive: "


class Tally:
    """Successes and failures (by error type) of one run."""

    def __init__(self, total: int, skipped: int = 0, open_ended: bool = False) -> None:
        self.total = total
        self.skipped = skipped
        #: Records come from archives too, whose count is known only at the end.
        self.open_ended = open_ended
        self.ok = 0
        self.failed: Counter[str] = Counter()
        #: Inputs that gave no record, by kind ("warc request", "duplicate" ...).
        self.notes: Counter[str] = Counter()
        #: Archives that could not be read to their end.
        self.damaged = 0
        self.started = time.monotonic()

    def note(self, kind: str) -> None:
        self.notes[kind] += 1

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
        if self.open_ended:
            return f"{self.done} done, {failed} failed, {rate:.1f} pages/s"
        return f"{self.done}/{self.total} done, {failed} failed, {rate:.1f} pages/s, ETA {eta}"

    def summary(self, stopped: str | None = None) -> str:
        """The one-line summary; ``stopped`` names what stopped the run early, if anything
        ("interrupted", "terminated (SIGTERM)")."""
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.failed.most_common())
        failed = sum(self.failed.values())
        parts = [f"{self.ok} ok", f"{failed} failed" + (f" ({kinds})" if kinds else "")]
        if self.skipped:
            parts.append(f"{self.skipped} already done")
        if self.notes:
            kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(self.notes.items()))
            parts.append(f"not written: {kinds}")
        if self.damaged:
            parts.append(f"{self.damaged} damaged archive" + ("s" if self.damaged > 1 else ""))
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
