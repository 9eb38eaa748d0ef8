"""Bylines in the page: byline elements, author-page links, a visible "By ...". Each
reader gives a `Byline`; ``byline.py`` reads the names in its text; an author's card
without byline markup is read in ``author_cards.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice, pairwise
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from presscut.extraction.credit.byline import (
    Byline,
    looks_like_name,
    name_key,
    parse_byline,
    parse_lines,
)
from presscut.extraction.dom import CODE_TAGS, clean_text, node_text, text_nodes
from presscut.extraction.rules.byline import (
    CONTACT_LABEL,
    MAX_LABEL_GAP,
    REVIEWER_LABELS,
    SENTENCE_LEAD_IN,
)
from presscut.extraction.rules.byline_page import (
    AUTHOR_CARD_WORDS,
    AUTHOR_LINK_SELECTORS,
    AUTHOR_NOTE_WORDS,
    BOX_NAME_LINES,
    BYLINE_OPENER,
    BYLINE_OPENERS,
    BYLINE_SELECTORS,
    DATED_BYLINE,
    INLINE_TAGS,
    MAX_BYLINE_CHARS,
    MAX_BYLINE_LINES,
    MAX_CARD_CHARS,
    MAX_LINKED_AUTHORS,
    MAX_LINKED_BYLINE_CHARS,
    MAX_OPENERS,
    MAX_SCANNED_TEXTS,
    MEDIA_CREDIT_WORDS,
    NOT_BYLINE_CONTAINERS,
    NOT_BYLINE_TAGS,
    OPENER_FOLLOWING_TEXTS,
    PORTRAIT_DEPTH,
    SENTENCE_OPENER,
    SENTENCE_OPENERS,
    SIDE_COLUMN_WORDS,
    TAXONOMY_PART_WORDS,
    WORK_TITLE_TAGS,
    WRITTEN_BY_OPENER,
)

_AUTHOR_LINKS = ", ".join(AUTHOR_LINK_SELECTORS)
#: Parts that may file the article (confirmed by ``_files``; lexbor matches substrings fast).
_FILED_SELECTOR = ", ".join(
    ['[rel~="tag"]', '[rel~="category"]', *(f'[class*="{w}" i]' for w in TAXONOMY_PART_WORDS)]
)
_TEXT_BREAK = "\u2029"  # between the text nodes of an element: no page writes it
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_SLUG_SPLIT = re.compile(r"[-_.+]+|%20")
_OPENER_START = re.compile(
    r"^\s*[\d" + "".join(sorted({w[0] for w in (*BYLINE_OPENERS, *SENTENCE_OPENERS)})) + "]"
)


def element_bylines(root: LexborNode, article: LexborNode | None = None) -> list[Byline]:
    """Bylines of elements marked as such (class "byline", itemprop "author" ...). Given
    the ``article`` element the page is about, a byline in another <article> (a teaser
    card beside it) is that article's, and is skipped."""
    found: list[Byline] = []
    for selector in BYLINE_SELECTORS:
        for node in root.css(selector)[:8]:
            lines = text_lines(node)
            if not lines or excluded(node) or _in_other_article(node, article):
                continue
            if _class_words(node) & MEDIA_CREDIT_WORDS or _links_home(node):
                continue  # "media-license-author": a photo's author; a link home: the site
            if _class_words(node) & AUTHOR_NOTE_WORDS and not SENTENCE_LEAD_IN.search(lines[0]):
                byline = _named_before(node)  # "author-description": her job, not her name
                if byline.authors:
                    found.append(byline)
                continue
            if sum(map(len, lines)) > MAX_BYLINE_CHARS:  # an author box with a bio:
                byline = parse_lines(lines[:BOX_NAME_LINES], strict=True)  # name on top
                byline.authors = [a for a in byline.authors if " " in a]
                linked = linked_names(node)  # or names with notes, each linked
                if byline.authors and set(byline.authors) <= set(linked):
                    byline.authors = linked
            else:
                byline = parse_lines(lines)
            if byline.authors or byline.source or byline.desks:
                found.append(byline)
    return found


