"""The one exception of the fetcher: a failure that becomes an error record."""

from __future__ import annotations

import socket
import ssl

import httpx

#: Error types that a later attempt may cure (together with `RETRY_STATUSES`).
RETRYABLE_TYPES = frozenset({"connect", "connection_lost"})

#: Failures on a connection that was made: reset by the server, closed before the response
#: or in the middle of the body. Retried like a failed connect, reported as their own type.
LOST_CONNECTION = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)

#: HTTP statuses worth retrying: rate limiting and server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A URL could not be fetched. `type` is one of `presscut.ERROR_TYPES`."""

    def __init__(
        self,
        type: str,
        message: str,
        status: int | None = None,
        retry_after: float | None = None,
        final_url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.type = type
        self.message = message
        self.status = status
        #: Seconds the server asked us to wait (Retry-After), if it said so.
        self.retry_after = retry_after
        #: The address that answered, when the failure came with an HTTP response.
        self.final_url = final_url

    @property
    def retryable(self) -> bool:
        return self.type in RETRYABLE_TYPES or (
            self.type == "http_status" and self.status in RETRY_STATUSES
        )


def from_httpx(exc: httpx.HTTPError, url: httpx.URL | str) -> FetchError:
    """Translate an httpx failure into a `FetchError` with a plain-words message."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchError("timeout", f"timed out talking to {_host(url)} ({_describe(exc)})")
    if _caused_by(exc, socket.gaierror):
        return FetchError("dns", f"cannot resolve host {_host(url)}")
    if _caused_by(exc, ssl.SSLError) or "SSL" in str(exc) or "certificate" in str(exc):
        return FetchError("tls", f"TLS failure with {_host(url)}: {_describe(exc)}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError("connect", f"cannot connect to {_host(url)}: {_describe(exc)}")
    if isinstance(exc, LOST_CONNECTION):
        message = f"connection to {_host(url)} was lost: {_describe(exc)}"
        return FetchError("connection_lost", message)
    if isinstance(exc, httpx.TransportError):
        return FetchError("connect", f"connection to {_host(url)} broke: {_describe(exc)}")
    return FetchError("connect", f"HTTP failure with {_host(url)}: {_describe(exc)}")


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _describe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _host(url: httpx.URL | str) -> str:
    return httpx.URL(str(url)).host or str(url)
