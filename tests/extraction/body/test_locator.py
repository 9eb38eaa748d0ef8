"""The second locator: which blocks of a page it places inside the article."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from presscut.extraction.body.locator import locate, located_text

PARAGRAPHS = [
    "The council met on Tuesday, after a long summer recess, to vote on the new budget.",
    "Members argued for three hours, over bus routes, school meals and the harbour wall.",
    "In the end, the budget passed by eleven votes to four, with two members abstaining.",
    "The mayor said the vote, though late, would let the works start before the winter.",
]

PAGE = (
    "<html><body>"
    "<div class='menu'><ul><li><a href='/'>Home</a></li>"
    "<li><a href='/news'>News</a></li></ul></div>"
    "<div class='article-body'>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    + "<ul><li>Bus routes: two new lines</li><li>School meals: organic produce</li></ul>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    + "</div>"
    "<div class='sidebar'><p><a href='/a'>Harbour reopens after the storm, ferries resume</a></p>"
    "<p>Most read this week, in the city and beyond the river.</p></div>"
    "</body></html>"
)


def _spots(html: str):  # type: ignore[no-untyped-def]
    tree = LexborHTMLParser(html)
    assert tree.body is not None
    return locate(tree.body)


def test_the_article_container_is_inside_and_the_rest_outside() -> None:
    spots = _spots(PAGE)
    inside = [spot.text for spot in spots if spot.inside]
    outside = [spot.text for spot in spots if not spot.inside]
    assert inside == [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "- Bus routes: two new lines\n- School meals: organic produce",
        PARAGRAPHS[2],
        PARAGRAPHS[3],
    ]
    assert outside == [
        "- Home\n- News",
        "Harbour reopens after the storm, ferries resume",
        "Most read this week, in the city and beyond the river.",
    ]


def test_located_text_joins_the_inside_blocks() -> None:
    text = located_text(_spots(PAGE))
    assert text.startswith(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1])
    assert "Most read" not in text


def test_a_paragraph_inside_a_list_item_is_part_of_the_list() -> None:
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<ol><li><p>First, read the agenda.</p></li><li><p>Then vote.</p></li></ol>"
        "</article></body></html>"
    )
    lists = [spot for spot in _spots(html) if spot.kind == "list"]
    assert [spot.text for spot in lists] == ["- First, read the agenda.\n- Then vote."]
    assert lists[0].inside


def test_a_page_without_paragraphs_has_nothing_inside() -> None:
    spots = _spots("<html><body><h2>Menu</h2><ul><li>One</li><li>Two</li></ul></body></html>")
    assert [spot.inside for spot in spots] == [False, False]


def test_a_page_of_too_many_blocks_gets_no_second_opinion() -> None:
    html = "<html><body>" + "<p>An entry, short.</p>" * 5001 + "</body></html>"
    assert _spots(html) == []
