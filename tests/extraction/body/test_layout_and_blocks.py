"""Old layouts: table-based pages and <br><br> paragraphs come out as paragraphs."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block
from presscut.extraction.page.layout import flatten_layout_tables

from ..pages import PROSE


def _table_page(body_cell: str) -> str:
    menu = "<a href='/'>Accueil</a> | <a href='/eco'>Économie</a> | <a href='/sport'>Sports</a>"
    side = "<div class='bloc'>Les plus lus<br><a href='/x'>Un autre article</a></div>"
    return (
        "<html><body><table width='980'><tr><td colspan='2' class='menu'>"
        f"{menu}</td></tr><tr><td class='colonne_gauche'>{side}</td>"
        f"<td class='colonne_centre'><h1>Les bus de nuit iront jusqu'aux quartiers nord</h1>"
        f"{body_cell}</td></tr></table></body></html>"
    )


def test_layout_table_becomes_blocks_and_data_tables_stay() -> None:
    html = (
        "<table id='page'><tr><td class='main'><h1>T</h1><p>text</p>"
        "<table id='data'><tr><td>Ligne</td><td>Fréquence</td></tr></table></td></tr></table>"
    )
    tree = flatten_layout_tables(LexborHTMLParser(html))
    assert tree.css_first("table#page") is None
    assert tree.css_first("div.main h1") is not None
    assert tree.css_first("table#data td") is not None


def test_article_in_a_layout_table_with_br_paragraphs() -> None:
    cell = "<div class='texte'>" + "<br>\n<br>\n".join(PROSE["fr"]) + "</div>"
    article = extract(_table_page(cell))
    assert article.body is not None
    assert article.body.split("\n\n") == PROSE["fr"]


def test_single_br_is_a_line_break_not_a_paragraph() -> None:
    cell = f"<p>{PROSE['fr'][0]}<br>{PROSE['fr'][1]}</p><p>{PROSE['fr'][2]}</p>"
    article = extract(_table_page(cell))
    assert article.body is not None
    paragraphs = article.body.split("\n\n")
    assert paragraphs[-1] == PROSE["fr"][2]
    assert paragraphs[0] == f"{PROSE['fr'][0]} {PROSE['fr'][1]}"


def test_breadcrumb_line_is_cut() -> None:
    blocks = [
        Block("paragraph", "Accueil > Économie"),
        *(Block("paragraph", p) for p in PROSE["fr"]),
    ]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["fr"]
    assert cleaned.removed[0].rule == "navigation.breadcrumb"


def test_caption_credit_in_parentheses() -> None:
    figure = (
        "<figure><img src='f.jpg'><figcaption>Un ferry à quai à Toulon. "
        "(Photo Jean-Marc Orsini)</figcaption></figure>"
    )
    html = (
        f"<html lang='fr'><body><article><h1>Titre</h1>{figure}"
        + "".join(f"<p>{p}</p>" for p in PROSE["fr"])
        + "</article></body></html>"
    )
    article = extract(html)
    assert article.credit.image == "Jean-Marc Orsini"
    assert "ferry à quai" not in (article.body or "")


def test_nested_lists_are_not_repeated() -> None:
    items = "<ul><li>Bordeaux<ul><li>Médoc</li><li>Graves</li></ul></li><li>Bourgogne</li></ul>"
    html = (
        "<html lang='fr'><body><article><h1>Les régions</h1>"
        + "".join(f"<p>{p}</p>" for p in PROSE["fr"])
        + items
        + "</article></body></html>"
    )
    article = extract(html)
    assert article.body is not None
    assert article.body.split("\n\n")[-1] == "- Bordeaux\n  - Médoc\n  - Graves\n- Bourgogne"


def test_a_paragraph_given_twice_is_kept_once() -> None:
    # a pull quote repeating the second paragraph, spaced and cased its own way, and a
    # short heading given twice: the short line may recur, the copy goes
    pull_quote = "TRANSPORT officials said the new routes would run every thirty minutes — between "
    pull_quote += "midnight and five in the morning, starting in the first week of September"
    blocks = [
        Block("paragraph", PROSE["en"][0]),
        Block("heading", "The new routes"),
        Block("paragraph", PROSE["en"][1]),
        Block("paragraph", pull_quote),
        Block("heading", "The new routes"),
        Block("paragraph", PROSE["en"][2]),
    ]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == [
        PROSE["en"][0],
        "The new routes",
        PROSE["en"][1],
        "The new routes",
        PROSE["en"][2],
    ]
    assert [(r.rule, r.text) for r in cleaned.removed] == [("cut.repeat", pull_quote)]
