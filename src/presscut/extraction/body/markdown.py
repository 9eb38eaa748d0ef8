"""The Markdown of one block, made from the same trafilatura element as its plain text
(its inline text, with links and emphasis, written by ``inline.py``).

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
#: ("_" only where it is not between two letters or digits: "snake_case" stays.)
_INLINE = re.compile(r"([\\`*\[\]])|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)|<(?=[A-Za-z/!?])")
#: What Markdown reads as a block's markup at the start of a line: a heading, a quote, a
#: list item, a thematic break or a setext underline.
_LINE_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|[=~]|-{3,})")
HEADING_TAG_LEVEL = re.compile(r"h([1-6])")
DEFAULT_HEADING_LEVEL = 2


def escape(text: str) -> str:
    """Inline text as Markdown that shows exactly ``text``."""
    return line_start(inline_escape(text))


def inline_escape(text: str) -> str:
    """Escaped for the middle of a line (or a place where a line-start marker means
    nothing: a heading, a table cell)."""
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def line_start(markdown: str) -> str:
    """Inline Markdown with what would start a block at the line's start escaped."""
    start = _LINE_START.match(markdown)
    if start is None:
        return markdown
    if start.group(1):  # "1986. That year": escape the dot, not the number
        return f"{start.group(1)}\\{start.group(2)}{markdown[start.end() :]}"
    return "\\" + markdown


def paragraph(inline: str) -> str:
    return line_start(inline)


def heading(element: _Element, inline: str) -> str:
    level = HEADING_TAG_LEVEL.fullmatch(element.get("rend") or "")
    return heading_at(int(level.group(1)) if level else DEFAULT_HEADING_LEVEL, inline)


def heading_at(level: int, inline: str) -> str:
    hashes = "#" * level
    if inline.endswith("#"):  # "C#": not a closing sequence
        inline = inline[:-1] + "\\#"
    return f"{hashes} {inline}"


def quote(inline: str) -> str:
    return f"> {line_start(inline)}"


def code(element: _Element, text: str) -> str:
    """A fenced block with the code's own line breaks (the plain text collapses them)."""
    raw = "".join(element.itertext()).strip("\n")
    return fenced(raw if clean_text(raw) == text else text)  # else keep the plain words


def fenced(raw: str) -> str:
    fence = "~~~~" if "```" in raw else "```"
    return f"{fence}\n{raw}\n{fence}"


def list_item(depth: int, inline: str) -> str:
    return f"{'  ' * depth}- {line_start(inline)}"


def from_plain(kind: str, text: str) -> str:
    """The Markdown of a block known only by its plain text (a block put back by
    ``reconcile.py``, or one whose text was repaired): the same text, escaped, without
    links or emphasis."""
    if kind == "heading":
        return heading_at(DEFAULT_HEADING_LEVEL, inline_escape(text))
    if kind == "code":
        return fenced(text)
    if kind == "list":
        return "\n".join(_plain_item(line) for line in text.split("\n"))
    return paragraph(inline_escape(text))


def _plain_item(line: str) -> str:
    """A plain "- item" line (indented two spaces a level) as a Markdown list item."""
    item = line.lstrip(" ")
    depth = (len(line) - len(item)) // 2
    return list_item(depth, inline_escape(item.removeprefix("-").strip()))


def table(rows: list[list[str]]) -> str:
    """A GitHub table of inline Markdown cells: the first row is the header (GitHub
    tables must have one)."""
    width = max(len(row) for row in rows)
    header, *body = [[cell.replace("|", "\\|") for cell in row] for row in rows]
    header += [""] * (width - len(header))
    lines = [_row(header), _row(["---"] * width), *(_row(row) for row in body)]
    return "\n".join(lines)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
