"""An author's card without byline markup: a portrait whose alt text is the name
written beside it (several languages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.author_cards import portrait_byline
from presscut.extraction.credit.byline import Byline
from presscut.extraction.metadata.read import read_metadata

TEXT = "<p>" + "A paragraph of the article's own text. " * 8 + "</p>"


def _card(html: str) -> list[str]:
    tree = LexborHTMLParser(f"<article><h1>Title</h1>{TEXT}{html}</article>")
    return portrait_byline(tree.body, lambda byline: True).authors


@pytest.mark.parametrize(
    "card",
    [
        '<p><img src="/img/profile/jane.png" alt="Jane Doe"></p><p><strong>Jane Doe</strong>'
        " <em>Writer in Leeds</em></p>",
        '<div><div><img class="avatar" alt="Jane Doe"></div><h3>Jane Doe</h3><p>Bio.</p></div>',
        '<a title="Jane Doe"><img class="rounded-full" alt="Jane Doe"><div>Jane Doe</div></a>',
    ],
)
def test_portrait_beside_its_name(card: str) -> None:
    assert _card(card) == ["Jane Doe"]


@pytest.mark.parametrize(
    "card",
    [
        # an icon or illustration, not a portrait, even when its alt is the heading
        '<li><img src="/icons/lock.svg" alt="Hardware Security"><h3>Hardware Security</h3></li>',
        # a portrait whose name is written nowhere beside it
        '<div><img class="avatar" alt="Jane Doe"></div><p>Some other text.</p>',
    ],
)
def test_no_card(card: str) -> None:
    assert _card(card) == []


def test_unwanted_card_is_skipped_for_the_next() -> None:
    html = (
        f'<article>{TEXT}<div><img class="avatar" alt="Paul Martin"><b>Paul Martin</b></div>'
        '<div><img class="avatar" alt="Jeanne Dupont"><b>Jeanne Dupont</b></div></article>'
    )
    tree = LexborHTMLParser(html)
    wanted = lambda byline: byline.authors != ["Paul Martin"]  # noqa: E731
    assert portrait_byline(tree.body, wanted) == Byline(["Jeanne Dupont"])


@pytest.mark.parametrize("label", ["Fact checked by", "Relu par", "Revisado por"])
def test_reviewer_card_names_no_author(label: str) -> None:
    html = (
        f"<html><body><article><h1>Title</h1>{TEXT}<p>{label} Paul Martin</p>"
        '<div><img class="avatar" alt="Paul Martin"><b>Paul Martin</b></div></article>'
        "</body></html>"
    )
    assert read_metadata(LexborHTMLParser(html), "https://example.com/a").authors == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            '<p>Dec 26, 2025 • <img class="avatar avatar-xs" src="/g/1.png"> Mahua Das in '
            '<a href="/c/pm">Guides</a></p>',
            ["Mahua Das"],
        ),
        (
            '<p><img class="avatar" src="/a.png"> Jeanne Dupont dans <a href="/c">Éco</a></p>',
            ["Jeanne Dupont"],
        ),
        ('<p><img class="avatar" src="/a.png"> posted in <a href="/c">News</a></p>', []),
        ('<p><img class="avatar" src="/a.png"> Guides</p>', []),  # one word: no full name
    ],
)
def test_a_portrait_without_alt_text_is_named_by_the_words_after_it(
    line: str, name: list[str]
) -> None:
    assert _card(line) == name


def test_a_portrait_line_outside_the_article_element_is_still_the_byline() -> None:
    html = f"""<html><body><header><h1>Project software costs</h1>
    <p>Dec 26, 2025 <img class="avatar" src="/g/1.png"> Mahua Das in <a href="/c">Guides</a></p>
    </header><main>{TEXT * 2}</main></body></html>"""
    meta = read_metadata(LexborHTMLParser(html), "https://example.com/a")
    assert meta.authors == ["Mahua Das"]
