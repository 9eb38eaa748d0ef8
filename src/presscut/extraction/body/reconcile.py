"""Reconcile two opinions of where the article is: trafilatura's blocks and the locator's.

The locator's blocks (``body/locator.py``) are found in trafilatura's text, compared
letters and digits only (each parser spaces inline elements its own way). Then:

- a block both keep stays;
- a run of blocks that the locator places inside the article, between two blocks
  trafilatura kept, and that trafilatura dropped, comes back in place when it reads as the
  article's list or table (``restored.list``, ``restored.table``, ``restored.section`` for
  a mix, headings included; ``restored.heading`` for a lone short heading; a short
  list comes back when the block kept before it ends in a colon);
- a block trafilatura kept after the last one the locator places inside the article, and
  that the locator places outside it, goes when an element close above it is named as a
  disclosure, an author bio, a newsletter box or a promotion (``cut.disclosure`` ...), or
  when the locator's article holds most of trafilatura's text (``cut.outside``);
- two or more short paragraphs in a row, each one link on the page, go: a list of links
  written as paragraphs (``cut.link_line``).

Each decision is reported as a `Removal` under its rule's name, for ``--explain`` (a
``restored.*`` entry is text put back, not cut).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from selectolax.lexbor import LexborNode

from presscut.article import Removal
from presscut.extraction.body.content import Block
from presscut.extraction.body.locator import Spot, link_density
from presscut.extraction.dom import attr_words, node_text
from presscut.extraction.rules.locator import (
    ANNOUNCING_ENDS,
    CUT_LINK_LINE,
    CUT_OUTSIDE,
    CUT_OUTSIDE_MIN_BLOCKS,
    CUT_OUTSIDE_MIN_COVERAGE,
    CUT_RULES,
    FURNITURE_LEVELS,
    LINK_LINE_MAX_WORDS,
    LINK_LINE_MIN_DENSITY,
    LINK_LINE_MIN_RUN,
    PIECE_CHARS,
    RESTORE_KINDS,
    RESTORE_MAX_HEADING_WORDS,
    RESTORE_MAX_LINK_DENSITY,
    RESTORE_MIN_SECTION_WORDS,
    RESTORED_HEADING,
    RESTORED_LIST,
    RESTORED_SECTION,
    RESTORED_TABLE,
)
from presscut.extraction.words import count_words

EXPLAIN_CHARS = 300
#: The runs of letters and digits: two texts are compared without what lies between.
_LETTER_RUN = re.compile(r"[^\W_]+")
#: The ASCII characters that are neither letters nor digits.
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalnum())
#: A word of two letters or more (not a bare number).
_WORD = re.compile(r"[^\W\d_]{2}")


@lru_cache(maxsize=4096)
def letters(text: str) -> str:
    """The casefolded letters and digits of a text, nothing between them. (Cached: the
    cleaning reads the blocks that reconciling read; an ASCII text is filtered as bytes.)"""
    if text.isascii():
        return text.lower().encode().translate(None, _ASCII_NOT_LETTERS).decode()
    return "".join(_LETTER_RUN.findall(text.casefold()))


@dataclass
class Reconciled:
    blocks: list[Block]
    decisions: list[Removal] = field(default_factory=list)


@dataclass
class _Text:
    """trafilatura's blocks as one text of letters, to find the locator's blocks in it."""

    joined: str
    starts: list[int]
    sizes: list[int]

    def block_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def reconcile(blocks: list[Block], spots: list[Spot]) -> Reconciled:
    """trafilatura's ``blocks``, weighed against the locator's ``spots``."""
    if not blocks or not any(spot.inside for spot in spots):
        return Reconciled(blocks)
    text = _joined(blocks)
    places = _places(spots, text)
    inserts: dict[int, list[Block]] = {}
    decisions: list[Removal] = []
    for group, anchor in _dropped_sections(spots, places):
        announced = blocks[anchor].text.rstrip().endswith(ANNOUNCING_ENDS)
        kept = any(_partly_kept(spot, text) for spot in group)
        restored = [] if kept else _restorable(group, announced)
        if restored:
            inserts.setdefault(anchor, []).extend(restored)
            decisions.append(_decision(restored))
    cuts = _trailing_cuts(spots, places, _coverage(text, spots, places))
    cuts.update(_link_lines(blocks, spots, places, cuts))
    if not inserts and not cuts:
        return Reconciled(blocks)
    merged: list[Block] = []
    for index, block in enumerate(blocks):
        if index in cuts:
            decisions.append(Removal(cuts[index], block.text[:EXPLAIN_CHARS]))
            continue
        merged.append(block)
        merged.extend(inserts.get(index, []))
    return Reconciled(merged, decisions)


# --- where the locator's blocks are in trafilatura's text ---------------------------------


def _joined(blocks: list[Block]) -> _Text:
    parts = [letters(block.text) for block in blocks]
    starts, offset = [], 0
    for part in parts:
        starts.append(offset)
        offset += len(part)
    return _Text("".join(parts), starts, [len(part) for part in parts])


def _places(spots: list[Spot], text: _Text) -> list[int | None]:
    """For each spot, the index of trafilatura's block where it starts, or None."""
    places: list[int | None] = []
    cursor = 0
    for spot in spots:
        norm = letters(spot.text)
        found = text.joined.find(norm, cursor) if norm else -1
        if norm and found < 0:
            found = text.joined.find(norm)
        if found < 0:
            places.append(None)
            continue
        cursor = found + len(norm)
        places.append(text.block_at(found))
    return places


