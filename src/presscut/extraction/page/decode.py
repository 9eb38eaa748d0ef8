"""Bytes to text, the way a browser does it: HTTP charset, BOM, <meta charset>, detection.

A charset label means what the WHATWG Encoding Standard says it means, as in browsers:
its label table (through ``webencodings``, html5lib's copy of it) turns "latin1",
"ascii" or "cp1252" into windows-1252 and "gb2312" into GBK, and gives nothing for what
is not a web encoding: "utf-7", and Python's byte transforms ("hex", "base64", "rot13",
"zlib", "idna"), are ignored like an unknown label, never decoded.
"""

from __future__ import annotations

import codecs
import re

import webencodings
from charset_normalizer import from_bytes

#: Byte-order marks (the only three browsers know: UTF-32 is not a web encoding).
BOMS = (
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

#: WHATWG encodings decoded with another Python codec than webencodings names: GBK's
#: decoder is gb18030's (a superset); x-user-defined (a trick for binary data, never an
#: article) is read as windows-1252.
CODECS = {"gbk": "gb18030", "x-user-defined": "cp1252"}
#: What a <meta> label cannot mean (the Encoding Standard's prescan): a page whose <meta>
#: was read as ASCII bytes is not UTF-16, and x-user-defined there is windows-1252.
META_ENCODINGS = {"utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "windows-1252"}
#: The "replacement" encoding (ISO-2022-KR, HZ...: labels used to smuggle markup past
#: filters): browsers decode the whole page to one U+FFFD.
REPLACEMENT = "replacement"
#: UTF-16 text without a BOM: its ASCII markup is half NUL bytes. A UTF-16 label on bytes
#: without any NUL in their start is a mistake, and the page is read as UTF-8.
UTF16_CODECS = frozenset({"utf-16-le", "utf-16-be"})
#: Names the detector gives that are WHATWG labels under another spelling.
DETECTED_LABELS = {
    "cp950": "big5",
    "shift_jis_2004": "shift_jis",
    "shift_jisx0213": "shift_jis",
    "euc_jis_2004": "euc-jp",
    "euc_jisx0213": "euc-jp",
}


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
        return _strip_bom(data.decode(bom, errors="replace"))
    for label, meta in ((http_charset, False), (_meta_charset(data), True)):
        encoding = _codec(label, meta)
        if encoding:
            return _strip_bom(_as_declared(data, encoding))
    return _detect(data)


def _as_declared(data: bytes, encoding: str) -> str:
    """The bytes in their declared charset, unless they contradict it (see
    ``MAX_INVALID_UTF8_SHARE`` and ``UTF16_CODECS``)."""
    if encoding == REPLACEMENT:
        return "\ufffd"
    if encoding in UTF16_CODECS and b"\x00" not in data[:PRESCAN_BYTES]:
        encoding = "utf-8"
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


def _codec(label: str | None, meta: bool = False) -> str | None:
    """The Python codec for a charset label read as the WHATWG Encoding Standard reads
    it (from a <meta> when ``meta``), or None when the label names no web encoding."""
    if not label:
        return None
    encoding = webencodings.lookup(label.strip().strip("\"'"))
    if encoding is None:
        return None
    name = META_ENCODINGS.get(encoding.name, encoding.name) if meta else encoding.name
    return _python_codec(name)


def _python_codec(name: str) -> str:
    """The Python codec that decodes the WHATWG encoding ``name``."""
    if name == REPLACEMENT or name in CODECS:
        return CODECS.get(name, name)
    return webencodings.lookup(name).codec_info.name


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
    return data.decode(_web_codec(encoding), errors="replace")


def _web_codec(detected: str) -> str:
    """The detector's guess as a web encoding (a Python codec), windows-1252 when it is
    none (UTF-7, EBCDIC and DOS code pages are not web encodings)."""
    label = DETECTED_LABELS.get(detected, detected)
    encoding = webencodings.lookup(label) or webencodings.lookup(label.replace("_", "-"))
    if encoding is not None and encoding.name != REPLACEMENT:
        return _python_codec(encoding.name)
    python_name = codecs.lookup(detected).name
    return python_name if python_name in _WEB_CODECS else DEFAULT_ENCODING


#: The Python codecs of the WHATWG encodings, for detector names spelt the Python way.
_WEB_CODECS = frozenset(
    codecs.lookup(_python_codec(webencodings.lookup(label).name)).name
    for label in webencodings.LABELS
    if webencodings.lookup(label).name != REPLACEMENT
)
