"""Read the article's own furniture out of the page (during the prune phase's walk).

The kicker, the standfirst, the photo credit, a source line and byline elements are
found by their class/id words (see ``rules/structure.py``), kept for the record, and the
kicker, lead and credit elements are removed so that they never reach the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.article import Removal
from presscut.extraction.body.phrases import first_rule
from presscut.extraction.credit.lines import caption_credit, element_credit, tidy
from presscut.extraction.dom import attr_words, node_text, shown_text
from presscut.extraction.rules.boilerplate import PHRASE_RULES
from presscut.extraction.rules.credit import (
    BYLINE_LINE,
    BYLINE_REACH,
    BYLINE_WORD,
    CAPTION_CREDIT_TAG,
    PHOTO_CREDIT_WORDS,
)
from presscut.extraction.rules.dates import TEXT_DATE
from presscut.extraction.rules.furniture import HEADER_LINES
from presscut.extraction.rules.structure import (
    AUTHOR_CREDIT_WORDS,
    BYLINE_WORDS,
    CREDIT_WORDS,
    HEADING_TAGS,
    KICKER_WORDS,
    LEAD_NEAR_WORDS,
    LEAD_WORDS,
    SOURCE_WORDS,
    UNCOUNTED_TAGS,
)
from presscut.extraction.rules.title import GENERIC_TITLES

#: Length bounds (in characters) for each harvested part.
KICKER_MAX = 80
#: Phrases a kicker is not (a date line, a button, a prompt).
NOT_KICKER_RULES = (*PHRASE_RULES, *HEADER_LINES)
#: A kicker written after the headline in the markup stands this close to it (elements).
KICKER_AFTER_HEADLINE = 12
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
    #: The same count without inline elements (``UNCOUNTED_TAGS``): the standfirst's window.
    blocks_since_headline: int = 0
    #: Characters of visible text that pruning cut as page chrome (``prune.CHROME_COUNTED``).
    chrome_chars: int = 0


def new_harvest(tree: LexborHTMLParser) -> Harvest:
    """An empty harvest for ``tree``; ``prune`` fills it during its walk."""
    return Harvest(since_headline=0 if tree.css_first("h1") is None else None)


def finish(root: LexborNode, found: Harvest) -> None:
    """What the walk could not see whole: a credit written inside a figure caption."""
    if found.image_credit is None:
        found.image_credit = _figure_credit(root, found)


def harvest_node(
    node: LexborNode, words: frozenset[str], found: Harvest, tag: str | None = None
) -> str | None:
    """Record what ``node`` holds; the rule's name when it is to be removed from the page.
    (``tag``: the node's tag when the caller read it already.)"""
    tag = tag or node.tag
    if tag == "h1" and found.since_headline is None:
        found.since_headline = 0
        return None
    if found.since_headline is not None:
        found.since_headline += 1
        found.blocks_since_headline += tag not in UNCOUNTED_TAGS
    if not words & HARVEST_WORDS:
        return None
    text = shown_text(node)
    if not text:
        return None
    if found.kicker is None and words & KICKER_WORDS and _is_kicker(text, found):
        if _is_link(node) or len(node.css("a")) > 1:  # a section's name, or a menu
            return None
        found.kicker = text
        return _take("header.kicker", text, found)
    if found.lead is None and _is_lead(words, text, found, tag):
        found.lead = text
        return _take("header.lead", text, found)
    if found.image_credit is None and _may_credit(node, words, text):
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
        if text and (credit := _credit_element(caption) or _caption_text_credit(caption, text)):
            found.removed.append(Removal("credit.image.caption", text))
            return credit
    return None


def _caption_text_credit(caption: LexborNode, text: str) -> str | None:
    """The credit the caption's text ends with; its closing ``<cite>`` first, when that is
    a credit line on its own: the markup parts the caption's words from a credit that text
    alone runs together ("Sky Harbor International Airport Wenjie Zheng / Shutterstock")."""
    for cite in caption.css(CAPTION_CREDIT_TAG):
        cited = node_text(cite)
        if cited and text.endswith(cited) and (credit := caption_credit(cited)):
            return credit
    return caption_credit(text)


def _is_kicker(text: str, found: Harvest) -> bool:
    """A short label above the headline (or just below it in the markup), not a date, a
    page type ("Article", "Blog"), a button or a date line ("Updated"): "eyebrow" and
    "overline" classes style those too."""
    after = found.since_headline
    return (
        len(text) <= KICKER_MAX
        and (after is None or after <= KICKER_AFTER_HEADLINE)
        and any(c.isalpha() for c in text)
        and not text.endswith("!")
        and not BYLINE_WORD.match(text)
        and text.casefold() not in GENERIC_TITLES
        and TEXT_DATE.search(text) is None
        and first_rule(text, NOT_KICKER_RULES) is None
    )


def _may_credit(node: LexborNode, words: frozenset[str], text: str) -> bool:
    """A short credit element, not a heading (its id is its own text's slug: "tax-credit"),
    nor a block holding one (a card's title, a "Credits" box), nor the author's credit
    ("author-credit", or a bare "credit" inside a byline)."""
    return (
        bool(words & CREDIT_WORDS)
        and not words & AUTHOR_CREDIT_WORDS
        and len(text) <= CREDIT_MAX
        and node.tag not in HEADING_TAGS
        and not any(child.tag in HEADING_TAGS for child in node.traverse())
        and (bool(words & PHOTO_CREDIT_WORDS) or not _in_byline(node))
    )


def _in_byline(node: LexborNode) -> bool:
    """One of the element's near ancestors is a byline block."""
    parent = node.parent
    for _ in range(BYLINE_REACH):
        if parent is None:
            return False
        if attr_words(parent) & (BYLINE_WORDS | AUTHOR_CREDIT_WORDS):
            return True
        parent = parent.parent
    return False


def _is_lead(words: frozenset[str], text: str, found: Harvest, tag: str) -> bool:
    """A standfirst: below the headline, near it, and not a byline or boilerplate. A
    standfirst set as a heading (``<h2 class="excerpt">``) is near in blocks: the inline
    pieces of a byline and a photo between them do not count (``UNCOUNTED_TAGS``)."""
    since_headline = found.since_headline
    if tag in HEADING_TAGS:
        since_headline = found.blocks_since_headline
    if since_headline is None or not LEAD_MIN <= len(text) <= LEAD_MAX:
        return False
    if BYLINE_LINE.match(text) or first_rule(text, PHRASE_RULES):
        return False  # a byline or a prompt ("Summarize this article with: ...")
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
