"""A personal site's owner as the author of an article that names nobody.

Many personal blogs print no byline: the site is the person ("My post | Jane Doe",
"© 2025 Jane Doe"). The site's name is taken as the author only when it is shaped like
a person's name and the article is written in the first person singular; the rules are
in ``rules/owner.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.dom import clean_text
from presscut.extraction.metadata.title import title_tag
from presscut.extraction.rules.byline import ORGANIZATION_WORDS
from presscut.extraction.rules.owner import (
    COPYRIGHT_HOLDER,
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SHARE,
    FIRST_PERSON_SINGULAR,
    FOOTER_CHARS,
    MAX_COUNTED_PARAGRAPHS,
    MIN_FIRST_PERSON,
    NOT_OWNER_WORDS,
    OWNER_NAME_WORDS,
)
from presscut.extraction.rules.title import SEGMENT_SEPARATORS

_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHE = re.compile("['’]")
_NOT_PERSON_WORDS = NOT_OWNER_WORDS | ORGANIZATION_WORDS


def site_owner(
    tree: LexborHTMLParser, scope: LexborNode | None, site_names: Iterable[str | None]
) -> str | None:
    """The person the site is named after, when the article speaks as "I" (``site_names``:
    what the site calls itself, e.g. og:site_name)."""
    if scope is None:
        return None
    for name in _names_of_site(tree, site_names):
        name = clean_text(name)
        if name and person_shaped(name):
            return name if written_as_i(scope) else None
    return None


def _names_of_site(
    tree: LexborHTMLParser, site_names: Iterable[str | None]
) -> Iterator[str | None]:
    """What the site calls itself, in order of trust; each read only when the one before
    is not a person's name."""
    yield from site_names
    yield _title_site_segment(tree)
    yield _home_link(tree)
    yield _copyright_holder(tree)


def person_shaped(name: str) -> bool:
    """Two capitalised words, neither a brand's or a page's word ("Jane Doe", not
    "Acme Widgets Blog" or "Privacy Policy")."""
    parts = name.split()
    if len(parts) != OWNER_NAME_WORDS or min(len(p) for p in parts) < 2:
        return False
    if any(p.casefold() in _NOT_PERSON_WORDS for p in parts):
        return False
    return all(_capitalised(piece) for p in parts for piece in p.split("-"))


def _capitalised(word: str) -> bool:
    """ "Jane", "O'Neil", "Zoë": a capital, then lower-case letters; after an apostrophe
    a new capital may start ("O'Neil")."""
    head, *rest = _APOSTROPHE.split(word)
    return _capital_first(head) and all(_capital_first(r) or r.islower() for r in rest)


def _capital_first(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def written_as_i(scope: LexborNode) -> bool:
    """Whether the article's paragraphs say "I" often, and at least half as often as
    "we" (a company writes as "we")."""
    singular = plural = 0
    for paragraph in islice(scope.css("p"), MAX_COUNTED_PARAGRAPHS):
        for word in _WORD.findall(paragraph.text()):
            folded = word.casefold()
            if word == "I" or folded in FIRST_PERSON_SINGULAR:
                singular += 1
            elif folded in FIRST_PERSON_PLURAL:
                plural += 1
    return singular >= MIN_FIRST_PERSON and singular >= plural * FIRST_PERSON_SHARE


def _title_site_segment(tree: LexborHTMLParser) -> str | None:
    """The last segment of the <title> ("My post | Jane Doe" gives "Jane Doe")."""
    parts = SEGMENT_SEPARATORS.split(title_tag(tree) or "")
    return parts[-1] if len(parts) > 1 else None


def _home_link(tree: LexborHTMLParser) -> str | None:
    """The text of the first link to the site's home page (the header's site name)."""
    for link in tree.css('a[href="/"]')[:3]:
        text = clean_text(link.text())
        if text:
            return text
    return None


def _copyright_holder(tree: LexborHTMLParser) -> str | None:
    """Who the page's copyright notice names ("© 2025 Jane Doe. All rights reserved."):
    the last in its last <footer>, else near the end of its text."""
    footers = tree.css("footer")
    text = footers[-1].text(separator="\n") if footers else ""
    if not text and tree.body is not None:
        text = tree.body.text(separator="\n")[-FOOTER_CHARS:]
    holder = None
    for match in COPYRIGHT_HOLDER.finditer(text):
        holder = match.group("holder")
    return holder
