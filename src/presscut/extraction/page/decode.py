"""Bytes to text, the way a browser does it: HTTP charset, BOM, <meta charset>, detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: `<meta charset=...>` or `<meta http-equiv=Content-Type content="...; charset=...">`,
#: looked for in the first bytes only, as browsers do.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
PRESCAN_BYTES = 4096

#: Undeclared, non-UTF-8 pages: how much to show the detector, and the browsers' fallback
#: for Latin-script guesses (see ``_detect``).
DETECT_BYTES = 200_000
DEFAULT_ENCODING = "cp1252"
LATIN_SINGLE_BYTE = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin_1",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "mac_latin2",
        "mac_roman",
        "mac_iceland",
        "mac_turkish",
        "cp850",
        "cp437",
        "cp858",
    }
)

#: Labels that browsers treat as windows-1252 (the WHATWG encoding standard).
WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}


#: A declared charset that the bytes contradict is a server's or a template's mistake:
#: UTF-8 bytes labelled Latin-1, or Latin-1 bytes labelled UTF-8. A page is taken to be
#: mislabelled UTF-8 when it decodes as UTF-8 without error; mislabelled as UTF-8 when
#: more than this share of its non-ASCII characters are invalid UTF-8 (a stray bad byte
#: in a real UTF-8 page does not count).
MAX_INVALID_UTF8_SHARE = 0.2
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def decode_html(data: bytes, http_charset: str | None = None) -> str:
    """Decode an HTML document; never raises, undecodable bytes become U+FFFD."""
    if bom := _bom(data):
        return _strip_bom(data.decode(_codec(bom) or "utf-8", errors="replace"))
    for label in (http_charset, _meta_charset(data)):
        encoding = _codec(label)
        if encoding:
            return _strip_bom(_as_declared(data, encoding))
    return _detect(data)


def _as_declared(data: bytes, encoding: str) -> str:
    """The bytes in their declared charset, unless they contradict it (see
    ``MAX_INVALID_UTF8_SHARE``)."""
    if encoding == "utf-8":
        try:
            return data.decode("utf-8")  # the common case, as fast as a lenient decode
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
        invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # written U+FFFD aside
        if invalid > MAX_INVALID_UTF8_SHARE * len(_NON_ASCII.findall(text)):
            return _detect(data)
        return text
    if encoding.replace("-", "_") in LATIN_SINGLE_BYTE and not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace")


def _bom(data: bytes) -> str | None:
    return next((name for bom, name in BOMS if data.startswith(bom)), None)


def _meta_charset(data: bytes) -> str | None:
    match = META_CHARSET.search(data[:PRESCAN_BYTES])
    return match.group(1).decode("ascii", "ignore") if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec name for an HTML charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _detect(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:DETECT_BYTES]).best()
    encoding = best.encoding if best else DEFAULT_ENCODING
    if encoding in LATIN_SINGLE_BYTE:
        # detectors cannot tell these apart on short texts; browsers fall back to
        # windows-1252, which is what undeclared Western pages are written in
        encoding = DEFAULT_ENCODING
    return data.decode(encoding, errors="replace")