def _links_home(node: LexborNode) -> bool:
    """A byline element that is only a link to the site's home page (an hCard "author"
    in the page's header: <h1 class="vcard author"><a href="https://site/">Site</a>):
    it names the site, not the article's author."""
    links = node.css("a") if node.tag != "a" else [node]
    if len(links) != 1 or node_text(links[0]) != node_text(node):
        return False
    href = links[0].attributes.get("href") or ""
    return href.startswith(("http://", "https://", "/")) and urlsplit(href).path in ("", "/")


def _named_before(note: LexborNode) -> Byline:
    """The name written just before a note on an author ("Jane Doe" then
    <div class="author-description">Licensed grader</div>): the text of the element
    before it, when it reads as a full name."""
    before = note.prev
    while before is not None and not before.is_element_node:
        before = before.prev
    if before is None or len(lines := text_lines(before)) != 1:
        return Byline()
    byline = parse_byline(lines[0])
    named = byline.authors and all(" " in a and looks_like_name(a, True) for a in byline.authors)
    return byline if named else Byline()


def _in_other_article(node: LexborNode, article: LexborNode | None) -> bool:
    """Whether the nearest <article> around a node is not ``article`` (when that is one)."""
    if article is None or article.tag != "article":
        return False
    parent = node.parent
    while parent is not None and parent.tag != "article":
        parent = parent.parent
    return parent is not None and parent != article


def link_byline(root: LexborNode, site: str | None = None) -> Byline:
    """The name of the first link to an author's page (/author/jane-doe) that reads as
    one, with the co-authors linked beside it ("Jane Doe, John Roe & Ann Poe"). A link
    to another site's staff page (``site``: the page's own domain) credits someone else's
    work, and a link after a "Contact:" label names whom to ask, not who wrote."""
    for selector in AUTHOR_LINK_SELECTORS:
        for node in root.css(selector)[:6]:
            if excluded(node) or _elsewhere(node, site):
                continue
            if CONTACT_LABEL.search(_text_before(node)):
                continue
            byline = _link_names(node)
            byline = byline if byline.authors else _slug_named(node)
            if byline.authors:
                box = node.parent
                while box is not None and box.tag in INLINE_TAGS:
                    box = box.parent
                more = linked_names(box, site) if box is not None else []
                byline.authors += [a for a in more if a not in byline.authors]
                return byline
    return Byline()


def linked_names(box: LexborNode, site: str | None = None) -> list[str]:
    """The names of the author links in a byline (co-authors each linked to their page),
    when it is no longer than names with short notes; a reviewer's link, and a link to
    another site than ``site``, are skipped."""
    text = clean_text(box.text())
    if len(text) > MAX_LINKED_BYLINE_CHARS:
        return []
    names: list[str] = []
    for link in box.css(_AUTHOR_LINKS)[:MAX_LINKED_AUTHORS]:
        if _elsewhere(link, site) or _after_label(link, text, REVIEWER_LABELS, CONTACT_LABEL):
            continue
        names += [a for a in _link_names(link).authors if a not in names]
    return names


def _after_label(link: LexborNode, text: str, *labels: re.Pattern[str]) -> bool:
    """Whether the link's text is missing from its byline's ``text``, or follows one of
    the ``labels`` ("Reviewed by", "Contact:") there."""
    link_text = clean_text(link.text())
    at = text.find(link_text) if link_text else -1
    before = text[max(0, at - MAX_LABEL_GAP) : at]
    return at < 0 or any(label.search(before) for label in labels)


def _text_before(node: LexborNode) -> str:
    """The text written just before a node in its line (its label: "Contact:"), read
    from the siblings before it and before the inline tags it is wrapped in."""
    parts: list[str] = []
    size, current = 0, node
    while current is not None and size < MAX_LABEL_GAP:
        sibling = current.prev
        while sibling is not None and size < MAX_LABEL_GAP:
            parts.append(sibling.text())
            size += len(parts[-1].strip())
            sibling = sibling.prev
        parent = current.parent
        current = parent if parent is not None and parent.tag in INLINE_TAGS else None
    return clean_text(" ".join(reversed(parts)))[-MAX_LABEL_GAP:]


