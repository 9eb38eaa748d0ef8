"""Names in the page that are not the article's byline: a menu's "By <brand>" heading,
a side column's latest comments (en, fr, de)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extract.page_bylines import element_bylines, opener_byline


def _body(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


def test_a_sub_menu_written_inside_a_longer_class_holds_no_byline() -> None:
    for opener in ("By", "Par", "Von"):
        tree = _body(
            '<header><div class="site-header--sub-menu-item">'
            f"<h4>{opener} Grand Hotels Group</h4></div></header>"
            f"<p>{opener} Jane Doe</p>"
        )
        assert opener_byline(tree.body).authors == ["Jane Doe"]


def test_latest_comments_in_a_sub_nav_column_are_no_byline() -> None:
    tree = _body(
        '<div class="columns sub_nav"><ul><li><span class="author">Paul Martin</span>'
        "<div>Merci pour cet article</div></li></ul></div>"
        '<div class="author_cont"><h3>Jeanne Dupont</h3></div>'
    )
    assert [b.authors for b in element_bylines(tree.body)] == [["Jeanne Dupont"]]
