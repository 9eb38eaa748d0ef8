"""Rules for the page's own summary of its article: description, lead image and tags.

``metadata/summary.py`` applies them. Each source is tried in the order given here, most
trusted first; an image whose address or size says it is site furniture is passed over.
"""

from __future__ import annotations

import re

#: Meta tags (name, property or itemprop, lower case) with the page's description, after
#: the JSON-LD article's ``description``.
META_DESCRIPTION = ("og:description", "description", "twitter:description", "dc.description")
#: Meta tags with the lead image, after the JSON-LD article's ``image``.
META_IMAGE = (
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "image",
    "thumbnailurl",
)
#: Meta tags with the article's tags or keywords, after the JSON-LD article's ``keywords``.
#: (``<meta name="keywords">`` is left out: on most sites it is the same SEO list on every
#: page, or empty; see bench/README.md, "Record fields".)
META_TAGS = ("article:tag", "news_keywords", "parsely-tags", "sailthru.tags")
#: Links to tag pages inside the article: ``rel="tag"`` (WordPress and microformats);
#: ``rel="category tag"`` is the site's category, not a tag.
TAG_LINKS = 'a[rel~="tag"]'
CATEGORY_REL = "category"
#: A tag is a word or a short phrase: longer values are sentences or lists gone wrong.
MAX_TAG_CHARS = 60
#: How tags written as one value are separated ("Politics, Europe; Brexit").
TAG_SEPARATOR = re.compile(r"\s*[,;|]\s*")

#: ``image.furniture``: an image address that names site furniture, not a photo: a logo,
#: an avatar, a placeholder shown while the real image loads, a tracking pixel, an icon.
IMAGE_FURNITURE = re.compile(
    r"(?:^|[^a-z])(?:logos?|avatars?|gravatar|placeholder|placehold|blank|spacer|pixel|"
    r"1x1|transparent|favicon|sprites?|icons?|loading|loader|lazy|dummy|no[-_]?image|"
    r"default[-_]?(?:image|img|thumb|og)|fallback|badge|emoji|share[-_]?image)(?:[^a-z]|$)",
    re.IGNORECASE,
)
#: ``image.small``: an <img> whose width or height attribute is below this (pixels) is an
#: icon or a tracking pixel, not a lead image.
MIN_IMAGE_PIXELS = 100
#: Where the lead image of the article's own markup is: its first figure, else an image
#: of its header.
FIGURE_IMAGES = ("figure img", "picture img", "header img")
#: Attributes that hold the real address of a lazy-loaded image, before ``src`` (which
#: then holds a placeholder).
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")
