"""The page's <meta> tags, read once into a dict: name (or property, itemprop,
http-equiv) in lower case to its values in page order."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

MetaTags = dict[str, list[str]]


def read_meta_tags(tree: LexborHTMLParser) -> MetaTags:
    found: MetaTags = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        key = key or attrs.get("http-equiv")
        content = attrs.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def values(metas: MetaTags, keys: tuple[str, ...]) -> list[str]:
    return [value for key in keys for value in metas.get(key, [])]
