"""An author's card without byline markup: a portrait whose alt text is the name written
beside it, or a name written right after an avatar. The last place a page's author is
looked for (``authors.py``), with the exclusions of ``page_bylines.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from presscut.extraction.credit.byline import (
    Byline,
    looks_like_name,
    normalise_author,
    parse_byline,
)
from presscut.extraction.credit.page_bylines import excluded, text_lines
from presscut.extraction.dom import clean_text
from presscut.extraction.rules.byline import MAX_VISIBLE_NAME_WORDS
from presscut.extraction.rules.byline_page import (
    MAX_CARD_CHARS,
    MAX_PORTRAITS,
    PORTRAIT_DEPTH,
    PORTRAIT_HINTS,
)


def portrait_byline(root: LexborNode, wanted: Callable[[Byline], bool]) -> Byline:
    """An author's card without byline markup: a portrait whose alt text is the name
    written beside it (img alt="Jane Doe", then <strong>Jane Doe</strong>), the first
    that is ``wanted`` (not a reviewer's card, say)."""
    for img in root.css("img")[:MAX_PORTRAITS]:
        if not _is_portrait(img) or excluded(img):
            continue
        alt = clean_text(img.attributes.get("alt") or "")
        named = 2 <= len(alt.split()) <= MAX_VISIBLE_NAME_WORDS
        name = _card_name(img, alt.casefold()) if named else _name_after(img)
        if name:
            byline = parse_byline(name)
            if all(looks_like_name(a, True) for a in byline.authors) and wanted(byline):
                return byline
    return Byline()


def _card_name(img: LexborNode, key: str) -> str | None:
    """The text equal to a portrait's alt text in its card: inside one of its nearest
    containers, or first in the element after one."""
    box = img.parent
    for _ in range(PORTRAIT_DEPTH):
        if box is None or len(box.text()) > MAX_CARD_CHARS:
            return None
        after = box.next
        while after is not None and not after.is_element_node:
            after = after.next
        texts = [*text_lines(box), *(text_lines(after)[:1] if after is not None else [])]
        named = next((t for t in texts if t.casefold() == key), None)
        if named:
            return named
        box = box.parent
    return None


def _name_after(img: LexborNode) -> str | None:
    """The name written right after a portrait with no alt text, in the same line
    (<img class="avatar"> Jane Doe in <a>News</a>): its words up to the first in lower
    case."""
    after = img.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    if after is None or after.tag != "-text":
        return None
    words = clean_text(after.text_content).split()
    start = next((i for i, w in enumerate(words) if not w[0].isupper()), len(words))
    name = " ".join(words[:start])
    return name if 2 <= start <= MAX_VISIBLE_NAME_WORDS and normalise_author(name) else None


def _is_portrait(img: LexborNode) -> bool:
    """A picture marked as a person's: an avatar, a headshot, a profile or round photo."""
    attrs = img.attributes
    hints = f"{attrs.get('class') or ''} {attrs.get('src') or ''}".lower()
    return any(word in hints for word in PORTRAIT_HINTS)
