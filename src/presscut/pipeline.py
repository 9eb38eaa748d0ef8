"""Glue between fetching and extraction: one URL (or one HTML document) in, one Article out.

Extraction never imports the fetcher; this module is the only place where the two meet.
`extract_page` is a plain top-level function of picklable arguments, so the batch engine
can run it in worker processes.
"""

from __future__ import annotations

import logging
from typing import Any

from presscut.article import Article
from presscut.extraction import extract
from presscut.fetch import CacheError, Fetcher, FetchError, FetchOptions, Page, fetch_page
from presscut.fetch.local import read_local

log = logging.getLogger("presscut")


def extract_page(page: Page, explain: bool = False, markdown: bool = False) -> dict[str, Any]:
    """Extract a fetched page; the record carries the requested URL and the HTTP facts."""
    return page_article(page, explain, markdown).to_dict()


def page_article(page: Page, explain: bool = False, markdown: bool = False) -> Article:
    """The article of a fetched page, with the requested URL and the HTTP facts."""
    body, url, charset = page.body, page.final_url, page.charset
    article = extract(body, url, encoding=charset, explain=explain, markdown=markdown)
    return _with_page_facts(page, article)


def page_record(page: Page, article: Article) -> dict[str, Any]:
    """The record of ``article``, with the requested URL and the HTTP facts of ``page``."""
    return _with_page_facts(page, article).to_dict()


def _with_page_facts(page: Page, article: Article) -> Article:
    article.url, article.final_url, article.status = page.url, page.final_url, page.status
    article.fetched_at = page.fetched_at
    return article


def fetch_failure(url: str, error: FetchError) -> Article:
    """The article record of a URL that could not be fetched: ``error`` says why."""
    article = Article.failure(url, error.type, error.message, error.status)
    article.final_url = error.final_url
    return article


def failure_record(url: str, error: FetchError) -> dict[str, Any]:
    """The record of a URL that could not be fetched."""
    return fetch_failure(url, error).to_dict()


async def fetch_record(fetcher: Fetcher, url: str) -> Page | dict[str, Any]:
    """The fetched page (or local file, for a `file:` URI named on the command line), or
    the failure record."""
    try:
        if url in fetcher.options.local_files:
            return read_local(url, fetcher.options.max_bytes)
        return await fetcher.fetch(url)
    except FetchError as error:
        return failure_record(url, error)


def fetch_article(
    url: str, options: FetchOptions | None = None, *, explain: bool = False
) -> Article:
    """Fetch one URL and extract its article, with the same fetcher and checks as a
    batch. Never raises for a bad URL or server: the Article's ``error`` says what failed;
    only an unusable ``options.cache_dir`` raises `CacheError` (a ValueError).

    >>> article = fetch_article("https://example.org/news/1")
    >>> article.error.type if article.error else article.title
    """
    try:
        page = fetch_page(url, options)
    except FetchError as error:
        return fetch_failure(url, error)
    except CacheError:
        raise  # a configuration error, not a failure of this URL
    except Exception as exc:  # a bug in fetching must not escape either
        log.warning("fetching failed for %s: %r", url, exc)
        message = f"unexpected failure while fetching: {type(exc).__name__}: {exc}"
        return Article.failure(url, "extract_failed", message)
    return page_article(page, explain)


def is_failure(record: dict[str, Any]) -> bool:
    """Whether a record counts as failed for the exit status (`no_article` included)."""
    return record.get("error") is not None
