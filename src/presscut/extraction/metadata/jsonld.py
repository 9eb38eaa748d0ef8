"""The page's JSON-LD: every object of its ld+json scripts, flattened, and the article's
fields read from them (authors, site name, sections, image credit).

Broken JSON, odd types and dangling references are skipped, never raised.
"""

from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.dom import clean_text
from presscut.extraction.rules import words

#: JSON-LD types of an article, most specific first.
ARTICLE_TYPES = words(
    "Article NewsArticle BlogPosting Report ReportageNewsArticle AnalysisNewsArticle "
    "OpinionNewsArticle BackgroundNewsArticle ReviewNewsArticle AskPublicationNewsArticle "
    "LiveBlogPosting TechArticle ScholarlyArticle SocialMediaPosting DiscussionForumPosting "
    "Review Recipe HowTo MedicalWebPage Posting Blog"
)
#: JSON-LD types of a page that may carry the article's fields when no Article is given.
PAGE_TYPES = words("WebPage ItemPage AboutPage FAQPage QAPage CollectionPage")
ORGANIZATION_TYPES = words(
    "Organization NewsMediaOrganization Corporation LocalBusiness EducationalOrganization "
    "GovernmentOrganization MedicalOrganization NGO WebSite Brand"
)

#: A person's description that opens with their full name: the first word, then one or
#: two capitalised words, then a separator or a verb ("Nils Pickert ist ...").
FULL_NAME_OPENING = re.compile(
    r"^(\w+)(?: (?:[A-ZÀ-ÝŁŚŻ][\w'’-]+|[a-z]{1,3})){0,1} [A-ZÀ-ÝŁŚŻ][\w'’-]+(?=\s*[-–—,:(]|\s+\w)"
)
_JSON_JUNK = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


class Graph:
    """Every JSON-LD object of a page (flattened from lists, @graph and mainEntity)."""

    def __init__(self, objects: list[dict]) -> None:
        self.objects = objects
        self.by_id = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}
        for nested in _nested_definitions(objects):  # Yoast's "#primaryimage" in a WebPage
            self.by_id.setdefault(nested["@id"], nested)

    def article(self) -> dict | None:
        """The article object: an Article type, else a page object with a headline."""
        for types in (ARTICLE_TYPES, PAGE_TYPES):
            typed = [o for o in self.objects if _types(o) & types]
            for obj in typed:
                if obj.get("headline") or obj.get("author"):
                    return obj
            if typed and types is ARTICLE_TYPES:
                return typed[0]
        return None

    def resolve(self, value: object) -> object:
        """The object a bare ``{"@id": ...}`` reference points to (else the value)."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
            ref = value.get("@id")
            return self.by_id.get(ref, value) if isinstance(ref, str) else value
        return value

    def authors(self, article: dict | None) -> list[tuple[str, bool]]:
        """``(name, is_organization)`` for each author or creator of the article."""
        if article is None:
            return []
        found: list[tuple[str, bool]] = []
        for key in ("author", "creator"):
            for item in _as_list(article.get(key)):
                item = self.resolve(item)
                if isinstance(item, str) and item in self.by_id:  # "author": "#/person/1"
                    item = self.by_id[item]
                if isinstance(item, str):
                    found.append((item, False))
                elif isinstance(item, dict):
                    name = _full_name(_name(item), item)
                    if name:
                        found.append((name, bool(_types(item) & ORGANIZATION_TYPES)))
            if found:
                break
        return found

    def values(self, key: str) -> list[str | None]:
        """A text property of every object, article types first, then pages, then others."""
        order = sorted(self.objects, key=_type_rank)
        return [ld_text(o, key) for o in order if key in o]

    def people(self, article: dict | None) -> set[str]:
        """Names (case-folded) of the authors typed Person: a blogger's site bears their name."""
        found: set[str] = set()
        for item in _as_list(article.get("author") if article else None):
            item = self.resolve(item)
            if isinstance(item, dict) and "Person" in _types(item) and _name(item):
                found.add(clean_text(_name(item)).casefold())
        return found

    def site_name(self, article: dict | None) -> str | None:
        publisher = self.resolve(article.get("publisher")) if article else None
        if isinstance(publisher, dict) and _name(publisher):
            return _name(publisher)
        for obj in self.objects:
            if "WebSite" in _types(obj) and _name(obj):
                return _name(obj)
        return None

    def sections(self, article: dict | None, title: str | None) -> list[str]:
        section = article.get("articleSection") if article else None
        found = [s for s in _as_list(section) if isinstance(s, str)]
        for obj in self.objects:
            if "BreadcrumbList" in _types(obj):
                found.extend(_breadcrumb_section(obj, title, self))
        return found

    def image_credit(self, article: dict | None) -> str | None:
        for image in _as_list(article.get("image") if article else None):
            image = self.resolve(image)
            if not isinstance(image, dict):
                continue
            for key in ("copyrightHolder", "creditText", "copyrightNotice", "author"):
                value = self.resolve(image.get(key))
                text = _name(value) if isinstance(value, dict) else value
                if isinstance(text, str) and clean_text(text.replace("©", "")):
                    return clean_text(text.replace("©", "").replace("(c)", ""))
        return None


