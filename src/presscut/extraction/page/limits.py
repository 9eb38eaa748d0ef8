"""How big a page presscut extracts, and how much of trafilatura it gets.

trafilatura spends about 0.3 ms on each element of a page, and its fallback extractors
(readability, justext) look at every element inside each block element again: their work
grows with the number of elements times their depth. A page of a million ``<p>a</p>``
(8 MB) took over 60 s and 1.7 GB; 16,000 cells inside 140 nested layout tables (84 KB)
took 16 s in trafilatura alone. So:

- a page with more than MAX_TAGS tags once its nesting is capped is not parsed at all:
  ``too_large`` (the pages of the development corpora have 10,138 at most); tags past
  the nesting cap do not count (100,000 nested <div>s are 150), but the cap's own scan
  is spared a page of more than MAX_RAW_TAGS;
- the pruned page goes to trafilatura whole while its nesting work (`nesting_work`: the
  depth of each element, summed) is under FULL_MODE_WORK (corpus pages: 2,303 at the
  median, 122,136 at most); past it, without the fallback extractors (``fast=True``),
  which take the quadratic part away; past MAX_WORK, it is ``too_large``. Work does not
  say time exactly (40,000 unclosed entries under 150 <div>s make 6,000,000 and take
  trafilatura 4 s; 12,000 cells under 140 layout tables, 1,700,000 and 5 s without the
  fallbacks): the limits are wide, and the deadline of the worker is behind them.
"""

from __future__ import annotations

import re
from itertools import accumulate

#: Tags in a page (start tags, counted as "<" not followed by "/"), beyond which it is
#: ``too_large``: ten times the largest page of the development corpora.
MAX_TAGS = 100_000
MAX_RAW_TAGS = 1_000_000
#: Nesting work up to which trafilatura runs with its fallback extractors (4 times the
#: corpus maximum), and beyond which the page is ``too_large``.
FULL_MODE_WORK = 500_000
MAX_WORK = 10_000_000

#: Elements that hold nothing, and so never deepen the tree.
_VOID = "area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|param|keygen|frame"
#: The start ("") or end ("/") of an element that can hold others.
_MARK = re.compile(rf"<(/?)(?!(?:{_VOID})[\s/>])[A-Za-z]")
_STEP = {"": 1, "/": -1}


class PageTooLarge(Exception):
    """A page beyond what presscut extracts; the message says which limit."""


def check_tags(html: str, limit: int = MAX_TAGS) -> None:
    """`PageTooLarge` for a page of more than ``limit`` tags (scans in C); ``<br>`` does
    not count: old pages write their lines with it, and it costs trafilatura little."""
    tags = html.count("<")
    if tags <= limit:  # an upper bound: the two other scans are spared on most pages
        return
    tags -= html.count("</") + html.count("<br")
    if tags > limit:
        raise PageTooLarge(
            f"page too large to extract: about {tags:,} tags (presscut reads up to {MAX_TAGS:,})"
        )


def nesting_work(html: str) -> int:
    """The depth of each element of ``html``, summed: how long a walk of everything
    under every element takes. ``html`` is written out by the parser, every element
    closed but void ones."""
    marks = _MARK.findall(html)
    depths = accumulate(map(_STEP.__getitem__, marks))
    return sum(depth for depth, mark in zip(depths, marks, strict=True) if not mark)


def trafilatura_mode(html: str) -> bool:
    """Whether trafilatura may run its fallback extractors on ``html`` (the pruned page);
    `PageTooLarge` when it should not run at all."""
    work = nesting_work(html)
    if work > MAX_WORK:
        raise PageTooLarge(
            f"page too deeply nested to extract: nesting work {work:,} "
            f"(presscut reads up to {MAX_WORK:,})"
        )
    return work <= FULL_MODE_WORK
