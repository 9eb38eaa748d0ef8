"""Batches on a Dask cluster: shards run on the workers, records stream back to one writer.

    with open_cluster("local:2") as client:
        ClusterRun(client, options, sink, note).run(urls, archives)

The driver (this process) cuts the list into shards (`presscut.batch.shards`), keeps at most
one shard per host running, and hands every record to `sink` as it arrives. Workers send
their records through a Dask queue a few at a time, as they are made (`_Outbox`), never at
the end of a shard. A worker that dies mid-shard has its task run again by the scheduler
(the nanny restarts the process); records of a URL already written are dropped here, so
each URL is written once. Only this module imports Dask, and only with `--cluster`.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import socket
import time
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dask
from distributed import Client, Event, Future, LocalCluster, Queue, get_client
from distributed.utils import get_mp_context

from presscut._version import __version__
from presscut.article import Article
from presscut.batch import stops
from presscut.batch.engine import BatchOptions, Sink, run_shard
from presscut.batch.inputs import url_key
from presscut.batch.report import DAMAGE_NOTE
from presscut.batch.shards import (
    SHARD_URLS,
    ClusterError,
    Shard,
    archive_shards,
    by_host,
    parse_spec,
)
from presscut.batch.warc import ALREADY_DONE, Done, Note, run_archive
from presscut.bounded.worker import stop_signals_held
from presscut.warc.write import WarcWriter

#: Seconds to reach a scheduler, and to wait for a first worker to join it.
CONNECT_TIMEOUT = 10.0
WORKER_TIMEOUT = 30.0
#: Shards run at once in one worker process of a `local:N` cluster (threads).
LOCAL_THREADS = 4
#: Tasks handed to the scheduler at once; the rest wait here.
MAX_SUBMITTED = 1000
#: Attempts of one shard whose task failed (the scheduler's own re-runs after a worker
#: death come on top).
SHARD_ATTEMPTS = 3
#: A worker sends its records when it holds this many, or this long after its last send.
FLUSH_RECORDS = 32
FLUSH_SECONDS = 0.2
#: How long the driver waits before looking at an empty queue again.
POLL_SECONDS = 0.05
QUIET_LOGGERS = ("distributed", "tornado", "bokeh")
#: Imported once by the fork server that a `local:N` cluster's worker processes are forked
#: from: each worker starts with Dask and presscut loaded instead of importing them anew.
WORKER_PRELOAD = ["distributed", "presscut.batch.cluster", "presscut.pipeline", "warcio"]
START_METHOD_KEY = "distributed.worker.multiprocessing-method"
#: Dask starts its worker processes daemonic by default, and a daemonic process may not
#: start processes of its own: then a page's extraction cannot be bounded (`--page-timeout`,
#: `--page-memory`: a worker thread has no SIGALRM). A `local:N` cluster's are not.
DAEMON_KEY = "distributed.worker.daemon"
#: Extraction processes of one shard on a worker that may start them (each shard of the
#: worker's threads has its own, so that a hostile page holds up only its own shard).
SHARD_EXTRACTORS = 1
#: Kept from a `local:N` cluster's processes while they start: Ctrl-C only (the terminal
#: sends it to them too). Not SIGTERM: blocked for good in a worker, it would keep the
#: nanny from stopping it.
HELD_AT_START = (signal.SIGINT,)


@contextlib.contextmanager
def open_cluster(spec: str) -> Iterator[Client]:
    """A connected client: a new LocalCluster for `local:N`, else the scheduler at `spec`."""
    address, workers = parse_spec(spec)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    with contextlib.ExitStack() as stack:
        if workers:
            address = _local_cluster(stack, workers).scheduler_address
        client = stack.enter_context(_connect(address))
        _check_workers(client, address)
        stops.raise_if_requested()
        yield client


def _local_cluster(stack: contextlib.ExitStack, workers: int) -> LocalCluster:
    """N worker processes here, closed with `stack`. They start with Ctrl-C ignored (the
    terminal sends it to the whole process group; stopping them is this process's
    business), and one that comes meanwhile is held, then stops the run once the cluster
    is in `stack` (`stop_signals_held`)."""
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()  # its start would unblock SIGINT inside the hold
    with stop_signals_held(HELD_AT_START):
        _fork_server()
        dask.config.set({DAEMON_KEY: False})
        local = LocalCluster(
            n_workers=workers,
            threads_per_worker=LOCAL_THREADS,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        stack.enter_context(local)
    return local


def _fork_server() -> None:
    """Dask's workers from a fork server that imports `WORKER_PRELOAD` once (Dask spawns a
    new interpreter per worker otherwise: a second each to import Dask and presscut)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    dask.config.set({START_METHOD_KEY: "forkserver"})
    get_mp_context().set_forkserver_preload(WORKER_PRELOAD)  # after Dask's own list


