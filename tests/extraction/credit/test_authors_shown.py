"""The markup's author against the byline the reader sees: the visible byline wins only
when the markup's person appears nowhere in the page and the visible one is no reviewer."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.authors import _login_of, _same_person
from presscut.extraction.metadata.read import read_metadata

FILLER = (
    "<p>A paragraph of the article long enough for the article element to be the scope "
    "of the byline search, as it is on real pages where the article holds its byline "
    "and its body, well over two hundred characters of text in all.</p>"
)


def _authors(meta_author: str, article: str) -> list[str]:
    html = (
        f'<html><head><meta name="author" content="{meta_author}"></head><body>'
        f"<article><h1>Title</h1>{article}{FILLER}</article></body></html>"
    )
    return read_metadata(LexborHTMLParser(html), "https://example.com/a").authors


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<p class="byline">By Paul Martin</p>', ["Paul Martin"]),
        ('<p class="byline">Par Paul Martin</p>', ["Paul Martin"]),
        ('<p class="byline">Von Paul Martin</p>', ["Paul Martin"]),
        ('<p class="byline">Written by the Example Team</p>', ["the Example Team"]),
    ],
)
def test_visible_byline_wins_over_an_unseen_markup_author(byline: str, expected: list[str]) -> None:
    assert _authors("Jane Uploader", byline) == expected


def test_markup_author_seen_in_the_page_stays() -> None:
    article = '<p class="byline">By Paul Martin</p><p>Jane Uploader reports.</p>'
    assert _authors("Jane Uploader", article) == ["Jane Uploader"]


@pytest.mark.parametrize(
    "label", ["Reviewed by:", "Medically reviewed by", "Relu par", "Geprüft von", "Revisado por"]
)
def test_a_reviewer_never_overrides_the_markup(label: str) -> None:
    article = f'<p>{label} Paul Martin, MD</p><p class="author-name">Paul Martin</p>'
    assert _authors("Jane Uploader", article) == ["Jane Uploader"]


@pytest.mark.parametrize("label", ["Reviewed by:", "Relu par", "Revisado por"])
def test_a_reviewer_line_names_no_author(label: str) -> None:
    assert _authors("Jane Uploader", f'<p class="byline">{label} Paul Martin</p>') == [
        "Jane Uploader"
    ]


def test_a_login_is_the_same_person_as_the_full_name() -> None:
    assert _same_person("jdoe", "Jane Doe")
    assert _same_person("Jane Doe", "janedoe")
    assert _login_of("j.doe", "jane doe")
    assert not _login_of("jroe", "jane doe")
    assert not _same_person("Paul Martin", "Jane Doe")
