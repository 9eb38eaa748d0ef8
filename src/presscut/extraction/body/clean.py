"""Phase 5: clean the article's blocks with the phrase and credit rules.

Each cut is recorded as a `Removal` under its rule's name. Credits found in the body
(a closing "France 24", a "©NAME / AFP" line, a "By X" line) move into the record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from presscut.article import Removal
from presscut.extraction.body.content import Block
from presscut.extraction.body.phrases import first_rule
from presscut.extraction.body.reconcile import letters
from presscut.extraction.credit.lines import (
    closing_byline,
    dateline_source,
    image_credit_line,
    source_line,
)
from presscut.extraction.rules.boilerplate import PHRASE_RULES
from presscut.extraction.rules.credit import (
    BYLINE_LINE,
    BYLINE_LINE_MAX_CHARS,
    BYLINE_RULE,
    CLOSING_BYLINE_RULE,
)
from presscut.extraction.rules.furniture import (
    CLOSING_BIO,
    CLOSING_BIO_MAX_CHARS,
    CLOSING_BIO_RULE,
    END_MARKER_RULE,
    END_MARKERS,
    HEADER_LINES,
    HOMOGLYPH_HINT,
    HOMOGLYPH_MIN_WORDS,
    HOMOGLYPH_RULE,
    HOMOGLYPH_WORD,
    REPEAT_MIN_LETTERS,
    REPEAT_RULE,
)

#: The source rule whose line may also name authors ("Jane Doe avec AFP").
SOURCE_WITH_BYLINE = "credit.source.with_agency"

#: How many blocks at the top may repeat the header (title, kicker, lead, byline, date).
HEAD_BLOCKS = 4
#: How many blocks at the end may be a source or byline line.
TAIL_BLOCKS = 3
#: An end-matter heading is trusted only after this share of the blocks.
TAIL_START = 0.5
END_MARKER_MAX_CHARS = 60
#: After an end-matter heading, a block of fewer words is a teaser's title, not a sentence.
TEASER_TITLE_WORDS = 10
SENTENCE_ENDS = (".", "!", "?", "…", "»", '"', "”", ":")

_NON_WORD = re.compile(r"\W+")


@dataclass
class Cleaned:
    """What the cleaning phase found, beside the blocks it kept."""

    blocks: list[Block]
    removed: list[Removal] = field(default_factory=list)
    source: str | None = None
    image_credit: str | None = None
    bylines: list[str] = field(default_factory=list)


def normalise(text: str | None) -> str:
    """Casefolded words only: to compare a block with the title, lead or kicker."""
    return _NON_WORD.sub(" ", (text or "").casefold()).strip()


def clean_blocks(blocks: list[Block], header: dict[str, list[str]]) -> Cleaned:
    """Apply every block rule. ``header`` maps a rule name to texts a top block may repeat."""
    result = Cleaned(blocks=list(blocks))
    _cut_end_matter(result)
    _cut(result, _header_repeat(header), positions=_head)
    _cut(result, _credit_line(result), positions=_edges)
    _cut_closing_byline(result)
    _cut(result, _closing_bio, positions=_last)
    _cut(result, _phrase, positions=_everywhere)
    _cut(result, _homoglyphs, positions=_everywhere)
    _cut(result, _repeat(), positions=_everywhere)
    if result.blocks and result.source is None:
        result.source = dateline_source(result.blocks[0].text)
    return result


Rule = Callable[[Block], str | None]


def _cut(result: Cleaned, rule: Rule, positions: Callable[[int, int], bool]) -> None:
    kept: list[Block] = []
    total = len(result.blocks)
    for index, block in enumerate(result.blocks):
        name = rule(block) if positions(index, total) else None
        if name:
            result.removed.append(Removal(name, block.text))
        else:
            kept.append(block)
    result.blocks = kept


def _head(index: int, total: int) -> bool:
    return index < HEAD_BLOCKS


def _edges(index: int, total: int) -> bool:
    return index < HEAD_BLOCKS or index >= total - TAIL_BLOCKS


def _last(index: int, total: int) -> bool:
    return index == total - 1 and total > 1


def _closing_bio(block: Block) -> str | None:
    """The author's biography closing the article (``CLOSING_BIO``)."""
    text = block.text
    if block.kind != "paragraph" or len(text) > CLOSING_BIO_MAX_CHARS:
        return None
    return CLOSING_BIO_RULE if CLOSING_BIO.match(text) else None


