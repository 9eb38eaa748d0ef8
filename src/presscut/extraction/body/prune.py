"""Phase 3: harvest the article's parts and cut page chrome, in one walk of the tree.

Works on the selectolax tree shared by all phases (the page is parsed once). What is
cut is recorded as `Removal`s under the structural rule's name, for ``--explain``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.article import Removal
from presscut.extraction.body.harvest import Harvest, finish, harvest_node
from presscut.extraction.body.slides import open_slides
from presscut.extraction.dom import attr_words, node_text, outermost, words_of_attributes
from presscut.extraction.rules.structure import (
    ARTICLE_WORDS,
    CHROME_RULES,
    FIGURE_CAPTION,
    GUARD_CHARS,
    GUARD_LINK_DENSITY,
    HEADING_IGNORED_WORDS,
    HEADING_TAGS,
    HIDDEN,
    HIDING_ATTRIBUTES,
    HIDING_CLASSES,
    INVISIBLE,
    OVERLAY_ROLES,
    OVERLAY_WORDS,
    PANEL_MIN_CHARS,
    PANEL_ROLES,
    PANEL_WORDS,
    PROTECTED_TAGS,
    REACT_SEGMENT_ID,
    TEASER_WORDS,
    TEXT_FIGURE,
    TEXT_FIGURE_MIN_CHARS,
    TEXT_FIGURE_NOT,
    TRAFILATURA_CLASS_TRAPS,
    TRAFILATURA_HIDDEN_TRAPS,
    TRAFILATURA_KNOWN_TOKENS,
    UNCOUNTED_CHROME,
    StructureRule,
)

#: An element that opens and closes another.
TOGGLE = "[aria-expanded]"

#: How much of a removed element's text the audit trail keeps.
EXPLAIN_CHARS = 300


def prune(tree: LexborHTMLParser, found: Harvest, *, explain: bool) -> list[Removal]:
    """One walk over the page: harvest the article's parts into ``found`` (harvest.py),
    then remove them and the page chrome from ``tree`` (in place)."""
    root = tree.body or tree.root
    if root is None:
        return []

    open_slides(root)
    panels = _controlled_ids(root)

    def classify(node: LexborNode) -> StructureRule | str | None:
        tag = node.tag  # read once: each read builds a new string
        attrs = node.attributes
        words = words_of_attributes(attrs)
        hidden = _is_hidden(attrs) or _hidden_by_class(attrs, words)
        if hidden and _is_collapsed_panel(node, attrs, words, panels):
            attrs = _reveal(node)
            words = words_of_attributes(attrs)
        return harvest_node(node, words, found, tag) or _chrome_rule(node, tag, attrs, words)

    doomed = list(outermost(root, classify))
    finish(root, found)
    found.chrome_chars = sum(
        len(node.text(separator=" ", strip=True))
        for node, rule in doomed
        if isinstance(rule, StructureRule) and rule.name not in UNCOUNTED_CHROME
    )
    removed = [
        Removal(rule.name, text[:EXPLAIN_CHARS])
        for node, rule in doomed
        if explain and isinstance(rule, StructureRule) and rule is not INVISIBLE
        if (text := node_text(node))
    ]
    for node, _rule in doomed:
        node.decompose()
    _shield_prose(root)
    _unwrap_text_figures(root)
    return removed


def _shield_prose(root: LexborNode) -> None:
    """Drop what trafilatura would take for boilerplate from the prose our rules kept:
    class tokens (``TRAFILATURA_CLASS_TRAPS``) and a style or id that merely contains
    "hidden" (``overflow: hidden`` shows its text; what hides it was cut already)."""
    for node in root.css(_TRAPPED_SELECTOR):
        classes = node.attributes.get("class") or ""
        trapped = [token for token in classes.split() if _is_trap(token)]
        if trapped and (_looks_like_article(node) or _script_hooks_on_prose(node, trapped)):
            node.attrs["class"] = " ".join(t for t in classes.split() if t not in trapped)
    for node in root.css(_HIDDEN_WORD_SELECTOR):
        if not _is_hidden(node.attributes) and _looks_like_article(node):
            for name in TRAFILATURA_HIDDEN_TRAPS:
                if "hidden" in (node.attributes.get(name) or "").lower():
                    del node.attrs[name]


def _script_hooks_on_prose(node: LexborNode, trapped: list[str]) -> bool:
    """Every trapped token is a script's hook (``js-slider-toggle``), and the element holds
    a paragraph of prose."""
    return all(t.lower().startswith("js-") for t in trapped) and _reads_as_prose(node, 150)


def _unwrap_text_figures(root: LexborNode) -> None:
    """trafilatura deletes every <figure> but one holding a table, yet a figure is also how
    pages mark up a quotation (``<figure><blockquote>``), a pull quote or a text box: one that
    still holds text outside its caption once the chrome is cut loses its <figure> tag, and
    its text is read like the paragraphs around it."""
    for figure in root.css(TEXT_FIGURE):
        if figure.css_first(TEXT_FIGURE_NOT) is not None or attr_words(figure) & TEASER_WORDS:
            continue  # a table trafilatura keeps; a teaser card with its headline
        text = len(figure.text(strip=True))
        caption = sum(len(c.text(strip=True)) for c in figure.css(FIGURE_CAPTION))
        if text - caption >= TEXT_FIGURE_MIN_CHARS:
            figure.unwrap()


#: Elements whose class holds a trap (lexbor matches substrings faster than a Python loop).
_TRAPPED_SELECTOR = ", ".join(f'[class*="{trap}" i]' for trap in TRAFILATURA_CLASS_TRAPS)
_TRAP = re.compile("|".join(TRAFILATURA_CLASS_TRAPS), re.I)
_HIDDEN_WORD_SELECTOR = ", ".join(f'[{name}*="hidden" i]' for name in TRAFILATURA_HIDDEN_TRAPS)


def _is_trap(token: str) -> bool:
    return bool(_TRAP.search(token)) and not TRAFILATURA_KNOWN_TOKENS.match(token)


def _chrome_rule(
    node: LexborNode, tag: str | None, attrs: dict[str, str | None], words: frozenset[str]
) -> StructureRule | None:
    if tag in HEADING_TAGS:
        words = _heading_words(attrs.get("class"))
    rule = _matching_rule(tag, attrs, words)
    return rule if rule is not None and _removable(node, rule) else None


def _matching_rule(
    tag: str | None, attrs: dict[str, str | None], words: frozenset[str]
) -> StructureRule | None:
    if tag is None or tag.startswith("-") or tag in PROTECTED_TAGS:
        return None
    if tag in INVISIBLE.tags:
        return INVISIBLE
    if _is_hidden(attrs):
        return HIDDEN
    if not words:  # most elements: no class or id, so only the tag and role can say
        by_tag = _TAG_RULES.get(tag)
        role = attrs.get("role")
        by_role = _ROLE_RULES.get(role) if role else None
        if by_role is None or by_tag is None:
            return by_tag or by_role
        return min(by_tag, by_role, key=_RANK.__getitem__)
    if words & ARTICLE_WORDS:
        return None
    found = [
        rule
        for rule in (_TAG_RULES.get(tag), _ROLE_RULES.get(attrs.get("role") or ""))
        if rule is not None
    ]
    if (by_words := _word_rule(words)) is not None:
        found.append(by_words)
    if found:
        return min(found, key=_RANK.__getitem__)
    return HIDDEN if words & HIDDEN.words else None


@lru_cache(maxsize=1024)
def _heading_words(classes: str | None) -> frozenset[str]:
    """A section heading's class words, without its id (an anchor made from its text) and
    without the navigation words (a "toc" class says the table of contents points here)."""
    return words_of_attributes({"class": classes}) - HEADING_IGNORED_WORDS


#: The first chrome rule (in CHROME_RULES order) for each tag and role.
_TAG_RULES = {tag: rule for rule in reversed(CHROME_RULES) for tag in rule.tags}
_ROLE_RULES = {role: rule for rule in reversed(CHROME_RULES) for role in rule.roles}
#: Each chrome rule's place in CHROME_RULES (the first that applies wins).
_RANK = {rule: index for index, rule in reversed(list(enumerate(CHROME_RULES)))}


@lru_cache(maxsize=4096)
def _word_rule(words: frozenset[str]) -> StructureRule | None:
    """The first chrome rule whose class/id words ``words`` has (pages repeat classes)."""
    return next((rule for rule in CHROME_RULES if words & rule.words), None)


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    style = attrs.get("style")
    if style is None and "hidden" not in attrs and "aria-hidden" not in attrs:
        return False  # most elements: no attribute that can hide them
    if REACT_SEGMENT_ID.match(attrs.get("id") or ""):
        return False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = (style or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _controlled_ids(root: LexborNode) -> frozenset[str]:
    """Ids named by an ``aria-controls``: the panels that some toggle opens and closes."""
    return frozenset(
        panel
        for toggle in root.css("[aria-controls]")
        for panel in (toggle.attributes.get("aria-controls") or "").split()
    )


def _is_collapsed_panel(
    node: LexborNode, attrs: dict[str, str | None], words: frozenset[str], panels: frozenset[str]
) -> bool:
    """A hidden accordion, tab or FAQ panel holding prose (rules in structure.py)."""
    if attrs.get("role") in OVERLAY_ROLES or attrs.get("aria-modal") == "true":
        return False
    if words & OVERLAY_WORDS:
        return False
    is_panel = (
        attrs.get("id") in panels
        or attrs.get("role") in PANEL_ROLES
        or bool(words & PANEL_WORDS)
        or _follows_toggle(node)
    )
    return is_panel and _reads_as_prose(node, PANEL_MIN_CHARS)


def _follows_toggle(node: LexborNode) -> bool:
    """The element just before ``node`` is or holds the toggle that opens and closes it
    (``aria-expanded``), as in ``<h3><button aria-expanded>Question</button></h3>``."""
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    if sibling is None:
        return False
    return "aria-expanded" in sibling.attributes or sibling.css_first(TOGGLE) is not None


def _hidden_by_class(attrs: dict[str, str | None], words: frozenset[str]) -> bool:
    """One of the element's class tokens hides it (``HIDING_CLASSES``)."""
    if not words & HIDING_CLASSES:
        return False  # most elements: checked on the words read already
    return any(token.lower() in HIDING_CLASSES for token in (attrs.get("class") or "").split())


