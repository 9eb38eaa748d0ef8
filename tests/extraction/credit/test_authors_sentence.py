"""A byline written as a sentence at the top of the article's text ("This post was
written by <a>Jane Doe, MD</a>, gastroenterologist"), in six languages."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.page_bylines import opener_byline
from presscut.extraction.metadata.read import read_metadata


def _body(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


@pytest.mark.parametrize(
    ("html", "name"),
    [
        (
            '<p><em>This post was written by <a href="/find/jane-doe">Jane Doe, MD</a>, '
            "gastroenterologist, Example Health.</em></p>",
            "Jane Doe",
        ),
        (
            '<p>Cet article a été rédigé par <a href="/x">Jeanne Dupont</a>, diététicienne.</p>',
            "Jeanne Dupont",
        ),
        ("<p>Dieser Beitrag wurde verfasst von <b>Hans Müller</b>.</p>", "Hans Müller"),
        ("<p>Questo articolo è stato scritto da <strong>Marco Rossi</strong>.</p>", "Marco Rossi"),
        ('<p>Este artículo fue escrito por <a href="/y">Ana López</a>.</p>', "Ana López"),
        (
            "<p>Este artigo foi escrito por <a href='/z'>João Silva</a>, nutricionista.</p>",
            "João Silva",
        ),
    ],
)
def test_a_sentence_byline_names_the_author(html: str, name: str) -> None:
    tree = _body(f"<main><h1>Title</h1>{html}<p>{'Some text of the article. ' * 10}</p></main>")
    assert opener_byline(tree.body).authors == [name]
    assert read_metadata(tree, None).authors == [name]


def test_a_sentence_byline_in_one_text() -> None:
    tree = _body("<p>This article was written by Jane Doe, a nurse at Example Clinic.</p>")
    assert opener_byline(tree.body).authors == ["Jane Doe"]


def test_the_same_words_inside_a_sentence_are_no_byline() -> None:
    for text in (
        "Last year this post was written by Jane Doe for another site.",
        "This guide was written by hand over many weekends.",
        "The book was written by Jane Doe in 1921.",
    ):
        assert opener_byline(_body(f"<p>{text}</p>").body).authors == [], text


@pytest.mark.parametrize(
    ("opener", "name"),
    [
        ("Written by", "Eliz"),
        ("Écrit par", "Hélène"),
        ("Geschrieben von", "Jürgen"),
        ("Escrito por", "Lucía"),
        ("Scritto da", "Giulia"),
    ],
)
def test_one_word_after_written_by_is_a_name(opener: str, name: str) -> None:
    tree = _body(
        f'<div class="meta"><span>{opener}</span> <span class="bold">{name}</span> '
        "<span>- Product marketer</span></div>"
    )
    assert opener_byline(tree.body).authors == [name]


def test_one_word_after_by_is_no_name() -> None:
    for opener, word in (("By", "Category"), ("Par", "Catégorie"), ("Von", "Heute")):
        tree = _body(f"<div><span>{opener}</span> <span>{word}</span></div>")
        assert opener_byline(tree.body).authors == [], opener
