"""A newsroom's collective byline ("Staff", "News Desk", "the X Team") is the credit only
when no place names a person (several languages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extract.byline import desk_name, normalise_author, parse_byline
from presscut.extract.metadata import read_metadata


@pytest.mark.parametrize(
    ("text", "desk"),
    [
        ("Staff", "Staff"),
        ("By News Desk", "News Desk"),
        ("Written by Our Editors", "Our Editors"),
        ("By the Lavazza Team", "the Lavazza Team"),
        ("Par La rédaction", "La rédaction"),
        ("Von der Redaktion", None),  # "der Redaktion": lower-case start, not a desk's name
        ("Die Redaktion", "Die Redaktion"),
        ("Por la Redacción", "la Redacción"),
        ("A cura della Redazione", "Redazione"),
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
    byline = parse_byline("By Staff")
    assert byline.authors == []
    assert byline.desks == ["Staff"]


def test_person_and_desk_in_one_byline_keeps_the_person() -> None:
    byline = parse_byline("By Jane Doe, Staff")
    assert (byline.authors, byline.desks) == (["Jane Doe"], ["Staff"])


def _authors(html: str) -> list[str]:
    return read_metadata(LexborHTMLParser(html), "https://example.com/a").authors


def test_desk_byline_is_the_credit_when_no_person_is_named() -> None:
    html = """<html><head><meta name="author" content="News Desk"></head><body>
    <article><h1>Title</h1><p class="byline">By News Desk</p>
    <p>A long enough paragraph of the article's own text, more than two hundred characters
    so that the article element is the scope of the byline search, as it is on real pages
    where the article holds its byline and its body.</p></article></body></html>"""
    assert _authors(html) == ["News Desk"]


def test_person_in_a_later_place_wins_over_a_desk() -> None:
    html = """<html><head><meta name="author" content="Staff"></head><body>
    <article><h1>Titre</h1><p class="byline">Par Jeanne Dupont</p>
    <p>Un paragraphe assez long du texte de l'article, plus de deux cents caractères pour
    que l'élément article soit le lieu de la recherche de la signature, comme sur les
    vraies pages où l'article porte sa signature et son texte.</p></article></body></html>"""
    assert _authors(html) == ["Jeanne Dupont"]
