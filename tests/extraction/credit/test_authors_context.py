"""Names in the page that are not the article's byline: a menu's "By <brand>" heading,
a side column's latest comments (en, fr, de)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.page_bylines import (
    element_bylines,
    link_byline,
    opener_byline,
    site_domain,
)
from presscut.extraction.metadata.read import read_metadata


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


def test_a_link_to_another_sites_staff_page_is_no_byline() -> None:
    tree = LexborHTMLParser(
        '<html><head><link rel="canonical" href="https://design.example.org/library/a">'
        "</head><body><main><h1>Making a typeface</h1><p>With thanks to "
        '<a href="https://www.uni.example.ac.uk/typography/staff/jane-doe">Jane Doe</a>, '
        '<a href="https://studio.example.com/people/john-roe">John Roe</a>.</p>'
        "</main></body></html>"
    )
    assert read_metadata(tree, None).authors == []
    assert link_byline(tree.body, "example.org").authors == []
    assert sorted(link_byline(tree.body, None).authors) == ["Jane Doe", "John Roe"]


def test_a_link_to_the_sites_own_author_page_is_a_byline() -> None:
    tree = _body(
        '<p>By <a href="https://news.example.co.uk/author/jane-doe">Jane Doe</a> and '
        '<a href="/author/john-roe">John Roe</a></p>'
    )
    assert site_domain("https://www.example.co.uk/a") == "example.co.uk"
    assert link_byline(tree.body, "example.co.uk").authors == ["Jane Doe", "John Roe"]


def test_a_contact_is_no_author() -> None:
    for label in ("Contact:", "Media contact", "Kontakt:", "Contacto:", "Contatto:"):
        tree = _body(
            f'<ul><li><strong>{label}</strong> <a href="/authors/staff/paul-martin">Paul Martin</a>'
            "</li></ul>"
        )
        assert link_byline(tree.body).authors == [], label
    tree = _body(
        '<p>Par <a href="/auteur/jeanne-dupont">Jeanne Dupont</a> | Contact : '
        '<a href="/auteur/paul-martin">Paul Martin</a></p>'
    )
    assert link_byline(tree.body).authors == ["Jeanne Dupont"]


def test_a_teaser_cards_byline_is_not_the_articles() -> None:
    cards = "".join(
        f'<article class="card"><h3>Autre sujet {n}</h3>'
        f'<span class="byline">{opener} {name}</span></article>'
        for n, (opener, name) in enumerate([("By", "Jane Doe"), ("Par", "Paul Martin")])
    )
    tree = LexborHTMLParser(
        '<html><body><article class="details"><h1>Le sujet</h1><p class="tagline">'
        f"Ana López</p><p>{'Texte du sujet. ' * 20}</p></article>"
        f"<section>{cards}</section></body></html>"
    )
    article = tree.css_first("article")
    assert element_bylines(tree.body, article) == []
    assert [b.authors for b in element_bylines(tree.body)] == [["Jane Doe"], ["Paul Martin"]]
    assert read_metadata(tree, None).authors == []


def test_an_author_card_in_a_sidebar_is_the_articles() -> None:
    for role in ("Author", "Autrice", "Autorin"):
        tree = _body(
            '<div class="post"><div class="post-sidebar">'
            '<div class="post-author-card"><p>Anna Schröder</p>'
            f"<p>| {role}</p></div></div><p>{'Text. ' * 30}</p></div>"
        )
        assert [b.authors for b in element_bylines(tree.body)] == [["Anna Schröder"]], role


def test_teaser_bylines_in_a_sidebar_are_not_the_articles() -> None:
    for opener in ("By", "Par", "Von"):
        tree = _body(
            '<div class="sidebar"><ul><li><a href="/a">Another story</a>'
            f'<span class="byline">{opener} Jane Doe</span></li></ul></div>'
        )
        assert element_bylines(tree.body) == [], opener


def test_the_name_before_a_note_on_the_author_is_the_author() -> None:
    for name, note in (
        ("Asa Lindqvist", "Licensed coffee grader, M.A. Journalism"),
        ("Jeanne Dupont", "Diététicienne diplômée"),
        ("Ana López", "Periodista y catadora"),
    ):
        tree = _body(
            f'<div class="card"><p class="headline">{name}</p>'
            f'<div class="dynamic-author-description">{note}</div></div>'
        )
        assert [b.authors for b in element_bylines(tree.body)] == [[name]], name


def test_a_heading_before_a_note_on_the_author_is_no_name() -> None:
    for heading in ("About the author", "À propos de l'auteur", "Über die Autorin"):
        tree = _body(
            f'<div class="card"><h3>{heading}</h3>'
            '<div class="author-bio">Jane writes about coffee.</div></div>'
        )
        assert element_bylines(tree.body) == [], heading


def test_by_after_a_works_title_is_a_citation() -> None:
    for title in (
        '<a href="book.html"><i>Wakoku Chiyekurabe</i></a>',
        "<cite>Moby-Dick</cite>",
        "<em>The Old Man and the Sea</em>",
    ):
        tree = _body(f"<div><p>{title} by Kan Chu Sen, 1721.</p></div>")
        assert opener_byline(tree.body).authors == [], title


def test_by_after_a_date_is_a_byline() -> None:
    tree = _body(
        '<p>Posted on <time datetime="2025-01-02">2 January 2025</time> by '
        '<a href="/u/jane">Jane Doe</a></p>'
    )
    assert opener_byline(tree.body).authors == ["Jane Doe"]


def _posts_page(body_class: str, opener: str) -> LexborHTMLParser:
    posts = "".join(
        f'<div class="post"><h2>Post {n}</h2><p>{opener} {name}</p><p>{"Summary. " * 12}</p></div>'
        for n, name in enumerate(["Jane Doe", "Paul Martin", "Ana López"])
    )
    return LexborHTMLParser(f'<html><body class="{body_class}"><h1>Topic</h1>{posts}</body></html>')


def test_a_list_of_posts_names_no_author() -> None:
    for opener in ("By", "Par", "Von"):
        tree = _posts_page("archive tax-language term-spanish", opener)
        assert read_metadata(tree, None).authors == [], opener
        tree = _posts_page("single single-post postid-7", opener)
        assert read_metadata(tree, None).authors == ["Jane Doe"], opener


def test_a_list_of_posts_keeps_the_markups_author() -> None:
    tree = LexborHTMLParser(
        '<html><head><meta name="author" content="Jeanne Dupont"></head>'
        '<body class="archive"><p>Par Paul Martin</p></body></html>'
    )
    assert read_metadata(tree, None).authors == ["Jeanne Dupont"]
