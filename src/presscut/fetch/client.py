"""The fetcher: one shared async httpx client, used by the single-page command and batches.

`Fetcher.fetch(url)` gives a `Page` or raises `FetchError`. Per URL it:

1. refuses anything but absolute http(s) URLs (`invalid_url`);
2. before every request, the first and each redirect: refuses non-public addresses unless
   `allow_private` (`blocked_address`) and asks robots.txt (`robots_disallowed`);
3. follows up to `max_redirects` redirects by hand, so that step 2 sees every hop;
4. reads only HTML/XHTML (`unsupported_content`), streamed and cut off at `max_bytes`
   decoded bytes (`too_large`);
5. honours a robots.txt Crawl-delay (up to `CRAWL_DELAY_CAP` seconds) for later requests;
6. retries connection failures, 429 and 5xx with exponential backoff and jitter, honouring
   Retry-After up to `RETRY_AFTER_CAP` seconds; never other 4xx.

Deadline: `timeout` seconds per URL, from its first request to its last byte, covering
redirects, retries and the pauses between them (time spent queueing for a per-host slot
before the first request does not count). httpx's own per-read timeout is the same value.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from time import time
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from presscut.deadline import wait_within
from presscut.fetch.address import Resolver, check_address, origin, parse_url, system_resolver
from presscut.fetch.cache import cached
from presscut.fetch.content import ACCEPT_ENCODING, TAP, check_html, read_capped
from presscut.fetch.errors import FetchError, from_httpx
from presscut.fetch.guard import GuardedTransport
from presscut.fetch.hosts import HostLimiter
from presscut.fetch.options import (
    BACKOFF_BASE,
    BACKOFF_CAP,
    CRAWL_DELAY_CAP,
    RETRY_AFTER_CAP,
    ROBOTS_AGENT,
    ROBOTS_MAX_BYTES,
    FetchOptions,
)
from presscut.fetch.robots import RobotsCache
from presscut.sniff import looks_binary

if TYPE_CHECKING:
    from presscut.fetch.record import ArchiveTap, Recorder

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Where `_hold_location` keeps a response's Location header, out of httpx's sight.
LOCATION = "presscut.location"
#: What a browser takes out of a URL before reading it (WHATWG URL standard): ASCII tab
#: and newline anywhere, C0 controls and spaces at either end.
URL_NOISE = str.maketrans("", "", "\t\n\r")
URL_EDGES = "".join(map(chr, range(0x21)))
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"

Sleep = Callable[[float], Awaitable[Any]]
T = TypeVar("T")
#: Reads a 2xx response: (URL as asked, URL that answered, response) -> its result.
#: `fetch` reads HTML pages; discovery reads feeds and sitemaps as they stream in.
Reader = Callable[[str, httpx.URL, httpx.Response], Awaitable[T]]


@dataclass
class Page:
    """A fetched HTML page: raw body bytes plus the HTTP facts extraction needs (none for
    a local file: `presscut.fetch.local`)."""

    url: str
    final_url: str | None
    status: int | None
    body: bytes
    charset: str | None
    #: When the page was fetched, UTC ISO 8601 (a replay from --cache: when it was stored,
    #: by its Date header). A caller that builds pages from an archive sets its record's date.
    fetched_at: str | None = None


class Fetcher:
    """Async fetcher; use as `async with Fetcher(options) as fetcher: await fetcher.fetch(url)`."""

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        resolver: Resolver = system_resolver,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.options = options or FetchOptions()
        self._resolver = resolver
        self._transport = transport
        self._sleep = sleep
        self._limiter = HostLimiter(self.options.per_host, self.options.delay, sleep)
        self._robots = RobotsCache(self._get_robots, ROBOTS_AGENT)
        self._client: httpx.AsyncClient | None = None
        self._recorder: Recorder | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = _build_client(self.options, self._transport, self._resolver)
        if self.options.warc_out or self.options.warc_send:
            from presscut.fetch.record import Recorder  # warcio, loaded for --warc-out only

            self._recorder = Recorder(self.options.warc_out, self.options.warc_send)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self._recorder is not None:
            self._recorder.close()

    async def fetch(self, text: str) -> Page:
        """Fetch one URL within its deadline; raises `FetchError`."""
        return await self.fetch_with(text, self._read_html)

    async def fetch_with(self, text: str, reader: Reader[T]) -> T:
        """Fetch one URL with every guard, deadline and retry of `fetch`, its 2xx response
        read by `reader` (called afresh on each attempt); raises `FetchError`."""
        url = parse_url(text)
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        for attempt in range(self.options.retries + 1):
            async with self._limiter.slot(origin(url)):
                deadline = deadline or loop.time() + self.options.timeout
                try:
                    return await self._within(deadline, self._follow(url, text, reader))
                except FetchError as error:
                    pause = self._pause(attempt, error)
                    if pause is None or loop.time() + pause >= deadline:
                        raise
            await self._sleep(pause)
        raise AssertionError("unreachable: the last attempt raises or returns")

    def _pause(self, attempt: int, error: FetchError) -> float | None:
        """Seconds to wait before the next attempt, or None when there is none."""
        if not error.retryable or attempt >= self.options.retries:
            return None
        if error.retry_after is not None:
            return min(error.retry_after, RETRY_AFTER_CAP)
        backoff = BACKOFF_BASE * 2**attempt * (0.5 + random.random())
        return min(backoff, BACKOFF_CAP)

    async def _within(self, deadline: float, work: Awaitable[T]) -> T:
        remaining = deadline - asyncio.get_running_loop().time()
        try:
            return await wait_within(work, max(remaining, 0.001))
        except asyncio.TimeoutError:
            raise FetchError(
                "timeout", f"no complete answer within {self.options.timeout:g} s"
            ) from None

    async def _follow(
        self, url: httpx.URL, original: str, reader: Reader[T], *, robots: bool = True
    ) -> T:
        """Request `url`, following redirects by hand, checking every hop."""
        for _ in range(self.options.max_redirects + 1):
            await self._admit(url, robots)
            try:
                async with self._http.stream("GET", url) as response:
                    tap = self._recorder.tap(response) if self._recorder else None
                    if tap is not None:  # read_capped hands it every raw chunk
                        response.extensions[TAP] = tap
                    async with self._recorded(tap, self.options.max_bytes):
                        target = _redirect_target(url, response)
                        if target is None:
                            _check_status(url, response)
                            return await _answered_by(url, reader(original, url, response))
            except httpx.HTTPError as exc:
                raise from_httpx(exc, url) from None
            except httpx.InvalidURL as exc:  # not an HTTPError; never expected here
                raise FetchError("invalid_url", f"invalid URL on the way: {exc}") from None
            url = target
        raise FetchError("too_many_redirects", f"more than {self.options.max_redirects} redirects")

    @contextlib.asynccontextmanager
    async def _recorded(self, tap: ArchiveTap | None, max_bytes: int) -> AsyncIterator[None]:
        """With --warc-out: the exchange is archived once its response is done with."""
        if tap is None or self._recorder is None:
            yield
            return
        try:
            yield
        except asyncio.CancelledError:
            tap.interrupted = True
            raise
        finally:
            await self._recorder.record(tap, max_bytes)

    async def _admit(self, url: httpx.URL, robots: bool) -> None:
        if not self.options.allow_private:
            await check_address(url, self._resolver)
        if robots and self.options.respect_robots:
            crawl_delay = await self._robots.check(url)
            if crawl_delay:
                self._limiter.slow_down(origin(url), min(crawl_delay, CRAWL_DELAY_CAP))

    async def _get_robots(self, url: httpx.URL) -> tuple[int, bytes]:
        work = self._follow(url, str(url), _read_robots, robots=False)
        page = await self._within(asyncio.get_running_loop().time() + self.options.timeout, work)
        return page.status or 0, page.body

    async def robots_sitemaps(self, text: str) -> list[str]:
        """The sitemaps that the robots.txt of this URL's origin names (after its checks)."""
        url = parse_url(text)
        if not self.options.allow_private:
            await check_address(url, self._resolver)
        return await self._robots.sitemaps(url)

    async def _read_html(self, original: str, url: httpx.URL, response: httpx.Response) -> Page:
        return await _read(original, url, response, self.options.max_bytes, True)

    @property
    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("use the Fetcher inside 'async with'")
        return self._client


