"""The HTTP cache on disk (``--cache DIR``): hishel's SQLite storage around a transport.

The directory is checked when the cache is set up, by opening the database and taking
its write lock once: an unusable directory (read-only, not a directory, a database that
cannot be opened) is one `CacheError` naming it, before any URL is fetched, instead of
a traceback that hishel logs for every response it fails to store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx

CACHE_FILE = "presscut-http-cache.sqlite"


class CacheError(ValueError):
    """The cache directory cannot be used: a configuration error, not a fetch failure."""


def check_cache_dir(directory: str | Path) -> Path:
    """The cache database in ``directory`` (created if needed), once it is known to be
    writable; `CacheError` saying why when it is not."""
    path = Path(directory)
    try:
        path.mkdir(parents=True, exist_ok=True)
        database = path / CACHE_FILE
        connection = sqlite3.connect(database, timeout=5)
        try:
            connection.execute("BEGIN IMMEDIATE")  # the write lock, as a store would take it
            connection.rollback()
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CacheError(f"cannot use {path} as the HTTP cache: {reason}") from None
    return database


def cached(
    transport: httpx.AsyncBaseTransport, directory: str | Path, ttl: float
) -> httpx.AsyncBaseTransport:
    """``transport`` wrapped in hishel's SQLite cache: successful GETs are stored and
    replayed for ``ttl`` seconds."""
    from hishel import AsyncSqliteStorage
    from hishel.httpx import AsyncCacheTransport

    storage = AsyncSqliteStorage(database_path=check_cache_dir(directory), default_ttl=ttl)
    return AsyncCacheTransport(next_transport=transport, storage=storage)
