"""Co-authors: each linked to their author page in one byline, or each in a
citation_authors meta tag (en, fr, es)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.credit.page_bylines import element_bylines, link_byline, linked_names
from presscut.extraction.metadata.read import read_metadata


def _body(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<html><body>{html}</body></html>")


def test_linked_co_authors_are_all_read() -> None:
    tree = _body(
        '<div class="meta">By <a href="/author/jane-doe/">Jane Doe</a>, '
        '<a href="/author/john-roe/">John Roe</a> &amp; '
        '<a href="/author/ann-poe/">Ann Poe</a></div>'
    )
    assert link_byline(tree.body).authors == ["Jane Doe", "John Roe", "Ann Poe"]


def test_a_linked_reviewer_is_no_co_author() -> None:
    tree = _body(
        '<div>Par <a href="/auteur/jeanne-dupont/">Jeanne Dupont</a> | Relu par '
        '<a href="/auteur/paul-martin/">Paul Martin</a></div>'
    )
    assert link_byline(tree.body).authors == ["Jeanne Dupont"]


def test_no_co_authors_from_a_long_block() -> None:
    bio = "Jane Doe writes about gardens and cities, and has done so for years. " * 8
    tree = _body(
        f'<div><a href="/author/jane-doe/">Jane Doe</a> {bio} '
        '<a href="/author/john-roe/">John Roe</a></div>'
    )
    assert link_byline(tree.body).authors == ["Jane Doe"]
    assert linked_names(tree.body.css_first("div")) == []


def test_author_box_with_notes_gives_each_linked_author() -> None:
    tree = _body(
        '<div class="article-byline"><strong>Escrito por</strong><br>'
        '<strong><a href="/autor/ana-lopez">Ana López</a></strong>, cinco años probando '
        "portátiles y pantallas para la revista<br>"
        '<strong><a href="/autor/jose-perez">José Pérez</a></strong>, editor sénior y '
        "aficionado a los teclados mecánicos desde hace diez años.</div>"
    )
    assert element_bylines(tree.body)[0].authors == ["Ana López", "José Pérez"]


def test_citation_authors_meta_tags_name_every_author() -> None:
    html = """<html><head>
    <meta name="citation_authors" content="Jane Doe"><meta name="citation_authors"
    content="John Roe"></head><body><h1>A study</h1></body></html>"""
    meta = read_metadata(LexborHTMLParser(html), "https://example.com/a")
    assert meta.authors == ["Jane Doe", "John Roe"]


def test_an_author_link_without_a_name_takes_the_name_its_address_spells() -> None:
    for name, slug, label in (
        ("Juliette Carreiro", "juliette-carreiro", "Articles by Juliette"),
        ("José Pérez", "jose-perez", "Ver sus artículos"),
        ("Hélène Lefèvre", "helene_lefevre", "Tous ses articles"),
        ("Anna Schröder", "anna-schroder", "alle Beiträge ansehen"),
    ):
        tree = _body(
            f'<div class="card"><img alt="" src="/p.jpg"><div><p>{name}</p><p>Redakteur</p>'
            f'</div><a href="/blog/authors/{slug}/">{label}</a></div>'
        )
        assert link_byline(tree.body).authors == [name], name


def test_a_login_address_names_nobody() -> None:
    tree = _body('<div class="card"><p>Jdoe</p><a href="/author/jdoe/">View all posts</a></div>')
    assert link_byline(tree.body).authors == []


def test_an_author_links_label_is_no_name() -> None:
    for label in (
        "Alle Beiträge",
        "Mehr von Anna",
        "Tous ses articles",
        "Voir le profil",
        "Ver Todos Sus Artículos",
        "Tutti Gli Articoli",
        "Vedi Profilo",
        "Todos Os Artigos",
    ):
        tree = _body(f'<div class="meta"><a href="/author/xyz/">{label}</a></div>')
        assert link_byline(tree.body).authors == [], label
