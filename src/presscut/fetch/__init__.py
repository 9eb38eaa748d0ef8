"""Fetching: one async httpx client, address and robots checks, size caps, retries.

    >>> async with Fetcher(FetchOptions(allow_private=True)) as fetcher:
    ...     page = await fetcher.fetch("http://127.0.0.1:8000/news/1")

`fetch_page` is the same thing for a single URL from synchronous code.
"""

from __future__ import annotations

import asyncio

from presscut.fetch.address import Resolver, parse_url, system_resolver
from presscut.fetch.cache import CacheError, check_cache_dir
from presscut.fetch.client import Fetcher, Page
from presscut.fetch.errors import FetchError
from presscut.fetch.options import DEFAULT_USER_AGENT, FetchOptions


def fetch_page(url: str, options: FetchOptions | None = None) -> Page:
    """Fetch one page with the batch fetcher (asyncio.run); raises `FetchError`."""

    async def one() -> Page:
        async with Fetcher(options) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(one())


__all__ = [
    "DEFAULT_USER_AGENT",
    "CacheError",
    "FetchError",
    "FetchOptions",
    "Fetcher",
    "Page",
    "Resolver",
    "check_cache_dir",
    "fetch_page",
    "parse_url",
    "system_resolver",
]
