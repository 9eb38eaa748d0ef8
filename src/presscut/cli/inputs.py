"""What the command line's inputs are: URLs, local files and directories, stdin, a file
that already holds output."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from presscut.batch.inputs import with_scheme
from presscut.fetch.local import file_uri, html_files

STDIN = "-"
URL_PREFIXES = ("http:", "https:")


def is_url(text: str) -> bool:
    return text.lower().startswith(URL_PREFIXES) or "://" in text


def piped_stdin() -> bool:
    """Whether standard input is a pipe or a file (not a terminal, and open)."""
    stream = sys.stdin
    return stream is not None and not stream.closed and not stream.isatty()


def stdin_bytes(opts: dict[str, Any]) -> bytes:
    """Standard input's bytes (read already when it was taken for the missing INPUT)."""
    data = opts.get("stdin")
    return sys.stdin.buffer.read() if data is None else data


def is_batch(inputs: tuple[str, ...], input_file: object) -> bool:
    """Several inputs, a URL list (-i), or one directory: one JSON line per page."""
    single_directory = len(inputs) == 1 and Path(inputs[0]).is_dir()
    return input_file is not None or len(inputs) > 1 or single_directory


def batch_items(inputs: Iterable[str]) -> tuple[list[str], frozenset[str]]:
    """Batch items of the command line: URLs as given (a bare host gets https://), and
    each local file, or HTML file under a directory, as its `file:` URI (a path that does
    not exist too, so that its record says why); and the set of those URIs, the only
    `file:` URLs the batch will read."""
    items: list[str] = []
    files: set[str] = set()
    for text in inputs:
        path = Path(text)
        if is_url(text) or (not path.exists() and with_scheme(text) != text):
            items.append(with_scheme(text))
            continue
        # a missing file too: its record says read_error
        found = [file_uri(p) for p in html_files([path])] if path.exists() else [file_uri(path)]
        items.extend(found)
        files.update(found)
    return items, frozenset(files)


def single_target(source: str) -> str:
    """One input: '-', a URL, or a local path; a missing path that starts with a host
    name (`www.example.com/a`) is taken as an https URL."""
    if source == STDIN or is_url(source) or Path(source).exists():
        return source
    return with_scheme(source)


def check_output(output: Path | None, resume: bool, overwrite: bool) -> None:
    """An existing, non-empty output file is never appended to or replaced silently."""
    if overwrite and resume:
        raise click.UsageError("--overwrite replaces the -o file, --resume adds to it: not both")
    if output is None or resume or overwrite:
        return
    if output.is_file() and output.stat().st_size > 0:
        raise click.UsageError(
            f"{output} exists and is not empty: add --resume to skip the URLs it already "
            "records, or --overwrite to replace it"
        )
