"""A named desk's collective byline ("the Lavazza Team") is the credit only when no place
names a person; an unnamed one ("Staff", "News Desk", "La rédaction") names nobody and is
rejected, as the quality issue asks (several languages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import desk_name, normalise_author, parse_byline
from presscut.extraction.metadata.read import read_metadata


@pytest.mark.parametrize(
    ("text", "desk"),
    [
        ("By the Lavazza Team", "the Lavazza Team"),
        ("EcoCult Staff", "EcoCult Staff"),
        ("Por el Equipo Verde", None),  # lower-case start after the lead-in
        ("Von Tagesspiegel Redaktion", "Tagesspiegel Redaktion"),
        # unnamed desks name nobody
        ("Staff", None),
        ("By News Desk", None),
        ("Written by Our Editors", None),
        ("Par La rédaction", None),
        ("Die Redaktion", None),
        ("Por la Redacción", None),
        ("A cura della Redazione", None),
        ("Von der Redaktion", None),
        ("Meet our team", None),  # a call to action
        ("Staff Writer", None),  # a job
        ("Admin", None),
        ("team@example.com", None),
    ],
)
def test_desk_name(text: str, desk: str | None) -> None:
    assert desk_name(text) == desk


def test_desk_is_no_person() -> None:
    assert normalise_author("News Desk") is None
    assert normalise_author("the Lavazza Team") is None
    byline = parse_byline("By the Lavazza Team")
    assert byline.authors == []
    assert byline.desks == ["the Lavazza Team"]
    assert parse_byline("By Staff").desks == []


def test_person_and_desk_in_one_byline_keeps_the_person() -> None:
    byline = parse_byline("By Jane Doe, the Lavazza Team")
    assert (byline.authors, byline.desks) == (["Jane Doe"], ["the Lavazza Team"])


def _authors(html: str) -> list[str]:
    return read_metadata(LexborHTMLParser(html), "https://example.com/a").authors


def test_named_desk_is_the_credit_when_no_person_is_named() -> None:
    html = """<html><head></head><body>
    <article><h1>Title</h1><p class="byline">By the Harbour Courier Team</p>
    <p>A long enough paragraph of the article's own text, more than two hundred characters
    so that the article element is the scope of the byline search, as it is on real pages
    where the article holds its byline and its body.</p></article></body></html>"""
    assert _authors(html) == ["the Harbour Courier Team"]


@pytest.mark.parametrize("desk", ["News Desk", "Staff", "La rédaction", "Redaktion"])
def test_unnamed_desk_is_no_author(desk: str) -> None:
    html = f"""<html><head><meta name="author" content="{desk}"></head><body>
    <article><h1>Title</h1><p class="byline">By {desk}</p>
    <p>A long enough paragraph of the article's own text, more than two hundred characters
    so that the article element is the scope of the byline search, as it is on real pages
    where the article holds its byline and its body.</p></article></body></html>"""
    assert _authors(html) == []


def test_person_in_a_later_place_wins_over_a_desk() -> None:
    html = """<html><head><meta name="author" content="Staff"></head><body>
    <article><h1>Titre</h1><p class="byline">Par Jeanne Dupont</p>
    <p>Un paragraphe assez long du texte de l'article, plus de deux cents caractères pour
    que l'élément article soit le lieu de la recherche de la signature, comme sur les
    vraies pages où l'article porte sa signature et son texte.</p></article></body></html>"""
    assert _authors(html) == ["Jeanne Dupont"]
