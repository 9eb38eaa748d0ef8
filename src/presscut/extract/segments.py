"""Put React's streamed segments back where they belong.

React's streaming server renderer sends the page in pieces: a ``<template id="B:0">``
placeholder in the page, the content later in ``<div hidden id="S:0">`` at the end of
the body, and a script call ``$RC("B:0","S:0")`` (or ``$RS("S:0","P:0")``) that moves it
in place, dropping the "Loading..." fallback that stands up to the ``<!--/$-->`` comment.
Without a browser the content would stay hidden and out of order, so the same moves are
made here, on the parsed tree. Pages saved without their scripts are paired by number
(``B:3`` with ``S:3``), which is how React numbers them on simple pages.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: ``$RC("B:0","S:0")``: boundary template first; ``$RS("S:0","P:0")``: segment first.
REACT_COMPLETE_BOUNDARY = re.compile(r'\$RC\("([A-Za-z]:[0-9a-z]+)","([A-Za-z]:[0-9a-z]+)"\)')
REACT_COMPLETE_SEGMENT = re.compile(r'\$RS\("([A-Za-z]:[0-9a-z]+)","([A-Za-z]:[0-9a-z]+)"\)')
#: The number of a streamed segment, ``<div hidden id="S:3">``.
SEGMENT_NUMBER = re.compile(r"""<div hidden(?:="")? id=["']?S:([0-9a-z]+)""")


def restore_segments(tree: LexborHTMLParser, html: str) -> int:
    """Move streamed segments into their placeholders; returns how many were moved."""
    numbers = SEGMENT_NUMBER.findall(html)
    if not numbers:
        return 0
    moves = [(m[1], m[2]) for m in REACT_COMPLETE_BOUNDARY.finditer(html)]
    moves += [(m[2], m[1]) for m in REACT_COMPLETE_SEGMENT.finditer(html)]
    if not moves:
        moves = [(f"B:{n}", f"S:{n}") for n in numbers]
    return sum(_move(tree, placeholder, segment) for placeholder, segment in moves)


def _move(tree: LexborHTMLParser, placeholder_id: str, segment_id: str) -> bool:
    placeholder = tree.css_first(f'template[id="{placeholder_id}"]')
    segment = tree.css_first(f'div[id="{segment_id}"]')
    if placeholder is None or segment is None:
        return False
    placeholder.insert_before(segment)  # selectolax inserts a copy
    moved = placeholder.prev
    if moved is not None and moved.tag == "div" and "hidden" in moved.attrs:
        del moved.attrs["hidden"]
    segment.decompose()
    _drop_fallback(placeholder)
    return True


def _drop_fallback(placeholder: LexborNode) -> None:
    """Remove the placeholder and the fallback after it, up to the ``/$`` comment."""
    doomed = [placeholder]
    node = placeholder.next
    while node is not None and node.tag != "-comment":
        doomed.append(node)
        node = node.next
    if node is None:  # no closing comment: keep the siblings, drop only the placeholder
        doomed = [placeholder]
    for each in doomed:
        each.decompose()
