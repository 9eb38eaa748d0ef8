"""Read the article's own furniture out of the page (during the prune phase's walk).

The kicker, the standfirst, the photo credit, a source line and byline elements are
found by their class/id words (see ``rules/structure.py``), kept for the record, and the
kicker, lead and credit elements are removed so that they never reach the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.article import Removal
from presscut.extract.credit import caption_credit, element_credit, tidy
from presscut.extract.dom import attr_words, node_text
from presscut.extract.rules.credit import BYLINE_LINE
from presscut.extract.rules.structure import (
    BYLINE_WORDS,
    CREDIT_WORDS,
    KICKER_WORDS,
    LEAD_NEAR_WORDS,
    LEAD_WORDS,
    SOURCE_WORDS,
)

#: Length bounds (in characters) for each harvested part.
KICKER_MAX = 80
LEAD_MIN, LEAD_MAX = 30, 900
CREDIT_MAX = 140
SOURCE_MAX = 80
BYLINE_MAX = 200
#: How far below the headline (in elements, in document order) a standfirst may stand.
LEAD_WINDOW = 40
LEAD_NEAR = 12

#: Where photo captions are, when no credit element names the photo's author.
CAPTION_SELECTOR = "figcaption, .wp-caption-text, .caption, .legende, [class*=caption]"

HARVEST_WORDS = (
    KICKER_WORDS | LEAD_WORDS | LEAD_NEAR_WORDS | CREDIT_WORDS | SOURCE_WORDS | BYLINE_WORDS
)


@dataclass
class Harvest:
    kicker: str | None = None
    lead: str | None = None
    image_credit: str | None = None
    source: str | None = None
    bylines: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    #: Elements the walk has visited since the headline (None: not reached yet). A
    #: standfirst stands just below the headline, within LEAD_WINDOW elements.
    since_headline: int | None = None


def new_harvest(tree: LexborHTMLParser) -> Harvest:
    """An empty harvest for ``tree``; ``prune`` fills it during its walk."""
    return Harvest(since_headline=0 if tree.css_first("h1") is None else None)


def finish(root: LexborNode, found: Harvest) -> None:
    """What the walk could not see whole: a credit written inside a figure caption."""
    if found.image_credit is None:
        found.image_credit = _figure_credit(root, found)


def harvest_node(node: LexborNode, words: frozenset[str], found: Harvest) -> str | None:
    """Record what ``node`` holds; the rule's name when it is to be removed from the page."""
    if node.tag == "h1" and found.since_headline is None:
        found.since_headline = 0
        return None
    if found.since_headline is not None:
        found.since_headline += 1
    if not words & HARVEST_WORDS:
        return None
    text = node_text(node)
    if not text:
        return None
    if found.kicker is None and words & KICKER_WORDS and len(text) <= KICKER_MAX:
        if _is_link(node):  # an overline linking to its section is the section's name
            return None
        found.kicker = text
        return _take("header.kicker", text, found)
    if found.lead is None and _is_lead(words, text, found.since_headline):
        found.lead = text
        return _take("header.lead", text, found)
    if found.image_credit is None and words & CREDIT_WORDS and len(text) <= CREDIT_MAX:
        credit = element_credit(text)
        if credit:
            found.image_credit = credit
            return _take("credit.image.element", text, found)
    if found.source is None and words & SOURCE_WORDS and len(text) <= SOURCE_MAX:
        found.source = tidy(text)
        return _take("credit.source.element", text, found)
    if words & BYLINE_WORDS and len(text) <= BYLINE_MAX:
        found.bylines.append(text)
    return None


def _credit_element(caption: LexborNode) -> str | None:
    """The text of a credit element inside a caption (``<span class="photo-credit">``)."""
    for node in caption.css("[class]"):
        if attr_words(node) & CREDIT_WORDS and (text := node_text(node)):
            return element_credit(text)
    return None


def _figure_credit(root: LexborNode, found: Harvest) -> str | None:
    """A credit written inside the first figure caption ("... Photo: NAME")."""
    for caption in root.css(CAPTION_SELECTOR):
        text = node_text(caption)
        credit = _credit_element(caption) or (caption_credit(text) if text else None)
        if credit:
            found.removed.append(Removal("credit.image.caption", text))
            return credit
    return None


def _is_lead(words: frozenset[str], text: str, since_headline: int | None) -> bool:
    """A standfirst: below the headline, near it, and not a byline."""
    if since_headline is None or not LEAD_MIN <= len(text) <= LEAD_MAX:
        return False
    if BYLINE_LINE.match(text):
        return False
    if words & LEAD_WORDS:
        return since_headline <= LEAD_WINDOW
    return bool(words & LEAD_NEAR_WORDS) and since_headline <= LEAD_NEAR


def _is_link(node: LexborNode) -> bool:
    """The element is a link, or holds nothing but one link."""
    if node.tag == "a":
        return True
    links = node.css("a")
    return len(links) == 1 and node_text(links[0]) == node_text(node)


def _take(rule: str, text: str, found: Harvest) -> str:
    found.removed.append(Removal(rule, text))
    return rule
