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
#: Links to tag pages inside the article: ``rel="tag"`` (WordPress and microformats), or
#: an address of the site's tag pages ("/tag/coronavirus/", "/tags/markt").
TAG_LINKS = 'a[rel~="tag"], a[href*="/tag/"], a[href*="/tags/"], a[href*="/schlagwort/"]'
#: ``tags.category``: a link to a category page (``rel="category tag"``, "/category/"),
#: the site's navigation, not one of the article's tags.
CATEGORY_LINK = re.compile(r"categor|/kategorie|/rubri[kq]", re.IGNORECASE)
#: ``tags.cloud``: where the site lists all its tags (a sidebar's tag cloud), by the class
#: and id words of an ancestor; and more tag links than this in the article are a cloud.
TAG_CLOUD_WORDS = ("cloud", "widget", "sidebar", "menu")
MAX_TAG_LINKS = 50
#: ``tags.prose``: a link inside a sentence is the text's, not a tag: the text right
#: before and after it holds more than this many words (a list of tags has "Tags:", commas).
MAX_TAG_PROSE_WORDS = 2
#: A tag is a word or a short phrase: longer values are sentences or lists gone wrong.
MAX_TAG_CHARS = 60
#: How tags written as one value are separated ("Politics, Europe; Brexit").
TAG_SEPARATOR = re.compile(r"\s*[,;|]\s*")

#: ``image.furniture``: an image address that names site furniture, not a photo: a logo,
#: an avatar, a placeholder shown while the real image loads, a tracking pixel, an icon.
IMAGE_FURNITURE = re.compile(
    # ("feature-image_no-logo.png" says the reverse)
    r"(?:^|[^a-z])(?:(?<!no-)(?<!no_)logos?|avatars?|gravatar|placeholder|placehold|blank|"
    r"spacer|pixel|"
    r"1x1|transparent|favicon|sprites?|icons?|loading|loader|lazy|dummy|no[-_]?image|"
    r"default[-_]?(?:image|img|thumb|og)|og[-_]?default|fallback|badge|emoji|share[-_]?image|subscribe|"
    r"themes)(?:[^a-z]|$)"
    # WordPress's crop of the site icon, logo or header image ("cropped-site-icon.png")
    r"|/cropped-[^/]*$"
    # a site-wide sharing image: the file is named for what it is, not for the article
    r"|[/_-](?:opengraph|og[-_]?image|og|social[-_]?(?:card|image)|share|header)"
    r"\.(?:png|jpe?g|webp|gif|avif)(?:\?|$)"
    # a thumbnail a few pixels wide ("photo-40x20.jpg"), shown while the image loads
    r"|[-_](?:\d|[1-9]\d)x(?:\d|[1-9]\d)\.(?:png|jpe?g|webp|gif|avif)(?:\?|$)"
    # an icon in one of the icon sizes ("programming_64.png")
    r"|[-_](?:16|24|32|48|64)\.(?:png|gif|svg|ico)(?:\?|$)",
    re.IGNORECASE,
)
#: ``image.small``: an <img> whose width or height attribute is below this (pixels) is an
#: icon or a tracking pixel, not a lead image.
MIN_IMAGE_PIXELS = 100
#: Where the lead image of the article's own markup is: its first figure, else an image
#: of its header (the article's <header>: not looked for when the article is not found,
#: as the page's <header> is the site's banner).
FIGURE_IMAGES = ("figure img", "picture img")
HEADER_IMAGES = "header img"
#: ``image.site_chrome``: when no article element is found (the whole page is read), a figure
#: inside one of these is the site's banner, menu or footer (a logo), not the lead image.
SITE_CHROME_TAGS = frozenset({"header", "nav", "footer", "aside"})
#: Attributes that hold the real address of a lazy-loaded image, before ``src`` (which
#: then holds a placeholder).
LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-srcset", "srcset", "src")