def _check_status(url: httpx.URL, response: httpx.Response) -> None:
    status = response.status_code
    if not 200 <= status < 300:
        raise FetchError(
            "http_status",
            f"HTTP {status} {response.reason_phrase}".strip(),
            status=status,
            retry_after=_retry_after(response.headers.get("retry-after")),
            final_url=str(url),
        )


async def _answered_by(url: httpx.URL, reading: Awaitable[T]) -> T:
    """The reader's result; a FetchError it raises says which address answered."""
    try:
        return await reading
    except FetchError as error:
        error.final_url = error.final_url or str(url)
        raise


async def _read(
    original: str, url: httpx.URL, response: httpx.Response, max_bytes: int, html: bool
) -> Page:
    status = response.status_code
    charset = check_html(response) if html else None
    body = await read_capped(response, max_bytes)
    if html and looks_binary(body, charset):
        raise FetchError("unsupported_content", "binary data served as HTML", status=status)
    fetched = _fetched_at(response)
    return Page(original, str(url), status, body, charset, fetched)


def _fetched_at(response: httpx.Response) -> str:
    """Now (UTC), or, for a response replayed from the cache, its Date header's time."""
    caching = response.extensions.get("caching")
    moment = datetime.now(timezone.utc)
    if getattr(caching, "from_cache", False):
        with contextlib.suppress(TypeError, ValueError, IndexError):
            moment = parsedate_to_datetime(response.headers.get("date", "")).astimezone(
                timezone.utc
            )
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


