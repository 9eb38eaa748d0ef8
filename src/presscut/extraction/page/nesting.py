"""Nesting: how deep elements may nest, capped before the page is parsed.

Browsers stop nesting elements past a depth (Chromium: 512) and put deeper ones beside
their parent. presscut needs such a cap, lower, for reasons of its own:

- lexbor scans its stack of open elements at each block start tag, so N nested or
  unclosed ``<div>``s (or ``<Div>``, ``<fieldset>``, ``<details>``...) cost N² to parse:
  40,000 take 2.4 s, and the 10 MB a fetch allows would take hours, in one C call that
  no deadline can interrupt;
- trafilatura parses with libxml2, which drops whatever is nested deeper than 255
  elements without a word: a page nested that deep in any tag, ``<span>`` or a custom
  ``<x-card>`` as much as ``<div>``, loses its article.

So every tag counts, whatever its name and its case, except those that cannot hold
themselves: void elements (``<br>``) and the tags a sibling closes (``<p>``, ``<li>``,
``<td>``, ``<a>``...; see ``SELF_CLOSING``). The scan follows the parser's stack of open
elements closely enough to be a safe bound: an end tag pops only what the HTML parser would
pop (an ordinary end tag stops at a block element, a block end tag at a table; a stray end
tag pops nothing), ``<script>``, ``<style>`` and comments are skipped, ``/>`` closes an
element only inside ``<svg>`` and ``<math>``. The stack it keeps never grows past the cap,
so the scan is linear in the page whatever the page.

The pages of the three development corpora nest at most 53 deep, counted so, and the cap
changes none of them. The scan takes 1.0 ms on the median corpus page, against 0.5 ms for
the fixed list of 24 tag names it replaced (``bench/nesting_scan.py``, one run); the
rewrite runs only past the cap.
"""

from __future__ import annotations

import re


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


#: Past this depth a tag is dropped (a space in its place); its text stays, in the element
#: above, and its end tag is dropped with it.
MAX_NESTING = 150

#: Elements without content: they never hold another one.
VOID = _tags(
    "area base basefont bgsound br col embed frame hr image img input keygen link meta "
    "param source track wbr"
)
#: Elements that never nest in themselves: the parser closes the open one (``<p>``, ``<li>``,
#: ``<dt>``/``<dd>``, ``<option>``, headings, ``<a>``, ``<nobr>``, ``<button>``), ignores
#: the second (``<form>``, ``<html>``, ``<body>``) or keeps them in a table. They deepen the
#: tree only through another tag, which counts.
SELF_CLOSING = _tags(
    "p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rp rt rtc "
    "a nobr button form select html head body frameset h1 h2 h3 h4 h5 h6"
)
NOT_COUNTED = VOID | SELF_CLOSING
#: End tags of SELF_CLOSING elements that hold phrasing: the parser closes the inline
#: elements left open inside them (``<li><span>x</li>``). The scan takes the inline
#: elements on top of its stack off (it does not know where the <li> starts; only inline
#: depth, which costs lexbor nothing, can be missed so).
CLOSE_INLINE = _tags("p li dt dd td th caption a button option h1 h2 h3 h4 h5 h6")
#: The parser's "special" elements: an ordinary end tag (``</span>``) that meets one of
#: them before its own element is ignored.
SPECIAL = _tags(
    "address applet area article aside base basefont bgsound blockquote body br button "
    "caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure "
    "footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img "
    "input keygen li link listing main marquee menu meta nav noembed noframes noscript "
    "object ol p param plaintext pre script search section select source style summary "
    "table tbody td template textarea tfoot th thead title tr track ul wbr xmp "
    "mi mo mn ms mtext annotation-xml foreignobject desc"
)
#: Scope boundaries: a block end tag (``</div>``) that meets one of them is ignored.
BOUNDARY = _tags("applet marquee object table template")
#: Formatting elements: their end tag runs the "adoption agency": past a block element,
#: it takes the formatting element alone off the stack.
FORMATTING = _tags("a b big code em font i nobr s small strike strong tt u")
#: Start tags that end <svg> or <math> content (the parser pops back to HTML).
BREAKOUT = _tags(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr "
    "i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup "
    "table tt u ul var font"
)
#: Roots of foreign content (where ``/>`` closes), and its points back into HTML.
FOREIGN_ROOTS = frozenset({"svg", "math"})
INTEGRATION_POINTS = frozenset({"foreignobject", "desc", "annotation-xml", "mtext", "mi"})

#: Elements whose content is text, not tags, up to their end tag.
RAW_TEXT = _tags("script style textarea title xmp iframe noembed noframes plaintext")

#: A tag, or a comment (skipped). Groups: "/" for an end tag, the name, the rest of the tag.
_TOKEN = re.compile(r"<(?:!--.*?(?:-->|\Z)|(/?)([A-Za-z][^\s/>]*)([^>]*)>)", re.S)


