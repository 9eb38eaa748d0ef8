"""read_metadata on small hand-written pages (en, fr, de, es, it, pt)."""

from __future__ import annotations

import importlib

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.metadata.read import PageMeta, read_metadata


def _read(html: str, url: str | None = "https://example.com/a") -> PageMeta:
    return read_metadata(LexborHTMLParser(html), url)


LE_MONDE_LIKE = """<!doctype html><html lang="fr-FR"><head>
<title>Le budget 2026 adopté au forceps - Le Quotidien</title>
<meta property="og:title" content="Le budget 2026 adopté au forceps">
<meta property="og:site_name" content="Le Quotidien">
<meta property="og:description" content="  Le texte a été adopté
  de justesse.  ">
<meta property="article:section" content="Politique">
<meta property="article:published_time" content="2025-09-04T10:00:00+02:00">
<link rel="canonical" href="/politique/article/2025/09/04/budget.html">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Le budget 2026 adopté au forceps",
   "author": [{"@type": "Person", "name": "Jeanne Dupont"},
              {"@type": "Organization", "name": "AFP"}],
   "image": {"@type": "ImageObject", "url": "https://example.com/a.jpg",
             "copyrightHolder": {"@type": "Organization", "name": "© Paul Martin / AFP"}},
   "datePublished": "2025-09-04T10:00:00+02:00",
   "publisher": {"@id": "https://lequotidien.fr/#org"}},
  {"@type": "NewsMediaOrganization", "@id": "https://lequotidien.fr/#org",
   "name": "Le Quotidien"}
]}
</script></head>
<body><header><h1 class="logo">Le Quotidien</h1></header>
<article><h1>Le budget 2026 adopté au forceps</h1>
<p class="byline">Par Jeanne Dupont avec AFP</p><p>Texte de l'article.</p></article>
</body></html>"""


def test_news_article_in_french() -> None:
    meta = _read(LE_MONDE_LIKE, "https://lequotidien.fr/politique/x")
    assert meta.title == "Le budget 2026 adopté au forceps"
    assert meta.h1 == "Le budget 2026 adopté au forceps"
    assert "Le budget 2026 adopté au forceps - Le Quotidien" in meta.raw_titles
    assert meta.authors == ["Jeanne Dupont"]
    assert meta.source == "AFP"
    assert meta.image_credit == "Paul Martin / AFP"
    assert meta.published == "2025-09-04T10:00:00+02:00"
    assert meta.language == "fr-FR"
    assert meta.site_name == "Le Quotidien"
    assert meta.section == "Politique"
    assert meta.canonical_url == "https://lequotidien.fr/politique/article/2025/09/04/budget.html"
    assert meta.description == "Le texte a été adopté de justesse."


def test_next_js_title_with_react_markers() -> None:
    html = (
        "<html><head><title>Réforme des retraites<!-- -->: ce qui change<!-- --> | "
        "Atlantico.fr</title></head><body><p>x</p></body></html>"
    )
    meta = _read(html, "https://atlantico.fr/article/rdv/reforme")
    assert meta.title == "Réforme des retraites: ce qui change"


def test_german_meta_tags_only() -> None:
    html = """<html lang="de"><head>
    <title>Rente mit 63: Was sich jetzt ändert | Tagesblatt</title>
    <meta name="author" content="Hans Müller, Eva Schmidt">
    <meta name="dc.date" content="2025-03-04">
    <meta property="og:locale" content="de_DE">
    </head><body><h1>Rente mit 63: Was sich jetzt ändert</h1></body></html>"""
    meta = _read(html, "https://tagesblatt.de/wirtschaft/rente")
    assert meta.title == "Rente mit 63: Was sich jetzt ändert"
    assert meta.authors == ["Hans Müller", "Eva Schmidt"]
    assert meta.published == "2025-03-04"
    assert meta.language == "de"


def test_spanish_visible_byline_and_url_date() -> None:
    html = """<html><head><meta http-equiv="content-language" content="es-ES">
    <title>Cómo ahorrar en la factura de la luz</title></head>
    <body><nav><a href="/">Inicio</a></nav><main><article>
    <h1>Cómo ahorrar en la factura de la luz</h1>
    <div class="author-info"><span>Por</span> <a href="/autor/maria">María García</a></div>
    <p>Texto largo del artículo sobre la factura de la luz y cómo ahorrar cada mes en casa,
    con consejos prácticos para toda la familia y ejemplos concretos de consumo.</p>
    <p>Más texto del artículo para que tenga cuerpo suficiente y sea reconocido.</p>
    </article></main></body></html>"""
    meta = _read(html, "https://example.es/2025/09/04/ahorrar-luz/")
    assert meta.authors == ["María García"]
    assert meta.published == "2025-09-04"
    assert meta.language == "es-ES"


