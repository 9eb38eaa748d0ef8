"""Small helpers over selectolax nodes, shared by the extraction phases."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from selectolax.lexbor import LexborNode

from presscut.extraction.rules.structure import TAXONOMY_TOKEN

T = TypeVar("T")

_WORD_SPLIT = re.compile(r"[^0-9a-zà-ÿ]+")
#: The parts of a camel-case or mixed token: ``ArticleHeader_kicker`` gives Article,
#: Header, kicker.
_CAMEL_PART = re.compile(r"[A-Z]?[a-z0-9à-ÿ]+|[A-Z]+(?![a-z])")
#: Elements whose text is code for the browser, never shown to a reader.
CODE_TAGS = frozenset({"script", "style", "noscript", "template"})
CODE_SELECTOR = ", ".join(sorted(CODE_TAGS))
#: Zero-width and soft-hyphen characters that pages scatter through their text.
_INVISIBLE_CHARS = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def clean_text(text: str | None) -> str:
    """Collapse white space (including non-breaking spaces) to single spaces.
    (``str.split`` splits on exactly the characters ``\\s`` matches, and is much faster.)"""
    if not text:
        return ""
    if not text.isascii():  # the invisible characters are not ASCII
        text = _INVISIBLE_CHARS.sub("", text)
    return " ".join(text.split())


def node_text(node: LexborNode) -> str:
    """The visible text of a node, white space collapsed."""
    return clean_text(node.text(separator=" "))


def shown_text(node: LexborNode) -> str:
    """A node's text without that of the style sheets and scripts it holds (which
    ``node_text`` gives with the rest)."""
    if node.css_first(CODE_SELECTOR) is None:
        return node_text(node)
    shown = (raw for text, raw in text_nodes(node) if text.parent.tag not in CODE_TAGS)
    return clean_text(" ".join(shown))


def attr_words(node: LexborNode) -> frozenset[str]:
    """Words of a node's class and id, plus pairs of neighbours joined by '-'.

    ``ArticleHeader_kicker__3xYzq post-share`` gives ``article``, ``header``,
    ``articleheader``, ``kicker``, ``post``, ``share``, ``post-share`` ... Taxonomy
    tokens (``category-comments``) give none.
    """
    return words_of_attributes(node.attributes)


def words_of_attributes(attrs: dict[str, str | None]) -> frozenset[str]:
    """`attr_words` for a node whose attributes were already read (they are copied on
    every access, so a hot loop reads them once)."""
    classes = attrs.get("class")
    ident = attrs.get("id")
    if not ident:
        return _words_of(classes) if classes else _NO_WORDS
    return _words_of(f"{classes} {ident}" if classes else ident)


_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=8192)
def _words_of(raw: str) -> frozenset[str]:
    tokens = raw.split()
    if len(tokens) == 1:
        return _token_words(tokens[0])
    return _NO_WORDS.union(*map(_token_words, tokens))


@lru_cache(maxsize=16384)
def _token_words(token: str) -> frozenset[str]:
    """The words of one class or id token: cached apart, as a site's class strings are
    many and mostly new to the cache, but made of a few tokens that recur."""
    lower = token.lower()
    if TAXONOMY_TOKEN.match(lower):
        return _NO_WORDS
    split = _WORD_SPLIT.split(lower) if lower == token else _CAMEL_PART.findall(token)
    parts = [part.lower() for part in split if part]
    words = {*parts, *(f"{a}-{b}" for a, b in pairwise(parts)), lower, "".join(parts)}
    return frozenset(words)


def ancestors(node: LexborNode) -> Iterator[LexborNode]:
    """A node's ancestors, its parent first, up to the root."""
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def outermost(
    root: LexborNode, classify: Callable[[LexborNode], T | None]
) -> Iterator[tuple[LexborNode, T]]:
    """``(element, label)`` for each element that ``classify`` labels, in document order,
    without looking inside a labelled element. (A walk from node to node: ``classify``
    must not move nodes; it may change their attributes.)"""
    stop = root.mem_id
    node = root.child
    while node is not None:
        if node.is_element_node:
            label = classify(node)
            if label is not None:
                yield node, label
            elif (child := node.child) is not None:
                node = child
                continue
        following = node.next
        while following is None:  # the last child: on from the parent's next sibling
            node = node.parent
            if node is None or node.mem_id == stop:
                return
            following = node.next
        node = following


def text_nodes(root: LexborNode) -> Iterator[tuple[LexborNode, str]]:
    """``(node, text)`` for each text node under ``root`` that is not blank, in order."""
    for node in root.traverse(include_text=True):
        if node.is_text_node and (raw := node.text_content) and not raw.isspace():
            yield node, raw