#: Where a page writes JSON-LD: its scripts, and a meta tag some frameworks put it in
#: (``<meta name="script:ld+json" content="{...}">``).
JSONLD_SELECTOR = 'script[type*="ld+json"], meta[name$="ld+json"]'


def _nested_definitions(objects: list[dict], depth: int = 3) -> list[dict]:
    """Objects defined inside others (an ``@id`` with more than a type), a few levels
    deep, so that a reference elsewhere in the graph can be resolved to them."""
    found: list[dict] = []
    level = [v for o in objects for v in o.values()]
    for _ in range(depth):
        items = [i for v in level for i in (v if isinstance(v, list) else [v])]
        dicts = [i for i in items if isinstance(i, dict)]
        found += [d for d in dicts if isinstance(d.get("@id"), str) and set(d) - {"@id", "@type"}]
        level = [v for d in dicts for v in d.values()]
    return found


def read_jsonld(tree: LexborHTMLParser) -> Graph:
    objects: list[dict] = []
    for node in tree.css(JSONLD_SELECTOR):
        text = node.attributes.get("content") if node.tag == "meta" else node.text()
        raw = _JSON_JUNK.sub("", text or "")
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        _flatten(data, objects, 0)
    return Graph(objects)


def ld_text(obj: dict | None, key: str) -> str | None:
    """A text property of a JSON-LD object (first if a list), or None."""
    value = _as_list(obj.get(key) if obj else None)
    first = value[0] if value else None
    if isinstance(first, dict):
        first = first.get("@value") or first.get("name")
    return first if isinstance(first, str) and first.strip() else None


def _flatten(data: object, out: list[dict], depth: int) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (dict, list)):
                _flatten(data[key], out, depth + 1)


def _types(obj: dict) -> frozenset[str]:
    types = obj.get("@type")
    values = types if isinstance(types, list) else [types]
    return frozenset(t.rsplit("/", 1)[-1] for t in values if isinstance(t, str))


def _type_rank(obj: dict) -> int:
    types = _types(obj)
    return 0 if types & ARTICLE_TYPES else 1 if types & PAGE_TYPES else 2


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _name(obj: dict) -> str | None:
    name = obj.get("name")
    if isinstance(name, list):
        name = name[0] if name else None
    if isinstance(name, dict):
        name = name.get("@value")
    if not isinstance(name, str):
        given, family = obj.get("givenName"), obj.get("familyName")
        name = " ".join(p for p in (given, family) if isinstance(p, str)) or None
    return clean_text(name) if name else None


def _breadcrumb_section(obj: dict, title: str | None, graph: Graph) -> list[str]:
    items = [graph.resolve(i) for i in _as_list(obj.get("itemListElement"))]
    names: list[str] = []
    for item in sorted(
        (i for i in items if isinstance(i, dict)), key=lambda i: _position(i.get("position"))
    ):
        inner = graph.resolve(item.get("item"))
        name = _name(item) or (_name(inner) if isinstance(inner, dict) else None)
        if name:
            names.append(name)
    if names and title and _same(names[-1], title):
        names.pop()
    return names[-1:] if len(names) > 1 else []


def _position(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a.casefold()) == re.sub(r"\W+", "", b.casefold())


def _full_name(name: str | None, person: dict) -> str | None:
    """A one-word name ("Stefanus") completed from the person's own description when it
    opens with the full name ("Stefanus Stahl - Maschinenbauer ..." gives "Stefanus
    Stahl"); WordPress/Yoast write the display name, often the first name alone."""
    if not name or " " in name.strip():
        return name
    about = ld_text(person, "description")
    found = FULL_NAME_OPENING.match(about or "")
    return found.group(0) if found and found.group(1) == name.strip() else name
