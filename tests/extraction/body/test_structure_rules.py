"""Structural rules: page chrome cut by tag, role and class words, whatever the language."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.body.harvest import Harvest
from presscut.extraction.body.prune import prune
from presscut.extraction.dom import attr_words

from ..pages import PROSE, page

#: (where the snippet goes, the snippet, the text that must not reach the body, the rule)
CHROME = [
    (
        "before",
        "<nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>",
        "Accueil",
        "structure.navigation",
    ),
    (
        "after",
        "<div class='sharedaddy sd-sharing-enabled'><a>Partager sur Facebook</a></div>",
        "Partager sur Facebook",
        "structure.share",
    ),
    (
        "after",
        "<div id='comments' class='comments-area'><h2>3 réponses</h2>"
        "<p>Très bon article, merci pour ces précisions sur les horaires.</p></div>",
        "Très bon article",
        "structure.comments",
    ),
    (
        "inside",
        "<div class='newsletter-signup'><p>Recevez l'essentiel de l'actualité</p></div>",
        "Recevez l'essentiel",
        "structure.newsletter",
    ),
    (
        "after",
        "<section class='related-articles'><a>Grève des bus : la ville paralysée</a></section>",
        "Grève des bus",
        "structure.related",
    ),
    (
        "inside",
        "<div class='ad-slot'>Anzeige Jetzt Angebot sichern</div>",
        "Angebot sichern",
        "structure.advertising",
    ),
    (
        "before",
        "<div id='cookie-banner'>Wir verwenden Cookies. Alle akzeptieren</div>",
        "Alle akzeptieren",
        "structure.cookie",
    ),
    (
        "after",
        "<div class='author-bio'>Marta García es periodista de sociedad desde 2009.</div>",
        "Marta García es periodista",
        "structure.author_bio",
    ),
    (
        "after",
        "<ul class='post-tags'><li>trasporti</li><li>autobus</li></ul>",
        "autobus</li>",
        "structure.tags",
    ),
    (
        "after",
        "<footer><p>Mentions légales · Contact · Plan du site</p></footer>",
        "Mentions légales",
        "structure.footer",
    ),
    (
        "inside",
        "<aside><p>Leia também: greve paralisa a cidade</p></aside>",
        "greve paralisa",
        "structure.aside",
    ),
    (
        "inside",
        "<div style='display: none'>Texto oculto de seguimiento</div>",
        "Texto oculto",
        "structure.hidden",
    ),
]


NEXT_STORIES = (
    "<div id='next-post-thumbnails'><div class='nextstory'><h2><a href='/autre'>La ligne 12 "
    "prolongée</a></h2><p>La ligne 12 du métro sera prolongée de trois stations d'ici 2030, a "
    "annoncé la région, qui promet des rames plus fréquentes aux heures de pointe.</p>"
    "<h3><a href='/autre'>LIRE LA SUITE</a></h3></div></div>"
)


def test_next_story_teasers_after_the_article_are_cut() -> None:
    article = extract(page("fr", after=NEXT_STORIES), explain=True)
    assert article.body is not None
    assert article.body.split("\n\n") == PROSE["fr"]
    assert "structure.related" in {removal.rule for removal in article.removed or []}


@pytest.mark.parametrize("case", CHROME, ids=lambda case: case[3])
def test_chrome_is_cut_by_structure(case: tuple[str, str, str, str]) -> None:
    where, snippet, leaked, rule = case
    html = page("fr", **{where: snippet})
    article = extract(html, explain=True)
    assert article.body is not None
    assert leaked not in article.body
    assert article.body.split("\n\n") == PROSE["fr"]
    assert rule in {removal.rule for removal in article.removed or []}


def test_css_module_class_names_are_split_into_words() -> None:
    node = LexborHTMLParser("<div class='ArticleHeader_kicker__3xYzq post-share'></div>")
    words = attr_words(node.css_first("div"))
    assert {"kicker", "article", "header", "share", "post-share"} <= words


def test_words_are_whole_words_not_substrings() -> None:
    # "shadow" holds "ad", "loading" holds "ad": neither is advertising
    html = page("en", inside="<div class='shadow loading-box'><p>The vote was 31 to 4.</p></div>")
    article = extract(html)
    assert "The vote was 31 to 4." in (article.body or "")


def test_a_menu_class_around_the_article_does_not_remove_it() -> None:
    # Webflow renders article text inside <nav> dropdown lists: prose is never chrome
    prose = "".join(f"<div>{p}</div>" for p in PROSE["en"] * 2)
    html = f"<html><body><h1>Title</h1><nav class='w-dropdown-list'>{prose}</nav></body></html>"
    tree = LexborHTMLParser(html)
    assert prune(tree, Harvest(), explain=True) == []
    assert PROSE["en"][0] in tree.body.text()


def test_a_short_menu_is_removed_even_with_long_link_text() -> None:
    links = "".join(f"<a href='/{i}'>{p}</a>" for i, p in enumerate(PROSE["en"] * 2))
    tree = LexborHTMLParser(f"<html><body><h1>T</h1><nav>{links}</nav><p>Body</p></body></html>")
    assert [r.rule for r in prune(tree, Harvest(), explain=True)] == ["structure.navigation"]


def test_the_headline_container_is_never_cut() -> None:
    tree = LexborHTMLParser("<body><div class='share-header'><h1>Headline</h1></div></body>")
    prune(tree, Harvest(), explain=False)
    assert tree.css_first("h1") is not None


def test_taxonomy_classes_say_nothing_about_the_element() -> None:
    node = LexborHTMLParser("<article class='post category-comments tag-share hentry'></article>")
    words = attr_words(node.css_first("article"))
    assert "post" in words
    assert not {"comments", "share", "category-comments", "tag-share"} & words


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_an_article_filed_under_comments_is_not_pruned(lang: str) -> None:
    # one paragraph: not enough prose for the guard that keeps long wrappers
    text = f"{PROSE[lang][0]} {PROSE[lang][1]}"
    html = (
        f"<html lang='{lang}'><body><h1>Night buses</h1>"
        f"<article class='post category-comments tag-share'><p>{text}</p></article>"
        f"<p>{PROSE[lang][2]}</p></body></html>"
    )
    assert text in (extract(html).body or "")


#: (language, a section heading whose id or class carries chrome words, its text)
HEADINGS = [
    ("en", "<h2 id='h-what-is-social-shopping'>What is social shopping?</h2>", "social shopping"),
    ("en", "<h2 id='toc_should-you-invest' class='text-2xl'>Should you invest?</h2>", "invest"),
    ("fr", "<h2 class='wp-block-heading toc'>Les codes promo du mois</h2>", "codes promo"),
    ("de", "<h3 class='tocHeader' id='toc-heading-2'>Was die Verwaltung plant</h3>", "Verwaltung"),
    ("es", "<h2 id='share-of-voice'>La cuota de voz en las redes</h2>", "cuota de voz"),
]


@pytest.mark.parametrize("case", HEADINGS, ids=lambda case: case[0])
def test_a_section_heading_is_not_chrome_by_its_anchor_or_toc_class(
    case: tuple[str, str, str],
) -> None:
    lang, heading, text = case
    body = extract(page(lang, inside=heading)).body or ""
    assert text in body


def test_a_heading_classed_as_a_related_block_title_is_still_cut() -> None:
    heading = "<h2 class='related-posts-title'>You might also like</h2>"
    body = extract(page("en", inside=heading)).body or ""
    assert "You might also like" not in body


def test_the_chrome_cut_is_counted_as_the_page_measures_it() -> None:
    """The menu's text is counted (trafilatura measures the page with it); the footer's,
    the script's and the cookie banner's are not (trafilatura's measure leaves them out)."""
    html = (
        "<html><body><nav><a href='/'>Startseite</a><a href='/sport'>Sport</a></nav>"
        "<h1>Titel</h1><p>Text des Artikels.</p><script>var menu = 1;</script>"
        "<footer>Impressum und Datenschutz</footer>"
        "<div class='cookie-banner'>Wir verwenden Cookies.</div></body></html>"
    )
    found = Harvest()
    prune(LexborHTMLParser(html), found, explain=False)
    assert found.chrome_chars == len("Startseite Sport")