async def _hold_location(response: httpx.Response) -> None:
    """Keep the Location header away from httpx (a response hook): presscut follows
    redirects itself, checking every hop, and httpx builds its own next request from it
    even when told not to follow, raising `InvalidURL` (not an `HTTPError`) for a
    Location such as ``data:text/html,hi`` and "lost connection" for one holding a tab."""
    if "location" in response.headers:
        response.extensions[LOCATION] = response.headers["location"]
        del response.headers["location"]


async def _read_robots(original: str, url: httpx.URL, response: httpx.Response) -> Page:
    return await _read(original, url, response, ROBOTS_MAX_BYTES, False)


def _redirect_target(url: httpx.URL, response: httpx.Response) -> httpx.URL | None:
    """The next hop, read as a browser reads a Location; `invalid_url` when it is not a
    fetchable URL (another scheme, no host, a malformed address)."""
    location = response.extensions.get(LOCATION)
    if response.status_code not in REDIRECT_STATUSES or not location:
        return None
    location = location.translate(URL_NOISE).strip(URL_EDGES)
    try:
        target = url.join(location)
    except (httpx.InvalidURL, ValueError):
        raise FetchError("invalid_url", f"redirected to {location}: not a valid URL") from None
    try:
        return parse_url(str(target.copy_with(fragment=None)))
    except FetchError as error:
        message = f"redirected to {location}: {error.message}"
        raise FetchError("invalid_url", message) from None


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError, IndexError):
        return None


def _build_client(
    options: FetchOptions, transport: httpx.AsyncBaseTransport | None, resolver: Resolver
) -> httpx.AsyncClient:
    limits = httpx.Limits(
        max_connections=options.concurrency + 4, max_keepalive_connections=options.concurrency
    )
    if transport is None and options.allow_private:
        transport = httpx.AsyncHTTPTransport(limits=limits)
    elif transport is None:
        transport = GuardedTransport(resolver, limits)
    if options.cache_dir:
        transport = cached(transport, options.cache_dir, options.cache_ttl)
    headers = {
        "User-Agent": options.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    return httpx.AsyncClient(
        transport=transport,
        headers=headers,
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=False,
        event_hooks={"response": [_hold_location]},
    )
