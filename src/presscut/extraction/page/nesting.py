"""Nesting: how deep elements may nest, capped before the page is parsed.

Browsers stop nesting elements past a depth (Chromium: 512) and put deeper ones beside
their parent. presscut needs such a cap, lower, for reasons of its own:

- lexbor scans its stack of open elements at each block start tag, so N nested or
  unclosed ``<div>``s cost N² to parse: 40,000 unclosed ``<div>``s take 2.4 s, and the
  10 MB a fetch allows would take hours, in one C call that no deadline can interrupt;
- trafilatura parses with libxml2, which drops whatever is nested deeper than 255
  elements without a word: a broken page that never closes its ``<div>``s loses its
  article.

The pages of the development corpus nest these tags at most 53 deep, counted as below.
The check is one regex scan (0.2 ms on a median page); the rewrite runs only past the cap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate
from operator import sub

#: Tags that nest without bound: containers that no sibling closes implicitly, and the
#: inline tags that broken pages leave open. <p>, <li>, <td> and <a> close themselves.
#: Written in lower and upper case (``re.I`` would double the scan's cost); mixed case
#: such as <Div> is not counted.
NESTING_TAGS = (
    "div",
    "section",
    "article",
    "main",
    "aside",
    "nav",
    "header",
    "footer",
    "ul",
    "ol",
    "dl",
    "table",
    "blockquote",
    "form",
    "figure",
    "center",
    "span",
    "font",
    "b",
    "i",
    "em",
    "strong",
    "u",
    "small",
)
#: Past this depth a NESTING_TAGS tag is dropped; its text stays, in the element above.
MAX_NESTING = 150

_NAMES = "|".join([*NESTING_TAGS, *(tag.upper() for tag in NESTING_TAGS)])
#: The start of a nesting tag; group 1 is "/" for a closing tag.
_TAG_START = re.compile(rf"<(/?)(?:{_NAMES})(?=[\s/>])")
#: A whole nesting tag, attributes included.
_TAG = re.compile(rf"<(/?)(?:{_NAMES})(?=[\s/>])[^>]*>?")
_STEP = {"": 1, "/": -1}


def cap_nesting(html: str) -> str:
    """``html`` without the NESTING_TAGS nested deeper than MAX_NESTING (a space in their
    place); ``html`` itself when none is, which is nearly every page."""
    marks = _TAG_START.findall(html)
    if len(marks) <= MAX_NESTING or deepest_nesting(marks) <= MAX_NESTING:
        return html
    return _TAG.sub(_dropper(), html)


def deepest_nesting(marks: list[str]) -> int:
    """How deep the tags nest at most, given "" for each opening tag and "/" for each
    closing one in document order; a stray closing tag never takes the depth below 0."""
    if not marks:
        return 0
    depths = list(accumulate(map(_STEP.__getitem__, marks)))
    floors = accumulate(depths, min, initial=0)
    next(floors)  # floors[i] is min(0, depths[0..i])
    return max(map(sub, depths, floors))


def _dropper() -> Callable[[re.Match[str]], str]:
    """A replacement function for `_TAG.sub` that drops tags deeper than MAX_NESTING,
    and the closing tags that match them."""
    depth = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth
        if match.group(1):
            deep = depth > MAX_NESTING
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deep = depth > MAX_NESTING
        return " " if deep else match.group(0)

    return replace
