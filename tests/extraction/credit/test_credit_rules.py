"""Credit rules: source lines, photo credits and bylines move out of the body."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block
from presscut.extraction.credit.lines import (
    caption_credit,
    dateline_source,
    element_credit,
    image_credit_line,
    source_line,
)

from ..pages import PROSE, numbered, page


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("France 24", "France 24"),
        ("(AFP)", "AFP"),
        ("avec AFP", "AFP"),
        ("Avec AFP", "AFP"),
        ("— Reuters", "Reuters"),
        ("dpa", "dpa"),
        ("(EFE)", "EFE"),
        ("con EFE", "EFE"),
        ("Fonte: ANSA", "ANSA"),
        ("Source : Le Monde", "Le Monde"),
        ("Quelle: dpa, Reuters", "dpa, Reuters"),
        ("AFP/Reuters", "AFP/Reuters"),
    ],
)
def test_source_lines(line: str, source: str) -> None:
    found = source_line(line)
    assert found is not None and found[1] == source


@pytest.mark.parametrize(
    "line",
    [
        "The AFP reported that the minister resigned on Tuesday evening.",
        "Thank you for reading.",
        "dpa-Meldung vom Montag zeigt, dass die Lage sich entspannt hat und die Stadt plant.",
        "ap",  # agencies are matched as written: "ap" is not the Associated Press
    ],
)
def test_sentences_are_not_source_lines(line: str) -> None:
    assert source_line(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("©AHMAD AL-RUBAYE / AFP", "AHMAD AL-RUBAYE / AFP"),
        ("© Getty Images", "Getty Images"),
        ("Photo: Jane Smith/Reuters", "Jane Smith/Reuters"),
        ("Crédit photo : Ludovic Marin / AFP", "Ludovic Marin / AFP"),
        ("Foto: Sina Schuldt/dpa", "Sina Schuldt/dpa"),
        ("Imagen: EFE", "EFE"),
        ("LUDOVIC MARIN / AFP", "LUDOVIC MARIN / AFP"),
        ("Featured image by Jane Doe for The Courier", "Jane Doe for The Courier"),
        ("Photo courtesy of the City of Toulon", "the City of Toulon"),
        ("Illustrations: Tim Carter", "Tim Carter"),
        ("Illustration by Ana Costa", "Ana Costa"),
        ("Illustration : Jeanne Dupont", "Jeanne Dupont"),
        ("Ilustración: María García", "María García"),
        ("Illustrazione: Marco Rossi", "Marco Rossi"),
    ],
)
def test_image_credit_lines(line: str, credit: str) -> None:
    found = image_credit_line(line)
    assert found is not None and found[1] == credit


def test_site_copyright_is_not_a_photo_credit() -> None:
    assert image_credit_line("© 2026 Harbor City Courier. All rights reserved.") is None
    assert caption_credit("Harbor City Courier © 2026") is None
    assert element_credit("© Harbor City Courier, tous droits réservés") is None
    assert element_credit("© Jane Smith") == "Jane Smith"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("PARIS (AFP) - Le gouvernement a annoncé mardi", "AFP"),
        ("Berlin (dpa) - Die Bundesregierung hat am Dienstag", "dpa"),
        ("MADRID, 3 feb (EFE).- El Gobierno aprobó", None),  # no dash right after: not read
        ("Washington (Reuters): The White House said", "Reuters"),
    ],
)
def test_datelines(text: str, agency: str | None) -> None:
    assert dateline_source(text) == agency


def test_closing_source_line_moves_to_credit() -> None:
    article = extract(page("fr", after="<p>France 24</p>"), explain=True)
    assert article.credit.source == "France 24"
    assert article.body is not None and "France 24" not in article.body
    assert article.body.split("\n\n") == PROSE["fr"]


def test_photo_credit_element_moves_to_credit() -> None:
    figure = (
        "<figure><img src='x.jpg' alt=''><figcaption>Des manifestants devant l'ambassade."
        "<span class='credit'>©AHMAD AL-RUBAYE / AFP</span></figcaption></figure>"
    )
    article = extract(page("fr", header=figure))
    assert article.credit.image == "AHMAD AL-RUBAYE / AFP"
    assert "AHMAD" not in (article.body or "")


def test_photo_credit_inside_a_caption() -> None:
    figure = (
        "<figure><img src='x.jpg'><figcaption>Busse am Depot. Foto: Max Muster</figcaption>"
        "</figure>"
    )
    article = extract(page("de", header=figure))
    assert article.credit.image == "Max Muster"


def test_byline_at_the_top_leaves_the_body() -> None:
    blocks = [Block("paragraph", "Par Jean Dupont"), *(Block("paragraph", p) for p in PROSE["fr"])]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["fr"]
    assert cleaned.bylines == ["Par Jean Dupont"]


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Jane Doe at December 16, 2025 11:15 AM",  # Blogger's post footer
        "Publié par Jeanne Dupont le 3 mars 2025",
        "Gepostet von Hans Müller am 04.09.2025",
        "Publicado por María García",
        "Written By: Jane Doe",
    ],
)
def test_posted_by_line_leaves_the_body(line: str) -> None:
    article = numbered(PROSE["en"], 3)  # the line closes the article (at its top, a date line)
    blocks = [*(Block("paragraph", p) for p in article), Block("paragraph", line)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == article
    assert cleaned.bylines == [line]


def test_author_with_agency_line_keeps_both() -> None:
    article = extract(page("fr", after="<p>Jean Dupont avec AFP</p>"))
    assert article.credit.source == "AFP"
    assert "Jean Dupont" in article.credit.authors
    assert "AFP" not in article.credit.authors


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "The new mill on the river. (Photo Credit: Jane Smith Photography)",
            "Jane Smith Photography",
        ),
        ("The bakery opened 80 shops this year. | Photo by Lisa Martin", "Lisa Martin"),
        ("Le maire devant la mairie. Crédit photo : Jean Dupont", "Jean Dupont"),
        ("Der Bürgermeister vor dem Rathaus. Foto: Max Muster", "Max Muster"),
        ("El alcalde en Madrid (Foto EFE)", "EFE"),
        ("A photo by the river shows the old mill", None),  # no bar, no sentence before it
    ],
)
def test_credits_at_the_end_of_captions(caption: str, credit: str | None) -> None:
    assert caption_credit(caption) == credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo Credit University of Minnesota", "University of Minnesota"),
        ("Credits Marius van Dijk", "Marius van Dijk"),
        ("Crédit photo Jean Dupont", "Jean Dupont"),
        ("Bildnachweis Max Muster / dpa", "Max Muster / dpa"),
        ("Jane Smith / Reuters", "Jane Smith / Reuters"),
        # what credit-classed elements hold that is no credit
        ("View image credit", None),
        ("Afficher le crédit", None),
        ("By Rebecca Stone Dec 18, 2025 14 min read", None),
        ("By", None),
        (
            "Always check the prices as it is often more expensive to rent a car at the airport",
            None,
        ),
        ("Tax Law Changes and Your Guide to Filing Taxes Read the Article", None),
    ],
)
def test_credit_elements_give_only_credits(text: str, credit: str | None) -> None:
    assert element_credit(text) == credit


def test_a_heading_or_a_post_category_is_not_a_photo_credit() -> None:
    # a heading's id is its text's slug; WordPress files posts under "category-credits"
    heading = '<h3 id="the-child-tax-credit">The child tax credit</h3>'
    html = page("en", inside=heading).replace(
        "<article>", '<article class="post category-tax-credits">'
    )
    article = extract(html)
    assert article.credit.image is None
    assert "The child tax credit" in (article.body or "")


def test_an_author_credit_element_is_not_the_photo_credit() -> None:
    byline = '<div class="author-credit"><span class="author-credit__name">Jane Smith</span></div>'
    article = extract(page("en", header=byline))
    assert article.credit.image is None
