"""Phase 4: find the main content with trafilatura and split it into blocks.

trafilatura is handed the page *after* pruning (chrome already cut by our structural
rules), so it parses a smaller document than the raw page and has less to get wrong.
Settings were chosen by measurement on the development corpus (README, "How extraction
works"): ``fast=True`` (no fallback extractors) lost whole articles (body F1 0.926 against
0.949) to save 2 ms a page; ``favor_precision`` and ``favor_recall`` scored lower too.
The fallback still runs only where its result could be chosen (``fallback.py``): the same
result, without readability's time on most pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import trafilatura
from lxml.etree import _Element

from presscut.extraction.body import fallback, xpaths
from presscut.extraction.body import markdown as md
from presscut.extraction.dom import clean_text
from presscut.extraction.page.limits import trafilatura_mode
from presscut.extraction.page.repair import Plan, mojibake_signs, repair_plan, repair_with

#: trafilatura settings (see the module docstring for why).
TRAFILATURA_OPTIONS = {
    "fast": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_formatting": False,
    "include_links": False,
    "with_metadata": False,
    # not "python" (the default): only the element tree is read, and trafilatura then
    # skips writing the body out as text (4% of its time); the extraction is the same
    "output_format": "txt",
}
#: For pages nested so deep and wide that the fallback extractors would take minutes.
FAST_OPTIONS = {**TRAFILATURA_OPTIONS, "fast": True}
#: ... which otherwise run only when their result could be chosen (``fallback.py``).
fallback.install()
#: trafilatura's costliest XPath expressions, evaluated in Python in our call (``xpaths.py``).
xpaths.install()

LIST_TAGS = frozenset({"list"})
#: trafilatura elements that only group others (old layouts keep a few <div>s).
CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "body"})
#: The kind of block each trafilatura element gives; anything else is a paragraph.
BLOCK_KINDS = {"head": "heading", "quote": "quote", "code": "code"}
PARAGRAPH_BREAK = "\x00"
#: Between two lists in Markdown: an HTML comment, which a Markdown reader does not show.
LIST_SEPARATOR = "<!-- -->"


@dataclass
class Block:
    """One paragraph-level piece of the article: a paragraph, heading, list or table.
    ``markdown`` is the same block in Markdown, made when `main_blocks` is given an
    ``inline`` writer (``inline.py``: the text with the page's links and emphasis)."""

    kind: str
    text: str
    markdown: str | None = None


def markdown_body(blocks: list[Block]) -> str:
    """The blocks in Markdown, one after the other; a block made without its Markdown
    (put back by ``reconcile.py``) is written from its plain text."""
    parts: list[str] = []
    for before, block in zip([None, *blocks], blocks, strict=False):
        if before is not None and before.kind == block.kind == "list":
            parts.append(LIST_SEPARATOR)  # else Markdown reads two lists as one
        parts.append(block.markdown or md.from_plain(block.kind, block.text))
    return "\n\n".join(parts)


def repair_blocks(blocks: list[Block]) -> list[Block]:
    """Each block's text and Markdown repaired the way the whole plain body is
    (``page/repair.py``): one repair for both bodies. A block left empty goes; a block
    whose Markdown keeps mojibake the text lost (markup inside a garbled sequence:
    "1%Â](URL) ") is written again from its repaired text, without links."""
    plan = repair_plan("\n\n".join(block.text for block in blocks))
    repaired = []
    for block in blocks:
        text = repair_with(block.text, plan) or ""
        if text == block.text:
            repaired.append(block)
        elif text:
            repaired.append(replace(block, text=text, markdown=_repaired(block, text, plan)))
    return repaired


def _repaired(block: Block, text: str, plan: Plan | None) -> str | None:
    markdown = repair_with(block.markdown, plan) if block.markdown else None
    if markdown is None or mojibake_signs(markdown) != mojibake_signs(text):
        return None
    return markdown


#: Writes a block's text as inline Markdown (``inline.InlineMap.render``).
Inline = Callable[[str], str]


def main_blocks(
    html: str, url: str | None, inline: Inline | None = None, chrome_chars: int = 0
) -> list[Block]:
    """The article's blocks in reading order; empty when no main content was found.
    With ``inline``, each block carries its Markdown too; ``chrome_chars``: the text
    pruning cut from the page (``fallback.page_text``). `PageTooLarge` when the page
    would take trafilatura too long (``page/limits.py``)."""
    options = TRAFILATURA_OPTIONS if trafilatura_mode(html) else FAST_OPTIONS
    try:
        with fallback.skipping_lost_fallback(chrome_chars), xpaths.python_xpaths():
            document = trafilatura.bare_extraction(html, url=url, **options)
    except (ValueError, TypeError):
        return []
    body = getattr(document, "body", None)
    if body is None:
        return []
    return [block for block in _children_blocks(body, inline) if block.text]


def _children_blocks(container: _Element, inline: Inline | None) -> list[Block]:
    """Blocks of a container's children, with the loose text around them."""
    blocks = [_loose(container.text, inline)]
    for element in container:
        blocks.extend(_blocks(element, inline))
        # text after a heading, outside any paragraph, is a paragraph of its own
        blocks.append(_loose(element.tail, inline))
    return blocks


def _loose(raw: str | None, inline: Inline | None) -> Block:
    text = clean_text(raw)
    return Block("paragraph", text, md.paragraph(inline(text)) if inline and text else None)


def _blocks(element: _Element, inline: Inline | None) -> list[Block]:
    tag = element.tag
    if tag in LIST_TAGS:
        markdown = _list_markdown(element, inline) if inline else None
        return [Block("list", _list_text(element), markdown)]
    if tag == "table":
        rows = _table_rows(element)
        markdown = md.table([[inline(c) for c in r] for r in rows]) if inline and rows else None
        return [Block("table", "\n".join(" | ".join(r) for r in rows), markdown)]
    if tag in CONTAINER_TAGS:
        return _children_blocks(element, inline)
    kind = BLOCK_KINDS.get(tag, "paragraph")
    return [
        Block(kind, text, _markdown(kind, element, text, inline) if inline else None)
        for text in _paragraphs(element)
    ]


def _markdown(kind: str, element: _Element, text: str, inline: Inline) -> str:
    """The Markdown of a paragraph-like block."""
    if kind == "code":
        return md.code(element, text)
    if kind == "heading":
        return md.heading(element, inline(text))
    if kind == "quote":
        return md.quote(inline(text))
    return md.paragraph(inline(text))


def _paragraphs(element: _Element) -> list[str]:
    """The element's text, split where two line breaks in a row end a paragraph."""
    if element.find(".//lb") is None:
        return [clean_text(" ".join(element.itertext()))]
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append(PARAGRAPH_BREAK if _is_break(parts) else "\n")
        else:
            parts.append(" ".join(child.itertext()))
        parts.append(child.tail or "")
    paragraphs = "".join(parts).split(PARAGRAPH_BREAK)
    return [clean_text(p) for p in paragraphs]


def _is_break(parts: list[str]) -> bool:
    """A second line break with only white space since the first."""
    for part in reversed(parts):
        if part == "\n":
            return True
        if part.strip():
            return False
    return False


def _list_text(element: _Element, depth: int = 0) -> str:
    """One "- item" line per item; a nested list's items indented below their item."""
    lines = []
    for item in element.iterchildren("item"):
        if text := _own_text(item):
            lines.append(f"{'  ' * depth}- {text}")
        lines.extend(_list_text(sub, depth + 1) for sub in item.iterchildren("list"))
    return "\n".join(line for line in lines if line)


def _list_markdown(element: _Element, inline: Inline, depth: int = 0) -> str:
    """The list as Markdown: the same items and nesting as `_list_text`."""
    lines = []
    for item in element.iterchildren("item"):
        subs = [_list_markdown(sub, inline, depth + 1) for sub in item.iterchildren("list")]
        if text := _own_text(item):
            lines.append(md.list_item(depth, inline(text)))
        elif any(subs):  # an empty item: its nested items stay nested in Markdown
            lines.append(f"{'  ' * depth}-")
        lines.extend(subs)
    return "\n".join(line for line in lines if line)


def _own_text(item: _Element) -> str:
    """An item's text without the text of the lists nested in it."""
    parts = [item.text or ""]
    for child in item:
        if child.tag not in LIST_TAGS:
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    return clean_text(" ".join(parts))


def _table_rows(element: _Element) -> list[list[str]]:
    """The cells of each row that has text."""
    rows = []
    for row in element.iter("row"):
        cells = [clean_text(" ".join(cell.itertext())) for cell in row.iter("cell")]
        if any(cells):
            rows.append(cells)
    return rows
