"""Layout tables: old sites lay whole pages out in <table>; turn those into plain blocks.

trafilatura reads a <table> as data and flattens it to "cell | cell" rows, which loses
the article on such pages. A table that holds a headline, another table or several
long paragraphs is layout, not data: its cells become <div>s and its rows disappear.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from presscut.extraction.dom import children

#: What makes a table a layout table.
LAYOUT_MARKERS = "h1, h2, table"
LAYOUT_MIN_PARAGRAPHS = 3
LONG_PARAGRAPH = 150
TABLE_PARTS = ("tbody", "thead", "tfoot", "tr")


def flatten_layout_tables(tree: LexborHTMLParser) -> int:
    """Turn layout tables into divs, in place; returns how many were flattened.

    Which tables are layout is decided first, then they are flattened innermost first,
    so that each one's cells are still its own when its turn comes."""
    tables = [table for table in tree.css("table") if _is_layout(table)]
    for table in reversed(tables):  # in document order, a nested table follows its parent
        _flatten(tree, table)
    return len(tables)


def _is_layout(table: LexborNode) -> bool:
    if any(marker.mem_id != table.mem_id for marker in table.css(LAYOUT_MARKERS)):
        return True
    long_paragraphs = [p for p in table.css("p") if len(p.text(strip=True)) >= LONG_PARAGRAPH]
    return len(long_paragraphs) >= LAYOUT_MIN_PARAGRAPHS


def _flatten(tree: LexborHTMLParser, table: LexborNode) -> None:
    for cell in [c for c in table.css("td, th") if _owner(c).mem_id == table.mem_id]:
        block = tree.create_node("div")
        for attribute in ("class", "id"):
            if value := cell.attributes.get(attribute):
                block.attrs[attribute] = value
        for child in list(children(cell)):
            block.insert_child(child)  # moves the child
        cell.replace_with(block)
    for part in [p for p in table.css(", ".join(TABLE_PARTS)) if _owner(p).mem_id == table.mem_id]:
        part.unwrap()
    table.unwrap()


def _owner(node: LexborNode) -> LexborNode:
    """The nearest <table> above ``node``."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent if parent is not None else node
