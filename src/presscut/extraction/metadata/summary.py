"""The page's own summary of its article: its description, lead image and tags.

Each is read from the page's markup, never made up from the article's text: a page
without a description has none (its first paragraph is not copied in its place).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import unquote, urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.dom import ancestors, clean_text
from presscut.extraction.metadata.jsonld import Graph, ld_text
from presscut.extraction.metadata.metatags import MetaTags, values
from presscut.extraction.rules.summary import (
    CATEGORY_LINK,
    FIGURE_IMAGES,
    HEADER_IMAGES,
    IMAGE_FURNITURE,
    LAZY_SOURCES,
    MAX_TAG_CHARS,
    MAX_TAG_LINKS,
    MAX_TAG_PROSE_WORDS,
    META_DESCRIPTION,
    META_IMAGE,
    META_TAGS,
    MIN_IMAGE_PIXELS,
    SITE_CHROME_TAGS,
    TAG_CLOUD_WORDS,
    TAG_LINKS,
    TAG_SEPARATOR,
)
from presscut.extraction.rules.title import HTML_COMMENT

_TAGS = re.compile(r"<[^>]{0,200}>")
_PIXELS = re.compile(r"\d+")
#: Where a tag was cut from a description: a space, unless punctuation follows.
TAG_MARK = "\x00"
_TAG_BEFORE_STOP = re.compile(f"{TAG_MARK}+(?=[.,;:!?])")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: How many ancestors of a tag link are looked at for a tag cloud.
TAG_CLOUD_DEPTH = 6


def read_description(metas: MetaTags, article: dict | None) -> str | None:
    """The JSON-LD article's description, else the meta tags' (OpenGraph first), with
    entities decoded (twice, for a site that escaped them twice), tags and white space
    cleaned."""
    for value in [*values(metas, META_DESCRIPTION), ld_text(article, "description")]:
        text = html.unescape(html.unescape(HTML_COMMENT.sub("", value or "")))
        text = _TAGS.sub(TAG_MARK, text)
        text = clean_text(_TAG_BEFORE_STOP.sub("", text).replace(TAG_MARK, " "))
        if text:
            return text
    return None


def read_image(
    tree: LexborHTMLParser,
    metas: MetaTags,
    graph: Graph,
    article: dict | None,
    url: str | None,
    scope: Callable[[], LexborNode | None],
) -> str | None:
    """The lead image as an absolute URL: the JSON-LD article's, OpenGraph's or Twitter's,
    else the first figure of the article (``scope``); never a logo, avatar, pixel or
    placeholder."""
    marked = [*_ld_images(graph, article), *values(metas, META_IMAGE)]
    for value in marked:
        if found := _usable(value, url):
            return found
    node = scope()
    in_article = node is not None and tree.body is not None and node.mem_id != tree.body.mem_id
    selectors = [*FIGURE_IMAGES, *([HEADER_IMAGES] if in_article else [])]
    for selector in selectors:
        for img in node.css(selector)[:3] if node is not None else []:
            if _small(img) or (not in_article and _in_site_chrome(img)):
                continue
            if found := _usable(_img_source(img), url):
                return found
    return None


def _in_site_chrome(img: LexborNode) -> bool:
    """Whether the <img> sits in the site's header, menu, footer or an aside."""
    return any(node.tag in SITE_CHROME_TAGS for node in ancestors(img))


def read_tags(
    metas: MetaTags, article: dict | None, scope: Callable[[], LexborNode | None]
) -> list[str]:
    """The article's tags: JSON-LD ``keywords``, the tag meta tags, else the links to tag
    pages inside the article (``rel="tag"``, not ``rel="category tag"``); distinct, in
    page order."""
    marked = [*_ld_keywords(article), *values(metas, META_TAGS)]
    found = _distinct(t for value in marked for t in TAG_SEPARATOR.split(value))
    if found:
        return found
    node = scope()
    links = [a for a in node.css(TAG_LINKS) if _tag_link(a)] if node is not None else []
    found = _distinct(a.text() for a in links)
    return found if len(found) <= MAX_TAG_LINKS else []


def _tag_link(link: LexborNode) -> bool:
    """A link to one of the article's tags: not a category's, not in a tag cloud."""
    attrs = link.attributes
    if CATEGORY_LINK.search(f"{attrs.get('rel') or ''} {attrs.get('href') or ''}"):
        return False
    parent = link.parent
    if _prose_words(link) > MAX_TAG_PROSE_WORDS:
        return False
    for _ in range(TAG_CLOUD_DEPTH):
        if parent is None:
            return True
        marks = f"{parent.attributes.get('class') or ''} {parent.attributes.get('id') or ''}"
        if any(word in marks.lower() for word in TAG_CLOUD_WORDS) or parent.tag == "aside":
            return False
        parent = parent.parent
    return True


def _prose_words(link: LexborNode) -> int:
    """Words in the text right before and after a link (not in another element)."""
    around = [n.text_content or "" for n in (link.prev, link.next) if n and n.is_text_node]
    return len(_WORD.findall(" ".join(around)))


def _ld_images(graph: Graph, article: dict | None) -> list[str]:
    """The addresses of the JSON-LD article's ``image`` (a URL, an ImageObject, a list)."""
    found: list[str] = []
    image = article.get("image") if article else None
    for item in image if isinstance(image, list) else [image]:
        item = graph.resolve(item)
        if isinstance(item, dict) and set(item) <= {"@id", "@type"}:
            continue  # a reference to nothing on the page names no file ("#primaryimage")
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl") or item.get("@id")
        if isinstance(item, str):
            found.append(item)
    return found


def _ld_keywords(article: dict | None) -> list[str]:
    keywords = article.get("keywords") if article else None
    items = keywords if isinstance(keywords, list) else [keywords]
    return [k for k in items if isinstance(k, str)]


def _distinct(texts: object) -> list[str]:
    seen: set[str] = set()
    found: list[str] = []
    for raw in texts:  # type: ignore[attr-defined]
        text = clean_text(html.unescape(raw)).strip(",;")
        key = text.casefold()
        if text and len(text) <= MAX_TAG_CHARS and key not in seen:
            seen.add(key)
            found.append(text)
    return found


def _usable(value: str | None, url: str | None) -> str | None:
    """``value`` as an absolute http(s) URL, unless it names site furniture."""
    value = html.unescape((value or "").strip())
    if not value or value.startswith("data:") or IMAGE_FURNITURE.search(unquote(value)):
        return None
    if value.startswith("//"):
        value = f"{(url or 'https:').split('//')[0]}{value}"
    absolute = urljoin(url, value) if url else value
    return absolute if absolute.startswith(("http://", "https://")) else None


def _img_source(img: LexborNode) -> str | None:
    """The real address of an <img>, a lazy-loaded one's too (first of a srcset)."""
    attrs = img.attributes
    for name in LAZY_SOURCES:
        value = (attrs.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0] if "srcset" in name else value
    return None


def _small(img: LexborNode) -> bool:
    """Whether the <img> says it is smaller than a lead image (an icon, a pixel)."""
    for name in ("width", "height"):
        digits = _PIXELS.match((img.attributes.get(name) or "").strip())
        if digits and int(digits.group(0)) < MIN_IMAGE_PIXELS:
            return True
    return False