def _connect(address: str) -> Client:
    """A client of the scheduler; a refused or silent address fails at once, not in a loop
    of retries (Dask retries a refused connection until its time-out)."""
    try:
        _probe(address)
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def _probe(address: str) -> None:
    """Open and close one TCP connection to a tcp:// address (other schemes: no probe)."""
    parts = urlsplit(address)
    if parts.scheme != "tcp" or parts.hostname is None or parts.port is None:
        return
    with socket.create_connection((parts.hostname, parts.port), timeout=CONNECT_TIMEOUT):
        pass


def _check_workers(client: Client, address: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"no Dask worker joined the scheduler at {address} within {WORKER_TIMEOUT:g} s"
        ) from exc
    try:
        versions = set(client.run(_worker_version).values())
    except Exception as exc:
        raise ClusterError(f"presscut cannot run on the workers: {exc}") from None
    if versions != {__version__}:
        found = ", ".join(sorted(str(v) for v in versions))
        raise ClusterError(f"workers run presscut {found}, this is {__version__}: install one")


def _worker_version() -> str:
    from presscut._version import __version__ as version

    return version


@dataclass(frozen=True)
class _Job:
    """What a worker receives: the shard, the settings, and the run's queue and stop event."""

    shard: Shard
    options: BatchOptions
    queue: str
    stop: str


class ClusterRun:
    """Drives one batch on a cluster; `run` returns when every shard is written."""

    def __init__(
        self,
        client: Client,
        options: BatchOptions,
        sink: Sink,
        note: Note,
        shard_urls: int = SHARD_URLS,
    ) -> None:
        self.client = client
        self.shard_urls = shard_urls
        self.options = options
        self.sink = sink
        self.note = note
        name = f"presscut-{uuid.uuid4().hex}"
        self.queue = Queue(name, client=client)
        self.stop = Event(f"{name}-stop", client=client)
        self.names = (name, f"{name}-stop")
        self.waiting: dict[str, deque[Shard]] = {}
        self.ready: deque[str] = deque()
        self.running: dict[Future, Shard] = {}
        self.left: dict[int, set[str]] = {}
        self.written: set[str] = set()
        #: Per archive shard: the URLs it sent, and its notes passed on (by kind), so that
        #: a task run again after a worker's death repeats neither.
        self.sent: dict[int, set[str]] = {}
        self.noted: dict[int, dict[str, int]] = {}
        self.done: Done = lambda url: False
        #: --warc-out: the one writer of the archive, fed the workers' records.
        self.archive = WarcWriter(options.fetch.warc_out) if options.fetch.warc_out else None

    def run(
        self, urls: Sequence[str], archives: Sequence[Path] = (), done: Done | None = None
    ) -> None:
        """`done` tells an archive's URL already written (`--resume`), as in a local run."""
        self.done = done or self.done
        self._plan(urls, archives)
        try:
            self._submit()
            while self.running:
                stops.raise_if_requested()  # a KeyboardInterrupt lost in Dask's waits
                self._receive()
                for future in [f for f in self.running if f.done()]:
                    self._receive(drain=True)
                    self._finished(future, self.running.pop(future))
                self._submit()
        finally:
            self._stop()

    def _plan(self, urls: Sequence[str], archives: Sequence[Path]) -> None:
        number = 0
        for host, pieces in by_host(urls, self.shard_urls).items():
            shards = deque()
            for piece in pieces:
                shards.append(Shard(number, host, urls=piece))
                self.left[number] = {url_key(u) for u in piece}
                number += 1
            self.waiting[host] = shards
            self.ready.append(host)
        for shard in archive_shards(archives, number):
            self.sent[shard.number] = set()
            self.waiting[shard.host] = deque([shard])
            self.ready.append(shard.host)

    def _submit(self) -> None:
        while self.ready and len(self.running) < MAX_SUBMITTED:
            shard = self.waiting[self.ready.popleft()].popleft()
            job = _Job(shard, self.options, *self.names)
            self.running[self.client.submit(run_job, job, pure=False)] = shard

    def _receive(self, drain: bool = False) -> None:
        """Records waiting in the queue, handed to the sink; waits a little when there are none
        (a poll: a blocking get with a time-out leaves the scheduler an error to log)."""
        messages = self.queue.get(batch=True)
        if not messages and not drain:
            time.sleep(POLL_SECONDS)
        for message in messages:
            self._take(message)

    def _take(self, message: dict[str, Any]) -> None:
        if self.archive is not None:  # every exchange made, even of a record dropped below
            for data in message.get("warc", ()):
                self.archive.append(data)
        number = message["shard"]
        left = self.left.get(number, set())
        for record in message["records"]:
            key = url_key(str(record.get("url")))
            if number in self.sent:
                self._archived(number, key, record)
            elif key in left and key not in self.written:
                self.written.add(key)
                left.discard(key)
                self.sink(record)
        self._notes(number, message["notes"])

    def _archived(self, number: int, key: str, record: dict[str, Any]) -> None:
        """A record of an archive shard: dropped when the shard sent it before (its task run
        again), counted as done when written already (resume, another capture of the URL)."""
        sent = self.sent[number]
        if key in sent:
            return
        sent.add(key)
        if key in self.written or self.done(key):
            self.note(ALREADY_DONE)
            return
        self.written.add(key)
        self.sink(record)

    def _notes(self, number: int, totals: dict[str, int]) -> None:
        """Notes counted by the shard's task since it started: what is new since the last
        message (a task run again counts from zero: only what it passes is new)."""
        noted = self.noted.setdefault(number, {})
        for kind, total in totals.items():
            for _ in range(total - noted.get(kind, 0)):
                self.note(kind)
            noted[kind] = max(total, noted.get(kind, 0))

    def _finished(self, future: Future, shard: Shard) -> None:
        """After a shard's task: the host's next shard, or the same URLs again on failure
        (under the same number: what the failed task sent is not passed on twice)."""
        error = future.exception() if future.status == "error" else None
        unfinished = [u for u in shard.urls if url_key(u) in self.left.get(shard.number, ())]
        again = unfinished or shard.archive is not None
        if error is not None and again and shard.attempt < SHARD_ATTEMPTS:
            retry = replace(shard, urls=unfinished, attempt=shard.attempt + 1)
            self.waiting[shard.host].appendleft(retry)
        else:
            if error is not None:
                self._give_up(shard, unfinished, error)
            for table in (self.left, self.sent, self.noted):
                table.pop(shard.number, None)
        if self.waiting[shard.host]:
            self.ready.append(shard.host)

    def _give_up(self, shard: Shard, urls: list[str], error: BaseException) -> None:
        message = f"cluster task failed {shard.attempt} times: {type(error).__name__}: {error}"
        if shard.archive is not None:
            self.note(f"{DAMAGE_NOTE}{shard.archive}: {message}")
        for url in urls:
            self.written.add(url_key(url))
            self.sink(Article.failure(url, "extract_failed", message).to_dict())

    def _stop(self) -> None:
        """Tell the workers to stop (Ctrl-C or an error here) and let go of the tasks."""
        with contextlib.suppress(Exception):
            if self.running:
                self.stop.set()
                self.client.cancel(list(self.running), force=True)
        self.running.clear()
        if self.archive is not None:
            self.archive.close()


