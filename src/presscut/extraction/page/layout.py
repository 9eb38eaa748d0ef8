"""Layout tables: old sites lay whole pages out in <table>; turn those into plain blocks.

trafilatura reads a <table> as data and flattens it to "cell | cell" rows, which loses
the article on such pages. A table that holds a headline, another table or several
long paragraphs is layout, not data: its cells become <div>s and its rows disappear.

Linear in the page, however the tables nest. Each table is judged by what it holds only
when it holds no other table, so no element is searched twice. And the tree is not
edited in place: lexbor moves a node in time proportional to everything inside it, so
moving cells level by level out of 140 nested tables around 16,000 cells took 7 s, and
1.4 GB while selectolax copied instead of moving. The layout tables are marked, the page
is written out, their table tags are rewritten in one pass over the text, and the page
is parsed again: a few milliseconds, on pages with layout tables only.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: What makes a table a layout table: one of these inside it (or another table), or
#: LAYOUT_MIN_PARAGRAPHS paragraphs of LONG_PARAGRAPH characters.
LAYOUT_MARKERS = "h1, h2"
LAYOUT_MIN_PARAGRAPHS = 3
LONG_PARAGRAPH = 150
#: The attribute that marks a layout table until its tags are rewritten.
MARK = "data-presscut-layout"
#: A layout table's rows and row groups disappear; its cells become <div>s that keep
#: these attributes.
DROPPED_PARTS = frozenset({"tbody", "thead", "tfoot", "tr"})
CELLS = frozenset({"td", "th"})
KEPT_ATTRIBUTES = re.compile(r'\s(?:class|id)="[^"]*"')

#: A tag of the written-out page, whose attribute values are always double-quoted, or
#: what holds no tags: a comment, a raw-text element. Groups: "/", name, attributes.
_TOKEN = re.compile(
    r"<(?:!--.*?-->"
    r"|(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b"
    r"(?:[^>\"]|\"[^\"]*\")*>.*?</(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext)>"
    r"|(/?)(table|tbody|thead|tfoot|tr|td|th)\b((?:[^>\"]|\"[^\"]*\")*)>"
    r"|[A-Za-z/!?](?:[^>\"]|\"[^\"]*\")*>)",
    re.S,
)


def flatten_layout_tables(tree: LexborHTMLParser) -> LexborHTMLParser:
    """The page with its layout tables turned into divs: ``tree`` itself when it has
    none, else a new parse of the rewritten page."""
    tables = tree.css("table")
    holding = _holding_tables(tables)
    layout = [table for table in tables if table.mem_id in holding or _is_layout(table)]
    if not layout:
        return tree
    for table in layout:
        table.attrs[MARK] = ""
    return LexborHTMLParser(_rewrite(tree.html or ""))


def _holding_tables(tables: list[LexborNode]) -> set[int]:
    """The tables that hold another table (their mem_id)."""
    holding: set[int] = set()
    for table in tables:
        parent = table.parent
        while parent is not None and parent.tag != "table":
            parent = parent.parent
        if parent is not None:
            holding.add(parent.mem_id)
    return holding


def _is_layout(table: LexborNode) -> bool:
    """Whether a table that holds no other table is layout: the tables asked about have
    disjoint contents, so these searches read each element of the page once at most."""
    if table.css_first(LAYOUT_MARKERS) is not None:
        return True
    long_paragraphs = 0
    for paragraph in table.css("p"):
        if len(paragraph.text(strip=True)) >= LONG_PARAGRAPH:
            long_paragraphs += 1
            if long_paragraphs >= LAYOUT_MIN_PARAGRAPHS:
                return True
    return False


def _rewrite(html: str) -> str:
    """The written-out page with the table tags of marked tables rewritten: the table,
    row group and row tags dropped, cells turned into <div>s."""
    marked: list[bool] = []  # for each open table, whether it is a layout table

    def replace(match: re.Match[str]) -> str:
        closing, name, attributes = match.groups()
        if not name:
            return match.group(0)
        if name == "table":
            if closing:
                return "" if marked and marked.pop() else match.group(0)
            marked.append(MARK in attributes)
            return "" if marked[-1] else match.group(0)
        if not (marked and marked[-1]):
            return match.group(0)
        if name in DROPPED_PARTS:
            return ""
        return "</div>" if closing else f"<div{''.join(KEPT_ATTRIBUTES.findall(attributes))}>"

    return _TOKEN.sub(replace, html)
