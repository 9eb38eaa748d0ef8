"""Phase 2a: the page's metadata (title, authors, date, language, site, section, URL).

Read from JSON-LD, meta tags, microdata and a few visible elements (h1, bylines, time)
of the one shared selectolax tree, which is never modified. Odd input (broken JSON-LD,
no head, strange types) is skipped, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.credit.authors import AuthorSearch, read_authors
from presscut.extraction.dom import attr_words, clean_text
from presscut.extraction.metadata.dates import read_modified, read_published
from presscut.extraction.metadata.jsonld import Graph, ld_text, read_jsonld
from presscut.extraction.metadata.language import normalise_language
from presscut.extraction.metadata.metatags import MetaTags, read_meta_tags, values
from presscut.extraction.metadata.structured_body import structured_paragraphs
from presscut.extraction.metadata.summary import read_description, read_image, read_tags
from presscut.extraction.metadata.title import (
    TitleCandidates,
    choose_title,
    clean_title,
    headline_text,
    site_keys,
    site_names,
    title_tag,
    without_tagline,
)
from presscut.extraction.rules.structure import TEASER_ARTICLE_WORDS

#: Meta tags (name, property or itemprop, lower case) for each field, most trusted first.
META_TITLE = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
META_SITE_NAME = ("og:site_name", "application-name", "apple-mobile-web-app-title")
META_SECTION = ("article:section", "parsely-section", "section", "sailthru.section")
META_LANGUAGE = ("content-language", "og:locale", "dc.language", "language", "inlanguage")
#: A breadcrumb trail in the page (when JSON-LD has none): "fil d'Ariane", "Brotkrümel",
#: "migas de pan", "briciole di pane", "migalhas".
BREADCRUMB_SELECTOR = (
    '[class*="breadcrumb"], [class*="Breadcrumb"], nav[aria-label*="readcrumb"], '
    '[itemtype*="BreadcrumbList"], [class*="ariane"], [class*="brotkrume"], [class*="migas"], '
    '[class*="briciole"], [class*="migalha"]'
)
#: A section name is short; longer values are descriptions or headlines.
MAX_SECTION_CHARS = 40
#: An <article> or <main> with less text than this is a teaser, not the article's scope.
MIN_SCOPE_CHARS = 200


@dataclass
class PageMeta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    image_credit: str | None = None
    published: str | None = None
    language: str | None = None
    site_name: str | None = None
    section: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    modified: str | None = None
    h1: str | None = None
    raw_titles: list[str] = field(default_factory=list)
    #: The article's paragraphs as its JSON-LD gives them (``structured_body.py``).
    structured_body: list[str] = field(default_factory=list)


def read_metadata(tree: LexborHTMLParser, url: str | None) -> PageMeta:
    """Everything the page says about its article, without touching the tree."""
    metas = read_meta_tags(tree)
    graph = read_jsonld(tree)
    article = graph.article()
    meta = PageMeta()
    names = _site_names(metas, graph, article)
    meta.site_name = without_tagline(names[0]) if names else None
    names += [meta.site_name] if meta.site_name else []
    _read_title(meta, tree, metas, article, site_keys(names, url))
    scope = cache(lambda: _article_scope(tree))  # found once, when first needed
    own_names = [n for n in (names[0] if names else None, meta.site_name) if n]
    search = AuthorSearch(tree, metas, graph, article, scope, site_keys(own_names, url))
    meta.authors, meta.source = read_authors(search, meta.site_name)
    meta.published = read_published(tree, metas, graph, article, url, scope)
    meta.language = _language(tree, metas, article)
    sections = [*values(metas, META_SECTION), *graph.sections(article, meta.title)]
    meta.section = _section(sections, names) or _section(_html_breadcrumb(tree, meta.title), names)
    meta.canonical_url = _canonical(tree, metas, url)
    meta.modified = read_modified(tree, metas, article, scope, meta.published)
    meta.description = read_description(metas, article)
    meta.image = read_image(tree, metas, graph, article, url, scope)
    meta.tags = read_tags(metas, article, scope)
    meta.image_credit = graph.image_credit(article)
    meta.structured_body = structured_paragraphs(article)
    return meta


def _read_title(
    meta: PageMeta,
    tree: LexborHTMLParser,
    metas: MetaTags,
    article: dict | None,
    keys: frozenset[str],
) -> None:
    found = TitleCandidates(
        meta=[t for t in (ld_text(article, "headline"),) if t] + values(metas, META_TITLE),
        title_tag=title_tag(tree),
        h1s=[headline_text(h) for h in tree.css("h1")[:8]],
    )
    choice = choose_title(found, keys)
    meta.title, meta.h1, meta.raw_titles = choice.title, choice.h1, choice.raw_titles


def _site_names(metas: MetaTags, graph: Graph, article: dict | None) -> list[str]:
    """Every name the site gives itself, most trusted first, cleaned and distinct."""
    values = [*metas.get("og:site_name", []), graph.site_name(article)]
    return site_names([*values, *(v for k in META_SITE_NAME[1:] for v in metas.get(k, []))])


def _html_breadcrumb(tree: LexborHTMLParser, title: str | None) -> list[str]:
    """The last link of a breadcrumb trail that is not the article itself."""
    trail = tree.css_first(BREADCRUMB_SELECTOR)
    if trail is None:
        return []
    names = [clean_text(a.text()) for a in trail.css("a")]
    names = [n for n in names if n and (title is None or n.casefold() != title.casefold())]
    return names[-1:] if len(names) > 1 else []


def _section(values: list[str | None], site_names: list[str]) -> str | None:
    """The first section that is a short name, not the site's ("News, Politics": "News")."""
    sites = {n.casefold() for n in site_names}
    for value in values:
        section = clean_title((value or "").split(",")[0])
        if section and len(section) <= MAX_SECTION_CHARS and section.casefold() not in sites:
            return section
    return None


def _article_scope(tree: LexborHTMLParser) -> LexborNode | None:
    """Where the article's byline is: the <article> holding the <h1> (else the longest
    one: the first may be a comment), not a teaser card, else <main>, else the body."""
    articles = [
        a
        for a in tree.css("article")
        if len(a.text(deep=True)) > MIN_SCOPE_CHARS and not attr_words(a) & TEASER_ARTICLE_WORDS
    ]
    with_h1 = [a for a in articles if a.css_first("h1") is not None]
    if with_h1 or articles:
        return (with_h1 or sorted(articles, key=lambda a: -len(a.text(deep=True))))[0]
    for selector in ("main", '[role="main"]'):
        node = tree.css_first(selector)
        if node is not None and len(node.text(deep=True)) > MIN_SCOPE_CHARS:
            return node
    return tree.body


def _language(tree: LexborHTMLParser, metas: MetaTags, article: dict | None) -> str | None:
    html_node = tree.css_first("html")
    candidates = [html_node.attributes.get("lang") if html_node is not None else None]
    candidates += [html_node.attributes.get("xml:lang") if html_node is not None else None]
    candidates += [*values(metas, META_LANGUAGE), ld_text(article, "inLanguage")]
    for value in candidates:
        code = normalise_language(value)
        if code:
            return code
    return None


def _canonical(tree: LexborHTMLParser, metas: MetaTags, url: str | None) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    values = [node.attributes.get("href") if node is not None else None, *metas.get("og:url", [])]
    for value in values:
        value = (value or "").strip()
        if not value:
            continue
        absolute = urljoin(url, value) if url else value
        if absolute.startswith(("http://", "https://")):
            return absolute
    return None
