"""The photo credit holds a credit or nothing: no section label, URL, file name, footer
link, date or caption sentence (values written by hand, several languages)."""

from __future__ import annotations

import pytest

from presscut import extract
from presscut.extraction.credit.lines import (
    caption_credit,
    credit_value,
    element_credit,
    image_credit_line,
    tidy,
)

from ..pages import PROSE, page


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        # what surrounds a credit is read off
        ("| Jane Doe", "Jane Doe"),
        ("— Marie Dupont / AFP", "Marie Dupont / AFP"),
        ("Fotografía de Ana López / EFE", "Ana López / EFE"),
        ("Foto di Marco Rossi", "Marco Rossi"),
        (
            "Photo: George Hill. Courtesy the Harbor Gallery",
            "George Hill. Courtesy the Harbor Gallery",
        ),
        ("Harbor Maps, Inc. — used by permission", "Harbor Maps, Inc."),
        ("Jean Dupont, reproduit avec autorisation", "Jean Dupont"),
        ("Max Muster, mit freundlicher Genehmigung", "Max Muster"),
        (
            "The night bus leaves the depot at midnight. Jane Doe / Getty Images",
            "Jane Doe / Getty Images",
        ),
        ("https://harbor-photos.example/", "harbor-photos.example"),
        ("www.harbor-photos.example", "harbor-photos.example"),
        # credits that look a little like junk stay whole
        ("Harbor Museum / Photo J. Martin", "Harbor Museum / Photo J. Martin"),
        ("Jane Doe. Courtesy the Harbor Gallery", "Jane Doe. Courtesy the Harbor Gallery"),
        ("harborphotos.example", "harborphotos.example"),
        ("Design by Ana Costa", "Design by Ana Costa"),  # a designer may be credited
        ("Getty Images", "Getty Images"),
        # no credit at all
        ("https://harbor-photos.example/2025/night-bus.jpg", None),
        ("IMG_2041.jpg", None),
        ("night-bus-hero.webp", None),
        ("DSC_0012", None),
        ("Photo", None),
        ("Foto", None),
        ("Crédits", None),
        ("Site by", None),
        ("Design by", None),
        ("Site by Harbor Digital", None),
        ("Réalisation du site par Harbor Digital", None),
        ("Nonprofit Web Design by Harbor Digital", None),
        ("Privacy Policy Terms of Use Sitemap", None),
        ("Mentions légales", None),
        ("Datenschutz Impressum", None),
        ("Harborline® is a registered trademark", None),
        ("Dec 18, 2025", None),
        ("18 décembre 2025", None),
        ("14 min read", None),
        ("5 min de lecture", None),
        ("The earned income tax credit", None),
        ("Site Credits", None),
        ("undefined", None),
        ("N/A", None),
        ("Inconnu", None),
        # a caption sentence is not a credit; names with a few small words are
        ("The mayor stands in front of the new depot", None),
        ("Le maire pose devant le nouveau dépôt", None),
        ("Der Bürgermeister steht vor dem neuen Depot", None),
        ("El alcalde posa delante de la nueva cochera", None),
        (
            "Courtesy of the Harbor Museum and the artist",
            "Courtesy of the Harbor Museum and the artist",
        ),
        ("Foto von Max Muster für die Stadt", "Max Muster für die Stadt"),
    ],
)
def test_credit_values(text: str, credit: str | None) -> None:
    assert credit_value(text) == credit


def test_a_line_crediting_a_file_stays_out_of_the_body_without_a_credit() -> None:
    assert image_credit_line("Photo : IMG_2041.jpg") == ("credit.image.labelled", None)
    assert image_credit_line("Bild: https://harbor.example/fotos/bus.png") == (
        "credit.image.labelled",
        None,
    )


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The new depot. Image courtesy of: Jane Doe", "Jane Doe"),
        ("Le dépôt de bus. Photo : Fotografía de Ana López", "Ana López"),
        # a long caption run into a "NAME / AGENCY" credit gives no credit: which words
        # are the name cannot be told from text alone
        ("Northern Line Night Bus Depot Entrance Jane Doe / Shutterstock", None),
        ("Jane Doe / Shutterstock", "Jane Doe / Shutterstock"),
    ],
)
def test_caption_credits(caption: str, credit: str | None) -> None:
    assert caption_credit(caption) == credit


