"""JSON Lines output: whole lines, flushed as written, and what `--resume` needs."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from presscut.batch.inputs import url_key
from presscut.output import csv as csv_output
from presscut.output import dumps
from presscut.output.markdown import write_document


class JsonlWriter:
    """Appends one compact JSON object per line to a file (or stdout), one write each."""

    def __init__(self, path: Path | None) -> None:
        self._fd: int | None = None
        self._stream: BinaryIO | None = None
        if path is None:
            self._stream = sys.stdout.buffer
        else:
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, record: dict[str, Any]) -> None:
        self.write_text(dumps(record) + "\n")

    def write_text(self, text: str) -> None:
        data = text.encode("utf-8")
        if self._stream is not None:
            self._stream.write(data)
            self._stream.flush()
            return
        assert self._fd is not None
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class CsvWriter(JsonlWriter):
    """One CSV row per record, after the header (not repeated when appending to a file
    that has one)."""

    def __init__(self, path: Path | None) -> None:
        fresh = path is None or not path.exists() or path.stat().st_size == 0
        super().__init__(path)
        if fresh:
            self.write_text(csv_output.header())

    def write(self, record: dict[str, Any]) -> None:
        self.write_text(csv_output.row(record))


class MarkdownDirWriter:
    """One Markdown document per record, each in its own file of ``directory``."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.taken = {p.name for p in directory.iterdir()}

    def write(self, record: dict[str, Any]) -> None:
        write_document(self.directory, record, self.taken)

    def close(self) -> None:
        pass


def open_writer(
    path: Path | None, format: str = "json", directory: Path | None = None
) -> JsonlWriter | MarkdownDirWriter:
    """The writer for a batch's output format (``--format``, ``--output-dir``)."""
    if format == "csv":
        return CsvWriter(path)
    if format == "markdown" and directory is not None:
        return MarkdownDirWriter(directory)
    return JsonlWriter(path)


def prepare_resume(path: Path, retry_failed: bool) -> set[str]:
    """Keys of the URLs already recorded in `path`, after cleaning the file.

    A torn last line (a killed run) is dropped; with `retry_failed`, failed records are
    dropped too, so that their URLs are fetched again and recorded once. The file is
    streamed, line by line: only the keys are held in memory, whatever its size.
    """
    if not path.exists():
        return set()
    done: set[str] = set()
    dirty = False
    with path.open("rb") as lines:
        for line in lines:
            record = _kept(line, retry_failed)
            if record is None:
                dirty = dirty or bool(line.strip())
                continue
            dirty = dirty or not line.endswith(b"\n")
            done.add(url_key(str(record["url"])))
    if dirty:
        _rewrite(path, retry_failed)
    return done


def _kept(line: bytes, retry_failed: bool) -> dict[str, Any] | None:
    """The record of a line that stays in the file, or None for one to drop."""
    record = _parse(line)
    if record is None or (retry_failed and record.get("error") is not None):
        return None
    return record


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and record.get("url") else None


def _rewrite(path: Path, retry_failed: bool) -> None:
    """Replace the file atomically with its kept lines, each ended by a newline."""
    temporary = path.with_name(path.name + ".presscut-tmp")
    with path.open("rb") as lines, temporary.open("wb") as out:
        for line in lines:
            if _kept(line, retry_failed) is not None:
                out.write(line if line.endswith(b"\n") else line + b"\n")
    os.replace(temporary, path)
