"""URLs that are not articles, by their shape: listing pages, media files, feeds.

Each rule has a name (`url.what`), which the tests use. Our own rules come first;
courlan's `type_filter` (strict), which knows many CMS layouts (WordPress, Blogger,
German sites), is the last net (`url.courlan`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from courlan.filters import type_filter


@dataclass(frozen=True)
class ShapeRule:
    """A URL whose path (and query) matches `pattern` is not an article."""

    name: str
    pattern: re.Pattern[str]


def _rule(name: str, regex: str) -> ShapeRule:
    return ShapeRule(name, re.compile(regex, re.IGNORECASE))


#: Listing pages: a tag, category, author or search page lists articles, it is not one.
#: A tag, category or author page is the keyword segment and one name at the end of the path
#: (`/tag/harbour/`), so that `/topics/x/best-scooter` articles are left alone.
LAST_SEGMENT = r"/[^/]+/?$"
LISTING_RULES = (
    _rule("url.tag", r"/(?:tags?|schlagw[oö]rter|etiquettes?|mots?-cles?)" + LAST_SEGMENT),
    _rule(
        "url.category", r"/(?:category|categories|categorie|rubriques?|kategorie)" + LAST_SEGMENT
    ),
    _rule("url.author", r"/(?:authors?|auteurs?|autor(?:en)?)" + LAST_SEGMENT),
    _rule("url.search", r"/(?:search|recherche|suche|buscar)(?:/|$|\?)|[?&](?:s|q|query)="),
    _rule("url.pagination", r"/page/\d+/?$|[?&]page=\d+"),
)

#: Files that are not pages: media, documents, archives.
MEDIA_RULE = _rule(
    "url.media",
    r"\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|mp3|m4a|aac|ogg|oga|wav|flac|mp4|m4v|mov|"
    r"webm|avi|mkv|flv|pdf|docx?|xlsx?|pptx?|zip|gz|tgz|rar|7z|css|js|woff2?|ttf|eot)$",
)

#: Feeds and sitemaps themselves.
FEED_RULE = _rule(
    "url.feed",
    r"/(?:feed|rss|atom)(?:/|\.xml|\.json)?$|\.(?:rss|atom|xml|json)$",
)

SHAPE_RULES: tuple[ShapeRule, ...] = (*LISTING_RULES, MEDIA_RULE, FEED_RULE)
COURLAN_RULE = "url.courlan"


def not_article(url: str) -> str | None:
    """The name of the first rule that says `url` is not an article, or None."""
    parts = urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    if parts.path in ("", "/") and not parts.query:
        return "url.home"
    for rule in SHAPE_RULES:
        if rule.pattern.search(path):
            return rule.name
    if not type_filter(url, strict=True):
        return COURLAN_RULE
    return None
