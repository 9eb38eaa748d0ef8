"""Where the command writes: UTF-8 streams, one page's record, and quiet ends."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from presscut.output import csv as csv_output
from presscut.output import dumps
from presscut.output.markdown import document


def setup_output() -> None:
    """UTF-8 on stdout and stderr whatever the locale."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def describe(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    return f"cannot write{where}: {exc.strerror or exc}"


def print_record(record: dict[str, Any], opts: dict[str, Any]) -> None:
    output: Path | None = opts["output"]
    pretty = opts["pretty"]
    if pretty is None:
        pretty = output is None and sys.stdout.isatty()
    text = dumps(record, pretty=pretty) + "\n"
    if opts["output_format"] == "csv":
        text = csv_output.header() + csv_output.row(record)
    elif opts["output_format"] == "markdown":
        text = document(record)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        return
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        stream.write(text.encode("utf-8"))
    sys.stdout.flush()
