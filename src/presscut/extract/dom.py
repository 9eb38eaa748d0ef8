"""Small helpers over selectolax nodes, shared by the extraction phases."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from selectolax.lexbor import LexborNode

T = TypeVar("T")

_WORD_SPLIT = re.compile(r"[^0-9a-zà-ÿ]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_SPACES = re.compile(r"\s+")
#: Zero-width and soft-hyphen characters that pages scatter through their text.
_INVISIBLE_CHARS = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def clean_text(text: str | None) -> str:
    """Collapse white space (including non-breaking spaces) to single spaces."""
    return _SPACES.sub(" ", _INVISIBLE_CHARS.sub("", text or "")).strip()


def node_text(node: LexborNode) -> str:
    """The visible text of a node, white space collapsed."""
    return clean_text(node.text(separator=" "))


def attr_words(node: LexborNode) -> frozenset[str]:
    """Words of a node's class and id, plus pairs of neighbours joined by '-'.

    ``ArticleHeader_kicker__3xYzq post-share`` gives ``article``, ``header``,
    ``articleheader``, ``kicker``, ``post``, ``share``, ``post-share`` ...
    """
    attrs = node.attributes
    raw = " ".join(v for k in ("class", "id") if (v := attrs.get(k)))
    return _words_of(raw) if raw else frozenset()


@lru_cache(maxsize=8192)
def _words_of(raw: str) -> frozenset[str]:
    words: set[str] = set()
    for token in raw.split():
        parts = [p for p in _WORD_SPLIT.split(_CAMEL.sub(" ", token).lower()) if p]
        words.update(parts)
        words.update(f"{a}-{b}" for a, b in pairwise(parts))
        words.add(token.lower())
        words.add(_WORD_SPLIT.sub("", token.lower()))
    return frozenset(words)


def children(node: LexborNode) -> Iterator[LexborNode]:
    """A node's children (text nodes included), first to last."""
    child = node.child
    while child is not None:
        yield child
        child = child.next


def outermost(
    root: LexborNode, classify: Callable[[LexborNode], T | None]
) -> Iterator[tuple[LexborNode, T]]:
    """``(element, label)`` for each element that ``classify`` labels, in document order,
    without looking inside a labelled element."""
    stack = [children(root)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.is_element_node:
            label = classify(child)
            if label is not None:
                yield child, label
            else:
                stack.append(children(child))
