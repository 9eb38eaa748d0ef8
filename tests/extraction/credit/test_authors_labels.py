"""Labels that stand beside a name and are no author: an interview's label before the
interviewer, a photo's credit ("zvg", a "media-license-author" element), a section's name
before the site's ("Noticias El Comercio")."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import normalise_author, parse_byline
from presscut.extraction.metadata.read import read_metadata


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Interview: Jens Bergmann", ["Jens Bergmann"]),
        ("Interview von Sven Michaelsen", ["Sven Michaelsen"]),
        ("Interviewed by Jane Doe", ["Jane Doe"]),
        ("Propos recueillis par Marie Dupont", ["Marie Dupont"]),
    ],
)
def test_an_interviews_label_is_no_part_of_the_name(text: str, authors: list[str]) -> None:
    assert parse_byline(text).authors == authors


@pytest.mark.parametrize("text", ["zvg", "ZVG", "z.V.g.", "zur Verfügung gestellt"])
def test_a_handed_out_photos_credit_is_no_name(text: str) -> None:
    assert normalise_author(text) is None


def _authors(head: str, body: str) -> list[str]:
    page = f"<html><head>{head}</head><body><article><h1>T</h1>{body}</article></body></html>"
    return read_metadata(LexborHTMLParser(page), "https://example.com/a").authors


def test_a_photos_license_author_is_not_the_articles() -> None:
    figure = (
        "<p><img src='/a.jpg'><span class='media-license-info'>&copy; </span>"
        "<span class='media-license-author'>Anna Weber</span></p>"
        "<p>Text of the article, long enough to read.</p>"
    )
    assert _authors("", figure) == []
    byline = "<p class='author'>Von Jan Roth</p>"
    assert _authors("", byline + figure) == ["Jan Roth"]


def test_a_section_before_the_site_name_names_no_one() -> None:
    head = (
        '<meta property="og:site_name" content="El Comercio">'
        '<meta name="author" content="Noticias El Comercio">'
    )
    assert "Noticias" not in _authors(head, "<p>Text of the article, long enough.</p>")


def _page_authors(body: str) -> list[str]:
    page = (
        f"<html><body><main><h1>Title</h1>{body}<p>{'Text of it. ' * 30}</p></main></body></html>"
    )
    return read_metadata(LexborHTMLParser(page), "https://example.org/a").authors


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("<p class='text-muted'>11.12.2019 - Amelie Loevenich</p>", "Amelie Loevenich"),
        ("<span>25.10.2022 – Reiner Nagel</span>", "Reiner Nagel"),
        ("<p>Blog Beitrag von Margarita Koreneva</p>", "Margarita Koreneva"),
        ("<p>Ein Gastbeitrag von Hans Weber</p>", "Hans Weber"),
    ],
)
def test_a_dated_or_contributed_byline_names_the_author(line: str, author: str) -> None:
    assert _page_authors(line) == [author]


@pytest.mark.parametrize(
    "line",
    [
        "<p>05.02.2020 - Neue Regeln für Schulen</p>",  # a dated headline, lower-case words
        "<p>12.12.2012 - Pressemitteilung</p>",  # one word
        "<p>11.12.2019 - Amelie Loevenich berichtet aus Bonn</p>",  # more than the name
    ],
)
def test_a_dated_line_that_is_no_name_is_no_byline(line: str) -> None:
    assert _page_authors(line) == []


def test_a_customers_testimonial_is_no_byline() -> None:
    quotes = (
        "<div class='row testimonial-collection'><div class='testimonial-container'>"
        "<p>Sehr zufrieden mit der Beratung.</p>"
        "<div class='row testimonial-author'>Kundin Anna Keller</div></div></div>"
    )
    assert _page_authors(quotes) == []


def test_a_teasers_byline_inside_the_article_is_not_the_articles() -> None:
    page = (
        "<html><body><article class='entry'><h1>Title</h1>"
        f"<p>{'Text of it. ' * 30}</p>"
        "<aside class='entry__related'><article class='entry'><h2>Other story</h2>"
        "<span class='entry__author'>Valeria Rossi</span></article></aside>"
        "</article></body></html>"
    )
    assert read_metadata(LexborHTMLParser(page), "https://example.org/a").authors == []
    own = page.replace("<h1>Title</h1>", "<h1>Title</h1><p class='author'>Di Marco Bianchi</p>")
    assert read_metadata(LexborHTMLParser(own), "https://example.org/a").authors == [
        "Marco Bianchi"
    ]


def test_a_registered_association_is_no_author_and_the_byline_wins() -> None:
    head = '<meta name="author" content="Bund der Energieverbraucher e.V.">'
    body = "<h5><em>Von Leonora Holling</em></h5><p>Text of the article, long enough.</p>"
    assert _authors(head, body) == ["Leonora Holling"]
    assert _authors(head, "<p>Text of the article, long enough.</p>") == []


def test_a_header_hcard_linking_home_names_the_site_not_the_author() -> None:
    page = (
        "<html><body><div id='header'><h1 class='vcard author'>"
        "<a href='http://blog.example.de/' title='Home' class='fn'>Krimi-Archiv</a></h1></div>"
        "<div class='post'><h2>Title</h2>"
        "<h4 class='vcard author'>vom <span class='fn'>Krimiblogger</span></h4>"
        f"<p>{'Text of it. ' * 30}</p></div></body></html>"
    )
    assert read_metadata(LexborHTMLParser(page), "http://blog.example.de/?p=1").authors == [
        "Krimiblogger"
    ]
