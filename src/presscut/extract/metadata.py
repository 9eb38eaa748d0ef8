"""Phase 2a: the page's metadata (title, authors, date, language, site, section, URL).

Read from JSON-LD, meta tags, microdata and a few visible elements (h1, bylines, time)
of the one shared selectolax tree, which is never modified. Odd input (broken JSON-LD,
no head, strange types) is skipped, never raised.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extract.byline import (
    Byline,
    element_bylines,
    first_naming,
    link_byline,
    looks_like_name,
    markup_byline,
    opener_byline,
    without_site_name,
)
from presscut.extract.dates import as_shown, days_apart, first_date, labelled_date, shown_date
from presscut.extract.dom import clean_text
from presscut.extract.jsonld import Graph, ld_text, read_jsonld
from presscut.extract.language import normalise_language
from presscut.extract.rules.byline import ORGANIZATION_WORDS
from presscut.extract.rules.title import HTML_COMMENT
from presscut.extract.title import (
    TitleCandidates,
    choose_title,
    clean_title,
    headline_text,
    is_site_name,
    site_keys,
    site_names,
    title_tag,
    without_tagline,
)

#: Meta tags (name, property or itemprop, lower case) for each field, most trusted first.
META_TITLE = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title")
META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "og:article:author",
    "article:author_name",
    "cxenseparse:author",
)
#: Labels of the "twitter:labelN"/"twitter:dataN" pairs (Yoast, Slack previews) whose
#: data is the author (lower case).
WRITTEN_BY_LABELS = frozenset({"written by", "author", "by", "auteur", "autor", "geschrieben von"})
#: How many "twitter:labelN" pairs a page may have.
MAX_TWITTER_LABELS = 4
META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article:published",
    "published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "datecreated",
    "cxenseparse:recs:publishtime",
)
META_SITE_NAME = ("og:site_name", "application-name", "apple-mobile-web-app-title")
META_SECTION = ("article:section", "parsely-section", "section", "sailthru.section")
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
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
    h1: str | None = None
    raw_titles: list[str] = field(default_factory=list)


def read_metadata(tree: LexborHTMLParser, url: str | None) -> PageMeta:
    """Everything the page says about its article, without touching the tree."""
    metas = _meta_tags(tree)
    graph = read_jsonld(tree)
    article = graph.article()
    meta = PageMeta()
    names = _site_names(metas, graph, article)
    meta.site_name = without_tagline(names[0]) if names else None
    names += [meta.site_name] if meta.site_name else []
    _read_title(meta, tree, metas, article, site_keys(names, url))
    scope = cache(lambda: _article_scope(tree))  # found once, when first needed
    own_names = [n for n in (names[0] if names else None, meta.site_name) if n]
    _read_authors(meta, tree, metas, graph, article, scope, site_keys(own_names, None))
    meta.published = _published(tree, metas, graph, article, url, scope)
    meta.language = _language(tree, metas, article)
    sections = [*_values(metas, META_SECTION), *graph.sections(article, meta.title)]
    meta.section = _section(sections, names) or _section(_html_breadcrumb(tree, meta.title), names)
    meta.canonical_url = _canonical(tree, metas, url)
    meta.description = _description(
        [*_values(metas, META_DESCRIPTION), ld_text(article, "description")]
    )
    meta.image_credit = graph.image_credit(article)
    return meta


def _meta_tags(tree: LexborHTMLParser) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        key = key or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def _values(metas: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in metas.get(key, [])]


def _read_title(
    meta: PageMeta,
    tree: LexborHTMLParser,
    metas: dict[str, list[str]],
    article: dict | None,
    keys: frozenset[str],
) -> None:
    found = TitleCandidates(
        meta=[t for t in (ld_text(article, "headline"),) if t] + _values(metas, META_TITLE),
        title_tag=title_tag(tree),
        h1s=[headline_text(h) for h in tree.css("h1")[:8]],
    )
    choice = choose_title(found, keys)
    meta.title, meta.h1, meta.raw_titles = choice.title, choice.h1, choice.raw_titles


def _site_names(metas: dict[str, list[str]], graph: Graph, article: dict | None) -> list[str]:
    """Every name the site gives itself, most trusted first, cleaned and distinct."""
    values = [*metas.get("og:site_name", []), graph.site_name(article)]
    return site_names([*values, *(v for k in META_SITE_NAME[1:] for v in metas.get(k, []))])


def _description(values: list[str | None]) -> str | None:
    for value in values:
        text = clean_text(HTML_COMMENT.sub("", html.unescape(value or "")))
        if text:
            return text
    return None


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


def _read_authors(
    meta: PageMeta,
    tree: LexborHTMLParser,
    metas: dict[str, list[str]],
    graph: Graph,
    article: dict | None,
    scope_of: Callable[[], LexborNode | None],
    keys: frozenset[str],
) -> None:
    """Authors from the first place that names a person: JSON-LD, meta tags, byline
    elements, author-page links, a visible "By ...". The site itself, or an Organization
    author, counts only when no place names a person."""
    sources: list[str] = []
    fallback: list[str] = []
    persons = graph.people(article)  # typed Person: a person even when named like the site
    orgs = {clean_text(n).casefold() for n, is_org in graph.authors(article) if is_org}
    scope_bylines = cache(lambda: element_bylines(s) if (s := scope_of()) is not None else [])
    body = tree.body
    stages: list[Callable[[], Byline]] = [
        lambda: markup_byline(graph.authors(article)),
        lambda: markup_byline([(v, False) for v in _meta_authors(metas) if not _is_link(v)]),
        lambda: first_naming(scope_bylines()),
        lambda: link_byline(scope) if (scope := scope_of()) is not None else Byline(),
        lambda: opener_byline(scope) if (scope := scope_of()) is not None else Byline(),
    ]
    if body is not None and scope_of() is not body:
        stages += [
            lambda: first_naming(element_bylines(body)),
            lambda: link_byline(body),
            lambda: Byline() if fallback else opener_byline(body),  # free text: riskier
        ]
    for stage in stages:
        byline = stage()
        if byline.source and byline.source not in sources:
            sources.append(byline.source)
        names = [without_site_name(a, meta.site_name) for a in byline.authors]
        people = [a for a in names if a and _is_person(a, persons, orgs, keys)]
        if people:
            in_markup = stage is stages[0] or stage is stages[1]
            if in_markup:
                seen = [*scope_bylines()[:1], _visible_byline(scope_of)]
                people = _shown_people(people, seen, persons, orgs, keys)
            meta.authors = people
            break
        fallback = fallback or [a for a in names if a]
    else:
        meta.authors = fallback
    meta.source = ", ".join(sources) or None


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    """Author meta tags, then the data of a "Written by" twitter label."""
    found = _values(metas, META_AUTHOR)
    for n in range(1, MAX_TWITTER_LABELS + 1):
        label = metas.get(f"twitter:label{n}", [""])[0].strip().casefold()
        if label in WRITTEN_BY_LABELS:
            found += metas.get(f"twitter:data{n}", [])[:1]
    return found


def _is_person(name: str, persons: set[str], orgs: set[str], keys: frozenset[str]) -> bool:
    """Not the site nor an Organization author, unless JSON-LD says it is a Person (a
    blogger's site bears their name) and the name has no organisation's word in it."""
    key = name.casefold()
    org_like = key in orgs or bool(set(key.split()) & ORGANIZATION_WORDS)
    if key in persons and not org_like:
        return True
    return not org_like and not is_site_name(name, keys)


def _shown_people(
    people: list[str],
    bylines: list[Byline],
    persons: set[str],
    orgs: set[str],
    keys: frozenset[str],
) -> list[str]:
    """Markup's authors checked against the article's first byline element: when it
    names the same people and more, it gives them all (markup often names only the first
    author); when it names other people only, it wins (markup is often the uploader's
    account or a template's default, the byline what the reader sees)."""
    if not bylines:
        return people
    shown = [a for a in bylines[0].authors if _is_person(a, persons, orgs, keys)]
    named = [p for p in people if any(_same_person(p, a) for a in shown)]
    if len(named) == len(people) and len(shown) > len(people):
        return shown
    confirmed = bylines[1:] and all(
        " " in a
        and looks_like_name(a, strict=True)
        and any(_same_person(a, b) for b in bylines[1].authors)
        for a in shown
    )
    if shown and not named and confirmed:
        return shown
    return people


def _visible_byline(scope_of: Callable[[], LexborNode | None]) -> Byline:
    """A second look at the article's byline: an author-page link, else a "By ..." line."""
    scope = scope_of()
    if scope is None:
        return Byline()
    return link_byline(scope) if link_byline(scope).authors else opener_byline(scope)


def _same_person(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    return a in b or b in a


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/", "www."))


def _classes(node: LexborNode) -> str:
    return (node.attributes.get("class") or "").lower()


def _article_scope(tree: LexborHTMLParser) -> LexborNode | None:
    """Where the article's byline is: the <article> holding the <h1> (else the longest
    one: the first may be a comment or a teaser), else <main>, else the body."""
    articles = [
        a
        for a in tree.css("article")
        if len(a.text(deep=True)) > MIN_SCOPE_CHARS and "comment" not in _classes(a)
    ]
    with_h1 = [a for a in articles if a.css_first("h1") is not None]
    if with_h1 or articles:
        return (with_h1 or sorted(articles, key=lambda a: -len(a.text(deep=True))))[0]
    for selector in ("main", '[role="main"]'):
        node = tree.css_first(selector)
        if node is not None and len(node.text(deep=True)) > MIN_SCOPE_CHARS:
            return node
    return tree.body


def _published(
    tree: LexborHTMLParser,
    metas: dict[str, list[str]],
    graph: Graph,
    article: dict | None,
    url: str | None,
    scope: Callable[[], LexborNode | None],
) -> str | None:
    """Markup first (JSON-LD, meta), then the date the article shows, then the URL's.
    A date the article labels "Published" beats markup that says another day (markup is
    often a template's or a republication's; a day apart is the time zone's doing).
    A modification date is never taken for the publication date."""
    found = (
        first_date([ld_text(article, "datePublished"), *_values(metas, META_PUBLISHED)])
        or first_date(graph.values("datePublished"))
        or shown_date(tree, scope, url)
        or first_date([v for k, vs in metas.items() if "publish" in k for v in vs])
        or first_date([ld_text(article, "dateCreated")])
    )
    labelled = labelled_date(scope()) if found else None
    if labelled and found and days_apart(labelled, found) > 1:
        found = labelled
    return as_shown(found, url) if found else None


def _language(
    tree: LexborHTMLParser, metas: dict[str, list[str]], article: dict | None
) -> str | None:
    html_node = tree.css_first("html")
    candidates = [html_node.attributes.get("lang") if html_node is not None else None]
    candidates += [html_node.attributes.get("xml:lang") if html_node is not None else None]
    candidates += [*_values(metas, META_LANGUAGE), ld_text(article, "inLanguage")]
    for value in candidates:
        code = normalise_language(value)
        if code:
            return code
    return None


def _canonical(tree: LexborHTMLParser, metas: dict[str, list[str]], url: str | None) -> str | None:
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
