"""The article's text from the page's JSON-LD, when the page shows much less of it.

Pages behind a paywall show a teaser while their JSON-LD's ``articleBody`` holds the whole
article; pages rendered by script show nothing at all. When the text found on the page
(lead and body) has fewer than ``SHOWN_SHARE`` of the JSON-LD text's words, or too few to
be an article, the JSON-LD's paragraphs are the body, cleaned by the same rules as the
page's blocks (a closing "Subscribe" line or a source line goes as it would on the page).
``--explain`` reports the switch: the JSON-LD's text under ``RESTORED_RULE``, and each
block shown on the page that it replaces under ``REPLACED_RULE``.
"""

from __future__ import annotations

from presscut.article import Removal
from presscut.extraction.body.clean import Cleaned, clean_blocks
from presscut.extraction.body.content import Block, repair_blocks
from presscut.extraction.words import count_words

#: The body read from the JSON-LD, reported as text put back.
RESTORED_RULE = "restored.structured_body"
#: A block shown on the page that the JSON-LD's fuller text replaces (a paywall's teaser).
REPLACED_RULE = "cut.shown_teaser"
#: The page shows fewer than this share of the JSON-LD's words: it shows a teaser.
SHOWN_SHARE = 0.5


def structured_fallback(
    paragraphs: list[str],
    lead: str | None,
    cleaned: Cleaned,
    header: dict[str, list[str]],
    min_words: int,
) -> Cleaned:
    """``cleaned`` with the JSON-LD's paragraphs as its blocks when the page shows much less
    of the article than they hold; else ``cleaned`` unchanged. ``min_words``: fewer words
    than this is no article at all."""
    if not paragraphs:
        return cleaned
    shown = count_words(" ".join([lead or "", *(block.text for block in cleaned.blocks)]))
    given = count_words(" ".join(paragraphs))
    if shown >= min_words and shown >= given * SHOWN_SHARE:
        return cleaned
    structured = clean_blocks([Block("paragraph", p) for p in paragraphs], header)
    blocks = repair_blocks(structured.blocks)
    text = "\n\n".join(block.text for block in blocks)
    if count_words(text) <= shown:
        return cleaned
    replaced = [Removal(REPLACED_RULE, block.text) for block in cleaned.blocks]
    return Cleaned(
        blocks,
        [*cleaned.removed, *replaced, *structured.removed, Removal(RESTORED_RULE, text)],
        source=cleaned.source or structured.source,
        image_credit=cleaned.image_credit or structured.image_credit,
        bylines=[*cleaned.bylines, *structured.bylines],
    )
