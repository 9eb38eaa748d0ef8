"""Broken pages that nest tags hundreds or thousands deep keep their article, and no
nesting, whatever its tags, makes the parse quadratic."""

from __future__ import annotations

import pytest

from limited_run import run_bounded
from presscut import extract
from presscut.extraction.page.nesting import MAX_NESTING, cap_nesting, deepest_nesting

from ..pages import PROSE, numbered


def test_depth_follows_the_open_elements() -> None:
    assert deepest_nesting("") == 0
    assert deepest_nesting("<div><section><p>a</section><span>b</span></div>") == 2
    # stray end tags close nothing: the three <div>s after them nest 3 deep
    assert deepest_nesting("</div></div><div><div><div>") == 3


def test_an_ordinary_page_is_left_as_it_is() -> None:
    html = "<body><div class='page'><article><p>a</p><div><span>b</span></div></article></div>"
    assert cap_nesting(html) is html


def test_tags_past_the_cap_are_dropped_with_their_end_tags_and_text_stays() -> None:
    html = "<body>" + "<div class='wrap'>" * 400 + "<p>deep text</p>" + "</div>" * 400 + "<p>x"
    capped = cap_nesting(html)
    assert capped.count("<div class='wrap'>") == MAX_NESTING
    assert capped.count("</div>") == MAX_NESTING
    assert "<p>deep text</p>" in capped
    assert capped.endswith("<p>x")


@pytest.mark.parametrize(
    "tag", ["DIV", "Div", "dIV", "fieldset", "details", "dir", "x-card", "foo", "span", "svg"]
)
def test_every_tag_counts_whatever_its_name_and_case(tag: str) -> None:
    html = f"<body>{f'<{tag}>' * 300}text"
    assert cap_nesting(html).count(f"<{tag}>") == MAX_NESTING


@pytest.mark.parametrize(
    "html",
    [
        "<div></x>" * 300,  # end tags of elements never opened
        "<x><div></x>" * 300,  # </x> meets a <div> first: the parser ignores it
        "<span><div></span>" * 300,
        "<div><table></div>" * 300,  # </div> is out of scope past a <table>
        "<svg>" + "<div/>" * 300,  # a <div> ends the svg, and "/>" closes no HTML element
        "<svg><foreignObject>" + "<div/>" * 300,  # HTML again inside <foreignObject>
    ],
)
def test_end_tags_that_the_parser_ignores_do_not_hide_depth(html: str) -> None:
    assert deepest_nesting(html) > MAX_NESTING


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("<p>" * 1000, 0),  # each <p> closes the one before
        ("<li><dt><dd><option><td><tr><a><h2><br><img><button>" * 300, 0),
        ("<svg>" + "<path d='M0 0'/>" * 1000 + "</svg><div>a</div>", 1),  # "/>" in svg
        ("<script>" + "x = '<div>';" * 300 + "</script><div>", 1),  # script text
        ("<style>" + "a<b>{}" * 300 + "</STYLE><div>", 1),
        ("<!--" + "<div>" * 300 + "--><div>", 1),
        ("<b><div></b></div>" * 300, 2),  # mis-nested formatting: the adoption agency
        ("<ul>" + "<li><span>item</li>" * 300 + "</ul>", 2),  # </li> closes the <span>
        ("<p><b><i>x</b></i></p>" * 300, 2),
        ("<table><tr><td><div>cell</td></tr></table>" * 300, 2),  # </table> closes all
    ],
)
def test_the_depth_is_that_of_the_parser_on_broken_pages(html: str, depth: int) -> None:
    assert deepest_nesting(html) == depth
    assert cap_nesting(html) is html


def test_a_page_of_mixed_case_divs_is_parsed_in_seconds_not_hours() -> None:
    # lexbor's parse is quadratic in the depth of block tags (<Div> was not counted:
    # 80,000 took 19 s, 160,000 86 s); under a 20 s CPU limit, the child fails unless the
    # cap works (400,000 tags are past the size limit of page/limits.py: too_large)
    code = (
        "import json, sys, presscut\n"
        "from presscut.extraction.page.nesting import cap_nesting\n"
        "html = '<html><body>' + '<Div>' * 400_000 + '<p>' + ' '.join(['word'] * 40)\n"
        "kept = cap_nesting(html).count('<Div>')\n"
        "html = '<html><body>' + '<Div>' * 95_000 + '<p>' + ' '.join(['word'] * 40)\n"
        "print(json.dumps([kept, presscut.extract(html).body]))\n"
    )
    kept, body = run_bounded(code, cpu_seconds=20)
    assert kept == MAX_NESTING
    assert body == " ".join(["word"] * 40)


@pytest.mark.parametrize("tag", ["div", "x-card", "span"])
def test_an_article_nested_300_deep_is_found(tag: str) -> None:
    # libxml2, which trafilatura parses with, drops whatever is nested deeper than 255
    prose = "".join(f"<p>{p}</p>" for p in PROSE["en"])
    html = (
        f"<html><body>{f'<{tag}>' * 300}<article>{prose}</article>{f'</{tag}>' * 300}</body></html>"
    )
    article = extract(html)
    assert article.error is None
    assert article.body is not None
    assert "night bus network" in article.body
    assert "without a direct connection to the hospital" in article.body


def test_a_page_that_never_closes_its_divs_keeps_its_last_paragraphs() -> None:
    # a comment template that opens a <div> per entry and never closes it
    entries = [f"<div class='entry'><p>{p}</p>" for p in numbered(PROSE["fr"], 200)]
    html = "<html><body><h1>Les bus de nuit</h1>" + "".join(entries) + "</body></html>"
    article = extract(html)
    assert article.error is None
    assert article.body is not None
    assert article.body.count("bus de nuit vers les quartiers nord") == 200
    assert article.body.rstrip().endswith("liaison directe avec l'hôpital (200).")


def test_an_old_page_that_never_closes_its_font_tags_keeps_all_its_lines() -> None:
    # <font> opened on every line and never closed: each line nests inside the last
    lines = [f"<font face='Arial' size='2'>{p}<br><br>" for p in numbered(PROSE["de"], 150)]
    html = "<html><body><h1>Nachtbusse</h1>" + "".join(lines) + "</body></html>"
    article = extract(html)
    assert article.body is not None
    assert article.body.count("Nachtbusnetz in die nördlichen") == 150
    assert "keine direkte Verbindung zum Krankenhaus hat (150)." in article.body[-200:]


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
