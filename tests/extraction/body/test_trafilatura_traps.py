"""Prose our rules kept is not thrown away by trafilatura for a word inside its class.

trafilatura drops any element whose class merely contains "widget", "slide", "embed"...
(CKEditor's ``ck-widget`` grid, a ``listicle-slides`` list, Webflow's ``w-embed``).
"""

from __future__ import annotations

import pytest

from presscut import extract

from ..pages import HEADLINE, PROSE, numbered


def _page(lang: str, section: str) -> str:
    """An article of twelve paragraphs, then ``section``: the section is a small part of
    the page, as on real pages (trafilatura undoes a cut that leaves almost nothing)."""
    article = "".join(f"<p>{text}</p>" for text in numbered(PROSE[lang], 4))
    return (
        f"<html lang='{lang}'><body><main><article><h1>{HEADLINE[lang]}</h1>"
        f"<div class='article-body'>{article}{section}</div></article></main></body></html>"
    )


def _section_prose(lang: str) -> list[str]:
    """Two more copies of the language's prose (over 500 characters), backwards: copies 5
    and 6, after the article's four."""
    return numbered(PROSE[lang][::-1], 2, first=5)


def _section(lang: str, classes: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _section_prose(lang))
    return f"<div class='{classes}'>{paragraphs}</div>"


def _in_body(lang: str, body: str) -> bool:
    """The section's prose, all six paragraphs in their order, is in ``body``."""
    return "\n\n".join(_section_prose(lang)) in body


@pytest.mark.parametrize(
    ("lang", "classes"),
    [("en", "ck-widget row"), ("fr", "listicle-slides"), ("de", "w-embed rich"), ("it", "bard")],
)
def test_prose_in_a_trapped_class_reaches_the_body(lang: str, classes: str) -> None:
    body = extract(_page(lang, _section(lang, classes))).body or ""
    # the reversed paragraphs only exist inside the classed section
    assert _in_body(lang, body)


@pytest.mark.parametrize(
    ("lang", "classes"),
    [("es", "buying-guide"), ("pt", "body-ad-wrapper"), ("en", "section under-menu")],
)
def test_prose_in_more_trapped_classes_reaches_the_body(lang: str, classes: str) -> None:
    body = extract(_page(lang, _section(lang, classes))).body or ""
    assert _in_body(lang, body)


def _styled_section(lang: str, attributes: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _section_prose(lang))
    return f"<div {attributes}>{paragraphs}</div>"


@pytest.mark.parametrize(
    ("lang", "attributes"),
    [
        ("en", "style='overflow: hidden; max-height: none'"),
        ("fr", "style='overflow-x:hidden'"),
        ("de", "id='hidden-gems'"),
    ],
)
def test_visible_prose_whose_style_or_id_says_hidden_reaches_the_body(
    lang: str, attributes: str
) -> None:
    body = extract(_page(lang, _styled_section(lang, attributes))).body or ""
    assert _in_body(lang, body)


@pytest.mark.parametrize("style", ["display: none", "visibility:hidden"])
def test_prose_hidden_by_its_style_stays_out(style: str) -> None:
    body = extract(_page("es", _styled_section("es", f"style='{style}'"))).body or ""
    assert not any(text in body for text in _section_prose("es"))


#: (language, a quotation marked up as a figure, its words that must reach the body)
QUOTE_FIGURES = [
    (
        "en",
        "<figure class='pullquote'><blockquote><p>We waited two years for a bus that runs "
        "after midnight.</p></blockquote><figcaption>A night nurse</figcaption></figure>",
        "We waited two years for a bus that runs after midnight.",
    ),
    (
        "fr",
        "<figure><blockquote>Nous avons attendu deux ans un bus qui roule après minuit."
        "</blockquote></figure>",
        "Nous avons attendu deux ans un bus qui roule après minuit.",
    ),
    (
        "de",
        "<figure class='quote-box'><p>Wir haben zwei Jahre auf einen Bus nach Mitternacht "
        "gewartet.</p></figure>",
        "Wir haben zwei Jahre auf einen Bus nach Mitternacht gewartet.",
    ),
]


@pytest.mark.parametrize("case", QUOTE_FIGURES, ids=lambda case: case[0])
def test_a_quotation_in_a_figure_reaches_the_body(case: tuple[str, str, str]) -> None:
    lang, figure, quote = case
    article = "".join(f"<p>{text}</p>" for text in PROSE[lang])
    html = (
        f"<html lang='{lang}'><body><article><h1>{HEADLINE[lang]}</h1>"
        f"<div class='article-body'>{article}{figure}{article}</div></article></body></html>"
    )
    assert quote in (extract(html).body or "")


def test_a_photo_and_its_short_caption_stay_out() -> None:
    article = "".join(f"<p>{text}</p>" for text in PROSE["es"])
    figure = "<figure><img src='a.jpg'><figcaption>La estación de autobuses</figcaption></figure>"
    html = (
        f"<html lang='es'><body><article><h1>{HEADLINE['es']}</h1>"
        f"<div class='article-body'>{article}{figure}{article}</div></article></body></html>"
    )
    assert "La estación de autobuses" not in (extract(html).body or "")


def test_a_teaser_card_marked_up_as_a_figure_stays_out() -> None:
    article = "".join(f"<p>{text}</p>" for text in PROSE["it"])
    card = (
        "<figure class='card-content'><h3>Dieci linee notturne da conoscere</h3><p>Dove vanno "
        "e quando passano, quartiere per quartiere, tutte le linee della notte.</p></figure>"
    )
    html = (
        f"<html lang='it'><body><article><h1>{HEADLINE['it']}</h1>"
        f"<div class='article-body'>{article}{card}{card}</div></article></body></html>"
    )
    assert "Dove vanno" not in (extract(html).body or "")


def test_a_short_intro_under_a_script_hook_reaches_the_body() -> None:
    """A script's hook in the class ("js-slider-toggle": the intro is hidden while a photo
    gallery is open) holds "slide": trafilatura would drop the intro, a paragraph too short
    for the prose guard; a hook is only a hook, and is dropped from prose of any length."""
    intro = (
        "Sie wollen Ihren Biomüll kompostieren, Ihr Garten ist aber nicht groß genug für einen "
        "Kompost? Auch auf dem Balkon können Küchenabfälle kompostiert werden. In einer "
        "Wurmkiste verwandeln sie sich in feinsten Humus."
    )
    article = "".join(f"<p>{text}</p>" for text in numbered(PROSE["de"], 2))
    html = (
        f"<html lang='de'><body><article><header><h1>{HEADLINE['de']}</h1></header>"
        f"<section class='js-slider-toggle typo--editor'><p class='introduction'>{intro}</p>"
        f"</section><section class='article__section'>{article}</section></article>"
        "</body></html>"
    )
    body = extract(html).body or ""
    assert body.startswith(intro)
