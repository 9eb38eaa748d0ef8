"""Gallery slides (a figure's caption that is the item's text) and the author's
biography closing an article."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut import extract
from presscut.extraction.body.clean import clean_blocks
from presscut.extraction.body.content import Block
from presscut.extraction.body.slides import open_slides

from ..pages import PROSE, page

SLIDES = [
    (
        "1. The Night Bus Driver",
        "Everyone knows the driver of the last bus home.",
        "What you need: a cap, a reflective vest and a timetable folded in your pocket.",
    ),
    (
        "2. The Shift Worker",
        "Tired but cheerful, this one is easy to copy after a long day.",
        "What you need: overalls, a lunch box and a thermos of strong coffee.",
    ),
    (
        "3. The Ticket Inspector",
        "Stern, punctual and always asking for your pass.",
        "What you need: a dark jacket, a badge made of card and a small notebook.",
    ),
]


def _slide(heading: str, first: str, second: str, *, card: bool = False) -> str:
    kind = "story-card" if card else "gallery-slide"
    return (
        f'<figure class="{kind}"><div class="slide-header"><h2><a href="/photo/1">{heading}'
        f'</a></h2></div><img src="/slide.jpg" alt="">'
        f'<figcaption class="slide-caption"><p>{first}</p><p>{second}</p></figcaption></figure>'
    )


def test_gallery_slides_captions_are_the_article_text() -> None:
    slides = "".join(_slide(*slide) for slide in SLIDES)
    article = extract(page("en", after=slides), explain=True)
    assert article.body is not None
    for _heading, first, second in SLIDES:
        assert first in article.body
        assert second in article.body
    assert not any(r.rule == "structure.caption" for r in article.removed or [])


def test_photo_captions_without_headings_are_still_cut() -> None:
    figures = "".join(
        f'<figure><img src="/p.jpg" alt=""><figcaption><p>{first}</p><p>Photo: Jane Roe</p>'
        "</figcaption></figure>"
        for _heading, first, _second in SLIDES
    )
    article = extract(page("en", after=figures))
    assert article.body is not None
    assert not any(first in article.body for _heading, first, _second in SLIDES)


def test_two_slides_are_not_a_gallery() -> None:
    slides = "".join(_slide(*slide) for slide in SLIDES[:2])
    article = extract(page("en", after=slides))
    assert article.body is not None
    assert SLIDES[0][2] not in article.body


def test_teaser_cards_are_not_slides() -> None:
    cards = "".join(_slide(*slide, card=True) for slide in SLIDES)
    tree = LexborHTMLParser(page("en", after=cards))
    assert tree.body is not None
    assert open_slides(tree.body) == 0
    assert len(tree.css("figcaption")) == 3
    slides = LexborHTMLParser(page("en", after="".join(_slide(*slide) for slide in SLIDES)))
    assert slides.body is not None
    assert open_slides(slides.body) == 3
    assert slides.css("figure, figcaption") == []


BIO = (
    "Jane Roe is the Founder & Principal Consultant at Spark!, a marketing consultancy "
    "that helps small firms tell their story. She is also a freelance writer."
)


def test_closing_biography_is_cut_and_named() -> None:
    blocks = [Block("paragraph", p) for p in PROSE["en"]] + [Block("paragraph", BIO)]
    cleaned = clean_blocks(blocks, header={})
    assert [b.text for b in cleaned.blocks] == PROSE["en"]
    assert [(r.rule, r.text) for r in cleaned.removed] == [("credit.closing_bio", BIO)]


def test_biography_alike_is_kept_when_not_closing_or_not_a_trade() -> None:
    prose = [Block("paragraph", p) for p in PROSE["en"]]
    # the same paragraph inside the article is the article's (a profile, a quoted expert)
    middle = [prose[0], Block("paragraph", BIO), *prose[1:]]
    assert clean_blocks(middle, header={}).blocks == middle
    for text in (
        "John Smith is a father of three who takes the night bus every day.",
        "The mayor is a former bus driver and the founder of the drivers' union.",
        "Jane Roe said she is a regular passenger on the night bus.",
    ):
        blocks = [*prose, Block("paragraph", text)]
        assert clean_blocks(blocks, header={}).blocks == blocks