def site_domain(url: str | None) -> str | None:
    """The domain a site's pages share ("example.org" for https://www.example.org/a,
    "example.co.uk" for news.example.co.uk): its last two labels, three after a short
    second-level one."""
    host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    labels = [label for label in host.casefold().split(".") if label]
    if len(labels) < 2:
        return None
    keep = 3 if len(labels) >= 3 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def _elsewhere(link: LexborNode, site: str | None) -> bool:
    """A link to another site than ``site`` (a relative link is on the site)."""
    found = site_domain(link.attributes.get("href")) if site else None
    return found is not None and found != site


def _link_names(node: LexborNode) -> Byline:
    """The names an author link's text gives, when every one reads as a name (the name
    in one element, a label in the next: "Jane Doe" "Author Posts")."""
    byline = parse_lines(text_lines(node)[:MAX_BYLINE_LINES])
    if all(looks_like_name(a, True) for a in byline.authors):
        return byline
    return Byline()


def _slug_named(link: LexborNode) -> Byline:
    """The name an author link's address spells (/authors/jose-perez), written in the
    card around a link whose text is no name ("Articles by José"): a text of the card
    equal to it, accents, case and spaces aside. A one-word address is a login."""
    path = urlsplit(link.attributes.get("href") or "").path
    words = _SLUG_SPLIT.split(path.rstrip("/").rsplit("/", 1)[-1].casefold())
    if len(words) < 2:
        return Byline()
    key = "".join(words)
    box = link.parent
    for _ in range(PORTRAIT_DEPTH):
        if box is None or len(box.text()) > MAX_CARD_CHARS:
            break
        named = next((line for line in text_lines(box) if name_key(line) == key), None)
        if named:
            byline = parse_byline(named)
            return byline if all(looks_like_name(a, True) for a in byline.authors) else Byline()
        box = box.parent
    return Byline()


def opener_byline(
    root: LexborNode,
    wanted: Callable[[Byline], bool] | None = None,
    article: LexborNode | None = None,
) -> Byline:
    """The first visible "By Jane Doe" (or "By" then "Jane Doe" in the next element) that
    is ``wanted`` (names a person, say: "By Team X" then "Written by Jane Doe"), else the
    first one; not in another <article> than ``article`` (a teaser card)."""
    first = None
    for found in islice(_opener_bylines(root, article), MAX_OPENERS):
        if wanted is None or wanted(found):
            return found
        first = first or found
    return first or Byline()


def _opener_bylines(root: LexborNode, article: LexborNode | None) -> Iterator[Byline]:
    """Every visible "By ..." that names someone, in page order."""
    lines: list[str] = []
    for texts, (node, raw) in enumerate(text_nodes(root), 1):
        if texts > MAX_SCANNED_TEXTS:
            break
        if not lines and (len(raw) > 4 * MAX_BYLINE_CHARS or not _OPENER_START.search(raw)):
            continue  # cheap test first: most texts are not bylines
        if node.parent is not None and node.parent.tag in CODE_TAGS:
            continue
        text = clean_text(raw)
        if not text:
            continue
        if lines:
            lines.append(text)
            if len(lines) > OPENER_FOLLOWING_TEXTS:
                found = _opener_names(lines)
                if found.authors:
                    yield found
                lines = []  # "By" and no name after it: look further
        elif len(text) <= MAX_BYLINE_CHARS and (opener := _opener(text)):
            if excluded(node) or _in_other_article(node, article) or _cites_work(node):
                continue
            found = _opener_names([text])
            if found.authors:
                yield found
            elif not text[opener.end() :].strip():
                lines.append(text)  # "By" alone: the name follows
            # else "By clicking ...": not a byline
    found = _opener_names(lines)
    if found.authors:
        yield found


