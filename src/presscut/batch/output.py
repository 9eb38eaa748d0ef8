"""JSON Lines output: whole lines, flushed as written, and what `--resume` needs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from presscut.batch.inputs import url_key
from presscut.batch.outfile import OutputFailed, OutputFile, OutputRefused
from presscut.output import csv as csv_output
from presscut.output import dumps
from presscut.output.markdown import write_document

#: Characters of a refused line quoted in the message.
QUOTED = 60


class JsonlWriter:
    """Appends one compact JSON object per line to a file (or stdout), one write each."""

    def __init__(self, output: OutputFile | Path | None) -> None:
        self._output = OutputFile(output) if isinstance(output, Path) else output

    def write(self, record: dict[str, Any]) -> None:
        self.write_text(dumps(record) + "\n")

    def write_text(self, text: str) -> None:
        data = text.encode("utf-8")
        if self._output is not None:
            self._output.append(data)
            return
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputFailed(None, error) from error

    def close(self) -> None:
        if self._output is not None:
            self._output.close()


class CsvWriter(JsonlWriter):
    """One CSV row per record, after the header (not repeated when appending to a file
    that has one)."""

    def __init__(self, output: OutputFile | Path | None) -> None:
        path = output.path if isinstance(output, OutputFile) else output
        fresh = path is None or not path.exists() or path.stat().st_size == 0
        super().__init__(output)
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
    output: OutputFile | Path | None, format: str = "json", directory: Path | None = None
) -> JsonlWriter | MarkdownDirWriter:
    """The writer for a batch's output format (``--format``, ``--output-dir``)."""
    if format == "csv":
        return CsvWriter(output)
    if format == "markdown" and directory is not None:
        return MarkdownDirWriter(directory)
    return JsonlWriter(output)


@dataclass
class _Line:
    number: int
    offset: int
    data: bytes
    record: dict[str, Any] | None


def prepare_resume(
    output: OutputFile | Path, retry_failed: bool, drop_bad: bool = False
) -> set[str]:
    """Keys of the URLs already recorded in the output file, after cleaning it.

    A torn last line (a killed run: no newline, not JSON) is cut off. Any other line that is
    not a record refuses the file (`OutputRefused`, naming the line) unless ``drop_bad``.
    With ``retry_failed``, failed records are dropped, so that their URLs are fetched again
    and recorded once. The file is streamed: only the keys are held in memory. Given a
    path, the file is locked while it is read and cleaned.
    """
    if isinstance(output, Path):
        if not output.exists():
            return set()
        locked = OutputFile(output)
        try:
            return prepare_resume(locked, retry_failed, drop_bad)
        finally:
            locked.close()
    done: set[str] = set()
    rewrite = False
    last: _Line | None = None
    for line in _lines(output):
        last = line
        if line.record is None and line.data.strip() and line.data.endswith(b"\n"):
            if not drop_bad:
                raise OutputRefused(_bad_line_message(output, line))
            rewrite = True
        elif line.record is not None and _dropped(line.record, retry_failed):
            rewrite = True
        elif line.record is not None:
            done.add(url_key(str(line.record["url"])))
    if rewrite:
        output.replace_with(_kept(output, retry_failed))
    elif last is not None and not last.data.endswith(b"\n"):
        _repair_last(output, last)
    return done


def _bad_line_message(output: OutputFile, line: _Line) -> str:
    text = line.data.decode("utf-8", "replace").strip()
    quoted = text[:QUOTED] + ("…" if len(text) > QUOTED else "")
    return (
        f"line {line.number} of {output.path} is not a presscut record ({quoted!r}); "
        "--resume only drops a torn last line (add --drop-bad-lines to drop such lines)"
    )


def _repair_last(output: OutputFile, last: _Line) -> None:
    """A last line without its newline: cut it when torn, end it when whole."""
    if last.record is None:
        output.truncate(last.offset)
    else:
        output.append(b"\n")


def _lines(output: OutputFile) -> Iterator[_Line]:
    offset = 0
    with output.path.open("rb") as lines:
        for number, data in enumerate(lines, start=1):
            yield _Line(number, offset, data, _parse(data))
            offset += len(data)


def _kept(output: OutputFile, retry_failed: bool) -> Iterator[bytes]:
    for line in _lines(output):
        if line.record is not None and not _dropped(line.record, retry_failed):
            yield line.data if line.data.endswith(b"\n") else line.data + b"\n"


def _dropped(record: dict[str, Any], retry_failed: bool) -> bool:
    return retry_failed and record.get("error") is not None


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and record.get("url") else None
