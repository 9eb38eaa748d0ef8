"""Bylines and author names, in several languages."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import (
    markup_byline,
    normalise_author,
    parse_byline,
    split_names,
)
from presscut.extraction.credit.page_bylines import element_bylines, link_byline, opener_byline


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("Written by: Jane Doe | Updated Sept. 4, 2025", ["Jane Doe"], None),
        ("By JANE DOE", ["Jane Doe"], None),
        ("Par Jeanne Dupont avec AFP", ["Jeanne Dupont"], "AFP"),
        ("Par Jeanne Dupont, envoyée spéciale à Kyiv", ["Jeanne Dupont"], None),
        ("Par Jeanne Dupont et Paul Martin. Publié le 4 septembre 2025", None, None),
        ("Von Hans Müller und Eva Schmidt, dpa", ["Hans Müller", "Eva Schmidt"], "dpa"),
        ("Von Hans Müller, aktualisiert am 04.09.2025", ["Hans Müller"], None),
        ("Por María García (EFE)", ["María García"], "EFE"),
        ("Por María García y José Pérez", ["María García", "José Pérez"], None),
        ("Di Marco Rossi", ["Marco Rossi"], None),
        ("Por João Silva e Ana Costa", ["João Silva", "Ana Costa"], None),
        ("Reuters", [], "Reuters"),
        ("AFP", [], "AFP"),
        ("Email the author", [], None),
        ("Dylan Bailey, MS, RD, FAND", ["Dylan Bailey"], None),
        ("Marna van der Merwe", ["Marna van der Merwe"], None),
        ("Dec. 19, 2025 · Nina Kovacs on behalf of the Docs group", ["Nina Kovacs"], None),
        ("12 mars 2025 - Jeanne Dupont", ["Jeanne Dupont"], None),
        ("Jane Doe, Dec 3, 2025", ["Jane Doe"], None),
        ("Posted by David Bau at December 16, 2025 11:15 AM", ["David Bau"], None),
        ("Posted by Ana Costa at 11:15 AM", ["Ana Costa"], None),
        ("Jane Doe at Reuters", ["Jane Doe at Reuters"], None),  # "at" before no date stays
    ],
)
def test_parse_byline(text: str, authors: list[str] | None, source: str | None) -> None:
    byline = parse_byline(text)
    if authors is None:  # the French case with a date: both names, nothing of the date
        assert byline.authors == ["Jeanne Dupont", "Paul Martin"]
    else:
        assert byline.authors == authors
    assert byline.source == source


@pytest.mark.parametrize(
    "text",
    ["Staff", "Admin", "https://example.com/jane", "jane@example.com", "Follow us on Twitter",
     "page.head.author", "NB", "@janedoe", "Senior Correspondent", "La rédaction",
     "NOC Admin", "Site Administrator"],
)  # fmt: skip
def test_non_names_are_rejected(text: str) -> None:
    assert normalise_author(text) is None


def test_credentials_stay_with_the_name_they_follow() -> None:
    assert split_names("Jane Doe, MD, PhD, and John Roe") == ["Jane Doe", "John Roe"]


def _body(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


def test_byline_element_stops_at_the_job_title() -> None:
    tree = _body('<div class="author-box"><span>Matt Check</span><span>Head Winemaker</span></div>')
    assert [b.authors for b in element_bylines(tree.body)] == [["Matt Check"]]


def test_byline_element_with_two_linked_names() -> None:
    tree = _body(
        '<p class="byline">By <a href="/a/1">Adrien Ramirez</a> and '
        '<a href="/a/2">Joanna Nelius</a></p>'
    )
    assert element_bylines(tree.body)[0].authors == ["Adrien Ramirez", "Joanna Nelius"]


def test_comment_authors_are_not_bylines() -> None:
    tree = _body('<div class="comments"><span class="comment-author">Jiobal</span></div>')
    assert element_bylines(tree.body) == []


def test_author_page_link() -> None:
    tree = _body('<p>Filed under <a href="/authors/emily-walker/">Emily Walker</a></p>')
    assert link_byline(tree.body).authors == ["Emily Walker"]


def test_visible_by_then_name_in_next_element() -> None:
    tree = _body("<h1>Title</h1><p>Written by</p><p>Edzel Tabing</p><p>Text.</p>")
    assert opener_byline(tree.body).authors == ["Edzel Tabing"]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    tree = _body("<p>By submitting this form you agree to our terms.</p>")
    assert opener_byline(tree.body).authors == []


def test_heading_then_name_in_a_page_builder_widget() -> None:
    tree = _body(
        '<article><h1>Título</h1><div class="elementor-widget"><h2>Autor</h2>'
        "<div>Ana Costa</div></div><p>Texto.</p></article>"
    )
    assert opener_byline(tree.body).authors == ["Ana Costa"]


def test_sidebar_author_lists_are_not_bylines() -> None:
    tree = _body('<div class="sidebar"><p class="author">Jean Martin</p></div>')
    assert element_bylines(tree.body) == []


def test_an_organisation_name_is_not_split_on_and() -> None:
    assert split_names("Center for Drug Evaluation and Research") == [
        "Center for Drug Evaluation and Research"
    ]
    assert split_names("Jane Doe and John Roe") == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    ("written", "author"),
    [
        (
            "Claight Corporation (Expert Market Research)",
            "Claight Corporation (Expert Market Research)",
        ),
        ("Instituto Nacional [INE]", "Instituto Nacional [INE]"),
        ("(Jane Doe)", "Jane Doe"),  # brackets around the whole name go
    ],
)
def test_a_bracket_the_name_opens_keeps_its_closing_bracket(written: str, author: str) -> None:
    assert markup_byline([(written, True)]).authors == [author]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (  # a category beside the date, no person
            '<span class="byline__date">March 20, 2023</span> | <span class="byline__category">'
            '<a href="/wellness">Wellness &amp; Prevention</a></span>',
            [],
        ),
        (  # fr: a WordPress category link after the author
            'Par Claire Martin · <a rel="category tag" href="/c/sante">Santé Publique</a>',
            ["Claire Martin"],
        ),
        (  # de: a topic label
            'Von Jonas Weber <span class="topic">Politik Inland</span>',
            ["Jonas Weber"],
        ),
    ],
)
def test_a_bylines_categories_are_no_authors(byline: str, authors: list[str]) -> None:
    tree = _body(f'<article><h1>Headline</h1><div class="byline">{byline}</div></article>')
    found = element_bylines(tree.body)
    assert [a for b in found for a in b.authors] == authors
