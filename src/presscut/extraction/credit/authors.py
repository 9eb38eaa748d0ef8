"""The article's authors: from JSON-LD, meta tags, byline elements, author-page links and
a visible "By ...", in that order of trust, checked against what the reader sees."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.credit.author_cards import portrait_byline
from presscut.extraction.credit.byline import (
    Byline,
    first_naming,
    japanese_names,
    looks_like_name,
    markup_byline,
    without_site_name,
)
from presscut.extraction.credit.cjk_bylines import cjk_byline
from presscut.extraction.credit.owner import site_owner
from presscut.extraction.credit.page_bylines import (
    element_bylines,
    link_byline,
    opener_byline,
    site_domain,
)
from presscut.extraction.dom import CODE_TAGS, clean_text, text_nodes
from presscut.extraction.metadata.jsonld import JSONLD_SELECTOR, Graph
from presscut.extraction.metadata.metatags import MetaTags
from presscut.extraction.metadata.title import is_site_name
from presscut.extraction.rules.byline import (
    CJK_ORGANIZATION_ENDINGS,
    COMPANY_NAME,
    JA_LANGUAGE,
    KANA,
    MAX_LABEL_GAP,
    ORGANIZATION_WORDS,
    REVIEWER_LABELS,
)
from presscut.extraction.rules.byline_page import LISTING_BODY_CLASSES

#: Meta tags (name, property or itemprop, lower case) naming the author, most trusted first.
META_AUTHOR = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "citation_author",
    "citation_authors",
    "og:article:author",
    "article:author_name",
    "cxenseparse:author",
)
#: Meta tags of scholarly pages (Highwire): one author each, surname first.
CITATION_AUTHOR = frozenset({"citation_author", "citation_authors"})
#: Labels of the "twitter:labelN"/"twitter:dataN" pairs (Yoast, Slack previews) whose
#: data is the author (lower case).
WRITTEN_BY_LABELS = frozenset({"written by", "author", "by", "auteur", "autor", "geschrieben von"})
#: How many mentions of a name are checked for a "Reviewed by" label before it.
MAX_NAME_MENTIONS = 5
#: A word of a name, initials aside.
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")
#: How many "twitter:labelN" pairs a page may have.
MAX_TWITTER_LABELS = 4


def read_authors(search: AuthorSearch, site_name: str | None) -> tuple[list[str], str | None]:
    """Authors from the first place that names a person (JSON-LD, meta tags, byline
    elements, author-page links, a visible "By ...", an author's card), and the agencies
    named on the way. The site itself, an Organization author or a named desk ("the X
    Team") counts only when no place names a person."""
    sources: list[str] = []
    fallback: list[str] = []
    markup = search.markup_stages()
    stages = [*markup, *search.scope_stages(), *search.page_stages(lambda: bool(fallback))]
    for stage in stages:
        byline = stage()
        if byline.source and byline.source not in sources:
            sources.append(byline.source)
        names = [without_site_name(a, site_name) for a in byline.authors]
        if stage is markup[0]:  # JSON-LD
            names = [a for a in names if a and search.shown_beyond_jsonld(a)]
        people = [a for a in names if a and search.is_person(a)]
        if people:
            shown = search.shown_of(people) if stage in markup else people
            return search.as_written(shown), ", ".join(sources) or None
        fallback = fallback or [a for a in names if a and not COMPANY_NAME.search(a)]
        fallback = fallback or byline.desks
    if not fallback and (owner := site_owner(search.tree, search.scope_of(), [site_name])):
        return [owner], ", ".join(sources) or None  # a personal site's owner
    return search.as_written(fallback), ", ".join(sources) or None


Stage = Callable[[], Byline]


@dataclass
class AuthorSearch:
    """One page's places that may name its authors, as stages tried in order of trust:
    the markup, then the article's element (its scope), then the whole page. ``keys``
    are the site's own names (`title.site_keys`): no author is named so."""

    tree: LexborHTMLParser
    metas: MetaTags
    graph: Graph
    article: dict | None
    scope_of: Callable[[], LexborNode | None]
    keys: frozenset[str]

    def __post_init__(self) -> None:
        tree, metas, graph, article = self.tree, self.metas, self.graph, self.article
        self.persons = graph.people(article)  # typed Person: a person even when named like the site
        self.orgs = {clean_text(n).casefold() for n, is_org in graph.authors(article) if is_org}
        self.site = _own_domain(tree, metas)
        self.body = None if _lists_posts(tree.body) else tree.body  # its bylines are the posts'
        self.page_scope = self.scope_of if self.body is not None else lambda: None
        self.page_text = cache(lambda: _page_text(tree.body))
        self.markup = cache(lambda: _markup(tree))
        self.scope_bylines = cache(
            lambda: element_bylines(s, s) if (s := self.page_scope()) is not None else []
        )

    def as_written(self, names: list[str]) -> list[str]:
        """Names as the page writes them: on a Japanese page, a family name and a given
        name set apart by a space are one person."""
        return japanese_names(names) if _japanese(self.tree) else names

    def is_person(self, name: str) -> bool:
        return _is_person(name, self.persons, self.orgs, self.keys)

    def names_one(self, byline: Byline) -> bool:
        """A person, not the site or a team."""
        return any(self.is_person(a) for a in byline.authors)

    def no_reviewer(self, byline: Byline) -> bool:
        """Names a person not shown as a reviewer."""
        return self.names_one(byline) and not _reviewers(byline.authors, self.page_text())

    def shown_beyond_jsonld(self, name: str) -> bool:
        """The page names this JSON-LD author somewhere else too: its text, a meta tag,
        an attribute. A name written in the JSON-LD alone is a CMS account or a
        template's default ("Henry Tauber" on every page of a site), not a credit."""
        key = name.casefold()
        if key in self.page_text():
            return True
        whole, jsonld = self.markup()
        return whole.count(key) > sum(text.count(key) for text in jsonld)

    def shown_of(self, people: list[str]) -> list[str]:
        """Markup authors checked against the byline the reader sees."""
        seen = [*self.scope_bylines()[:1], _visible_byline(self.page_scope)]
        return _shown_people(people, _shown_credit(seen, self.is_person), self.page_text)

    def markup_stages(self) -> list[Stage]:
        graph, article, metas = self.graph, self.article, self.metas
        return [
            lambda: markup_byline(graph.authors(article)),
            lambda: markup_byline([(v, False) for v in _meta_authors(metas) if not _is_link(v)]),
        ]

    def scope_stages(self) -> list[Stage]:
        def in_scope(read: Callable[[LexborNode], Byline]) -> Stage:
            return lambda: read(scope) if (scope := self.page_scope()) is not None else Byline()

        return [
            lambda: first_naming(self.scope_bylines()),
            in_scope(lambda scope: link_byline(scope, self.site)),
            in_scope(lambda scope: opener_byline(scope, self.names_one)),
            in_scope(cjk_byline),  # "记者 张三", "作者：李四"
            in_scope(lambda scope: portrait_byline(scope, self.no_reviewer)),  # a card
        ]

    def page_stages(self, has_fallback: Callable[[], bool]) -> list[Stage]:
        """The whole page, when the article's element is not all of it: riskier, and a
        byline in a teaser card beside the article is that card's."""
        body, scope = self.body, self.scope_of
        if body is None or scope() is body:
            return []
        return [
            lambda: first_naming(element_bylines(body, scope())),
            lambda: link_byline(body, self.site),
            lambda: Byline() if has_fallback() else opener_byline(body, self.names_one, scope()),
            lambda: cjk_byline(body),
            lambda: Byline() if has_fallback() else portrait_byline(body, self.no_reviewer),
        ]


def _markup(tree: LexborHTMLParser) -> tuple[str, list[str]]:
    """The page's markup and the texts of its JSON-LD, case-folded (written out once a
    page, for every JSON-LD author looked for outside the JSON-LD)."""
    jsonld = [node.text().casefold() for node in tree.css(JSONLD_SELECTOR)]
    return (tree.html or "").casefold(), jsonld


def _japanese(tree: LexborHTMLParser) -> bool:
    """The page is in Japanese: its ``<html lang>`` says so, or its title has kana."""
    root = tree.css_first("html")
    if JA_LANGUAGE.match((root.attributes.get("lang") or "") if root is not None else ""):
        return True
    title = tree.css_first("title")
    return title is not None and KANA.search(title.text()) is not None


def _lists_posts(body: LexborNode | None) -> bool:
    """Whether the page is marked as a list of posts (<body class="archive ...">, as
    WordPress marks category, tag and author pages): each byline there is a post's."""
    classes = (body.attributes.get("class") or "") if body is not None else ""
    return bool(set(classes.casefold().split()) & LISTING_BODY_CLASSES)


def _own_domain(tree: LexborHTMLParser, metas: MetaTags) -> str | None:
    """The site's domain, from the page's canonical address (else og:url): author links
    to another domain are not its bylines."""
    node = tree.css_first('link[rel="canonical"]')
    canonical = node.attributes.get("href") if node is not None else None
    for url in [canonical, *metas.get("og:url", [])]:
        if domain := site_domain(url):
            return domain
    return None


def _meta_authors(metas: MetaTags) -> list[str]:
    """Author meta tags, then the data of a "Written by" twitter label. Citation tags
    write one author each, surname first ("Roy, Aniruddha"): turned round."""
    found = [
        _first_name_first(v) if key in CITATION_AUTHOR else v
        for key in META_AUTHOR
        for v in metas.get(key, [])
    ]
    for n in range(1, MAX_TWITTER_LABELS + 1):
        label = metas.get(f"twitter:label{n}", [""])[0].strip().casefold()
        if label in WRITTEN_BY_LABELS:
            found += metas.get(f"twitter:data{n}", [])[:1]
    return found


def _first_name_first(name: str) -> str:
    """ "Roy, Aniruddha" to "Aniruddha Roy" (one comma: surname, then given names)."""
    surname, comma, given = name.partition(",")
    if not comma or "," in given or not surname.strip() or not given.strip():
        return name
    return f"{given.strip()} {surname.strip()}"


def _is_person(name: str, persons: set[str], orgs: set[str], keys: frozenset[str]) -> bool:
    """Not the site nor an Organization author, unless JSON-LD says it is a Person (a
    blogger's site bears their name) and the name has no organisation's word in it."""
    key = name.casefold()
    org_like = key in orgs or bool(set(key.split()) & ORGANIZATION_WORDS)
    org_like = org_like or key.endswith(CJK_ORGANIZATION_ENDINGS) or bool(COMPANY_NAME.search(key))
    if key in persons and not org_like:
        return True
    return not org_like and not is_site_name(name, keys)


def _shown_credit(
    bylines: list[Byline], is_person: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """The people the article's first visible byline names, and everything it credits
    (the site, a team, a desk) when all its names are full names: a handle ("TaxLisa")
    is no better than the markup's full name."""
    if not bylines:
        return [], []
    authors = bylines[0].authors
    full = all(" " in a and looks_like_name(a, strict=True) for a in authors)
    return [a for a in authors if is_person(a)], [*authors, *bylines[0].desks] if full else []


def _shown_people(
    people: list[str], shown: tuple[list[str], list[str]], page_text: Callable[[], str]
) -> list[str]:
    """Markup's authors checked against the article's first visible byline: when it
    names the same people and more, it gives them all (markup often names only the first
    author); when it credits others and the markup's people appear nowhere in the page's
    text, it wins (markup is then an uploader's account or a template's default, the
    byline what the reader sees, be it a person, a team or the site)."""
    persons, written = shown
    named = [p for p in people if any(_same_person(p, a) for a in persons)]
    if len(named) == len(people) and len(persons) > len(people):
        return persons
    if named or not written or any(_same_person(p, a) for p in people for a in written):
        return people
    text = page_text()
    if any(p.casefold() in text for p in people) or _reviewers(persons, text):
        return people
    return persons or written


def _reviewers(names: list[str], text: str) -> bool:
    """Some of the names are shown as the article's reviewer or editor ("Reviewed by:")."""
    return any(
        REVIEWER_LABELS.search(text[max(0, at - MAX_LABEL_GAP) : at])
        for name in names
        for at in _positions(name.casefold(), text)
    )


def _positions(name: str, text: str) -> list[int]:
    """Where a name starts in a text, at most a few times."""
    found: list[int] = []
    at = text.find(name)
    while at >= 0 and len(found) < MAX_NAME_MENTIONS:
        found.append(at)
        at = text.find(name, at + 1)
    return found


def _page_text(body: LexborNode | None) -> str:
    """The page's visible text (scripts aside), case-folded, white space collapsed."""
    if body is None:
        return ""
    texts = (raw for node, raw in text_nodes(body) if node.parent.tag not in CODE_TAGS)
    return clean_text(" ".join(texts)).casefold()


def _visible_byline(scope_of: Callable[[], LexborNode | None]) -> Byline:
    """A second look at the article's byline: an author-page link, else a "By ..." line."""
    scope = scope_of()
    if scope is None:
        return Byline()
    linked = link_byline(scope)
    return linked if linked.authors else opener_byline(scope)


def _same_person(a: str, b: str) -> bool:
    """One name within the other ("Jane Doe", "Jane Doe, MD"), the same words but an
    initial ("Jane Doe", "Jane A. Doe"), or a login made from the other ("jdoe", "janedoe"
    for "Jane Doe")."""
    a, b = a.casefold(), b.casefold()
    if a in b or b in a or _login_of(a, b) or _login_of(b, a):
        return True
    words_a, words_b = set(_NAME_WORD.findall(a)), set(_NAME_WORD.findall(b))
    return len(words_a & words_b) >= 2 and (words_a <= words_b or words_b <= words_a)


def _login_of(login: str, name: str) -> bool:
    """A one-word login built from a full name: initial or first name, then surname."""
    words = name.split()
    if " " in login or len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return login.replace(".", "").replace("_", "") in {first[0] + last, first + last}


def _is_link(value: str) -> bool:
    return value.startswith(("http://", "https://", "/", "www."))
