"""JSON Lines output: whole lines, flushed as written, and what `--resume` needs."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from presscut.batch.inputs import url_key
from presscut.output import dumps


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
        data = (dumps(record) + "\n").encode("utf-8")
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


def prepare_resume(path: Path, retry_failed: bool) -> set[str]:
    """Keys of the URLs already recorded in `path`, after cleaning the file.

    A torn last line (a killed run) is dropped; with `retry_failed`, failed records are
    dropped too, so that their URLs are fetched again and recorded once.
    """
    if not path.exists():
        return set()
    lines = path.read_bytes().split(b"\n")
    kept: list[bytes] = []
    done: set[str] = set()
    for line in lines:
        record = _parse(line)
        if record is None or (retry_failed and record.get("error") is not None):
            continue
        kept.append(line)
        done.add(url_key(str(record["url"])))
    if len(kept) != sum(1 for line in lines if line.strip()) or (lines and lines[-1]):
        _rewrite(path, kept)
    return done


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and record.get("url") else None


def _rewrite(path: Path, lines: list[bytes]) -> None:
    """Replace the file atomically with `lines`, each ended by a newline."""
    temporary = path.with_name(path.name + ".presscut-tmp")
    temporary.write_bytes(b"".join(line + b"\n" for line in lines))
    os.replace(temporary, path)
