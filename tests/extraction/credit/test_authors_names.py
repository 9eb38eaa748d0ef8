"""Cleaner names: escaped markup, citation tags written surname first, a label beside
the name in an author link, a job title after the name, one person with or without an
initial (several languages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.authors import _first_name_first, _same_person
from presscut.extraction.credit.byline import markup_byline, parse_byline, parse_lines
from presscut.extraction.credit.page_bylines import link_byline
from presscut.extraction.metadata.read import read_metadata


def test_escaped_ampersand_in_markup_splits_two_people() -> None:
    assert markup_byline([("Maria &amp; Katerina", False)]).authors == ["Maria", "Katerina"]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Roy, Aniruddha", "Aniruddha Roy"),
        ("Müller, Hans P.", "Hans P. Müller"),
        ("Jane Doe", "Jane Doe"),
        ("Doe, Jane, Roe, John", "Doe, Jane, Roe, John"),
    ],
)
def test_citation_names_are_turned_round(value: str, name: str) -> None:
    assert _first_name_first(value) == name


def test_citation_author_tags_give_first_names_first() -> None:
    html = """<html><head><meta name="citation_author" content="García, Ana">
    <meta name="citation_author" content="Dupont, Jeanne"></head><body></body></html>"""
    meta = read_metadata(LexborHTMLParser(html), "https://example.com/a")
    assert meta.authors == ["Ana García", "Jeanne Dupont"]


@pytest.mark.parametrize("label", ["Author Posts", "Voir ses articles", "Alle Beiträge"])
def test_label_beside_the_name_in_an_author_link(label: str) -> None:
    tree = LexborHTMLParser(
        f'<div><a href="/author/jane-doe/"><span>Jane Doe</span><span>{label}</span></a></div>'
    )
    assert link_byline(tree.body).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["By", "Jane Doe", ",", "WCI Columnist"], ["Jane Doe"]),
        (["Par", "Jeanne Dupont", ",", "Chroniqueuse"], ["Jeanne Dupont"]),
        (["Von", "Hans Müller", ",", "Gastkolumnist"], ["Hans Müller", "Gastkolumnist"]),
        (["SFist Contributor"], ["SFist Contributor"]),  # alone: the page's credit
    ],
)
def test_job_title_after_the_name(lines: list[str], authors: list[str]) -> None:
    assert parse_lines(lines).authors == authors


def test_job_title_after_a_comma_is_no_person() -> None:
    assert parse_byline("Por Ana López, Columnista Invitada").authors == ["Ana López"]
    assert parse_byline("By Jane Doe, Forbes Contributor").authors == ["Jane Doe"]


def test_more_about_is_a_lead_in() -> None:
    assert parse_byline("More about Jane Doe").authors == ["Jane Doe"]


def test_same_person_with_or_without_an_initial() -> None:
    assert _same_person("Jeff T. Kaufman", "Jeff Kaufman")
    assert not _same_person("Jeff Kaufman", "Jeff Bezos")
    assert not _same_person("Jane A. Doe", "Jane Roe")