def _homoglyphs(block: Block) -> str | None:
    """A paragraph written with look-alike letters (``HOMOGLYPH_WORD``)."""
    text = block.text
    if not HOMOGLYPH_HINT.search(text):
        return None  # most paragraphs: the word search is slower
    return HOMOGLYPH_RULE if len(HOMOGLYPH_WORD.findall(text)) >= HOMOGLYPH_MIN_WORDS else None


def _everywhere(index: int, total: int) -> bool:
    return True


def _header_repeat(header: dict[str, list[str]]) -> Rule:
    known = {normalise(text): name for name, texts in header.items() for text in texts if text}
    known.pop("", None)

    def rule(block: Block) -> str | None:
        if name := known.get(normalise(block.text)):
            return name
        return first_rule(block.text, HEADER_LINES)

    return rule


def _repeat() -> Rule:
    """Each block of ``REPEAT_MIN_LETTERS`` letters or more whose text an earlier block
    already gave (``REPEAT_RULE``)."""
    seen: set[str] = set()

    def rule(block: Block) -> str | None:
        key = letters(block.text)
        if len(key) < REPEAT_MIN_LETTERS:
            return None
        if key in seen:
            return REPEAT_RULE
        seen.add(key)
        return None

    return rule


def _credit_line(result: Cleaned) -> Rule:
    def rule(block: Block) -> str | None:
        text = block.text
        if found := source_line(text):
            result.source = result.source or found[1]
            if found[0] == SOURCE_WITH_BYLINE:
                result.bylines.append(text)
            return found[0]
        if found := image_credit_line(text):
            result.image_credit = result.image_credit or found[1]
            return found[0]
        if len(text) <= BYLINE_LINE_MAX_CHARS and BYLINE_LINE.match(text):
            result.bylines.append(text)
            return BYLINE_RULE
        return None

    return rule


def _cut_closing_byline(result: Cleaned) -> None:
    """A bracketed CJK byline closing the last paragraph ("…と話した。（佐藤花子）") is
    credit: cut from the text, read as a byline (an agency: the source)."""
    last = result.blocks[-1] if result.blocks else None
    found = closing_byline(last.text) if last is not None and last.kind == "paragraph" else None
    if found is None or last is None:
        return
    kept, names, is_agency = found
    if is_agency:
        result.source = result.source or names
    else:
        result.bylines.append(names)
    result.removed.append(Removal(CLOSING_BYLINE_RULE, last.text[len(kept) :].strip()))
    markdown = closing_byline(last.markdown) if last.markdown else None
    result.blocks[-1] = replace(last, text=kept, markdown=markdown[0] if markdown else None)


def _phrase(block: Block) -> str | None:
    return first_rule(block.text, PHRASE_RULES)


def _cut_end_matter(result: Cleaned) -> None:
    """Cut from a short "Related posts" / "Comments" heading in the body's last half,
    when what follows it reads as teasers (titles, not sentences)."""
    blocks = result.blocks
    start = int(len(blocks) * TAIL_START)
    for index in range(max(start, 1), len(blocks)):
        if _is_end_marker(blocks[index]):
            if _reads_as_prose(blocks[index + 1 :]):
                return
            result.removed.extend(Removal(END_MARKER_RULE, b.text) for b in blocks[index:])
            result.blocks = blocks[:index]
            return


def _is_end_marker(block: Block) -> bool:
    """A short end-matter heading; or a list whose first item is one ("- Das könnte Sie
    auch interessieren", then the teasers as the next items)."""
    text = block.text.split("\n", 1)[0] if block.kind == "list" else block.text
    return len(text) <= END_MARKER_MAX_CHARS and bool(END_MARKERS.match(text))


def _reads_as_prose(blocks: list[Block]) -> bool:
    """Most blocks are sentences: article text goes on after the heading. A heading or a
    short line is no sentence, whatever it ends with (a teaser's title asking a question)."""
    sentences = sum(1 for b in blocks if _sentence(b))
    return sentences * 2 > len(blocks)


def _sentence(block: Block) -> bool:
    if block.kind == "heading" or len(block.text.split()) < TEASER_TITLE_WORDS:
        return False
    return block.text.rstrip().endswith(SENTENCE_ENDS)