def _cites_work(text: LexborNode) -> bool:
    """Whether a "by ..." text follows the title of a work in italics ("<i>Wakoku
    Chiyekurabe</i> by Kan Chu Sen, 1721", maybe linked): a citation, not a byline."""
    before = text.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    if before is not None and before.tag == "a":
        children = list(before.iter(include_text=False))
        before = children[0] if len(children) == 1 else before
    return before is not None and before.tag in WORK_TITLE_TAGS


def _opener(text: str) -> re.Match[str] | None:
    """Where a visible byline's opener ends: "By", "Par" ..., a sentence ("This post
    was written by"), or a date and a dash before a name alone ("11.12.2019 - Jane Doe")."""
    return BYLINE_OPENER.match(text) or SENTENCE_OPENER.match(text) or DATED_BYLINE.match(text)


def _opener_names(lines: list[str]) -> Byline:
    """Names after a visible "By": capitalised, and more than one word ("By Clicking");
    after "Written by" and its like, one word is a name too ("Written by Eliz")."""
    found = parse_lines(lines, strict=True) if lines else Byline()
    one_word = bool(lines) and WRITTEN_BY_OPENER.match(lines[0]) is not None
    found.authors = [a for a in found.authors if one_word or " " in a]
    return found


def text_lines(node: LexborNode) -> list[str]:
    """A byline element's texts, one per text node (a line break inside one is a space),
    without the categories it files the article under (``TAXONOMY_PART_WORDS``)."""
    text = node.attributes.get("content") or node.text(separator=_TEXT_BREAK)
    lines = [line for line in (clean_text(p) for p in text.split(_TEXT_BREAK)) if line]
    filed = {node_text(part) for part in node.css(_FILED_SELECTOR) if _files(part)}
    return [line for line in lines if line not in filed] if filed else lines


def _files(part: LexborNode) -> bool:
    """Whether a part of a byline is a category or tag link or label."""
    rel = (part.attributes.get("rel") or "").split()
    return "tag" in rel or "category" in rel or bool(_class_words(part) & TAXONOMY_PART_WORDS)


def _class_words(node: LexborNode) -> frozenset[str]:
    """Words of a node's class and id, and each pair of words written together in one
    ("sub-menu" in "site-header--sub-menu-item"); utility classes ("md:[grid-area:sidebar]")
    skipped.
    Not `dom.attr_words`, on purpose: that one drops taxonomy tokens ("category-news")
    and splits camelCase, and bylines found with it lose two corpus authors."""
    attrs = node.attributes
    return _words_of(f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


@lru_cache(maxsize=8192)  # pages repeat their classes on every card and wrapper
def _words_of(classes: str) -> frozenset[str]:
    found: set[str] = set()
    for token in classes.lower().split():
        if ":" not in token and "[" not in token:
            parts = [p for p in _CLASS_SPLIT.split(token) if p]
            found.add(token)
            found.update(parts)  # and compounds inside a longer token ("x-header--sub-menu")
            found.update(f"{a}-{b}" for a, b in pairwise(parts))
    return frozenset(found)


def excluded(node: LexborNode) -> bool:
    """Inside comments, related-article lists, sidebars, menus, or the page's footer or
    aside (an article's own <footer> or <aside> may hold its byline). In a sidebar, an
    author's card ("author-card", "author-name", or a part of one: its portrait) is the
    article's: other articles' bylines there are lines of teasers."""
    card = node.is_element_node and bool(_class_words(node) & AUTHOR_CARD_WORDS)
    parent, depth, in_footer = node.parent, 0, False
    while parent is not None and parent.tag not in ("body", "html") and depth < 25:
        words = _class_words(parent)
        if words & NOT_BYLINE_CONTAINERS or parent.tag in NOT_BYLINE_TAGS:
            return True
        card = card or bool(words & AUTHOR_CARD_WORDS)  # inside the card: its portrait
        if words & SIDE_COLUMN_WORDS and not card:
            return True
        if parent.tag in ("article", "main"):
            return False
        in_footer = in_footer or parent.tag in ("footer", "aside")
        parent, depth = parent.parent, depth + 1
    return in_footer
