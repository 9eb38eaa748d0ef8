"""A second opinion on where the article is, read from presscut's own (pruned) tree.

trafilatura locates the article by its own heuristics on its own parse; this locator
knows nothing of them. In the spirit of Readability, every paragraph gives points to
the containers above it (for its length and its commas, less the further up), each
container adds points for its tag and its class and id words, and link text discounts
the total. The best container, with those of its siblings that score well enough or read
as prose, is the article. The result is every block of the page, in reading order, each
marked as inside the article or not: ``body/reconcile.py`` weighs it against trafilatura.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from presscut.extraction.dom import attr_words, node_text
from presscut.extraction.rules.locator import (
    ANCESTOR_SHARES,
    BLOCK_SELECTOR,
    BLOCK_TAGS,
    CLASS_POINTS,
    COMMAS,
    MAX_BLOCKS,
    MAX_LENGTH_POINTS,
    MIN_SCORING_CHARS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
    SCORING_KINDS,
    SIBLING_MIN_SCORE,
    SIBLING_SHARE,
    TAG_POINTS,
    TOP_CANDIDATES,
)


@dataclass
class Spot:
    """One block of the page as the locator sees it."""

    kind: str
    text: str
    node: LexborNode
    ancestors: list[int]  # mem_ids, parent first
    inside: bool = False


@dataclass
class _Scores:
    points: dict[int, float]
    nodes: dict[int, LexborNode]


def locate(root: LexborNode) -> list[Spot]:
    """Every block under ``root`` in reading order, those of the article marked inside."""
    spots, scores = _spots_and_scores(root)
    best = _best(scores)
    if best is None:
        return spots
    region = _region(best, scores)
    for spot in spots:
        spot.inside = spot.node.mem_id in region or any(a in region for a in spot.ancestors)
    return spots


def located_text(spots: list[Spot]) -> str:
    """The article as the locator alone would give it."""
    return "\n\n".join(spot.text for spot in spots if spot.inside)


def _spots_and_scores(root: LexborNode) -> tuple[list[Spot], _Scores]:
    nodes = root.css(BLOCK_SELECTOR)
    if len(nodes) > MAX_BLOCKS:
        return [], _Scores({}, {})
    block_ids = {node.mem_id for node in nodes}
    stop = root.mem_id
    spots: list[Spot] = []
    scores = _Scores({}, {})
    chains: dict[int, tuple[list[LexborNode], list[int]]] = {stop: ([], [])}
    for node in nodes:
        chain, ids = _ancestors(node, chains)
        if not block_ids.isdisjoint(ids):  # a paragraph in a list item, a nested list
            continue
        kind = BLOCK_TAGS[node.tag]
        text = _list_text(node) if kind == "list" else node_text(node)
        if not text:
            continue
        spots.append(Spot(kind, text, node, ids))
        if kind in SCORING_KINDS and len(text) >= MIN_SCORING_CHARS:
            _give(scores, chain, _paragraph_points(text))
    return spots, scores


def _list_text(node: LexborNode) -> str:
    """One "- item" line per item of the list (as trafilatura's lists are written)."""
    items = []
    child = node.child
    while child is not None:
        if child.is_element_node and (text := node_text(child)):
            items.append(f"- {text}")
        child = child.next
    return "\n".join(items)


def _ancestors(
    node: LexborNode, chains: dict[int, tuple[list[LexborNode], list[int]]]
) -> tuple[list[LexborNode], list[int]]:
    """The node's ancestors up to the root (nodes and mem_ids, parent first). Blocks share
    most of their ancestors: each element's chain is built once, from its parent's."""
    climbed: list[LexborNode] = []
    parent = node.parent
    while parent is not None and parent.mem_id not in chains:
        climbed.append(parent)
        parent = parent.parent
    above = chains[parent.mem_id] if parent is not None else ([], [])
    for element in reversed(climbed):
        above = ([element, *above[0]], [element.mem_id, *above[1]])
        chains[element.mem_id] = above
    return above


def _paragraph_points(text: str) -> float:
    return 1 + len(COMMAS.findall(text)) + min(len(text) // 100, MAX_LENGTH_POINTS)


def _give(scores: _Scores, chain: list[LexborNode], points: float) -> None:
    for share, holder in zip(ANCESTOR_SHARES, chain, strict=False):
        key = holder.mem_id
        if key not in scores.points:
            scores.points[key] = _own_points(holder)
            scores.nodes[key] = holder
        scores.points[key] += points * share


def _own_points(node: LexborNode) -> float:
    words = attr_words(node)
    points = TAG_POINTS.get(node.tag or "", 0)
    if words & POSITIVE_WORDS:
        points += CLASS_POINTS
    if words & NEGATIVE_WORDS:
        points -= CLASS_POINTS
    return points


def _best(scores: _Scores) -> LexborNode | None:
    ranked = sorted(scores.points, key=scores.points.__getitem__, reverse=True)
    best, best_score = None, 0.0
    for key in ranked[:TOP_CANDIDATES]:
        node = scores.nodes[key]
        final = scores.points[key] * (1 - link_density(node))
        if final > best_score:
            best, best_score = node, final
    return best


def link_density(node: LexborNode) -> float:
    """The share of a node's text that is link text."""
    total = len(node_text(node))
    if not total:
        return 0.0
    links = sum(len(node_text(a)) for a in node.css("a"))
    return min(links / total, 1.0)


def _region(best: LexborNode, scores: _Scores) -> set[int]:
    """The best container and the siblings that belong with it."""
    region = {best.mem_id}
    parent = best.parent
    if parent is None:
        return region
    threshold = max(SIBLING_MIN_SCORE, scores.points[best.mem_id] * SIBLING_SHARE)
    sibling = parent.child
    while sibling is not None:
        key = sibling.mem_id
        joins = scores.points.get(key, 0.0) >= threshold or _reads_as_prose(sibling)
        if sibling.is_element_node and key != best.mem_id and joins:
            region.add(key)
        sibling = sibling.next
    return region


def _reads_as_prose(node: LexborNode) -> bool:
    if node.tag != "p":
        return False
    text = node_text(node)
    density = link_density(node)
    if len(text) > 80:
        return density < 0.25
    return density == 0 and text.endswith(".")
