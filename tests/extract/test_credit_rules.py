"""Credit rules: source lines, photo credits and bylines move out of the body."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extract.clean import clean_blocks
from presscut.extract.content import Block
from presscut.extract.credit import (
    caption_credit,
    dateline_source,
    element_credit,
    image_credit_line,
    source_line,
)

from .pages import PROSE, page


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


def test_author_with_agency_line_keeps_both() -> None:
    article = extract(page("fr", after="<p>Jean Dupont avec AFP</p>"))
    assert article.credit.source == "AFP"
    assert "Jean Dupont" in article.credit.authors
    assert "AFP" not in article.credit.authors