# --- on the workers ---------------------------------------------------------------------


class ShardStopped(Exception):
    """The driver is gone or stopped the run: the shard ends at once."""


class _Outbox:
    """A worker's records on their way to the driver, a few at a time, as they are made."""

    def __init__(self, job: _Job) -> None:
        client = get_client()
        self.number = job.shard.number
        self.queue = Queue(job.queue, client=client)
        self.stop = Event(job.stop, client=client)
        self.records: list[dict[str, Any]] = []
        #: Notes by kind since the task started (the driver passes on what is new).
        self.notes: dict[str, int] = {}
        self.noted = False
        self.warc: list[bytes] = []
        self.sent = time.monotonic()

    def add(self, record: dict[str, Any]) -> None:
        self.records.append(record)
        if len(self.records) >= FLUSH_RECORDS or time.monotonic() - self.sent >= FLUSH_SECONDS:
            self.flush()

    def note(self, kind: str) -> None:
        self.notes[kind] = self.notes.get(kind, 0) + 1
        self.noted = True

    def archive(self, data: bytes) -> None:
        """WARC records of one exchange: sent with the next records (before them)."""
        self.warc.append(data)

    def flush(self) -> None:
        if self.stop.is_set():
            raise ShardStopped
        if self.records or self.noted or self.warc:
            message = {"shard": self.number, "records": self.records, "notes": self.notes}
            self.queue.put({**message, "warc": self.warc})
        self.records, self.warc, self.noted = [], [], False  # `notes`: totals, kept
        self.sent = time.monotonic()


def _extractors() -> int:
    """Bounded extraction processes for a shard here: none in a daemonic worker process
    (`DAEMON_KEY`), whose pages are then extracted in its thread without the page limits."""
    return 0 if multiprocessing.current_process().daemon else SHARD_EXTRACTORS


def run_job(job: _Job) -> int:
    """The task: run one shard here (extraction in this worker process), sending records
    (and, with --warc-out, the archive's records of each exchange, written by the driver)."""
    outbox = _Outbox(job)
    options = replace(job.options, workers=_extractors())
    if options.fetch.warc_out:
        fetch = replace(options.fetch, warc_out=None, warc_send=outbox.archive)
        options = replace(options, fetch=fetch)
    if job.shard.archive is not None:
        shard = job.shard
        run_archive(Path(shard.archive), options, outbox.add, outbox.note, shard.start, shard.end)
    else:
        run_shard(job.shard.urls, options, outbox.add)
    outbox.flush()
    return job.shard.number