def _reveal(node: LexborNode) -> dict[str, str | None]:
    """Show a collapsed panel as a reader who opened it sees it; its new attributes."""
    for name in HIDING_ATTRIBUTES:
        if name in node.attributes:
            del node.attrs[name]
    classes = (node.attributes.get("class") or "").split()
    if any(token.lower() in HIDING_CLASSES for token in classes):
        node.attrs["class"] = " ".join(t for t in classes if t.lower() not in HIDING_CLASSES)
    return node.attributes


def _removable(node: LexborNode, rule: StructureRule) -> bool:
    """Never cut the headline's container, nor (for guarded rules) article-like text."""
    if node.parent is None or node.css_first("h1") is not None:
        return False
    return not rule.guarded or not _looks_like_article(node)


def _looks_like_article(node: LexborNode) -> bool:
    """Much text, few links: prose, whatever the element's class or tag says."""
    return _reads_as_prose(node, GUARD_CHARS)


def _reads_as_prose(node: LexborNode, min_chars: int) -> bool:
    """At least ``min_chars`` of text, of which little is link text."""
    text_length = len(node.text(strip=True))
    if text_length < min_chars:
        return False
    link_length = sum(len(a.text(strip=True)) for a in node.css("a"))
    return link_length / text_length < GUARD_LINK_DENSITY
