"""robots.txt, fetched once per origin (scheme, host, port) and parsed with protego.

Rules of RFC 9309: a 4xx answer (or none) allows everything; a 5xx answer disallows
everything; a robots.txt that cannot be fetched at all (DNS, connection) allows everything,
and the page request then reports the real problem.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from protego import Protego

from presscut.fetch.address import origin
from presscut.fetch.errors import FetchError

#: Fetches robots.txt: (status, body bytes), or raises FetchError.
RobotsGetter = Callable[[httpx.URL], Awaitable[tuple[int, bytes]]]

ALLOW_ALL = Protego.parse("")
DISALLOW_ALL = Protego.parse("User-agent: *\nDisallow: /\n")


class RobotsCache:
    """Answers "may this agent fetch this URL?", one robots.txt request per origin."""

    def __init__(self, get: RobotsGetter, agent: str) -> None:
        self._get = get
        self._agent = agent
        #: One shared loading task per origin, so a waiter that gives up cancels nothing.
        self._loads: dict[str, asyncio.Task[Protego]] = {}

    async def check(self, url: httpx.URL) -> float | None:
        """Raise `robots_disallowed` when robots.txt forbids the URL; else its Crawl-delay."""
        rules = await self._rules_for(url)
        if not rules.can_fetch(str(url), self._agent):
            raise FetchError(
                "robots_disallowed",
                f"robots.txt of {url.host} disallows this URL "
                "(use --ignore-robots to fetch it anyway)",
            )
        delay = rules.crawl_delay(self._agent)
        return float(delay) if delay else None

    async def sitemaps(self, url: httpx.URL) -> list[str]:
        """The `Sitemap:` lines of the robots.txt of this URL's origin, as written."""
        rules = await self._rules_for(url)
        return list(rules.sitemaps)

    async def _rules_for(self, url: httpx.URL) -> Protego:
        key = origin(url)
        load = self._loads.get(key)
        if load is None:
            load = asyncio.ensure_future(self._load(httpx.URL(key + "/robots.txt")))
            self._loads[key] = load
        return await asyncio.shield(load)

    async def _load(self, robots_url: httpx.URL) -> Protego:
        try:
            status, body = await self._get(robots_url)
        except FetchError as error:
            if error.type == "http_status" and error.status and error.status >= 500:
                return DISALLOW_ALL
            return ALLOW_ALL
        if not 200 <= status < 300:
            return ALLOW_ALL
        return Protego.parse(body.decode("utf-8", errors="replace"))
