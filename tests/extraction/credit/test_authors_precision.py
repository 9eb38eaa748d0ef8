"""Author precision: `credit.authors` holds a person's name or a named organisation, never
a place, a label, a placeholder, a font, markup, a URL or an editor's initials; names keep
their middle initials. Cases from the issue's list of authors found over real pages."""

from __future__ import annotations

import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import markup_byline, normalise_author, parse_byline
from presscut.extraction.metadata.read import read_metadata


@pytest.mark.parametrize(
    "text",
    [
        "Germany",
        "Hamburg",
        "New York",
        "Eingestellt von",
        "Źródło",
        "publisher",
        "No Author",
        "to Wikimedia projects",
        "Open Sans Regular",
        "Roboto Sans Bold",
        "Redacción",
        "red",
        "<a href=",
        'hreflang="pl">Mateusz Gniazdowski<',
        "a>",
        "https",
        "Fotos: EL HERALDO",
        "Datum",
        "Co. KG - all rights reserved",
        "Show All Articles Of",
        "so",
    ],
)
def test_not_a_name(text: str) -> None:
    assert normalise_author(text) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Sarah E. Needleman", ["Sarah E. Needleman"]),
        ("By Ana Y. Pérez", ["Ana Y. Pérez"]),
        ("Glen Owen And Brendan Carlin", ["Glen Owen", "Brendan Carlin"]),
        ("Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]),
        ("Jane Doe, London", ["Jane Doe"]),
        ("Eingestellt von Anna Berg", ["Anna Berg"]),
        ("Erstellt von Andri Bryner", ["Andri Bryner"]),
        ("Autor/in: Korinna Hennig", ["Korinna Hennig"]),
        ("Author: Julia Hitz (eg)", ["Julia Hitz"]),
        ("Williams Perdomo @wperdomod", ["Williams Perdomo"]),
        ("Door Jan de Vries", ["Jan de Vries"]),
        ("Autor: Jan Kowalski", ["Jan Kowalski"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
    ],
)
def test_byline_names(text: str, authors: list[str]) -> None:
    assert parse_byline(text).authors == authors


def test_markup_name_with_a_link_is_the_link_text() -> None:
    found = [
        ('<a href="/pl/eksperci/mateusz-gniazdowski" hreflang="pl">Mateusz Gniazdowski</a>', False),
        ('<a href="/pl/eksperci/martyna-wasiuta" hreflang="pl">Martyna Wasiuta</a>', False),
    ]
    assert markup_byline(found).authors == ["Mateusz Gniazdowski", "Martyna Wasiuta"]


def _authors(head: str, body: str = "") -> list[str]:
    page = f"<html><head>{head}</head><body><article><h1>T</h1>{body}</article></body></html>"
    return read_metadata(LexborHTMLParser(page), "https://example.com/a").authors


def test_jsonld_person_keeps_middle_initial() -> None:
    ld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Sarah E. Needleman"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    shown = "<p>Sarah E. Needleman writes about games.</p>"  # shown on the page too
    assert _authors(head, shown) == ["Sarah E. Needleman"]


def test_meta_author_with_an_address_gives_no_place() -> None:
    head = (
        '<meta property="og:site_name" content="SPIEGEL ONLINE">'
        '<meta name="author" content="SPIEGEL ONLINE, Hamburg, Germany">'
    )
    assert not {"Hamburg", "Germany"} & set(_authors(head))


def test_desk_word_left_after_the_site_name_keeps_the_desk_whole() -> None:
    head = '<meta property="og:site_name" content="Diario Pagina Siete">'
    body = '<div class="autor">Por Redacción Diario Pagina Siete</div>'
    assert "Redacción" not in _authors(head, body)


def _jsonld_page(author: str, shown: str = "") -> str:
    data = json.dumps({"@type": "NewsArticle", "author": {"@type": "Person", "name": author}})
    return (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>'
        f"<article><h1>Title</h1>{shown}<p>Text of the article, long enough.</p></article>"
        "</body></html>"
    )


def test_a_jsonld_author_named_nowhere_else_is_no_credit() -> None:
    # a CMS account or a template's default: the page shows no such name
    assert read_metadata(LexborHTMLParser(_jsonld_page("Henry Tauber")), None).authors == []
    shown = _jsonld_page("Henry Tauber", "<p class='byline'>By Henry Tauber</p>")
    assert read_metadata(LexborHTMLParser(shown), None).authors == ["Henry Tauber"]
    alt = _jsonld_page("Henry Tauber", "<img src='/a.jpg' alt='Henry Tauber'>")
    assert read_metadata(LexborHTMLParser(alt), None).authors == ["Henry Tauber"]


def test_a_jsonld_author_hidden_behind_a_visible_byline() -> None:
    page = _jsonld_page("Jannik Westerkamp", "<p class='byline'>Von Jane Roe</p>")
    assert read_metadata(LexborHTMLParser(page), None).authors == ["Jane Roe"]


@pytest.mark.parametrize("company", ["wegewerk GmbH", "SmartEtailing Inc", "FLVW.de"])
def test_a_company_or_domain_is_no_fallback_author(company: str) -> None:
    head = f'<meta name="author" content="{company}">'
    assert _authors(head, "<p>Text of the article, long enough to read.</p>") == []


def test_a_named_organisation_is_still_a_fallback_author() -> None:
    head = '<meta name="author" content="Deutscher Tennis Bund">'
    assert _authors(head, "<p>Text.</p>") == ["Deutscher Tennis Bund"]


def test_a_first_name_alone_is_completed_from_the_persons_description() -> None:
    ld = {
        "@type": "BlogPosting",
        "author": {
            "@type": "Person",
            "name": "Stefanus",
            "description": "Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.",
        },
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    bio = "<p>Stefanus Stahl - Maschinenbauer, Abenteurer und Projektleiter.</p>"
    assert _authors(head, bio) == ["Stefanus Stahl"]
    ld["author"]["description"] = "Stefanus fährt seit 2002 Mountainbike."  # no surname
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert _authors(head, "<p>Von Stefanus</p>") == ["Stefanus"]
