"""A whole batch run as the command line does it: lock, resume, write, count, summarise."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presscut.batch.engine import BatchOptions, run_shard
from presscut.batch.inputs import distinct, interleave_hosts, url_key
from presscut.batch.outfile import OutputFailed, OutputFile
from presscut.batch.output import open_writer, prepare_resume
from presscut.batch.report import Progress, Tally
from presscut.batch.stops import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    StopSignal,
    sigterm_as_interrupt,
)

EXIT_OK = 0
EXIT_FAILED = 1

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TERMINATED", "RunSettings"]


@dataclass(frozen=True)
class RunSettings:
    """Where the records go and how the run talks to the person at the terminal."""

    output: Path | None = None
    resume: bool = False
    retry_failed: bool = False
    drop_bad_lines: bool = False
    quiet: bool = False
    #: ``json`` (JSON Lines), ``csv`` or ``markdown`` (files in ``output_dir``).
    format: str = "json"
    output_dir: Path | None = None


def run_batch(
    urls: list[str],
    options: BatchOptions,
    settings: RunSettings,
    records: Sequence[dict[str, Any]] = (),
) -> int:
    """Run the batch; return the exit status (0 all good, 1 any failed or the output could
    not be written, 130 interrupted, 143 terminated).

    `records` made before the run (discovery failures) are written first, as if their URLs
    had been in the list (so `--resume` writes each once). Raises `OutputRefused` (a usage
    error) for an output file locked by another run or one that `--resume` will not clean,
    and `OutputFailed` when `--resume` cannot rewrite it.
    """
    with sigterm_as_interrupt() as stop:
        output = OutputFile(settings.output) if settings.output is not None else None
        try:
            return _run(urls, options, settings, output, stop, records)
        except KeyboardInterrupt:
            print(f"presscut: {stop.name}", file=sys.stderr, flush=True)
            return stop.exit_code
        finally:
            if output is not None:
                output.close()


def _run(
    urls: list[str],
    options: BatchOptions,
    settings: RunSettings,
    output: OutputFile | None,
    stop: StopSignal,
    records: Sequence[dict[str, Any]],
) -> int:
    done: set[str] = set()
    if settings.resume and output is not None:
        done = prepare_resume(output, settings.retry_failed, settings.drop_bad_lines)
    unique = distinct(urls)
    todo = distinct(unique, skip=done) if done else unique
    ready = [record for record in records if url_key(str(record["url"])) not in done]
    skipped = len(unique) - len(todo) + len(records) - len(ready)
    tally = Tally(len(todo) + len(ready), skipped=skipped)
    progress = Progress(tally, _terminal(settings.quiet))
    writer = open_writer(output, settings.format, settings.output_dir)

    def sink(record: dict[str, Any]) -> None:
        writer.write(record)
        tally.add(record)
        progress.update()

    stopped, failure = False, None
    try:
        for record in ready:
            sink(record)
        run_shard(interleave_hosts(todo), options, sink)
    except KeyboardInterrupt:
        stopped = True
    except OutputFailed as error:
        failure = error
    finally:
        progress.clear()
    return _finish(tally, settings, stopped, failure, stop)


def _finish(
    tally: Tally,
    settings: RunSettings,
    stopped: bool,
    failure: OutputFailed | None,
    stop: StopSignal,
) -> int:
    if failure is not None:
        print(f"presscut: {failure}; the run stopped", file=sys.stderr, flush=True)
    if not settings.quiet or stopped or failure is not None:
        print(tally.summary(stop.name if stopped else None), file=sys.stderr, flush=True)
    if stopped:
        return stop.exit_code
    return EXIT_FAILED if tally.failed or failure is not None else EXIT_OK


def _terminal(quiet: bool) -> Any:
    """stderr when it is a terminal and progress is wanted, else None."""
    return sys.stderr if not quiet and sys.stderr.isatty() else None
