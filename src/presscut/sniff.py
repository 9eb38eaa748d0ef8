"""Is it text at all? The binary-data check shared by the fetcher (a body served as HTML)
and extraction (bytes handed to `presscut.extract` or read from a local file)."""

from __future__ import annotations

#: WHATWG MIME sniffing's "binary data bytes": control characters no text page contains.
BINARY_BYTES = frozenset([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
#: How much of the body is sniffed, and the share of binary bytes that makes it binary.
SNIFF_BYTES = 4096
BINARY_SHARE = 0.01
#: Byte-order marks and charsets whose text legitimately holds NUL bytes.
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")
WIDE_CHARSET_PREFIXES = ("utf-16", "utf-32")


def looks_binary(body: bytes, charset: str | None = None) -> bool:
    """Whether bytes said to be HTML are really binary data (an image, a PDF, random bytes)."""
    if body.startswith(WIDE_BOMS) or (charset or "").lower().startswith(WIDE_CHARSET_PREFIXES):
        return False
    head = body[:SNIFF_BYTES]
    binary = sum(1 for byte in head if byte in BINARY_BYTES)
    return binary > max(2, BINARY_SHARE * len(head))
