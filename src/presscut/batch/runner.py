"""A whole batch run as the command line does it: lock, resume, write, count, summarise."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presscut.batch.engine import BatchOptions, Sink, run_shard
from presscut.batch.inputs import distinct, interleave_hosts, url_key
from presscut.batch.outfile import OutputFailed, OutputFile
from presscut.batch.output import open_writer, prepare_resume
from presscut.batch.report import DAMAGE_NOTE, Progress, Tally
from presscut.batch.stops import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    StopSignal,
    stop_signals,
)

log = logging.getLogger("presscut")

EXIT_OK = 0
EXIT_FAILED = 1
DUPLICATE_NOTE = "duplicate"

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TERMINATED", "RunSettings"]

Note = Callable[[str], None]
#: Runs the work: (URLs to fetch, sink, note, keys already written) -> None.
Run = Callable[[list[str], Sink, Note, set[str]], None]


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
    #: WARC files whose HTML responses are extracted (no fetch).
    archives: Sequence[Path] = ()
    #: `--cluster`: a Dask scheduler address or `local:N`; None runs here.
    cluster: str | None = None


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
    `OutputFailed` when `--resume` cannot rewrite it, and
    `presscut.batch.cluster.ClusterError` when the cluster cannot be used.
    """
    with stop_signals() as stop:
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
    tally = Tally(len(todo) + len(ready), skipped, open_ended=bool(settings.archives))
    written = set(done)

    def note(kind: str) -> None:
        if kind.startswith(DAMAGE_NOTE):
            log.error("%s", kind)
            tally.damaged += 1
        else:
            tally.note(kind)

    stopped, failure = False, None
    with _engine(settings, options) as run:
        tally.started = time.monotonic()  # once the cluster, if any, is up
        progress = Progress(tally, _terminal(settings.quiet))
        writer = open_writer(output, settings.format, settings.output_dir)

        def sink(record: dict[str, Any]) -> None:
            key = url_key(str(record.get("url")))
            if key in written:  # an archive's second capture, a cluster task run again
                note(DUPLICATE_NOTE)
                return
            written.add(key)
            writer.write(record)
            tally.add(record)
            progress.update()

        try:
            for record in ready:
                sink(record)
            run(todo, sink, note, written)
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
    return EXIT_FAILED if tally.failed or tally.damaged or failure is not None else EXIT_OK


@contextlib.contextmanager
def _engine(settings: RunSettings, options: BatchOptions) -> Iterator[Run]:
    """The function that runs the work: here, or on the cluster (connected first, so that
    a cluster that cannot be reached fails before anything is written)."""
    if settings.cluster is None:
        yield lambda todo, sink, note, written: _run_here(
            todo, settings.archives, options, sink, note, written
        )
        return
    from presscut.batch.cluster import ClusterRun, open_cluster  # Dask, for --cluster only

    with open_cluster(settings.cluster) as client:
        yield lambda todo, sink, note, written: ClusterRun(client, options, sink, note).run(
            todo, settings.archives, lambda url: url_key(url) in written
        )


def _run_here(
    todo: list[str],
    archives: Sequence[Path],
    options: BatchOptions,
    sink: Sink,
    note: Note,
    written: set[str],
) -> None:
    if archives:
        from presscut.batch.warc import run_archives  # warcio, for archives only

        run_archives(archives, options, sink, note, lambda url: url_key(url) in written)
    if todo:
        run_shard(interleave_hosts(todo), options, sink)


def _terminal(quiet: bool) -> Any:
    """stderr when it is a terminal and progress is wanted, else None."""
    return sys.stderr if not quiet and sys.stderr.isatty() else None