def test_italian_organization_author_that_is_the_site() -> None:
    html = """<html lang="it"><head>
    <meta property="og:site_name" content="Il Giornale del Caffè">
    <script type="application/ld+json">{"@type": "BlogPosting",
      "headline": "Storia del caffè in Italia",
      "author": {"@type": "Organization", "name": "Il Giornale del Caffè"},
      "datePublished": "2024-11-02"}</script>
    </head><body><h1>Storia del caffè in Italia</h1></body></html>"""
    meta = _read(html)
    assert meta.authors == ["Il Giornale del Caffè"]  # nothing names a person: the site
    assert meta.published == "2024-11-02"


def test_agency_organization_author_is_the_source() -> None:
    html = """<html lang="pt-br"><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Governo anuncia novo orçamento",
     "author": {"@type": "Organization", "name": "Reuters"}}</script></head>
    <body><h1>Governo anuncia novo orçamento</h1></body></html>"""
    meta = _read(html)
    assert meta.authors == []
    assert meta.source == "Reuters"
    assert meta.language == "pt-BR"


def test_person_referenced_by_id_and_breadcrumb_section() -> None:
    html = """<html><head><script type="application/ld+json">{"@graph": [
      {"@type": "Article", "headline": "Ten garden tips", "author": {"@id": "#jane"}},
      {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
      {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home"},
        {"@type": "ListItem", "position": 2, "name": "Gardening"},
        {"@type": "ListItem", "position": 3, "name": "Ten garden tips"}]}
    ]}</script></head><body><p>Jane Doe grows roses.</p></body></html>"""
    meta = _read(html)
    assert meta.authors == ["Jane Doe"]
    assert meta.section == "Gardening"
    assert meta.title == "Ten garden tips"


def test_odd_input_never_raises() -> None:
    pages = [
        "",
        "<html></html>",
        "<p>no head at all</p>",
        '<script type="application/ld+json">{broken json</script>',
        '<script type="application/ld+json">[1, "x", null, {"@type": 5, "author": 7}]</script>',
        '<script type="application/ld+json">{"@type": ["Article"], "headline": ["A", "B"],'
        ' "author": [null, {"name": null}, {"name": {"@value": "Ana"}}],'
        ' "datePublished": 20250904, "image": [7]}</script>',
        '<meta name="author"><meta property="og:title" content=""><html lang="">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@id": ["x"]},'
        ' "image": {"@id": {"a": 1}}, "publisher": "Le Quotidien", "@graph": "x"}</script>',
    ]
    for html in pages:
        meta = _read(html, None)
        assert isinstance(meta, PageMeta)


def test_tree_is_not_modified() -> None:
    tree = LexborHTMLParser(LE_MONDE_LIKE)
    before = tree.html
    read_metadata(tree, "https://lequotidien.fr/x")
    assert tree.html == before


def test_author_url_in_meta_is_not_a_name() -> None:
    html = """<html><head>
    <meta property="article:author" content="https://www.facebook.com/janedoe">
    <meta name="author" content="Jane Doe"></head><body></body></html>"""
    assert _read(html).authors == ["Jane Doe"]


def test_html_breadcrumb_gives_the_section() -> None:
    html = """<html><head><title>Las mejores rutas en bici</title></head><body>
    <nav aria-label="Breadcrumb"><a href="/">Inicio</a> › <a href="/viajes">Viajes</a> ›
    <a href="/viajes/rutas">Las mejores rutas en bici</a></nav>
    <h1>Las mejores rutas en bici</h1></body></html>"""
    assert _read(html).section == "Viajes"


def test_description_keeps_its_punctuation() -> None:
    html = '<html><head><meta name="description" content="- Tout savoir : le guide &amp; plus">'
    assert _read(html).description == "- Tout savoir : le guide & plus"


def test_byline_element_completes_the_markup_authors() -> None:
    html = """<html><head><meta property="og:site_name" content="Gazzetta Verde">
    <meta name="author" content="Marco Rossi"></head><body><article>
    <h1>Il futuro delle città verdi</h1>
    <p class="byline">Di Marco Rossi, Giulia Bianchi e Gazzetta Verde</p>
    <p>Un lungo articolo sulle città verdi, sui parchi e sugli alberi nelle strade, con
    molte interviste a urbanisti e cittadini di diverse regioni italiane.</p>
    </article></body></html>"""
    assert _read(html).authors == ["Marco Rossi", "Giulia Bianchi"]


