"""The batch's output file: never the input list, one run at a time, write failures named.

A run holds an advisory lock (`fcntl.flock`) on its output file from before `--resume`
reads it to the end of the run: a second run on the same file is refused (exit 2) instead
of doubling or losing records. When `--resume` has to rewrite the file, the new file is
locked before it replaces the old one, and a run that locked a file checks that it is still
the one at the path (a replaced file is opened again), so the lock never lapses.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # not POSIX: no lock, the rest works
    fcntl = None  # type: ignore[assignment]

#: errno values that mean the data could not be stored (not a wrong path or permission).
STORAGE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
TEMPORARY_SUFFIX = ".presscut-tmp"
#: Attempts at locking the file at the path while other runs replace it.
LOCK_ATTEMPTS = 5


class OutputRefused(Exception):
    """The output file cannot be used for this run (a usage error, exit 2)."""


class OutputFailed(Exception):
    """Writing the output failed: a full disk, a quota, an I/O error (exit 1)."""

    def __init__(self, path: Path | None, error: OSError) -> None:
        where = str(path) if path is not None else "the output"
        super().__init__(f"cannot write {where}: {error.strerror or error}")
        self.error = error


def is_storage_error(error: OSError) -> bool:
    return error.errno in STORAGE_ERRORS


def refuse_input_as_output(source: IO[Any] | None, output: Path | None) -> None:
    """Refuse an output file that is the input list (same file, whatever the name)."""
    if source is None or output is None:
        return
    try:
        given = os.fstat(source.fileno())
        target = output.stat()
    except (OSError, ValueError, AttributeError):
        return
    if (given.st_dev, given.st_ino) == (target.st_dev, target.st_ino):
        raise OutputRefused(f"{output} is the input list: write the records to another file")


class OutputFile:
    """The output file, opened for appending and locked for the length of the run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = _open_locked(path)

    def append(self, data: bytes) -> None:
        try:
            write_all(self.fd, data)
        except OSError as error:
            raise OutputFailed(self.path, error) from error

    def truncate(self, size: int) -> None:
        try:
            os.ftruncate(self.fd, size)
        except OSError as error:
            raise OutputFailed(self.path, error) from error

    def replace_with(self, lines: Iterable[bytes]) -> None:
        """Swap the file for one holding ``lines``, locked before it takes the path."""
        temporary = self.path.with_name(self.path.name + TEMPORARY_SUFFIX)
        fd = os.open(temporary, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            _lock(fd, temporary)
            for line in lines:
                write_all(fd, line)
            os.fsync(fd)
            os.replace(temporary, self.path)
        except BaseException as error:
            os.close(fd)
            with contextlib.suppress(OSError):
                temporary.unlink()
            if isinstance(error, OSError):
                raise OutputFailed(self.path, error) from error
            raise
        os.close(self.fd)
        self.fd = fd

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # the lock goes with it
            self.fd = -1


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _open_locked(path: Path) -> int:
    """Open ``path`` for appending and lock it; refuse when another run holds it."""
    for _ in range(LOCK_ATTEMPTS):
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            _lock(fd, path)
            if _still_at(fd, path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # replaced by another run meanwhile: open the new file
    raise OutputRefused(f"{path} keeps being replaced by another run")


def _lock(fd: int, path: Path) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputRefused(
            f"{path} is in use by another presscut run (it holds the file's lock); "
            "wait for it to end or write to another file"
        ) from None
    except OSError:  # a file system without locks: go on unlocked
        return


def _still_at(fd: int, path: Path) -> bool:
    try:
        opened, current = os.fstat(fd), path.stat()
    except OSError:
        return False
    return (opened.st_dev, opened.st_ino) == (current.st_dev, current.st_ino)
