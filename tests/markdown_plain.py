"""Markdown rendered back to presscut's plain text, with a real Markdown parser
(markdown-it-py, CommonMark with GitHub tables), to check that `--markdown` shows exactly
the plain body: one paragraph per block, list items as "- item" lines indented two spaces
a level, table rows as "a | b", white space collapsed, empty table cells dropped."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark").enable("table")
BLOCK_OPEN = {"paragraph_open", "heading_open"}


def plain_blocks(markdown: str) -> list[str]:
    """Each top-level block of ``markdown`` as plain text."""
    tokens = _PARSER.parse(markdown)
    blocks: list[str] = []
    depth, lines, row = -1, [], []  # list nesting; lines of a list or table; cells
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "bullet_list_open" or kind == "ordered_list_open":
            depth += 1
        elif kind == "bullet_list_close" or kind == "ordered_list_close":
            depth -= 1
            if depth < 0:
                blocks.append("\n".join(lines))
                lines = []
        elif kind == "inline" and depth >= 0:
            lines.append(f"{'  ' * depth}- {_text(token)}")
        elif kind == "inline" and tokens[index - 1].type in ("th_open", "td_open"):
            row.append(_text(token))
        elif kind == "tr_close":
            lines.append(" | ".join(c for c in row if c))
            row = []
        elif kind == "table_close":
            blocks.append("\n".join(lines))
            lines = []
        elif kind == "inline":
            blocks.append(_text(token))
        elif kind == "html_block" and token.content.strip() == "<!-- -->":
            continue  # what separates two lists
        elif kind in ("fence", "code_block"):
            blocks.append(" ".join(token.content.split()))
    return blocks


def plain_table_rows(text: str) -> str:
    """A block with the cells of what may be a table row split at "|", stripped and the
    empty ones dropped (apply to both sides: a cell may hold a "|")."""
    if "|" not in text:
        return text
    rows = [
        " | ".join(c.strip() for c in line.split("|") if c.strip()) for line in text.split("\n")
    ]
    return "\n".join(rows)


def _text(inline: Token) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())
