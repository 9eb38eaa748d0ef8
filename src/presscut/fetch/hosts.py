"""Politeness per origin (scheme, host, port): N requests in flight, a pause between starts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any


class HostLimiter:
    """Slots per host name. `delay` seconds separate the starts of two requests to one host."""

    def __init__(
        self, per_host: int, delay: float, sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep
    ) -> None:
        self.per_host = max(1, per_host)
        self._sleep = sleep
        self.delay = max(0.0, delay)
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        #: Longer pauses asked for by particular hosts (robots.txt Crawl-delay).
        self._delays: dict[str, float] = {}

    def slow_down(self, host: str, delay: float) -> None:
        """Use at least `delay` seconds between request starts to `host` from now on."""
        self._delays[host] = max(self.delay, delay)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        semaphore = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with semaphore:
            await self._pause(host)
            yield

    async def _pause(self, host: str) -> None:
        delay = self._delays.get(host, self.delay)
        if not delay:
            return
        now = asyncio.get_running_loop().time()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + delay
        if start > now:
            await self._sleep(start - now)