def _coverage(text: _Text, spots: list[Spot], places: list[int | None]) -> float:
    """The share of trafilatura's text in blocks that the locator places inside (none
    when they are too few to be an article)."""
    inside = {p for spot, p in zip(spots, places, strict=True) if p is not None and spot.inside}
    total = sum(text.sizes)
    if len(inside) < CUT_OUTSIDE_MIN_BLOCKS:
        return 0.0
    return sum(text.sizes[i] for i in inside) / total if total else 0.0


# --- sections trafilatura dropped ---------------------------------------------------------


def _dropped_sections(spots: list[Spot], places: list[int | None]) -> list[tuple[list[Spot], int]]:
    """Runs of the locator's article blocks that trafilatura dropped, between two that it
    kept, each with the index of trafilatura's block they follow."""
    sections: list[tuple[list[Spot], int]] = []
    run: list[Spot] = []
    anchor: int | None = None
    for spot, place in zip(spots, places, strict=True):
        if place is not None:
            if run and anchor is not None and spot.inside and place >= anchor:
                sections.append((run, anchor))
            run, anchor = [], place if spot.inside else None
        elif spot.inside and anchor is not None:
            run.append(spot)
        else:
            run, anchor = [], None
    return sections


def _partly_kept(spot: Spot, text: _Text) -> bool:
    """Whether trafilatura kept a piece of the block (an item of the list, the start or
    the end of the paragraph), in another shape."""
    if spot.kind == "list":
        pieces = [letters(node_text(item)) for item in spot.node.css("li, dt, dd")]
    else:
        whole = letters(spot.text)
        pieces = [whole[:PIECE_CHARS], whole[-PIECE_CHARS:]]
    return any(len(piece) >= PIECE_CHARS and piece in text.joined for piece in pieces)


def _restorable(group: list[Spot], announced: bool) -> list[Block]:
    """The group's blocks, if every one of them reads as the article's and they say
    enough (a list that the block before announces says enough); a heading alone only
    when it is short, and never a run of headings alone (teaser titles). A heading may
    close the group: it heads the kept text that follows."""
    if not all(_reads_as_article(spot) for spot in group):
        return []
    if len(group) == 1 and group[0].kind == "heading":
        heading = group[0]
        short = count_words(heading.text) <= RESTORE_MAX_HEADING_WORDS
        return [Block("heading", heading.text)] if short else []
    if all(spot.kind == "heading" for spot in group):
        return []
    if announced and len(group) == 1 and group[0].kind == "list":
        return [Block("list", group[0].text)]
    if sum(count_words(spot.text) for spot in group) < RESTORE_MIN_SECTION_WORDS:
        return []
    return [Block(spot.kind, spot.text) for spot in group]


