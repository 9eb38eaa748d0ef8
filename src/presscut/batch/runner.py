"""A whole batch run as the command line does it: resume, write, count, summarise."""

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
from presscut.batch.output import JsonlWriter, prepare_resume
from presscut.batch.report import DAMAGE_NOTE, Progress, Tally

log = logging.getLogger("presscut")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
DUPLICATE_NOTE = "duplicate"

Note = Callable[[str], None]
#: Runs the work: (URLs to fetch, sink, note, keys already written) -> None.
Run = Callable[[list[str], Sink, Note, set[str]], None]


@dataclass(frozen=True)
class RunSettings:
    """Where the records go and how the run talks to the person at the terminal."""

    output: Path | None = None
    resume: bool = False
    retry_failed: bool = False
    quiet: bool = False
    #: WARC files whose HTML responses are extracted (no fetch).
    archives: Sequence[Path] = ()
    #: `--cluster`: a Dask scheduler address or `local:N`; None runs here.
    cluster: str | None = None


def run_batch(urls: list[str], options: BatchOptions, settings: RunSettings) -> int:
    """Run the batch; return the exit status (0 all good, 1 any failed, 130 interrupted).

    Raises `presscut.batch.cluster.ClusterError` when the cluster cannot be used.
    """
    done: set[str] = set()
    if settings.resume and settings.output is not None:
        done = prepare_resume(settings.output, settings.retry_failed)
    unique = distinct(urls)
    todo = distinct(unique, skip=done) if done else unique
    tally = Tally(len(todo), len(unique) - len(todo), open_ended=bool(settings.archives))
    written = set(done)

    def note(kind: str) -> None:
        if kind.startswith(DAMAGE_NOTE):
            log.error("%s", kind)
            tally.damaged += 1
        else:
            tally.note(kind)

    interrupted = False
    with _engine(settings, options) as run:
        tally.started = time.monotonic()  # once the cluster, if any, is up
        progress = Progress(tally, _terminal(settings.quiet))
        writer = JsonlWriter(settings.output)

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
            run(todo, sink, note, written)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            writer.close()
            progress.clear()
    if not settings.quiet or interrupted:
        print(tally.summary(interrupted), file=sys.stderr, flush=True)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if tally.failed or tally.damaged else EXIT_OK


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
            todo, settings.archives
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
