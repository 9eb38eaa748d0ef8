"""Names, not jobs or menus: a byline written as a sentence, a job after a dash, an
"Article written by" heading, and a "By ..." in the site's menu (several languages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.byline import normalise_author, parse_byline
from presscut.extraction.credit.page_bylines import element_bylines, opener_byline
from presscut.extraction.metadata.read import read_metadata


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("This post was written by Jane Doe, Head of Marketing and Sales", ["Jane Doe"]),
        ("This guide was written by Jane Doe and John Roe.", ["Jane Doe", "John Roe"]),
        ("Cet article a été rédigé par Jeanne Dupont, cheffe de projet", ["Jeanne Dupont"]),
        ("Este artículo fue escrito por Ana López, directora de Marketing", ["Ana López"]),
        ("Questo articolo è stato scritto da Marco Rossi, responsabile", ["Marco Rossi"]),
        ("Este artigo foi escrito por João Silva, gerente de Vendas", ["João Silva"]),
        ("Dieser Artikel wurde verfasst von Hans Müller, Leiter Marketing", ["Hans Müller"]),
    ],
)
def test_sentence_byline_names_only_the_people(text: str, authors: list[str]) -> None:
    assert parse_byline(text).authors == authors


def test_line_break_inside_a_text_is_no_new_line() -> None:
    tree = LexborHTMLParser(
        '<div class="author-bio">This post was written by Jane Doe,\n'
        "Head of Marketing and Community Development</div>"
    )
    assert [b.authors for b in element_bylines(tree.body)] == [["Jane Doe"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe - Author", "Jane Doe"),
        ("Jeanne Dupont – Rédactrice", "Jeanne Dupont"),
        ("Hans Müller — Redakteur", "Hans Müller"),
        ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("Reviewer", None),
    ],
)
def test_job_after_a_dash_is_dropped(text: str, name: str | None) -> None:
    assert normalise_author(text) == name


@pytest.mark.parametrize(
    "heading",
    ["Article written by:", "Article rédigé par", "Artículo escrito por", "Articolo scritto da"],
)
def test_article_written_by_heading_names_the_author(heading: str) -> None:
    tree = LexborHTMLParser(f"<main><h2>{heading}</h2><h3>Jane Doe, MD, FACP</h3></main>")
    assert opener_byline(tree.body).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "menu",
    [
        '<nav><p>BY USE CASE</p><a href="/x">Stop Churn</a></nav>',
        '<div class="dropdown-menu"><p>By Industry Type</p><a href="/x">Retail</a></div>',
        '<ul class="sub-menu"><li>Par Secteur Public</li></ul>',
    ],
)
def test_by_in_the_site_menu_is_no_byline(menu: str) -> None:
    tree = LexborHTMLParser(f"{menu}<article><h1>Title</h1><p>By Jane Doe</p></article>")
    assert opener_byline(tree.body).authors == ["Jane Doe"]


def _page_authors(article: str) -> list[str]:
    html = f"<html><body><main><h1>Title</h1>{article}</main></body></html>"
    return read_metadata(LexborHTMLParser(html), "https://example.com/a").authors


@pytest.mark.parametrize(
    ("team", "person"),
    [("By Team Example", "Written by Jane Doe"), ("Par Équipe Exemple", "Écrit par Jeanne Dupont")],
)
def test_a_later_by_naming_a_person_beats_a_team(team: str, person: str) -> None:
    article = f"<p>{team}</p><p>{'Text. ' * 60}</p><p>{person}</p>"
    assert _page_authors(article) == [person.split(" ", 2)[-1]]


def test_a_team_alone_stays_the_credit() -> None:
    assert _page_authors(f"<p>By Team Example</p><p>{'Text. ' * 60}</p>") == ["Team Example"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ('<div class="author-description">Licensed Coffee Grader, M.A. Journalism</div>', []),
        ('<p class="author__job">Gerente General Adjunta</p>', []),
        ('<div class="author-bio">Cet article a été rédigé par Jeanne Dupont, cheffe</div>',
         [["Jeanne Dupont"]]),
    ],
)  # fmt: skip
def test_a_note_on_the_author_is_no_name(note: str, expected: list[list[str]]) -> None:
    tree = LexborHTMLParser(f"<article>{note}</article>")
    assert [b.authors for b in element_bylines(tree.body)] == expected
