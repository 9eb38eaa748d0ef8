"""One article as a Markdown document (``--format markdown``), and a safe file name for it.

The document is the title as ``#``, a byline line (authors, source, date), the lead and
the body, both already in Markdown (extract with ``markdown=True``). A failed page gives
a short document saying why, so that a batch loses no page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from presscut.extraction.body.markdown import escape

#: Longest file name stem made from a URL (file systems allow 255 bytes).
MAX_STEM_CHARS = 120
_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def document(record: dict[str, Any]) -> str:
    """The Markdown document of one record (a dict of the JSON schema)."""
    error = record.get("error")
    if error:
        where = record.get("final_url") or record.get("url") or "page"
        return f"# {escape(where)}\n\n> presscut: {error['type']}: {escape(error['message'])}\n"
    parts = [f"# {escape(record.get('title') or record.get('url') or 'Untitled')}"]
    if byline := _byline(record):
        parts.append(f"*{byline}*")
    parts += [text for text in (record.get("lead"), record.get("body")) if text]
    return "\n\n".join(parts) + "\n"


def _byline(record: dict[str, Any]) -> str:
    """ "By A, B · AFP · 2020-01-01": who wrote it, for whom, when."""
    credit = record.get("credit") or {}
    authors = ", ".join(credit.get("authors") or [])
    parts = [f"By {authors}" if authors else "", credit.get("source") or ""]
    parts.append(record.get("published") or "")
    return escape(" · ".join(p for p in parts if p)) if any(parts) else ""


def file_name(record: dict[str, Any], taken: set[str]) -> str:
    """A file name for the record's document, made from its URL: letters, digits, dots,
    dashes and underscores only (no separator, no leading dot: the file stays in the
    directory it is written to), distinct from ``taken`` (which it is added to)."""
    url = record.get("url") or record.get("final_url") or ""
    parts = urlsplit(url if "://" in url else f"//{url}")
    raw = f"{parts.netloc}{parts.path}".lower().rstrip("/").removesuffix(".html")
    stem = _UNSAFE.sub("-", raw)[:MAX_STEM_CHARS].strip(".-_") or "page"
    name, number = f"{stem}.md", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.md"
    taken.add(name)
    return name


def write_document(directory: Path, record: dict[str, Any], taken: set[str]) -> Path:
    """Write the record's document into ``directory``; the path written."""
    path = directory / file_name(record, taken)
    if path.resolve().parent != directory.resolve():  # cannot happen: a name has no "/"
        raise ValueError(f"unsafe file name for {record.get('url')!r}")
    path.write_text(document(record), encoding="utf-8")
    return path
