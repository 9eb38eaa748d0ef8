"""A whole batch run as the command line does it: resume, write, count, summarise."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presscut.batch.engine import BatchOptions, run_shard
from presscut.batch.inputs import distinct, interleave_hosts, url_key
from presscut.batch.output import JsonlWriter, prepare_resume
from presscut.batch.report import Progress, Tally

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class RunSettings:
    """Where the records go and how the run talks to the person at the terminal."""

    output: Path | None = None
    resume: bool = False
    retry_failed: bool = False
    quiet: bool = False


def run_batch(
    urls: list[str],
    options: BatchOptions,
    settings: RunSettings,
    records: Sequence[dict[str, Any]] = (),
) -> int:
    """Run the batch; return the exit status (0 all good, 1 any failed, 130 interrupted).

    `records` made before the run (discovery failures) are written first, as if their URLs
    had been in the list (so `--resume` writes each once).
    """
    done: set[str] = set()
    if settings.resume and settings.output is not None:
        done = prepare_resume(settings.output, settings.retry_failed)
    unique = distinct(urls)
    todo = distinct(unique, skip=done) if done else unique
    ready = [record for record in records if url_key(str(record["url"])) not in done]
    skipped = len(unique) - len(todo) + len(records) - len(ready)
    tally = Tally(len(todo) + len(ready), skipped=skipped)
    progress = Progress(tally, _terminal(settings.quiet))
    writer = JsonlWriter(settings.output)

    def sink(record: dict[str, Any]) -> None:
        writer.write(record)
        tally.add(record)
        progress.update()

    interrupted = False
    for record in ready:
        sink(record)
    try:
        run_shard(interleave_hosts(todo), options, sink)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        writer.close()
        progress.clear()
    if not settings.quiet or interrupted:
        print(tally.summary(interrupted), file=sys.stderr, flush=True)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.failed else EXIT_OK


def _terminal(quiet: bool) -> Any:
    """stderr when it is a terminal and progress is wanted, else None."""
    return sys.stderr if not quiet and sys.stderr.isatty() else None