def test_organization_author_gives_way_to_the_person_in_the_byline() -> None:
    html = """<html lang="es"><head><script type="application/ld+json">
    {"@type": "Article", "headline": "Cómo dormir mejor",
     "author": {"@type": "Person", "name": "Clínica Universitaria Foundation"}}</script>
    </head><body><article><h1>Cómo dormir mejor</h1>
    <div class="post-author">Por Ana López</div>
    <p>Consejos de los especialistas para dormir mejor cada noche, con horarios regulares,
    menos pantallas y una habitación fresca y oscura durante todo el año.</p>
    </article></body></html>"""
    assert _read(html).authors == ["Ana López"]


def test_written_by_twitter_label_names_the_author() -> None:
    page = """<html><head><title>Ten tips</title>
<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 min">
<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Nora Vance">
</head><body><article><h1>Ten tips</h1><p>Text of the article.</p></article></body></html>"""
    assert _read(page).authors == ["Nora Vance"]


def test_written_by_label_with_a_login_names_nobody() -> None:
    page = """<html><head><title>Ten tips</title>
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="admin">
</head><body><article><h1>Ten tips</h1><p>Text of the article.</p></article></body></html>"""
    assert _read(page).authors == []


def test_the_published_line_beats_markup_of_another_day() -> None:
    page = """<html><head><title>Garden notes</title>
<meta property="article:published_time" content="03-09-2026">
</head><body><article><h1>Garden notes</h1><p>Published March 9, 2026</p>
<p>Text of the article, long enough to be the article.</p></article></body></html>"""
    assert _read(page).published == "2026-03-09"


def test_markup_keeps_its_time_when_the_published_line_is_a_day_apart() -> None:
    page = """<html><head><title>Garden notes</title>
<meta property="article:published_time" content="2025-12-02T20:00:00-05:00">
</head><body><article><h1>Garden notes</h1><p>Published: 03 Dec 2025</p>
<p>Text of the article.</p></article></body></html>"""
    assert _read(page).published == "2025-12-02T20:00:00-05:00"


def test_the_visible_byline_beats_a_login_name_in_markup() -> None:
    page = """<html><head><title>Rental cars</title>
<meta name="author" content="KatieS"></head><body><article><h1>Rental cars</h1>
<div class="author-name"><a href="/author/aoife-oriordan/" rel="author">Aoife O'Riordan</a></div>
<p>Text of the article, long enough to be the article's scope on this page.</p>
</article></body></html>"""
    assert _read(page).authors == ["Aoife O'Riordan"]


def test_markup_author_stays_when_the_byline_names_no_full_name() -> None:
    page = """<html><head><title>Tax guide</title>
<meta name="author" content="Lisa Greene"></head><body><article><h1>Tax guide</h1>
<div class="author-name"><a href="/author/taxlisa/" rel="author">TaxLisa</a></div>
<p>Text of the article, long enough to be the article's scope on this page.</p>
</article></body></html>"""
    assert _read(page).authors == ["Lisa Greene"]


def test_teaser_cards_are_not_the_articles_scope() -> None:
    """The headline stands outside any <article>; the <article> elements are related-post
    cards with their own bylines and dates: the byline and date are looked for in the
    page, not in the longest card."""
    card = (
        '<article class="related-post-card"><p class="byline">By Card Writer</p><p>{}</p></article>'
    )
    teaser = "Another story about the harbour, its ferries and its new timetable. " * 4
    html = f"""<html lang="en"><head><title>Harbour report</title></head><body>
<div class="post"><h1>Harbour report</h1><p class="byline">By Jane Smith</p>
<p>{"The harbour reopened on Monday after the storm. " * 6}</p></div>
{card.format(teaser)}{card.format(teaser * 2)}</body></html>"""
    tree = LexborHTMLParser(html)
    scope = importlib.import_module("presscut.extraction.metadata.read")._article_scope(tree)
    assert scope is not None and scope.tag == "body"
    assert read_metadata(tree, "https://example.com/a").authors == ["Jane Smith"]


def test_a_markup_author_named_like_the_domain_is_the_site_not_a_person() -> None:
    """No og:site_name: the domain alone says that "Harbour Cast" is the site."""
    html = """<html><head><meta name="author" content="Harbour Cast"></head><body>
<header><a class="logo" href="/">Harbour Cast</a></header>
<article><h1>How to record a podcast</h1><p class="byline">By Jane Smith</p>
<p>A long enough paragraph of the article's own text, more than two hundred characters so
that the article element is the scope of the byline search, as it is on real pages where
the article holds its byline and its body.</p></article></body></html>"""
    meta = read_metadata(LexborHTMLParser(html), "https://www.harbourcast.example/blog/record")
    assert meta.authors == ["Jane Smith"]
