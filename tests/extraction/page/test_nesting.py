"""Broken pages that nest tags hundreds or thousands deep keep their article."""

from __future__ import annotations

from presscut import extract
from presscut.extraction.page.nesting import MAX_NESTING, cap_nesting, deepest_nesting

from ..pages import PROSE


def test_depth_counts_open_tags_and_ignores_stray_closing_tags() -> None:
    assert deepest_nesting([]) == 0
    assert deepest_nesting(["", "", "/", "", "/", "/"]) == 2
    # two stray closing tags first: the three opening tags after them nest 3 deep
    assert deepest_nesting(["/", "/", "", "", ""]) == 3


def test_an_ordinary_page_is_left_as_it_is() -> None:
    html = "<body><div class='page'><article><p>a</p><div><span>b</span></div></article></div>"
    assert cap_nesting(html) is html


def test_tags_past_the_cap_are_dropped_with_their_closing_tags_and_text_stays() -> None:
    html = "<body>" + "<div class='wrap'>" * 400 + "<p>deep text</p>" + "</div>" * 400 + "<p>x"
    capped = cap_nesting(html)
    assert capped.count("<div class='wrap'>") == MAX_NESTING
    assert capped.count("</div>") == MAX_NESTING
    assert "<p>deep text</p>" in capped
    assert capped.endswith("<p>x")


def test_upper_case_tags_count_too() -> None:
    html = "<BODY>" + "<DIV>" * 300 + "text"
    assert cap_nesting(html).count("<DIV>") == MAX_NESTING


def test_an_article_nested_300_deep_is_found() -> None:
    # libxml2, which trafilatura parses with, drops whatever is nested deeper than 255
    prose = "".join(f"<p>{p}</p>" for p in PROSE["en"])
    html = f"<html><body>{'<div>' * 300}<article>{prose}</article>{'</div>' * 300}</body></html>"
    article = extract(html)
    assert article.error is None
    assert article.body is not None
    assert "night bus network" in article.body
    assert "without a direct connection to the hospital" in article.body


def test_a_page_that_never_closes_its_divs_keeps_its_last_paragraphs() -> None:
    # a comment template that opens a <div> per entry and never closes it
    entries = [f"<div class='entry'><p>{p}</p>" for p in PROSE["fr"] * 200]
    html = "<html><body><h1>Les bus de nuit</h1>" + "".join(entries) + "</body></html>"
    article = extract(html)
    assert article.error is None
    assert article.body is not None
    assert article.body.count("bus de nuit vers les quartiers nord") == 200
    assert article.body.rstrip().endswith("liaison directe avec l'hôpital.")


def test_an_old_page_that_never_closes_its_font_tags_keeps_all_its_lines() -> None:
    # <font> opened on every line and never closed: each line nests inside the last
    lines = [f"<font face='Arial' size='2'>{p}<br><br>" for p in PROSE["de"] * 150]
    html = "<html><body><h1>Nachtbusse</h1>" + "".join(lines) + "</body></html>"
    article = extract(html)
    assert article.body is not None
    assert article.body.count("Nachtbusnetz in die nördlichen") == 150
    assert "keine direkte Verbindung zum Krankenhaus hat." in article.body[-200:]


def test_an_article_inside_hundreds_of_nested_layout_tables_is_found() -> None:
    # each level adds <table>, <tbody>, <tr> and <td>: past the nesting cap, only
    # flattening every layout table keeps the article within libxml2's depth limit
    prose = "".join(f"<p>{p}</p>" for p in PROSE["es"])
    html = "<body>" + "<table><tr><td>" * 400 + prose + "</td></tr></table>" * 400 + "</body>"
    article = extract(html)
    assert article.error is None
    assert article.body is not None
    assert "red de autobuses nocturnos" in article.body
    assert article.body.rstrip().endswith(PROSE["es"][-1])
