"""Bytes to text: BOM, HTTP charset, <meta charset>, then detection."""

from __future__ import annotations

import codecs

import pytest

from presscut import extract
from presscut.extraction.page.decode import decode_html

from ..pages import PROSE, page

FRENCH = "<html><body><p>Élève, café, déjà vu, où êtes-vous ?</p></body></html>"


def test_utf8_without_declaration() -> None:
    assert "Élève" in decode_html(FRENCH.encode("utf-8"))


def test_windows_1252_without_declaration_keeps_accents() -> None:
    text = decode_html((FRENCH + "<p>L’été « chaud » – déjà.</p>").encode("cp1252"))
    assert "Élève, café, déjà vu, où êtes-vous ?" in text
    assert "L’été « chaud » – déjà." in text


def test_meta_charset_is_honoured() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head>' + FRENCH[6:]
    assert "où êtes-vous" in decode_html(html.encode("latin-1"))


def test_http_equiv_content_type() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>Grüße aus Köln</p></body></html>"
    )
    assert "Grüße aus Köln" in decode_html(html.encode("cp1252"))


def test_http_charset_beats_meta() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>Señor Núñez</p></body></html>'
    assert "Señor Núñez" in decode_html(html.encode("latin-1"), http_charset="ISO-8859-1")


def test_bom_beats_everything() -> None:
    data = codecs.BOM_UTF8 + '<meta charset="latin-1"><p>Ação</p>'.encode()
    text = decode_html(data, http_charset="latin-1")
    assert "Ação" in text
    assert not text.startswith("\ufeff")


def test_utf16_with_bom() -> None:
    assert "Cañón" in decode_html("<p>Cañón</p>".encode("utf-16"))


def test_unknown_charset_label_falls_back_to_detection() -> None:
    html = '<meta charset="x-no-such-charset"><p>Crème brûlée</p>'
    assert "Crème brûlée" in decode_html(html.encode("utf-8"))


def test_invalid_bytes_never_raise() -> None:
    assert isinstance(decode_html(b"\xff\xfe\xfa<p>\x80\x81 broken</p>" * 10), str)


def test_extract_decodes_bytes_with_the_http_charset() -> None:
    data = page("fr").encode("latin-1", errors="replace").replace(b' charset="utf-8"', b"")
    article = extract(data, encoding="iso-8859-1")
    assert article.body is not None
    assert article.body.split("\n\n")[0] == PROSE["fr"][0]


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(32)) * 64 + b"stream\x00\x01\x02",
        b"%PDF-1.7\n\x00\x01\x02\x03 binary data \xff\xfe",
    ],
)
def test_binary_bytes_are_not_read_as_a_page(data: bytes) -> None:
    article = extract(data, url="https://example.com/report.pdf")
    assert article.error is not None and article.error.type == "unsupported_content"
    assert article.body is None


def test_utf16_pages_hold_nul_bytes_and_are_still_text() -> None:
    text = (
        "<html><body><article><h1>Nachtbusse</h1><p>"
        + "Der Stadtrat hat am Dienstag beschlossen. " * 8
    )
    article = extract(("\ufeff" + text + "</p></article></body></html>").encode("utf-16-le"))
    assert article.error is None and "Stadtrat" in (article.body or "")


GERMAN = "<html><body><p>Grüße aus Köln – die Straßenbahn fährt wieder.</p></body></html>"


@pytest.mark.parametrize("label", ["ISO-8859-1", "windows-1252", "latin2"])
def test_utf8_bytes_labelled_latin_are_read_as_utf8(label: str) -> None:
    # a server's default charset header on a UTF-8 page: no "GrÃ¼ÃŸe"
    assert "Grüße aus Köln – die Straßenbahn" in decode_html(GERMAN.encode(), http_charset=label)


def test_utf8_bytes_with_a_latin_meta_charset_are_read_as_utf8() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head>' + FRENCH[6:]
    assert "Élève, café, déjà vu" in decode_html(html.encode("utf-8"))


@pytest.mark.parametrize("where", ["http", "meta"])
def test_latin_bytes_labelled_utf8_are_detected(where: str) -> None:
    html = '<html><head><meta charset="utf-8"></head>' + FRENCH[6:] if where == "meta" else FRENCH
    charset = "utf-8" if where == "http" else None
    text = decode_html(html.encode("cp1252"), http_charset=charset)
    assert "Élève, café, déjà vu, où êtes-vous ?" in text
    assert "\ufffd" not in text


def test_one_stray_byte_in_a_utf8_page_keeps_utf8() -> None:
    data = GERMAN.encode() * 3 + b"<p>broken \xff byte</p>"
    text = decode_html(data, http_charset="utf-8")
    assert text.count("Grüße aus Köln") == 3
    assert "broken \ufffd byte" in text
