"""Chinese and Japanese bylines in the page's text: "光明日报记者 王建宏 张文攀", "作者：郭励弘",
"（记者 格桑边觉）", "責任編集：山田太郎". Their names have no spaces inside and no lead-in
a Latin-script byline reader would see; the rules are in ``rules/byline.py``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from selectolax.lexbor import LexborNode

from presscut.extraction.credit.byline import Byline, normalise_author
from presscut.extraction.credit.page_bylines import excluded
from presscut.extraction.dom import CODE_TAGS, clean_text, text_nodes
from presscut.extraction.rules.byline import (
    CJK_BRACKETED_BYLINE,
    CJK_BYLINE_HINT,
    CJK_BYLINE_LABEL_LINE,
    CJK_LABELLED_BYLINE,
    CJK_NOT_NAMES,
    MAX_CJK_BYLINE_CHARS,
)
from presscut.extraction.rules.byline_page import MAX_SCANNED_TEXTS
from presscut.extraction.rules.credit import CJK_BYLINE_LINE

_LABEL_END = re.compile(r"[：:]")
#: How many bylines are looked at before the first is taken.
_MAX_FOUND = 1


def cjk_byline(root: LexborNode) -> Byline:
    """The first Chinese or Japanese byline in ``root``'s text, outside comments, menus
    and side columns."""
    for names in islice(_cjk_bylines(root), _MAX_FOUND):
        return Byline(authors=names)
    return Byline()


def _cjk_bylines(root: LexborNode) -> Iterator[list[str]]:
    label_before = False
    for texts, (node, raw) in enumerate(text_nodes(root), 1):
        if texts > MAX_SCANNED_TEXTS:
            return
        if not label_before and not CJK_BYLINE_HINT.search(raw):
            continue  # cheap test first: most texts are not bylines
        text = clean_text(raw)
        if label_before:  # "作者：" then the name, often a link to the author's page
            label_before = False
            short = len(text) <= MAX_CJK_BYLINE_CHARS and not _LABEL_END.search(text)
            if short and (names := _names(text)):
                yield names
            continue
        if node.parent is not None and node.parent.tag in (*CODE_TAGS, "a"):
            continue  # a script, or a link ("记者博客": the reporters' blogs)
        if excluded(node):
            continue
        found = CJK_BYLINE_LINE.match(text) if len(text) <= MAX_CJK_BYLINE_CHARS else None
        found = found or CJK_BRACKETED_BYLINE.search(text)
        if not found and len(text) <= 2 * MAX_CJK_BYLINE_CHARS:
            found = CJK_LABELLED_BYLINE.search(text)
        if found and (names := _names(found["names"])):
            yield names
        elif len(text) <= MAX_CJK_BYLINE_CHARS and CJK_BYLINE_LABEL_LINE.match(text):
            label_before = True


def _names(text: str) -> list[str]:
    """The names of a CJK byline's name part, cleaned; none when it is not all names."""
    pieces = text.replace("、", " ").replace("，", " ").replace(",", " ").split()
    names = [None if p in CJK_NOT_NAMES else normalise_author(p) for p in pieces]
    return [n for n in names if n] if all(names) else []