def test_credit_elements_holding_footer_text_give_none() -> None:
    assert element_credit("Webdesign & Development by") is None
    assert element_credit("Sitio web por Harbor Digital") is None
    assert element_credit("Credits Jane Doe") == "Jane Doe"


def test_a_cite_parts_the_caption_from_its_credit() -> None:
    figure = (
        "<figure><img src='bus.jpg' alt=''><figcaption>Northern Line Night Bus Depot "
        "Entrance<cite class='attribution'>Jane Doe / Shutterstock</cite></figcaption></figure>"
    )
    article = extract(page("en", header=figure))
    assert article.credit.image == "Jane Doe / Shutterstock"


def test_a_quote_cite_is_no_photo_credit() -> None:
    quote = (
        "<figure><blockquote>Buses matter.</blockquote><figcaption><cite>Jane Doe</cite>"
        "<div>Mayor</div></figcaption></figure>"
    )
    assert extract(page("en", inside=quote)).credit.image is None


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_a_credit_inside_a_byline_is_the_writers(lang: str) -> None:
    byline = (
        "<div class='byline'><span class='publication'><span class='author'>Jane Doe</span>"
        "<span class='credit'>&nbsp;|&nbsp; Guest Columnist</span></span></div>"
    )
    article = extract(page(lang, header=byline))
    assert article.credit.image is None


def test_a_photo_credit_inside_a_byline_is_kept() -> None:
    byline = (
        "<div class='byline'><span class='author'>Jane Doe</span>"
        "<span class='photo-credit'>Photo: Max Muster / dpa</span></div>"
    )
    assert extract(page("de", header=byline)).credit.image == "Max Muster / dpa"


def test_a_block_holding_a_heading_is_no_credit() -> None:
    card = (
        "<div class='card-title card-title-no-credit'><h3>Night Bus Guide</h3></div>"
        "<div class='credits-box'><h4>Credits</h4><div>Jane Doe</div></div>"
    )
    article = extract(page("en", inside=card))
    assert article.credit.image is None
    assert article.body is not None and PROSE["en"][2] in article.body


@pytest.mark.parametrize(
    ("text", "tidied"),
    [
        ("Harbor Maps, Inc.", "Harbor Maps, Inc."),
        ("(Mapas del Puerto S.A.)", "Mapas del Puerto S.A."),
        ("Verein Hafenbilder e.V.", "Verein Hafenbilder e.V."),
        ("Photo J. Martin.", "Photo J. Martin"),
        ("Jane Doe Jr.", "Jane Doe Jr."),
        ("Jane Doe.", "Jane Doe"),
        ("harborphotos.example.", "harborphotos.example"),
        ("(Reuters)", "Reuters"),
    ],
)
def test_tidy_keeps_an_abbreviations_period(text: str, tidied: str) -> None:
    assert tidy(text) == tidied


def _with_jsonld_image_credit(credit: str) -> str:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bus", '
        f'"image": {{"@type": "ImageObject", "url": "/a.jpg", "creditText": "{credit}"}}}}'
        "</script>"
    )
    return page("fr", before=jsonld)


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("© Marie Dupont / AFP", "Marie Dupont / AFP"),
        ("undefined", None),  # a template's placeholder
        ("https://www.example.org/images/a.jpg", None),
        ("| Jean Martin", "Jean Martin"),
    ],
)
def test_the_markup_image_credit_is_checked_like_any_other(
    credit: str, expected: str | None
) -> None:
    assert extract(_with_jsonld_image_credit(credit)).credit.image == expected