def _reads_as_article(spot: Spot) -> bool:
    if spot.kind not in RESTORE_KINDS:
        return False
    if spot.kind == "heading":
        return True
    if link_density(spot.node) > RESTORE_MAX_LINK_DENSITY:
        return False
    if spot.kind == "list" and not _worded_items(spot.text):
        return False
    return _furniture(spot.node) is None


def _worded_items(text: str) -> bool:
    """Whether most items of a list hold a word (not a list of bare numbers)."""
    items = text.split("\n")
    worded = sum(1 for item in items if _WORD.search(item))
    return worded * 2 > len(items)


def _decision(blocks: list[Block]) -> Removal:
    kinds = {block.kind for block in blocks} - {"heading"}
    rule = RESTORED_SECTION
    if not kinds:
        rule = RESTORED_HEADING
    elif kinds == {"list"}:
        rule = RESTORED_LIST
    elif kinds == {"table"}:
        rule = RESTORED_TABLE
    text = "\n".join(block.text for block in blocks)
    return Removal(rule, text[:EXPLAIN_CHARS])


# --- trailing blocks the locator leaves out -----------------------------------------------


def _trailing_cuts(spots: list[Spot], places: list[int | None], coverage: float) -> dict[int, str]:
    """trafilatura's blocks after the last one the locator places inside the article,
    that the locator places outside it, by the rule that cuts them."""
    last_inside = max(
        (p for spot, p in zip(spots, places, strict=True) if p is not None and spot.inside),
        default=None,
    )
    if last_inside is None:
        return {}
    owners: dict[int, list[Spot]] = {}
    for spot, place in zip(spots, places, strict=True):
        if place is not None and place > last_inside:
            owners.setdefault(place, []).append(spot)
    cuts = {}
    for index, owned in owners.items():
        if any(spot.inside for spot in owned):
            continue
        rule = _furniture(owned[0].node)
        if rule is None and coverage >= CUT_OUTSIDE_MIN_COVERAGE:
            rule = CUT_OUTSIDE
        if rule is not None:
            cuts[index] = rule
    return cuts


def _link_lines(
    blocks: list[Block], spots: list[Spot], places: list[int | None], cuts: dict[int, str]
) -> dict[int, str]:
    """Runs of trafilatura's short paragraphs that are each one link on the page, whole:
    lines pointing to other pages ("Average Costs for Cleaning Services in Austin", "See
    how high-intensity workouts can help you get fit fast"), a list of links written as
    paragraphs."""
    lines = set()
    for spot, place in zip(spots, places, strict=True):
        if place is None or place in cuts or spot.kind != "paragraph":
            continue
        block = blocks[place]
        if block.kind != "paragraph" or spot.node.css_first("a") is None:
            continue
        if count_words(block.text) > LINK_LINE_MAX_WORDS:
            continue
        whole = letters(block.text) == letters(spot.text)
        if whole and link_density(spot.node) >= LINK_LINE_MIN_DENSITY:
            lines.add(place)
    runs = {place for place in lines if _run_length(place, lines) >= LINK_LINE_MIN_RUN}
    return dict.fromkeys(runs, CUT_LINK_LINE)


def _run_length(place: int, places: set[int]) -> int:
    """How many consecutive indices of ``places`` the run holding ``place`` has."""
    first = last = place
    while first - 1 in places:
        first -= 1
    while last + 1 in places:
        last += 1
    return last - first + 1


def _furniture(node: LexborNode) -> str | None:
    """The cut rule of the furniture (a disclosure, a newsletter box...) that an element
    close above the block is named as, if any."""
    parent = node.parent
    for _ in range(FURNITURE_LEVELS):
        if parent is None:
            return None
        if words := attr_words(parent):
            for rule, vocabulary in CUT_RULES.items():
                if words & vocabulary:
                    return rule
        parent = parent.parent
    return None
