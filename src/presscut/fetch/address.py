"""Which addresses may be fetched: http(s) only, and public IPs unless told otherwise.

Host names are resolved through a `Resolver`, a plain async function that tests replace
to fake DNS. The check runs before the first request and again before every redirect.
`guard.py` applies the same check to every connection httpx opens, so that a DNS answer
that changes between the check and the connection cannot reach a private address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from urllib.parse import unquote

import httpx

from presscut.fetch.errors import FetchError

#: URL schemes presscut fetches, on the first request and on every redirect.
ALLOWED_SCHEMES = frozenset({"http", "https"})

#: Host name -> the IP addresses it resolves to (as text).
Resolver = Callable[[str], Awaitable[list[str]]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: NAT64's well-known prefix (RFC 6052): the last 32 bits are the IPv4 address reached.
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


async def system_resolver(host: str) -> list[str]:
    """Resolve with the operating system (getaddrinfo, in asyncio's thread pool)."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def parse_url(text: str) -> httpx.URL:
    """A fetchable absolute http(s) URL, or `FetchError('invalid_url')`."""
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError("invalid_url", f"not a valid URL: {exc}") from None
    if not url.scheme:
        raise FetchError("invalid_url", "the URL has no scheme (write it with https://)")
    if url.scheme not in ALLOWED_SCHEMES:
        message = f"only http and https URLs are fetched, not '{url.scheme}'"
        raise FetchError("invalid_url", message)
    if not url.host:
        raise FetchError("invalid_url", "the URL has no host")
    if "%" in url.host:  # httpx percent-encodes what no host name may hold (a space...)
        shown = unquote(url.host)
        raise FetchError("invalid_url", f"the host {shown!r} holds a character no host name has")
    return url


def origin(url: httpx.URL) -> str:
    """scheme://host:port: the unit of politeness and of robots.txt (one server)."""
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def blocked_reason(address: IPAddress) -> str | None:
    """Why an address must not be fetched by default, or None when it is public.

    An IPv6 address that carries an IPv4 one (IPv4-mapped ``::ffff:a.b.c.d``, 6to4
    ``2002:AABB:CCDD::``, NAT64 ``64:ff9b::a.b.c.d``) is judged by the IPv4 address it
    reaches: ``2002:7f00:1::1`` is loopback."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            reason = blocked_reason(inner)
            return f"{reason} ({inner}, embedded in IPv6)" if reason else None
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private or address.is_unspecified or address.is_reserved:
        return "a private address"
    if address.is_multicast or not address.is_global:
        return "not a public address"
    return None


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries and leads to, if it is such an address."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


async def check_address(url: httpx.URL, resolver: Resolver) -> None:
    """Refuse a URL whose host is, or resolves to, a non-public address."""
    await public_addresses(url.host, resolver)


async def public_addresses(host: str, resolver: Resolver) -> list[str]:
    """The addresses of `host`; `blocked_address` if any of them is not public."""
    try:
        addresses = [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        addresses = await _resolve(host, resolver)
    for text in addresses:
        address = ipaddress.ip_address(text.split("%", 1)[0])
        reason = blocked_reason(address)
        if reason:
            raise FetchError(
                "blocked_address",
                f"refused to fetch {host}: {address} is {reason} "
                "(use --allow-private to fetch it anyway)",
            )
    return addresses


async def _resolve(host: str, resolver: Resolver) -> list[str]:
    try:
        addresses = await resolver(host)
    except (OSError, UnicodeError) as exc:
        raise FetchError("dns", f"cannot resolve host {host}: {exc}") from None
    if not addresses:
        raise FetchError("dns", f"cannot resolve host {host}: no address")
    return addresses
