"""Articles as CSV (``--format csv``): a fixed header, one row per page, errors included.

RFC 4180: fields quoted when they hold a comma, a quote or a line break, quotes doubled,
CRLF line ends. Lists (authors, tags) are joined with "; "; ``removed`` is left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

LIST_SEPARATOR = "; "


def _credit(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: (r.get("credit") or {}).get(key)


def _error(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: (r.get("error") or {}).get(key)


def _field(key: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: r.get(key)


#: The columns, in order, and how each is read from a record.
COLUMNS: dict[str, Callable[[dict[str, Any]], Any]] = {
    **{k: _field(k) for k in ("schema_version", "url", "final_url", "canonical_url", "status")},
    **{k: _field(k) for k in ("title", "kicker", "lead", "body")},
    "authors": lambda r: LIST_SEPARATOR.join((r.get("credit") or {}).get("authors") or []),
    "source": _credit("source"),
    "image_credit": _credit("image"),
    **{k: _field(k) for k in ("published", "modified", "language", "site_name", "section")},
    **{k: _field(k) for k in ("description", "image")},
    "tags": lambda r: LIST_SEPARATOR.join(r.get("tags") or []),
    **{k: _field(k) for k in ("word_count", "fetched_at")},
    "error_type": _error("type"),
    "error_message": _error("message"),
    "error_status": _error("status"),
}


def header() -> str:
    return _line(list(COLUMNS))


def row(record: dict[str, Any]) -> str:
    """One record as a CSV line (CRLF-terminated); null is an empty field."""
    values = [read(record) for read in COLUMNS.values()]
    return _line(["" if v is None else v for v in values])


def _line(values: list[Any]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(values)
    return out.getvalue()
