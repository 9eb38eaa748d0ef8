"""Placeholder pipeline: replaced by the real phases (work in progress)."""

from __future__ import annotations

import trafilatura

from presscut.article import Article


def extract(
    html: str | bytes,
    url: str | None = None,
    *,
    encoding: str | None = None,
    explain: bool = False,
) -> Article:
    if isinstance(html, bytes):
        html = html.decode(encoding or "utf-8", errors="replace")
    text = trafilatura.extract(html, url=url)
    return Article(url=url, body=text)
