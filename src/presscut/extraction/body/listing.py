"""A page of teasers is no article: a home page or a section front lists other articles.

Such a page has links to articles in teaser cards (an <article> or a "card"/"teaser"
element, short, holding a link), and whatever main content trafilatura finds on it is
made of those cards' headlines and summaries. An article page may hold a few cards too
(related posts), but its body does not come from them.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.body.content import Block
from presscut.extraction.dom import attr_words, node_text
from presscut.extraction.rules.structure import TEASER_WORDS

#: A first, cheap look for teasers; their class words are checked after it.
TEASER_SELECTOR = ", ".join(
    ["article", *(f'[class*="{word}"]' for word in ("card", "teaser", "tile", "post-item"))]
)
#: A teaser is short: longer <article> elements are the article, or sections of it.
MAX_TEASER_CHARS = 800
#: A listing shows at least this many teasers...
MIN_TEASERS = 4
#: ...and at least this share of the extracted words lies in them. On the 711 article
#: pages of the development corpus the highest share is 0.57.
LISTING_SHARE = 0.8


def is_listing(tree: LexborHTMLParser, blocks: list[Block]) -> bool:
    """Whether the extracted ``blocks`` are the teasers of a home or section page."""
    total = short = 0  # words in all blocks, and in the short ones (each text split once)
    for block in blocks:
        count = len(block.text.split())
        total += count
        if len(block.text) <= MAX_TEASER_CHARS:
            short += count
    if not total or short < LISTING_SHARE * total:  # long paragraphs: no teaser holds them
        return False
    teasers = _teaser_texts(tree)
    if len(teasers) < MIN_TEASERS:
        return False
    inside = sum(
        len(block.text.split()) for block in blocks if any(block.text in t for t in teasers)
    )
    return inside >= LISTING_SHARE * total


def _teaser_texts(tree: LexborHTMLParser) -> list[str]:
    texts = []
    for node in tree.css(TEASER_SELECTOR):
        if node.tag != "article" and not attr_words(node) & TEASER_WORDS:
            continue
        text = node_text(node)
        if text and len(text) <= MAX_TEASER_CHARS and node.css_first("a[href]") is not None:
            texts.append(text)
    return texts
