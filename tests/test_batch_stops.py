"""Stop signals and the batch's stop flag (presscut.batch.stops), in this process: a stop
whose cancellation is swallowed on its way still ends the run as stopped, with nothing
written after it; a Ctrl-C held while processes start comes once they have started."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from presscut.batch import BatchOptions, engine, stops
from presscut.batch.runner import RunSettings, run_batch
from presscut.bounded.worker import stop_signals_held
from presscut.fetch import FetchOptions

URLS = [f"https://news.example/story/{n}" for n in range(10)]
#: The URL whose fetch gets the signal, then swallows its cancellation.
STOPPED_AT = 3


def fake_fetch(signum: int, started: list[str]) -> Any:
    """A fetch that answers at once, but at `STOPPED_AT` sends `signum` to this process and
    turns the cancellation that follows into an error (as a library may do)."""

    async def fetch_record(fetcher: object, url: str) -> dict[str, Any]:
        started.append(url)
        if url == URLS[STOPPED_AT]:
            os.kill(os.getpid(), signum)
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                raise RuntimeError("connection closed") from None  # the cancellation lost
        return {"url": url, "title": url.rsplit("/", 1)[1], "error": None}

    return fetch_record


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated (SIGTERM)")],
    ids=["ctrl-c", "sigterm"],
)
def test_swallowed_cancellation_still_stops_the_run(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    signum: int,
    code: int,
    said: str,
) -> None:
    started: list[str] = []
    monkeypatch.setattr(engine, "fetch_record", fake_fetch(signum, started))
    output = tmp_path / "out.jsonl"
    options = BatchOptions(FetchOptions(concurrency=1), workers=0)
    assert run_batch(list(URLS), options, RunSettings(output=output, quiet=True)) == code
    lines = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
    assert [r["url"] for r in lines] == URLS[:STOPPED_AT]  # no failure for the cut URL
    assert started == URLS[: STOPPED_AT + 1]  # nothing started after the signal
    assert f"presscut: {said}: 3 ok, 0 failed" in capsys.readouterr().err


def test_ctrl_c_held_while_processes_start_comes_on_leaving() -> None:
    """Held with a thread running that does not block SIGINT (as OpenBLAS's does, started
    by numpy's import): the signal is not lost to it, and not acted on before leaving."""
    seen: list[str] = []
    idle = threading.Event()
    other = threading.Thread(target=idle.wait)
    other.start()
    try:
        with stops.stop_signals() as stop, pytest.raises(KeyboardInterrupt):
            with stop_signals_held((signal.SIGINT,)):
                os.kill(os.getpid(), signal.SIGINT)  # to the process: any thread may take it
                inside = threading.Thread(
                    target=lambda: seen.append(str(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
                )
                inside.start()
                inside.join()
                time.sleep(0.2)
                seen.append("still starting")
            seen.append("not reached")
    finally:
        idle.set()
        other.join()
    assert stop.requested and stop.exit_code == 130
    assert seen[1:] == ["still starting"]
    assert "SIGINT" in seen[0]  # a thread started inside holds it blocked too


def test_sigterm_while_processes_start_comes_on_leaving() -> None:
    with stops.stop_signals() as stop, pytest.raises(KeyboardInterrupt):
        with stop_signals_held((signal.SIGINT,)):
            signal.raise_signal(signal.SIGTERM)
        pytest.fail("the SIGTERM did not come")
    assert stop.exit_code == 143
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])
