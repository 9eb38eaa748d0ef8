"""Gallery slides: a list article written as figures, each with its own heading, a
picture and the item's text in the figure's caption ("84. Alex From A Clockwork Orange",
then "What you need: a bowler hat ..."). That caption is the article's text, not a photo
caption: the figure and its caption are unwrapped before the chrome rules read the page
(``structure.caption`` would cut it, and trafilatura drops every <figure>)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from presscut.extraction.dom import attr_words
from presscut.extraction.rules.structure import (
    FIGURE_CAPTION,
    SLIDE_HEADINGS,
    SLIDE_MIN_CHARS,
    SLIDE_MIN_COUNT,
    SLIDE_MIN_PARAGRAPHS,
    TEASER_WORDS,
    TEXT_FIGURE,
)


def open_slides(root: LexborNode) -> int:
    """Unwrap the gallery slides under ``root`` (when there are SLIDE_MIN_COUNT at least);
    how many were opened."""
    slides = [figure for figure in root.css(TEXT_FIGURE) if _is_slide(figure)]
    if len(slides) < SLIDE_MIN_COUNT:
        return 0
    for figure in slides:
        for caption in figure.css(FIGURE_CAPTION):
            caption.unwrap()
        figure.unwrap()
    return len(slides)


def _is_slide(figure: LexborNode) -> bool:
    """A figure with a heading of its own and a caption of several paragraphs of text; not
    a teaser card (its class says so)."""
    if figure.css_first(SLIDE_HEADINGS) is None or attr_words(figure) & TEASER_WORDS:
        return False
    caption = figure.css_first(FIGURE_CAPTION)
    if caption is None or caption.css_first(SLIDE_HEADINGS) is not None:
        return False
    paragraphs = [p for p in caption.css("p") if p.text(strip=True)]
    return (
        len(paragraphs) >= SLIDE_MIN_PARAGRAPHS and len(caption.text(strip=True)) >= SLIDE_MIN_CHARS
    )
