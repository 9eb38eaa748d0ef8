"""--markdown: the same blocks as the plain body, in Markdown that shows exactly them."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser
from tests.extraction.body.test_reconcile import P, _page
from tests.markdown_plain import plain_blocks, plain_table_rows

from presscut import extract
from presscut.extraction.body.content import Block, markdown_body
from presscut.extraction.body.locator import locate
from presscut.extraction.body.markdown import escape
from presscut.extraction.body.reconcile import reconcile

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"


def _paragraph(subject: str) -> str:
    """A paragraph of the test page; each is about its own ``subject`` (a page's second
    copy of a paragraph leaves the body: cut.repeat)."""
    return "<p>{}</p>".format(f"The council met on Tuesday to discuss {subject}. " * 3)


STRUCTURED = f"""<html><body><article><h1>Title of the test page</h1>{_paragraph("the orchard")}
<h2>A section *heading* #1</h2>{_paragraph("the orchard's trees")}
<h3>A smaller one</h3>
<ul><li>first item with a_b and *stars*<ul><li>nested item</li></ul></li><li>second item</li></ul>
<blockquote>A quoted sentence that someone said about the [orchard].</blockquote>
<p>1986. That was the year; - not a list; # not a heading; &lt;b&gt; not a tag &amp;amp;</p>
<table><tr><th>Tree</th><th>Count</th></tr><tr><td>Apple | red</td><td>18</td></tr>
<tr><td>Pear</td><td>4</td></tr></table>
<pre><code>x = 1
y = [2]</code></pre>{_paragraph("the orchard's water")}</article></body></html>"""


def _pairs(html: bytes | str, url: str) -> tuple[list[str], list[str]]:
    plain = extract(html, url).body or ""
    markdown = extract(html, url, markdown=True).body or ""
    shown = [plain_table_rows(b) for b in plain_blocks(markdown)]
    return [plain_table_rows(b) for b in plain.split("\n\n")], shown


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_markdown_shows_the_plain_body_of_every_fixture(name: str) -> None:
    plain, shown = _pairs((FIXTURES / name / "page.html").read_bytes(), "https://example.org/a")
    assert shown == plain


def test_markdown_shows_the_plain_body_of_every_kind_of_block() -> None:
    plain, shown = _pairs(STRUCTURED, "https://example.org/a")
    assert shown == plain


def test_markdown_writes_structure() -> None:
    body = extract(STRUCTURED, "https://example.org/a", markdown=True).body or ""
    assert "## A section \\*heading\\* #1" in body
    assert "### A smaller one" in body
    assert "- first item with a_b and \\*stars\\*\n  - nested item\n- second item" in body
    assert "> A quoted sentence that someone said about the \\[orchard\\]." in body
    assert "| Tree | Count |\n| --- | --- |\n| Apple \\| red | 18 |\n| Pear | 4 |" in body
    assert "```\nx = 1\ny = [2]\n```" in body
    assert "1986\\. That was the year" in body


def test_plain_body_is_unchanged_by_markdown() -> None:
    plain = extract(STRUCTURED, "https://example.org/a")
    again = extract(STRUCTURED, "https://example.org/a", markdown=True)
    assert plain.word_count == again.word_count
    assert plain.title == again.title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("snake_case stays", "snake_case stays"),
        ("_emphasis_ is escaped", "\\_emphasis\\_ is escaped"),
        ("- a dash", "\\- a dash"),
        ("2. second", "2\\. second"),
        ("AT&T &amp; co", "AT&T \\&amp; co"),
        ("a <div> b", "a \\<div> b"),
        ("---", "\\---"),
        ("os.path(__file__)", "os.path(\\_\\_file\\_\\_)"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected
    assert plain_blocks(expected) == [text]


def test_nested_list_under_an_empty_item_stays_nested() -> None:
    html = STRUCTURED.replace(
        "<blockquote>",
        "<ol><li><ul><li>inner one</li><li>inner two</li></ul></li></ol><blockquote>",
    )
    plain, shown = _pairs(html, "https://example.org/a")
    assert "  - inner one\n  - inner two" in plain
    assert shown == plain


def test_blocks_put_back_by_reconcile_are_escaped_in_markdown() -> None:
    # trafilatura kept the paragraphs only; the locator puts back a list with "<TodoList />"
    # and a code listing laid out as a table, with backticks: both show as written
    listing = (
        "<ul><li>Update <code>src/App.tsx</code> to render only <code>&lt;TodoList /&gt;</code>"
        " now</li><li>Use *stars* and the [docs] for the styling of the page</li>"
        "<li>Keep the file named TodoList.tsx in the same folder as the app</li></ul>"
        "<table><tr><td>1 2</td><td>GIT_TAG v4.5.0 # pin a version tag, don't chase `main`"
        " of the repository</td></tr></table>"
    )
    html = _page(listing)
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    blocks = reconcile([Block("paragraph", t) for t in P], locate(tree.body)).blocks
    plain = [block.text for block in blocks]
    assert plain[2] == (
        "- Update src/App.tsx to render only <TodoList /> now\n"
        "- Use *stars* and the [docs] for the styling of the page\n"
        "- Keep the file named TodoList.tsx in the same folder as the app"
    )
    assert "don't chase `main` of the repository" in plain[3]
    assert plain_blocks(markdown_body(blocks)) == plain


def test_mojibake_cut_by_a_link_is_repaired_in_markdown_as_in_the_plain_body() -> None:
    # the site stored "1%" + no-break space + "–" as UTF-8 read as cp1252, and its link
    # ends between "Â" and the space: the Markdown shows the repaired words too
    garbled = (
        '<p>Less than <a href="/insights">1%Â</a> â€“Â just over 1,800Â â€“Â of the '
        "school buses in the country were electric at the end of last year, the council said."
        "</p>"
    )
    html = STRUCTURED.replace("<h3>", f"{garbled}<h3>")
    plain, shown = _pairs(html, "https://example.org/a")
    assert "Less than 1% – just over 1,800 – of the school buses" in plain[3]
    assert shown == plain


def test_two_lists_stay_two_when_the_block_between_them_was_mojibake() -> None:
    # "â€\x8d" is a garbled zero-width joiner: the block between the lists is empty once
    # repaired, and the lists must still read as two in Markdown, as in the plain body
    lists = (
        "<ul><li>Limited customisation</li><li>No free plan, only a trial</li></ul>"
        "<p>â€\x8d</p><ul><li>Personal plan: â‚¬14 a month</li><li>Business plan</li></ul>"
    )
    html = STRUCTURED.replace("<h3>", f"{lists}<h3>")
    plain, shown = _pairs(html, "https://example.org/a")
    assert "- Limited customisation\n- No free plan, only a trial" in plain
    assert "- Personal plan: €14 a month\n- Business plan" in plain
    assert shown == plain
