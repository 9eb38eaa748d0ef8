"""Reconciliation of trafilatura's blocks with the second locator's opinion."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.body.content import Block
from presscut.extraction.body.locator import locate
from presscut.extraction.body.reconcile import reconcile

P = [
    "The council met on Tuesday, after a long summer recess, to vote on the new budget.",
    "Members argued for three hours, over bus routes, school meals and the harbour wall.",
    "In the end, the budget passed by eleven votes to four, with two members abstaining.",
    "The mayor said the vote, though late, would let the works start before the winter.",
]
ITEMS = [
    "Bus routes: two new lines to the hospital and the port",
    "School meals: organic produce from the farms of the valley",
    "Harbour wall: repairs before the storms of November",
]
LIST_HTML = "<ul>" + "".join(f"<li>{item}</li>" for item in ITEMS) + "</ul>"
LIST_TEXT = "\n".join(f"- {item}" for item in ITEMS)


def _page(middle: str, after: str = "") -> str:
    return (
        "<html><body><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in P[:2])
        + middle
        + "".join(f"<p>{p}</p>" for p in P[2:])
        + "</div>"
        + after
        + "</body></html>"
    )


def _reconcile(html: str, blocks: list[Block]):  # type: ignore[no-untyped-def]
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return reconcile(blocks, locate(tree.body))


def _paragraphs(texts: list[str]) -> list[Block]:
    return [Block("paragraph", text) for text in texts]


def test_a_list_trafilatura_dropped_inside_the_article_comes_back_in_place() -> None:
    result = _reconcile(_page(LIST_HTML), _paragraphs(P))
    assert [block.text for block in result.blocks] == [P[0], P[1], LIST_TEXT, P[2], P[3]]
    assert result.blocks[2].kind == "list"
    assert [(d.rule, d.text) for d in result.decisions] == [("restored.list", LIST_TEXT)]


def test_blocks_both_keep_stay_as_they_are() -> None:
    blocks = [*_paragraphs(P[:2]), Block("list", LIST_TEXT), *_paragraphs(P[2:])]
    result = _reconcile(_page(LIST_HTML), blocks)
    assert result.blocks == blocks
    assert result.decisions == []


def test_a_list_kept_in_another_shape_is_not_given_twice() -> None:
    # trafilatura gave the list's items as paragraphs, spaced in its own way
    blocks = _paragraphs([P[0], P[1], *(item.replace(":", " :") for item in ITEMS), P[2], P[3]])
    result = _reconcile(_page(LIST_HTML), blocks)
    assert result.blocks == blocks


def test_a_list_of_bare_numbers_does_not_come_back() -> None:
    numbers = "<ul>" + "".join(f"<li>{n}</li>" for n in range(1, 6)) + "</ul>"
    result = _reconcile(_page(numbers), _paragraphs(P))
    assert [block.text for block in result.blocks] == P


def test_a_list_of_links_does_not_come_back() -> None:
    links = "<ul>" + "".join(f"<li><a href='/{i}'>{item}</a></li>" for i, item in enumerate(ITEMS))
    result = _reconcile(_page(links + "</ul>"), _paragraphs(P))
    assert [block.text for block in result.blocks] == P


def test_a_table_trafilatura_dropped_comes_back() -> None:
    rows = [
        ("Line", "Cost", "Start"),
        ("Hospital bus line", "2 million euros", "March next year"),
        ("Harbour wall repairs", "5 million euros", "before the November storms"),
        ("Organic school meals", "1 million euros", "the autumn term"),
    ]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    table = f"<table>{cells}</table>"
    result = _reconcile(_page(table), _paragraphs(P))
    assert [d.rule for d in result.decisions] == ["restored.table"]
    assert result.blocks[2].kind == "table"
    assert result.blocks[3].text == P[2]


def test_a_trailing_disclosure_outside_the_article_is_cut() -> None:
    disclosure = "This article may contain affiliate links; we may earn a commission on purchases."
    after = f"<div class='affiliate-disclosure'><p>{disclosure}</p></div>"
    result = _reconcile(_page("", after), _paragraphs([*P, disclosure]))
    assert [block.text for block in result.blocks] == P
    assert [(d.rule, d.text) for d in result.decisions] == [("cut.disclosure", disclosure)]


def test_nothing_changes_when_the_locator_finds_no_article() -> None:
    html = "<html><body><ul><li>One thing</li><li>Another thing</li></ul></body></html>"
    blocks = _paragraphs(["One thing"])
    assert _reconcile(html, blocks).blocks == blocks


def test_a_short_heading_trafilatura_dropped_between_kept_paragraphs_comes_back() -> None:
    result = _reconcile(_page("<h2>Eleven to four</h2>"), _paragraphs(P))
    assert [block.text for block in result.blocks] == [P[0], P[1], "Eleven to four", P[2], P[3]]
    assert result.blocks[2].kind == "heading"
    assert [(d.rule, d.text) for d in result.decisions] == [("restored.heading", "Eleven to four")]


def test_a_long_heading_alone_does_not_come_back() -> None:
    heading = (
        "How the council, after three hours of argument, passed a budget it had put off all summer"
    )
    result = _reconcile(_page(f"<h2>{heading}</h2>"), _paragraphs(P))
    assert [block.text for block in result.blocks] == P
    assert result.decisions == []


SHORT_LIST = "<ul><li>Buses</li><li>School meals</li><li>The harbour wall</li></ul>"


def test_a_short_list_announced_by_a_colon_comes_back() -> None:
    announcing = "Members argued for three hours, over three items of the budget:"
    html = _page(f"<p>{announcing}</p>{SHORT_LIST}")
    result = _reconcile(html, _paragraphs([P[0], P[1], announcing, P[2], P[3]]))
    items = "- Buses\n- School meals\n- The harbour wall"
    assert [block.text for block in result.blocks] == [P[0], P[1], announcing, items, P[2], P[3]]
    assert [(d.rule, d.text) for d in result.decisions] == [("restored.list", items)]


def test_a_short_list_not_announced_does_not_come_back() -> None:
    result = _reconcile(_page(SHORT_LIST), _paragraphs(P))
    assert [block.text for block in result.blocks] == P


def test_a_trailing_block_outside_the_article_goes_when_the_article_holds_most_text() -> None:
    # the four paragraphs are about three quarters of trafilatura's text: the locator has
    # found the article, and a box after it, whatever its name, is not the article's
    box = "Thank you for reading our newsletter today and see you again next week, dear reader!"
    after = f"<div class='box'><p>{box}</p></div>"
    result = _reconcile(_page("", after), _paragraphs([*P, box]))
    assert [block.text for block in result.blocks] == P
    assert [(d.rule, d.text) for d in result.decisions] == [("cut.outside", box)]


def test_a_trailing_block_outside_the_article_stays_when_it_is_much_of_the_text() -> None:
    # the same box, three times as long: the four paragraphs are under 0.7 of the text,
    # the locator's article may be only part of it
    box = " ".join(
        [
            "Thank you for reading our newsletter today and see you again next week.",
            "We write it every Friday from the town hall, with the help of our readers.",
            "Send us your questions about the budget and we will answer them here.",
        ]
    )
    after = f"<div class='box'><p>{box}</p></div>"
    blocks = _paragraphs([*P, box])
    result = _reconcile(_page("", after), blocks)
    assert result.blocks == blocks
    assert result.decisions == []


def test_a_trailing_block_stays_when_the_article_found_is_one_paragraph() -> None:
    # svs.gsfc.nasa.gov: the locator's article is one long paragraph, most of the text;
    # the description after it, in a box of its own, is the page's text all the same
    long = " ".join(P)
    box = "Data visualization of the yields through the end of the century, by crop."
    html = (
        f"<html><body><div class='article-body'><p>{long}</p></div>"
        f"<div class='box'><p>{box}</p></div></body></html>"
    )
    blocks = _paragraphs([long, box])
    result = _reconcile(html, blocks)
    assert result.blocks == blocks
    assert result.decisions == []


def test_a_dropped_section_ending_in_the_next_heading_comes_back_whole() -> None:
    # trafilatura dropped a heading, its list and the heading of the paragraphs it kept
    middle = f"<h2>What the budget pays for</h2>{LIST_HTML}<h2>How it ended</h2>"
    result = _reconcile(_page(middle), _paragraphs(P))
    restored = ["What the budget pays for", LIST_TEXT, "How it ended"]
    assert [block.text for block in result.blocks] == [P[0], P[1], *restored, P[2], P[3]]
    assert [block.kind for block in result.blocks[2:5]] == ["heading", "list", "heading"]
    assert [(d.rule, d.text) for d in result.decisions] == [("restored.list", "\n".join(restored))]


def test_a_run_of_headings_alone_does_not_come_back() -> None:
    # teaser titles between two kept paragraphs, each a heading: not a section
    middle = "<h3>Nine gins to try</h3><h3>A hundred years of the Negroni</h3>"
    result = _reconcile(_page(middle), _paragraphs(P))
    assert [block.text for block in result.blocks] == P
    assert result.decisions == []


LINK_LINES = [
    "Average costs for cleaning services in Austin",
    "Average costs for cleaning services in Boston",
    "Average costs for cleaning services in Denver",
]


def test_a_run_of_paragraphs_each_one_link_goes() -> None:
    # cleaningservicesseattle.me: the other cities' articles, one linked paragraph each
    links = "".join(f"<p><a href='/{i}'>{text}</a></p>" for i, text in enumerate(LINK_LINES))
    result = _reconcile(_page(links), _paragraphs([P[0], P[1], *LINK_LINES, P[2], P[3]]))
    assert [block.text for block in result.blocks] == P
    assert [(d.rule, d.text) for d in result.decisions] == [
        ("cut.link_line", text) for text in LINK_LINES
    ]


def test_a_lone_linked_paragraph_stays() -> None:
    line = LINK_LINES[0]
    blocks = _paragraphs([P[0], P[1], line, P[2], P[3]])
    result = _reconcile(_page(f"<p><a href='/austin'>{line}</a></p>"), blocks)
    assert result.blocks == blocks
    assert result.decisions == []


def test_linked_paragraphs_with_text_around_the_link_stay() -> None:
    lines = [f"Read our guide: <a href='/{i}'>{text}</a>" for i, text in enumerate(LINK_LINES)]
    texts = [f"Read our guide: {text}" for text in LINK_LINES]
    blocks = _paragraphs([P[0], P[1], *texts, P[2], P[3]])
    result = _reconcile(_page("".join(f"<p>{line}</p>" for line in lines)), blocks)
    assert result.blocks == blocks