def cap_nesting(html: str) -> str:
    """``html`` without the tags nested deeper than MAX_NESTING (a space in their place);
    ``html`` itself when none is, which is nearly every page."""
    if html.count("<") <= MAX_NESTING or deepest_nesting(html) <= MAX_NESTING:
        return html
    stack = _Stack()
    parts: list[str] = []
    end = 0
    for match in _TOKEN.finditer(html):
        if stack.take(*match.groups()):
            parts.append(html[end : match.start()])
            parts.append(" ")
            end = match.end()
    parts.append(html[end:])
    return "".join(parts)


def deepest_nesting(html: str) -> int:
    """How deep the counted tags of ``html`` nest at most (MAX_NESTING + 1 for "deeper").

    ``_Stack.take`` inlined for the common tokens (comments, raw text, uncounted tags, an
    element within the cap, the end tag of the current one): one Python call per tag was
    most of the scan's time. The scan stops at the first tag dropped past the cap."""
    stack = _Stack()
    take, names, foreign, dropped = stack.take, stack.names, stack.foreign, stack.dropped
    deepest, raw = 0, ""
    for closing, name, rest in _TOKEN.findall(html):
        if not name:
            continue  # a comment
        lower = name.lower()
        if raw:
            if closing and lower == raw:
                raw = ""
            continue
        if lower in NOT_COUNTED:
            if closing and lower in CLOSE_INLINE:
                stack._close_inline()
            continue
        if closing:
            if names and names[-1] == lower and lower not in dropped:
                names.pop()
                foreign.pop()
                continue
        elif lower in RAW_TEXT:
            raw = lower
            continue
        elif (
            len(names) < MAX_NESTING
            and lower not in FOREIGN_ROOTS
            and not (foreign and foreign[-1])
        ):
            names.append(lower)
            foreign.append(False)
            if len(names) > deepest:
                deepest = len(names)
            continue
        take(closing, name, rest)
        if stack.deepest > MAX_NESTING:
            break
    return max(deepest, stack.deepest)


class _Stack:
    """The parser's stack of open elements, as far as the cap needs it: the counted
    elements only, never more than MAX_NESTING of them, and per name the elements dropped
    past the cap whose end tag is still to come."""

    def __init__(self) -> None:
        self.names: list[str] = []
        #: Whether ``/>`` closes a child of each element (inside <svg> or <math>).
        self.foreign: list[bool] = []
        self.dropped: dict[str, int] = {}
        self.deepest = 0
        #: The raw-text element open, whose content is skipped up to its end tag.
        self.raw = ""

    def take(self, closing: str, name: str, rest: str) -> bool:
        """Follow one token; True when the tag is to be dropped."""
        if not name:
            return False  # a comment
        name = name.lower()
        if self.raw:
            if closing and name == self.raw:
                self.raw = ""
            return False
        if name in NOT_COUNTED:
            if closing and name in CLOSE_INLINE:
                self._close_inline()
            return False
        names = self.names
        if closing:
            if names and names[-1] == name and name not in self.dropped:
                names.pop()  # the common case: the end tag of the current element
                self.foreign.pop()
                return False
            return self._close(name)
        if name in RAW_TEXT:
            self.raw = name
            return False
        plain = not self.foreign or not self.foreign[-1]
        if plain and len(names) < MAX_NESTING and name not in FOREIGN_ROOTS:
            names.append(name)  # the common case: an HTML element within the cap
            self.foreign.append(False)
            if len(names) > self.deepest:
                self.deepest = len(names)
            return False
        return self._open(name, rest.endswith("/"))

    def _open(self, name: str, self_closed: bool) -> bool:
        in_foreign = bool(self.foreign) and self.foreign[-1]
        if in_foreign and name in BREAKOUT:
            while self.foreign and self.foreign[-1]:
                self._pop(len(self.names) - 1)
            in_foreign = False
        if self_closed and (in_foreign or name in FOREIGN_ROOTS):
            return False
        if len(self.names) >= MAX_NESTING:
            self.dropped[name] = self.dropped.get(name, 0) + 1
            self.deepest = MAX_NESTING + 1
            return True
        self.names.append(name)
        children_foreign = in_foreign and name not in INTEGRATION_POINTS
        self.foreign.append(name in FOREIGN_ROOTS or children_foreign)
        self.deepest = max(self.deepest, len(self.names))
        return False

    def _close(self, name: str) -> bool:
        if name in self.dropped:
            self.dropped[name] -= 1
            if not self.dropped[name]:
                del self.dropped[name]
            return True
        block = name in SPECIAL
        seen_special = False
        for index in range(len(self.names) - 1, -1, -1):
            open_name = self.names[index]
            if open_name == name:
                if name in FORMATTING and seen_special:
                    self._pop(index)  # the adoption agency: the formatting element alone
                else:
                    del self.names[index:], self.foreign[index:]
                return False
            if (block and open_name in BOUNDARY) or (not block and open_name in SPECIAL):
                if name not in FORMATTING or open_name in BOUNDARY:
                    return False  # the parser ignores this end tag
                seen_special = True
        return False

    def _close_inline(self) -> None:
        names = self.names
        while names and names[-1] not in SPECIAL and not self.foreign[-1]:
            names.pop()
            self.foreign.pop()

    def _pop(self, index: int) -> None:
        del self.names[index], self.foreign[index]
