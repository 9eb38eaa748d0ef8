"""The Markdown of one block, made from the same trafilatura element as its plain text.

Headings by level (``## ``), lists with their nesting (two spaces a level, as the plain
``- item`` lines), block quotes (``> ``), fenced code, GitHub tables (the first row as the
header). Text is escaped so that a Markdown reader shows it as written: the plain text of
the Markdown is the block's plain text (``tests/extraction/body/test_markdown.py`` checks
it with a Markdown parser on every fixture and on corpus pages).
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from presscut.extraction.dom import clean_text

#: Characters that Markdown reads as markup anywhere in a line.
_INLINE = re.compile(r"([\\`*\[\]])|(?<!\w)_|_(?!\w)|&(?=#?\w+;)|<(?=[A-Za-z/!?])")
#: What Markdown reads as a block's markup at the start of a line: a heading, a quote, a
#: list item, a thematic break or a setext underline.
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|[=~]|-{3,})")
HEADING_TAG_LEVEL = re.compile(r"h([1-6])")
DEFAULT_HEADING_LEVEL = 2


def escape(text: str) -> str:
    """Inline text as Markdown that shows exactly ``text``."""
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    start = _LINE_START.match(text)
    if start is None:
        return text
    if start.group(1):  # "1986. That year": escape the dot, not the number
        return f"{start.group(1)}\\{start.group(2)}{text[start.end() :]}"
    return "\\" + text


def paragraph(text: str) -> str:
    return escape(text)


def heading(element: _Element, text: str) -> str:
    level = HEADING_TAG_LEVEL.fullmatch(element.get("rend") or "")
    hashes = "#" * (int(level.group(1)) if level else DEFAULT_HEADING_LEVEL)
    text = _inline_escape(text)
    if text.endswith("#"):  # "C#": not a closing sequence
        text = text[:-1] + "\\#"
    return f"{hashes} {text}"


def quote(text: str) -> str:
    return f"> {escape(text)}"


def code(element: _Element, text: str) -> str:
    """A fenced block with the code's own line breaks (the plain text collapses them)."""
    raw = "".join(element.itertext()).strip("\n")
    if clean_text(raw) != text:  # whatever trafilatura nested, keep the plain words
        raw = text
    fence = "~~~~" if "```" in raw else "```"
    return f"{fence}\n{raw}\n{fence}"


def list_item(depth: int, text: str) -> str:
    return f"{'  ' * depth}- {escape(text)}"


def table(rows: list[list[str]]) -> str:
    """A GitHub table: the first row is the header (GitHub tables must have one)."""
    width = max(len(row) for row in rows)
    header, *body = [[_cell(c) for c in row] for row in rows]
    header += [""] * (width - len(header))
    lines = [_row(header), _row(["---"] * width), *(_row(row) for row in body)]
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(text: str) -> str:
    return _inline_escape(text).replace("|", "\\|")


def _inline_escape(text: str) -> str:
    """Escaped for a place where a line-start marker means nothing (a heading, a cell)."""
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)
